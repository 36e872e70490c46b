package io.doran.chat.adapters.ws.socketio.live;

/**
 * The two Socket.IO designs Doran replaces speak different events (SPEC §10), and a socket may speak either
 * in each room it joins: what its client joined the room with decides what the room's events look like to it.
 */
enum Dialect {
    /**
     * Seed 002's events ({@code join-room}, {@code new-message}, ...) and every other Doran event with the same name
     * and payload as on {@code /chat} (without {@code type}, which the event's name carries).
     */
    KEBAB,
    /** Seed 004's events ({@code join_room {studyId}}, {@code new_message {userId, userName, content, sentAt}}). */
    SNAKE
}
