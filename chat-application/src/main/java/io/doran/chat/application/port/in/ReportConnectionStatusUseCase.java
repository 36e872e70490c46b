package io.doran.chat.application.port.in;

import io.doran.chat.domain.live.ConnectionId;
import io.doran.chat.domain.shared.UserId;

/** Another service (004 signalling server) reports a user's connection coming or going. */
public interface ReportConnectionStatusUseCase {

    void report(UserId user, ConnectionId connection, boolean connected);
}
