package io.doran.chat.adapters.web.rest;

import io.doran.chat.adapters.web.MappingConfig;
import io.doran.chat.application.port.in.HistoryPage;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.in.PresenceView;
import io.doran.chat.application.port.in.ReactionsView;
import io.doran.chat.application.port.in.RoomSummaryView;
import io.doran.chat.application.port.in.RoomView;
import java.util.List;
import org.mapstruct.Mapper;

/** Use-case views to response bodies, at the edge (MapStruct generates the code). */
@Mapper(config = MappingConfig.class)
interface WebMapper {

    Responses.Room room(RoomView view);

    Responses.Participant participant(ParticipantView view);

    Responses.Message message(MessageView view);

    List<Responses.Message> messages(List<MessageView> views);

    Responses.RoomSummary summary(RoomSummaryView view);

    List<Responses.RoomSummary> summaries(List<RoomSummaryView> views);

    Responses.History history(HistoryPage page);

    Responses.Reactions reactions(ReactionsView view);

    Responses.Presence presence(PresenceView view);
}
