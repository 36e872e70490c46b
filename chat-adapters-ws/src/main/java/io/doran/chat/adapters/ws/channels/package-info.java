/**
 * Seed 001's Channels-style WebSocket ({@code /ws/chat/{room_id}/chat/}): a transport over the live session of
 * {@code io.doran.chat.adapters.ws.session}, with the gateway's identity, one room per connection and 001's frames.
 */
package io.doran.chat.adapters.ws.channels;
