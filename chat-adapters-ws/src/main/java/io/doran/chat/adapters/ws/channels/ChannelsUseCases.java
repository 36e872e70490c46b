package io.doran.chat.adapters.ws.channels;

import io.doran.chat.application.port.in.AuthenticateGatewayUserUseCase;
import io.doran.chat.application.port.in.JoinRoomUseCase;

/**
 * The use cases seed 001's WebSocket calls beside the live session's: the gateway's identity, and joining an open
 * room.
 */
public record ChannelsUseCases(AuthenticateGatewayUserUseCase gateway, JoinRoomUseCase joinRoom) {
}
