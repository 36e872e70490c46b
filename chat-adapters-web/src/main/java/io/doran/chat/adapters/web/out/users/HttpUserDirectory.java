package io.doran.chat.adapters.web.out.users;

import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.application.port.out.UserProfile;
import io.doran.chat.domain.shared.UserId;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user directory when a user service is configured (003): profiles come from the user service, through
 * a cache of the profiles it gave. A profile younger than {@code refresh-after} is used as it is; otherwise
 * the service is asked, and when it is slow, failing or down the cached profile is used however old (until
 * it expires), then what verified credentials said about the user, then nothing — the user id shows. The
 * chat never waits longer than the lookup's time limit and retries, and not at all while the circuit is open.
 *
 * <p>The cache is any Spring {@link Cache} holding JSON text: on one node a bounded, expiring Caffeine cache
 * ({@link #localCache}), with Redis one that every node shares. A cache that fails counts as a miss.
 */
public final class HttpUserDirectory implements UserDirectory, AutoCloseable {

    /** The cache's name; with Redis also part of its keys. */
    public static final String CACHE = "user-profiles";

    private static final Logger log = LoggerFactory.getLogger(HttpUserDirectory.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResilientUserService service;
    private final Cache cache;
    private final UserDirectory credentials;
    private final Duration refreshAfter;
    private final Clock clock;
    private final ExecutorService lookups = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("user-lookup-", 0).factory());

    /**
     * @param credentials the profiles verified credentials told about: where {@link #remember} goes, and the
     *                    fallback for users the service does not know or cannot answer for
     */
    public HttpUserDirectory(ResilientUserService service, Cache cache, UserDirectory credentials,
                             UserServiceSettings settings, Clock clock) {
        this.service = service;
        this.cache = cache;
        this.credentials = credentials;
        this.refreshAfter = settings.cache().refreshAfter();
        this.clock = clock;
    }

    /** A cache on this node only: at most {@code cache.max-size} profiles, each kept {@code cache.ttl}. */
    public static Cache localCache(UserServiceSettings settings) {
        return new CaffeineCache(CACHE, Caffeine.newBuilder().maximumSize(settings.cache().maxSize())
                .expireAfterWrite(settings.cache().ttl()).build(), false);
    }

    @Override
    public Map<UserId, UserProfile> profiles(Collection<UserId> users) {
        Map<UserId, UserProfile> found = new HashMap<>();
        Map<UserId, Known> stale = new HashMap<>();
        List<UserId> toAsk = new ArrayList<>();
        Instant now = clock.instant();
        for (UserId user : new LinkedHashSet<>(users)) {
            Optional<Known> known = cached(user);
            if (known.isPresent() && known.get().fetchedAt().plus(refreshAfter).isAfter(now)) {
                found.put(user, known.get().profile(user));
            } else {
                known.ifPresent(k -> stale.put(user, k));
                toAsk.add(user);
            }
        }
        List<UserId> fromCredentials = new ArrayList<>();
        ask(toAsk).forEach((user, answer) -> {
            switch (answer) {
                case Answer.Found(UserDto dto) -> {
                    Known known = new Known(dto.name(), dto.email(), dto.picture(), now);
                    store(user, known);
                    found.put(user, known.profile(user));
                }
                case Answer.Unknown unknown -> {
                    evict(user);
                    fromCredentials.add(user);
                }
                case Answer.Failed failed -> {
                    Known known = stale.get(user);
                    if (known != null) {
                        found.put(user, known.profile(user));
                    } else {
                        fromCredentials.add(user);
                    }
                }
            }
        });
        if (!fromCredentials.isEmpty()) {
            found.putAll(credentials.profiles(fromCredentials));
        }
        return found;
    }

    @Override
    public void remember(UserProfile profile) {
        credentials.remember(profile);
    }

    /** Asks the user service about each user, all at once. */
    private Map<UserId, Answer> ask(List<UserId> users) {
        Map<UserId, Answer> answers = new HashMap<>();
        if (users.size() == 1) {
            answers.put(users.getFirst(), ask(users.getFirst()));
            return answers;
        }
        Map<UserId, Future<Answer>> pending = new HashMap<>();
        for (UserId user : users) {
            pending.put(user, lookups.submit(() -> ask(user)));
        }
        pending.forEach((user, answer) -> {
            try {
                answers.put(user, answer.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answers.put(user, new Answer.Failed());
            } catch (ExecutionException e) {
                answers.put(user, new Answer.Failed());
            }
        });
        return answers;
    }

    private Answer ask(UserId user) {
        try {
            return service.fetch(user).<Answer>map(Answer.Found::new).orElseGet(Answer.Unknown::new);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Failed();
        } catch (Exception e) {
            log.debug("User service lookup of {} failed: {}", user.value(), e.toString());
            return new Answer.Failed();
        }
    }

    private Optional<Known> cached(UserId user) {
        try {
            return Optional.ofNullable(cache.get(user.value(), String.class)).map(json -> JSON.readValue(json, Known.class));
        } catch (RuntimeException e) {
            log.debug("Profile cache read of {} failed: {}", user.value(), e.toString());
            return Optional.empty();
        }
    }

    private void store(UserId user, Known known) {
        try {
            cache.put(user.value(), JSON.writeValueAsString(known));
        } catch (RuntimeException e) {
            log.debug("Profile cache write of {} failed: {}", user.value(), e.toString());
        }
    }

    private void evict(UserId user) {
        try {
            cache.evict(user.value());
        } catch (RuntimeException e) {
            log.debug("Profile cache eviction of {} failed: {}", user.value(), e.toString());
        }
    }

    @Override
    public void close() {
        lookups.shutdownNow();
    }

    /** What the user service said about one user. */
    private sealed interface Answer {
        record Found(UserDto user) implements Answer {
        }

        record Unknown() implements Answer {
        }

        record Failed() implements Answer {
        }
    }

    /** A profile the user service gave, and when. */
    record Known(String name, String email, String picture, Instant fetchedAt) {

        UserProfile profile(UserId user) {
            return new UserProfile(user, Optional.ofNullable(name), Optional.ofNullable(email), Optional.ofNullable(picture));
        }
    }
}
