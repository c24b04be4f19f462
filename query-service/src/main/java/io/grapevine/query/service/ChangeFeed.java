package io.grapevine.query.service;

import io.grapevine.query.QueryConfig;
import io.grapevine.query.StoryChange;
import io.grapevine.query.view.StoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The sequence of view changes: numbers them, keeps the most recent ones for resuming a stream
 * ({@code Last-Event-ID}) and hands each to the subscribers (stream connections, watches).
 *
 * <p>Event ids are {@code <epoch>-<seq>}: the epoch is drawn when the instance starts, so an id from another
 * instance or from before a restart is recognised as unresumable instead of silently skipping changes.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    private final String epoch = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    private final int capacity;
    private final ArrayDeque<StoryChange> recent = new ArrayDeque<>();
    private final List<Consumer<StoryChange>> subscribers = new CopyOnWriteArrayList<>();
    private long seq;

    public ChangeFeed(QueryConfig config) {
        this.capacity = Math.max(1, config.stream().bufferSize());
    }

    public String eventId(StoryChange change) {
        return eventId(change.seq());
    }

    public String eventId(long position) {
        return epoch + "-" + position;
    }

    public synchronized StoryChange publish(StoryChange.Kind kind, String id, StoryEntry current, StoryEntry previous,
            String mergedInto) {
        StoryChange change = new StoryChange(++seq, kind, id, current, previous, mergedInto);
        recent.addLast(change);
        while (recent.size() > capacity) {
            recent.removeFirst();
        }
        for (Consumer<StoryChange> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                LOG.warnf(e, "a change subscriber failed on %s", id);
            }
        }
        return change;
    }

    /**
     * Subscribes to the changes after {@code lastEventId} (null: only new ones). Returns the changes to replay first,
     * or empty when that id cannot be resumed (unknown epoch, or older than the buffer). Replay and subscription
     * happen under one lock, so no change falls between them.
     */
    public synchronized Subscription subscribe(String lastEventId, Consumer<StoryChange> subscriber) {
        subscribers.add(subscriber);
        return new Subscription(replay(lastEventId), seq);
    }

    private Optional<List<StoryChange>> replay(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return Optional.of(List.of());
        }
        int dash = lastEventId.lastIndexOf('-');
        if (dash < 0 || !lastEventId.substring(0, dash).equals(epoch)) {
            return Optional.empty();
        }
        long after;
        try {
            after = Long.parseLong(lastEventId.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (after > seq) {
            return Optional.empty();
        }
        long oldest = recent.isEmpty() ? seq + 1 : recent.peekFirst().seq();
        if (after + 1 < oldest) {
            return Optional.empty();
        }
        List<StoryChange> replay = new ArrayList<>();
        for (StoryChange change : recent) {
            if (change.seq() > after) {
                replay.add(change);
            }
        }
        return Optional.of(replay);
    }

    public void unsubscribe(Consumer<StoryChange> subscriber) {
        subscribers.remove(subscriber);
    }

    /**
     * @param replay   the changes to send before new ones; empty when the last event id cannot be resumed
     * @param position the sequence number at subscription (the id a fresh client may resume from)
     */
    public record Subscription(Optional<List<StoryChange>> replay, long position) {
    }

    public int subscriberCount() {
        return subscribers.size();
    }
}
