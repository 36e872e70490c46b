package io.doran.chat.adapters.ws.socketio.protocol;

import tools.jackson.databind.JsonNode;

/**
 * A decoded Socket.IO v5 packet from a client.
 *
 * @param type      the packet type (binary types are already reassembled into {@code EVENT} and {@code ACK})
 * @param namespace the namespace, {@code /} when the packet names none
 * @param ackId     the acknowledgement id, or -1 when there is none
 * @param data      the JSON payload with binary attachments in place (as binary nodes), or null
 */
record Packet(Type type, String namespace, long ackId, JsonNode data) {

    enum Type {
        CONNECT, DISCONNECT, EVENT, ACK, CONNECT_ERROR, BINARY_EVENT, BINARY_ACK;

        char code() {
            return (char) ('0' + ordinal());
        }
    }

    static final long NO_ACK = -1;
}
