package io.doran.chat.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message as clients see it, the same in REST responses and WebSocket frames (SPEC §5): the id as a
 * string, the author's resolved display name and its mask, the type as {@code messageType}, and the
 * reaction counts with the viewer's own kinds; {@code editCount} is how many earlier versions its edit history
 * holds, {@code replyTo} the message it answers (null when none) and {@code replyCount} how many visible replies
 * it has (threads, issue 18); {@code mentions} the user ids the text mentions (issue 18).
 */
public record MessageView(String messageId, String roomId, String userId, String nicknameMask, String displayName,
                          String messageType, String content, String imageUrl, Instant createdAt, Instant editedAt,
                          String clientMessageId, Map<String, Long> reactions, Set<String> myReactions,
                          int editCount, ReplyToView replyTo, int replyCount, List<String> mentions) {

    public MessageView {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        reactions = Map.copyOf(reactions);
        myReactions = Set.copyOf(myReactions);
    }
}
