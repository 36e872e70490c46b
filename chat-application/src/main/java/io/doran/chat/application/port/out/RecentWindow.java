package io.doran.chat.application.port.out;

import io.doran.chat.domain.message.Message;
import java.util.List;

/** The newest visible messages of a room, newest first, and whether older visible messages exist. */
public record RecentWindow(List<Message> newestFirst, boolean hasOlder) {

    public RecentWindow {
        newestFirst = List.copyOf(newestFirst);
    }
}
