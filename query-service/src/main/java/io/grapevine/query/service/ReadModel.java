package io.grapevine.query.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.query.StoryChange;
import io.grapevine.query.repository.StoryRepository;
import io.grapevine.query.view.StoryEntry;
import io.grapevine.query.view.TransferView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The read model of transfer stories: applies {@code transfers.v1} records to the {@code story} table and then to
 * the in-memory {@link TransferView} that serves every read, and announces each change on the {@link ChangeFeed}.
 *
 * <p>A snapshot is applied only when its version is newer than the stored one; a tombstone removes a live story; a
 * snapshot with {@code mergedInto} replaces the story by a redirect (kept after its tombstone, so old links still
 * lead to the surviving story). At start the view is loaded from the table before the first record is applied.
 */
@ApplicationScoped
public class ReadModel {

    private static final Logger LOG = Logger.getLogger(ReadModel.class);
    private static final int LOAD_PAGE = 5_000;

    private final StoryRepository stories;
    private final ChangeFeed feed;
    private final TransferView view = new TransferView();
    private final Uni<Void> loaded;
    private final Counter applied;
    private final Counter stale;
    private final Counter tombstones;
    private volatile boolean ready;

    public ReadModel(StoryRepository stories, ChangeFeed feed, MeterRegistry registry) {
        this.stories = stories;
        this.feed = feed;
        this.loaded = Uni.createFrom().deferred(this::load).memoize().indefinitely();
        this.applied = registry.counter("grapevine.query.snapshots", "outcome", "applied");
        this.stale = registry.counter("grapevine.query.snapshots", "outcome", "stale");
        this.tombstones = registry.counter("grapevine.query.snapshots", "outcome", "tombstone");
        Gauge.builder("grapevine.query.stories", view, TransferView::size).register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        loaded.subscribe().with(ok -> { }, failure -> LOG.error("could not load the read model", failure));
    }

    public TransferView view() {
        return view;
    }

    /** True once the view holds the stored read model. */
    public boolean isReady() {
        return ready;
    }

    /** Completes when the view has been loaded from the table. */
    public Uni<Void> whenLoaded() {
        return loaded;
    }

    /** One record of {@code transfers.v1}: a snapshot, or a tombstone (null value). */
    public record Change(String key, byte[] value) {
    }

    /** A record that cannot be applied, by its index in the batch, with the reason. */
    public record Rejected(int index, String reason) {
    }

