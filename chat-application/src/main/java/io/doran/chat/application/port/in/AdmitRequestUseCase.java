package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.UserId;

/**
 * Every REST request of a signed-in user passes this gate (SPEC §8, 003: 30 requests/s, burst 60):
 * over the limit it is refused with {@code RATE_LIMITED} and when to retry.
 */
public interface AdmitRequestUseCase {

    void admit(UserId caller);
}
