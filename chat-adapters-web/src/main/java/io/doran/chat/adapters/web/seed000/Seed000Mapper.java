package io.doran.chat.adapters.web.seed000;

import io.doran.chat.adapters.web.MappingConfig;
import io.doran.chat.application.port.in.LiveRoomView;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.in.RoomView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Use-case views to seed 000's shapes (MapStruct generates the code). */
@Mapper(config = MappingConfig.class)
interface Seed000Mapper {

    Seed000Responses.Room room(RoomView view);

    @Mapping(target = "editedName", source = "roomDisplayName")
    Seed000Responses.Participant participant(ParticipantView view);

    Seed000Responses.LiveRoom liveRoom(LiveRoomView view, String webSocketUrl);
}