    /**
     * Applies one record of {@code transfers.v1}; fails when it is not a valid snapshot or its key is not its id.
     *
     * @param notify false during a rebuild: the change is not streamed nor sent to watches
     */
    public Uni<Void> apply(String key, byte[] value, boolean notify) {
        return applyAll(List.of(new Change(key, value)), notify).flatMap(rejected -> rejected.isEmpty()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new IllegalArgumentException(rejected.get(0).reason())));
    }

    /**
     * Applies a batch of records in order: runs of snapshots go to the table in one pipelined batch, tombstones one
     * by one between them, then each applied change reaches the view and the change feed. Records that cannot be
     * applied are returned (the caller dead-letters them); everything else is applied.
     */
    public Uni<List<Rejected>> applyAll(List<Change> changes, boolean notify) {
        List<Rejected> rejected = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        List<TransferSnapshot> run = new ArrayList<>();
        List<StoryEntry> entries = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (change.value() == null) {
                if (change.key() == null) {
                    rejected.add(new Rejected(i, "a tombstone needs a key"));
                    continue;
                }
                chain = flush(chain, run, entries, jsons, notify);
                run = new ArrayList<>();
                entries = new ArrayList<>();
                jsons = new ArrayList<>();
                String key = change.key();
                chain = chain.chain(() -> tombstone(key, notify));
                continue;
            }
            try {
                TransferSnapshot snapshot = decode(change.value());
                if (change.key() != null && !change.key().equals(snapshot.id())) {
                    throw new IllegalArgumentException("record key " + change.key() + " is not the snapshot id " + snapshot.id());
                }
                StoryEntry entry = snapshot.mergedInto() == null ? StoryEntry.of(snapshot) : null;
                run.add(snapshot);
                entries.add(entry);
                jsons.add(entry != null ? new String(entry.detailJson(), StandardCharsets.UTF_8) : write(snapshot));
            } catch (RuntimeException e) {
                rejected.add(new Rejected(i, e.getMessage()));
            }
        }
        chain = flush(chain, run, entries, jsons, notify);
        return chain.replaceWith(rejected);
    }

    private Uni<Void> flush(Uni<Void> chain, List<TransferSnapshot> run, List<StoryEntry> entries, List<String> jsons,
            boolean notify) {
        if (run.isEmpty()) {
            return chain;
        }
        return chain.chain(() -> stories.upsertAll(run, jsons).invoke(done -> {
            for (int i = 0; i < done.length; i++) {
                if (done[i]) {
                    applied.increment();
                    toView(run.get(i), entries.get(i), notify);
                } else {
                    stale.increment();
                }
            }
        })).replaceWithVoid();
    }

    private Uni<Void> tombstone(String key, boolean notify) {
        return stories.tombstone(key).invoke(removed -> {
            tombstones.increment();
            if (removed) {
                synchronized (view) {
                    view.remove(key).ifPresent(previous -> {
                        if (notify) {
                            feed.publish(StoryChange.Kind.REMOVED, key, null, previous, null);
                        }
                    });
                }
            }
        }).replaceWithVoid();
    }

    private void toView(TransferSnapshot snapshot, StoryEntry entry, boolean notify) {
        synchronized (view) {
            if (entry == null) {
                Optional<StoryEntry> previous = view.redirect(snapshot.id(), snapshot.mergedInto());
                if (notify) {
                    feed.publish(StoryChange.Kind.MERGED, snapshot.id(), null, previous.orElse(null), snapshot.mergedInto());
                }
                return;
            }
            Optional<StoryEntry> existing = view.get(snapshot.id());
            if (existing.isPresent() && existing.get().version() >= snapshot.version()) {
                return; // a concurrent replay got there first
            }
            Optional<StoryEntry> previous = view.put(entry);
            if (notify) {
                feed.publish(StoryChange.Kind.UPDATED, snapshot.id(), entry, previous.orElse(null), null);
            }
        }
    }

    /** Empties the table and the view (the start of a rebuild). */
    public Uni<Void> clear() {
        return stories.deleteAll().invoke(() -> {
            synchronized (view) {
                view.clear();
            }
        });
    }

    static TransferSnapshot decode(byte[] value) {
        TransferSnapshot snapshot;
        try {
            snapshot = ContractJson.MAPPER.readValue(value, TransferSnapshot.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid TransferSnapshot: " + e.getMessage(), e);
        }
        if (snapshot == null || snapshot.id() == null || snapshot.id().isBlank()) {
            throw new IllegalArgumentException("a TransferSnapshot needs an id");
        }
        if (snapshot.version() < 0) {
            throw new IllegalArgumentException("a TransferSnapshot needs a non-negative version: " + snapshot.id());
        }
        if (snapshot.mergedInto() == null && (snapshot.player() == null || snapshot.player().id() == null
                || snapshot.toClub() == null || snapshot.toClub().id() == null)) {
            throw new IllegalArgumentException("a TransferSnapshot needs a player and a destination club: "
                    + snapshot.id());
        }
        if (snapshot.id().equals(snapshot.mergedInto())) {
            throw new IllegalArgumentException("a story cannot be merged into itself: " + snapshot.id());
        }
        return snapshot;
    }

    private static String write(TransferSnapshot snapshot) {
        try {
            return ContractJson.MAPPER.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Uni<Void> load() {
        long started = System.nanoTime();
        return loadFrom("").invoke(count -> {
            ready = true;
            LOG.infof("read model loaded: %d stories, %d live, in %d ms", count, view.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }).replaceWithVoid();
    }

    private Uni<Integer> loadFrom(String afterId) {
        return stories.page(afterId, LOAD_PAGE).flatMap(page -> {
            synchronized (view) {
                for (StoryRepository.StoredStory row : page) {
                    if ("merged".equals(row.state())) {
                        view.redirect(row.id(), row.mergedInto());
                    } else if (row.json() != null) {
                        TransferSnapshot snapshot = decode(row.json().getBytes(StandardCharsets.UTF_8));
                        if (view.get(row.id()).map(e -> e.version() < snapshot.version()).orElse(true)) {
                            view.put(StoryEntry.of(snapshot));
                        }
                    }
                }
            }
            int loaded = page.size(); // the continuation captures the count, not the page (rows are garbage now)
            if (loaded < LOAD_PAGE) {
                return Uni.createFrom().item(loaded);
            }
            String last = page.get(loaded - 1).id();
            return loadFrom(last).map(rest -> rest + loaded);
        });
    }

    /** Test and admin helper: the live stories' ids and versions, sorted. */
    public List<String> fingerprint() {
        return view.all().stream().map(e -> e.id() + "@" + e.version()).sorted().toList();
    }
}
