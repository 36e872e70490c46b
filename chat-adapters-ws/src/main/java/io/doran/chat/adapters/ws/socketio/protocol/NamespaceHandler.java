package io.doran.chat.adapters.ws.socketio.protocol;

import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application behind one Socket.IO namespace ({@code /}, {@code /socket}): what the protocol calls for
 * its sockets. This is the boundary between the protocol and the live session.
 *
 * <p>Threads: {@link #onConnect} and {@link #onEvent} run on the thread that read the client's packet
 * (Jetty's, for a WebSocket frame or a polling POST), one packet at a time per client and in the order
 * sent, with no thread hop; they may block briefly (the server runs on virtual threads) but hold up that
 * client's next packets meanwhile. {@link #onDisconnect} runs once per connected socket on a virtual thread
 * of its own, never inside a writer's locks (a closed connection may be discovered while a broadcast writes
 * to it), possibly while the socket's last {@code onEvent} is still running. A handler that throws is
 * logged; the client's connection stays.
 */
public interface NamespaceHandler {

    /**
     * A client asks to join the namespace. {@code auth} is the CONNECT packet's payload (socket.io-client's
     * {@code auth} option), absent when the client sent none; the request that opened the connection
     * (headers, cookies, query, address, {@code Accept-Language}) is {@code socket.handshake()}.
     * Packets emitted to the socket before this returns are sent after the CONNECT answer, or dropped on refusal.
     */
    ConnectResult onConnect(SocketIoSocket socket, Optional<ObjectNode> auth);

    /**
     * An event from a connected socket: its name and arguments (binary attachments as binary nodes), and
     * the acknowledgement when the client asked for one.
     */
    void onEvent(SocketIoSocket socket, String event, ArrayNode args, Optional<Ack> ack);

    /** The socket left the namespace; nothing more is sent to it. */
    void onDisconnect(SocketIoSocket socket, DisconnectReason reason);
}
