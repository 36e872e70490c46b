package io.doran.chat.adapters.web.rest;

import io.doran.chat.adapters.web.MappingConfig;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.in.RoomSummaryView;
import io.doran.chat.application.port.in.RoomView;
import java.util.List;
import org.mapstruct.Mapper;

/**
 * Use-case views to the response bodies whose shape differs (a room's participants without their room display name, a
 * summary without its creation time); MapStruct generates the code. Views already shaped as the body are answered as
 * they are.
 */
@Mapper(config = MappingConfig.class)
interface WebMapper {

    Responses.Room room(RoomView view);

    Responses.Participant participant(ParticipantView view);

    Responses.RoomSummary summary(RoomSummaryView view);

    List<Responses.RoomSummary> summaries(List<RoomSummaryView> views);
}
