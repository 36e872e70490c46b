package io.doran.chat.application.port.in;

/**
 * The idle timer of live rooms (000): live rooms idle past their deadline go closing, release their
 * resources and close. Called periodically; returns how many rooms closed.
 */
public interface ExpireIdleLiveRoomsUseCase {

    int expireIdleRooms();
}
