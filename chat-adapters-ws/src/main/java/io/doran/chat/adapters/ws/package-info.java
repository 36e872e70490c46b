/**
 * The WebSocket adapter (SPEC §5): the {@code /chat} endpoint, the JSON frame protocol, handshake
 * authentication, per-connection bounded outbound queues. Inbound only: it calls use cases of
 * {@code io.doran.chat.application.port.in} and implements their {@code LiveConnection} callback.
 */
package io.doran.chat.adapters.ws;
