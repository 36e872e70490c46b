package io.doran.chat.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One delivery goes to every recipient of an update, and each transport encodes it once. */
class DeliveryTest {

    private static final LiveUpdate UPDATE = new LiveUpdate.Presence("alice", true);

    static <T> Delivery.Encoding<T> encoding(java.util.function.Function<LiveUpdate, T> write) {
        return write::apply;
    }

    @Test
    void the_first_encoding_is_shared_with_every_later_recipient() {
        AtomicInteger encodings = new AtomicInteger();
        Delivery delivery = new Delivery(UPDATE);

        Delivery.Encoding<String> chat = encoding(u -> "frame-" + encodings.incrementAndGet());
        String first = delivery.encoded(chat);
        String second = delivery.encoded(chat);

        assertThat(first).isEqualTo("frame-1").isSameAs(second);
        assertThat(encodings).hasValue(1);
        assertThat(delivery.update()).isSameAs(UPDATE);
    }

    @Test
    void recipients_on_many_threads_still_encode_once() throws Exception {
        AtomicInteger encodings = new AtomicInteger();
        Delivery delivery = new Delivery(UPDATE);
        Delivery.Encoding<Object> chat = encoding(u -> new Object[] {encodings.incrementAndGet()});
        List<Callable<Object>> recipients = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            recipients.add(() -> delivery.encoded(chat));
        }

        List<Object> frames = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Object> frame : pool.invokeAll(recipients)) {
                frames.add(frame.get());
            }
        }

        assertThat(encodings).hasValue(1);
        assertThat(frames).allSatisfy(frame -> assertThat(frame).isSameAs(frames.getFirst()));
    }

    @Test
    void a_delivery_needs_an_update_and_an_encoder_must_produce_something() {
        assertThatThrownBy(() -> new Delivery(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Delivery(UPDATE).encoded(encoding(u -> null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void each_transport_encodes_once_and_gets_its_own_encoding() {
        AtomicInteger encodings = new AtomicInteger();
        Delivery delivery = new Delivery(UPDATE);
        Delivery.Encoding<String> chat = encoding(u -> "chat-" + encodings.incrementAndGet());
        Delivery.Encoding<String> socketIo = encoding(u -> "42[\"presence\"]-" + encodings.incrementAndGet());

        String forChat = delivery.encoded(chat);
        String forSocketIo = delivery.encoded(socketIo);

        assertThat(delivery.encoded(chat)).isSameAs(forChat).isEqualTo("chat-1");
        assertThat(delivery.encoded(socketIo)).isSameAs(forSocketIo).isEqualTo("42[\"presence\"]-2");
        assertThat(encodings).hasValue(2);
    }

    @Test
    void room_updates_name_their_room() {
        assertThat(new LiveUpdate.RoomDeleted("r1").roomId()).isEqualTo("r1");
        assertThat(new LiveUpdate.Typing("r1", "alice", "a****", true).roomId()).isEqualTo("r1");
        assertThat(UPDATE).isNotInstanceOf(LiveUpdate.RoomUpdate.class);
    }
}
