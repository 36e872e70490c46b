package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.WebhookOutbox;
import io.doran.chat.contract.WebhookOutboxContract;

class MemoryWebhookOutboxTest extends WebhookOutboxContract {

    @Override
    protected WebhookOutbox newOutbox(int capacity) {
        return new MemoryWebhookOutbox(capacity);
    }
}
