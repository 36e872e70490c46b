package io.doran.chat.application.port.in;

import java.util.Map;
import java.util.Set;

/** A message's reactions after a change: counts per kind and the caller's own kinds (000). */
public record ReactionsView(String roomId, String messageId, Map<String, Long> reactions, Set<String> myReactions) {

    public ReactionsView {
        reactions = Map.copyOf(reactions);
        myReactions = Set.copyOf(myReactions);
    }
}
