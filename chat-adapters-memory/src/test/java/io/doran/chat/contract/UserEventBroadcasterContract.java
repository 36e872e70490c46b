package io.doran.chat.contract;

import static io.doran.chat.contract.Fixtures.ALICE;
import static io.doran.chat.contract.Fixtures.BOB;
import static io.doran.chat.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.doran.chat.application.port.out.Subscription;
import io.doran.chat.application.port.out.UserEventBroadcaster;
import io.doran.chat.domain.event.NotificationPushed;
import io.doran.chat.domain.event.PresenceChanged;
import io.doran.chat.domain.event.UserEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserEventBroadcaster} does; asynchronous implementations pass too (the tests await). */
public abstract class UserEventBroadcasterContract {

    protected UserEventBroadcaster broadcaster;

    protected abstract UserEventBroadcaster newBroadcaster();

    @BeforeEach
    void setUpBroadcaster() {
        broadcaster = newBroadcaster();
    }

    @Test
    void personal_events_reach_only_their_user_and_everyone_listeners_hear_all() {
        List<UserEvent> alice = new CopyOnWriteArrayList<>();
        List<UserEvent> all = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(ALICE, alice::add);
        broadcaster.subscribeAll(all::add);
        NotificationPushed forAlice = new NotificationPushed(ALICE, "mention", "hi", "/rooms/1", T0);
        PresenceChanged bobOnline = new PresenceChanged(BOB, true, T0);

        broadcaster.publish(bobOnline);
        broadcaster.publish(forAlice);

        Await.until(() -> alice.size() == 1 && all.size() == 2);
        assertThat(alice).containsExactly(forAlice);
        assertThat(all).containsExactly(bobOnline, forAlice);
    }

    @Test
    void a_closed_subscription_hears_nothing_more() {
        List<UserEvent> heard = new CopyOnWriteArrayList<>();
        List<UserEvent> marker = new CopyOnWriteArrayList<>();
        Subscription subscription = broadcaster.subscribe(ALICE, heard::add);
        broadcaster.subscribe(ALICE, marker::add);

        subscription.close();
        broadcaster.publish(new PresenceChanged(ALICE, true, T0));

        Await.until(() -> marker.size() == 1);
        assertThat(heard).isEmpty();
    }
}
