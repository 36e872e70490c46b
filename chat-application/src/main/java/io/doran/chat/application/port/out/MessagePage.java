package io.doran.chat.application.port.out;

import io.doran.chat.domain.message.Message;
import java.util.List;

/** A page of messages, newest first, and whether more exist beyond it in the paging direction. */
public record MessagePage(List<Message> messages, boolean hasMore) {

    public MessagePage {
        messages = List.copyOf(messages);
    }
}
