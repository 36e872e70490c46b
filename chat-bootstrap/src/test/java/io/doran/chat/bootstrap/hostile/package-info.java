/**
 * The hostile-input suite (issue 15): what an attacker sends, over real connections to the started
 * server, and what it must get — a clear refusal, never a 5xx, a lost message or another user's data.
 *
 * <p>{@link io.doran.chat.bootstrap.hostile.HostileServer} starts the server every case attacks (the
 * embedded default); a class per surface extends it — {@code HostileRestTest}, {@code HostileWebSocketTest}
 * ({@code /chat} and seed 001's WebSocket) and {@code HostileSocketIoTest} — and a {@code Production…}
 * subclass of each runs the same cases unchanged on {@code scylla,redis} (closing its context after the
 * class: a node left running in the test JVM would claim external-channel messages meant for later tests'
 * nodes, since they share one Redis). Cases that need other settings live in their own classes, with their
 * production twin where both store sets matter ({@code HostileConnectionsTest}: keepalive and the per-address
 * cap on every live transport; {@code EmbeddedMemoryWindowTest}, {@code ProductionExternalChannelsOutageTest}).
 * {@link io.doran.chat.bootstrap.hostile.RawHttp} sends what the JDK's client would normalize: chunked and
 * endless bodies, exact bytes, a head before its body, several requests on one connection; {@link
 * io.doran.chat.bootstrap.hostile.RawWebSocket} frames the JDK's WebSocket client will not send (bytes that
 * are not UTF-8) and a peer that never answers a ping; {@link io.doran.chat.bootstrap.ws.SocketIoClient}
 * speaks Socket.IO packet by packet.
 */
package io.doran.chat.bootstrap.hostile;
