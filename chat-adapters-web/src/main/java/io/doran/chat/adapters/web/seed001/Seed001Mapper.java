package io.doran.chat.adapters.web.seed001;

import io.doran.chat.adapters.web.MappingConfig;
import io.doran.chat.application.port.in.MessageView;
import io.doran.chat.application.port.in.ParticipantView;
import io.doran.chat.application.port.in.RoomSummaryView;
import io.doran.chat.application.port.in.RoomView;
import io.doran.chat.application.port.in.UserProfileView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Use-case views to seed 001's shapes (MapStruct generates the room mappings). */
@Mapper(config = MappingConfig.class)
interface Seed001Mapper {

    @Mapping(target = "id", source = "roomId")
    @Mapping(target = "postId", qualifiedByName = "postId")
    Seed001Responses.Room room(RoomView view);

    @Mapping(target = "id", source = "roomId")
    @Mapping(target = "postId", qualifiedByName = "postId")
    Seed001Responses.Room room(RoomSummaryView view);

    List<Seed001Responses.Room> rooms(List<RoomSummaryView> views);

    @Mapping(target = "id", source = "view.roomId")
    @Mapping(target = "postId", source = "view.postId", qualifiedByName = "postId")
    Seed001Responses.RoomDetail detail(RoomView view, List<Seed001Responses.Message> messages);

    @Mapping(target = "nickname", source = "displayName")
    Seed001Responses.Participant participant(ParticipantView view);

    /** A post id that is a whole number goes back as one, as 001's clients sent it. */
    @Named("postId")
    default Object postId(String postId) {
        if (postId != null && postId.matches("-?[0-9]{1,18}")) {
            return Long.parseLong(postId);
        }
        return postId;
    }

    /** A message and what is known of its author. */
    default Seed001Responses.Message message(MessageView view, Map<String, UserProfileView> authors) {
        Optional<UserProfileView> author = Optional.ofNullable(authors.get(view.userId()));
        return new Seed001Responses.Message(view.messageId(), view.roomId(), view.userId(),
                view.content() != null ? view.content() : view.imageUrl(),
                author.map(UserProfileView::email).orElse(view.userId()), view.displayName(),
                author.map(UserProfileView::pictureUrl).orElse(null), view.createdAt());
    }
}
