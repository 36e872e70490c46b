package io.doran.chat.adapters.ws.session;

import io.doran.chat.application.port.in.AuthenticateUseCase;
import io.doran.chat.application.port.in.ConnectUseCase;
import io.doran.chat.application.port.in.DeleteMessageUseCase;
import io.doran.chat.application.port.in.DisconnectUseCase;
import io.doran.chat.application.port.in.EditMessageUseCase;
import io.doran.chat.application.port.in.JoinLiveRoomUseCase;
import io.doran.chat.application.port.in.LeaveLiveRoomUseCase;
import io.doran.chat.application.port.in.MarkReadUseCase;
import io.doran.chat.application.port.in.ReactToMessageUseCase;
import io.doran.chat.application.port.in.SendMessageUseCase;
import io.doran.chat.application.port.in.SendTypingUseCase;

/** The use cases the WebSocket adapter calls, and nothing else. */
public record WsUseCases(AuthenticateUseCase authenticate, ConnectUseCase connect, DisconnectUseCase disconnect,
                         JoinLiveRoomUseCase join, LeaveLiveRoomUseCase leave, SendMessageUseCase send,
                         EditMessageUseCase edit, DeleteMessageUseCase delete, ReactToMessageUseCase react,
                         MarkReadUseCase read, SendTypingUseCase typing) {
}
