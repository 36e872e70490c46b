package io.doran.chat.application.port.in;

import java.util.List;

/** A page of history, newest first, and whether more exists in the paging direction (002). */
public record HistoryPage(List<MessageView> messages, boolean hasMore) {

    public HistoryPage {
        messages = List.copyOf(messages);
    }
}
