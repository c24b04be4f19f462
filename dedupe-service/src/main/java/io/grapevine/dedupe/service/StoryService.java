package io.grapevine.dedupe.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClockTick;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.dedupe.ClaimRow;
import io.grapevine.dedupe.ProcessedEvent;
import io.grapevine.dedupe.StoryRow;
import io.grapevine.dedupe.StreamClock;
import io.grapevine.dedupe.repository.ClaimRepository;
import io.grapevine.dedupe.repository.ProcessedEventRepository;
import io.grapevine.dedupe.repository.SourceRecordRepository;
import io.grapevine.dedupe.repository.StoryRepository;
import io.grapevine.dedupe.repository.StreamClockRepository;
import io.grapevine.dedupe.story.InMemoryStories;
import io.grapevine.dedupe.story.Settlement;
import io.grapevine.dedupe.story.StoryEngine;
import io.grapevine.dedupe.story.StoryState;
import io.grapevine.dedupe.story.TrackRecords;
import io.grapevine.reference.SourceCatalogue;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies claims and clock ticks to the stories in dedupe's schema, in one transaction per event, and says what to
 * publish. The event id is recorded with its effect; a redelivered event changes nothing and re-publishes the
 * current snapshots of the stories it changed (so a crash between commit and publish loses nothing).
 */
@ApplicationScoped
public class StoryService {

    private final StoryRepository stories;
    private final ClaimRepository claims;
    private final ProcessedEventRepository processed;
    private final StreamClockRepository clocks;
    private final SourceRecordRepository sources;
    private final SourceCatalogue catalogue = SourceCatalogue.load();

    public StoryService(StoryRepository stories, ClaimRepository claims, ProcessedEventRepository processed,
                        StreamClockRepository clocks, SourceRecordRepository sources) {
        this.stories = stories;
        this.claims = claims;
        this.processed = processed;
        this.clocks = clocks;
        this.sources = sources;
    }

    @WithTransaction
    public Uni<Publication> onClaim(Claim received, int partition) {
        return processed.findById(received.id()).chain(done -> done != null ? republish(done)
                : fullNameCandidates(received).chain(candidates -> clocks.findById(partition).chain(clock -> {
                    Claim claim = StoryEngine.resolveSurname(received, candidates.stream().map(StoryService::read).toList());
                    Instant streamTime = max(clock == null ? null : clock.at, StoryEngine.eventTime(claim, clock == null ? null : clock.at));
                    List<String> aliasIds = aliasIds(claim.player().id());
                    Set<String> players = new LinkedHashSet<>(aliasIds);
                    players.add(claim.player().id());
                    return stories.ofPlayers(players).chain(rows -> sources.records().chain(records -> {
                        TrackRecords book = book(records);
                        List<StoryState> mine = new ArrayList<>();
                        List<StoryState> aliases = new ArrayList<>();
                        for (StoryRow row : rows) {
                            (row.playerId.equals(claim.player().id()) ? mine : aliases).add(read(row));
                        }
                        StoryEngine.Result result = new StoryEngine(book).onClaim(mine, aliases, claim, streamTime);
                        Map<String, StoryRow> byId = new HashMap<>();
                        rows.forEach(r -> byId.put(r.id, r));
                        String storyId = result.changed().stream().filter(s -> s.claims().stream().anyMatch(c -> c.id().equals(claim.id())))
                                .map(StoryState::id).findFirst().orElse(StoryEngine.storyIdFor(claim, StoryEngine.eventTime(claim, streamTime), Map.of()));
                        ClaimRow claimRow = new ClaimRow();
                        claimRow.id = claim.id();
                        claimRow.reportId = claim.report().id();
                        claimRow.playerId = claim.player().id();
                        claimRow.storyId = storyId;
                        claimRow.partitionNo = partition;
                        claimRow.publishedAt = claim.publishedAt();
                        claimRow.body = json(claim);
                        return claims.findById(claim.id()).chain(existing -> existing == null ? claims.persist(claimRow) : Uni.createFrom().item(existing))
                                .chain(x -> apply(result, byId, book, claim.id(), "claim", partition, streamTime, clock));
                    }));
                })));
    }

    /** Stories of full-name players a surname-only claim may belong to. */
    private Uni<List<StoryRow>> fullNameCandidates(Claim claim) {
        String id = claim.player().id();
        return id.contains("-") ? Uni.createFrom().item(List.of()) : stories.list("playerId like ?1", "%-" + id);
    }

    @WithTransaction
    public Uni<Publication> onTick(ClockTick tick, String eventId, int partition) {
        return processed.findById(eventId).chain(done -> done != null ? republish(done)
                : clocks.findById(partition).chain(clock -> {
                    Instant streamTime = max(clock == null ? null : clock.at, tick.at());
                    return stories.openOnPartition(partition).chain(rows -> sources.records().chain(records -> {
                        TrackRecords book = book(records);
                        List<StoryState> open = rows.stream().map(StoryService::read).toList();
                        StoryEngine.Result result = new StoryEngine(book).onTick(open, streamTime);
                        Map<String, StoryRow> byId = new HashMap<>();
                        rows.forEach(r -> byId.put(r.id, r));
                        return apply(result, byId, book, eventId, "tick", partition, streamTime, clock);
                    }));
                }));
    }

    private Uni<Publication> apply(StoryEngine.Result result, Map<String, StoryRow> rows, TrackRecords book, String eventId,
                                   String kind, int partition, Instant streamTime, StreamClock clock) {
        List<TransferSnapshot> snapshots = new ArrayList<>();
        List<StoryRow> fresh = new ArrayList<>();
        List<StoryState> all = new ArrayList<>(result.changed());
        all.addAll(result.absorbed());
        for (StoryState s : all) {
            StoryRow row = rows.get(s.id());
            if (row == null) {
                row = new StoryRow();
                row.id = s.id();
                row.partitionNo = partition;
                fresh.add(row);
            }
            write(row, s);
            snapshots.add(s.snapshot());
        }
        Set<String> sourceIds = new TreeSet<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Settlement settlement : result.settlements()) {
            sourceIds.add(settlement.source().id());
            chain = chain.chain(() -> sources.settle(book.standing(settlement.source()), settlement.hit()));
        }
        ProcessedEvent event = new ProcessedEvent();
        event.id = eventId;
        event.kind = kind;
        event.partitionNo = partition;
        event.storyIds = String.join(",", snapshots.stream().map(TransferSnapshot::id).toList());
        event.sourceIds = String.join(",", sourceIds);
        StreamClock c = clock;
        if (c == null) {
            c = new StreamClock();
            c.partitionNo = partition;
            c.at = streamTime;
        } else if (streamTime != null && (c.at == null || streamTime.isAfter(c.at))) {
            c.at = streamTime;
        }
        StreamClock newClock = clock == null ? c : null;
        return chain
                .chain(() -> fresh.isEmpty() ? Uni.createFrom().voidItem() : stories.persist(fresh))
                .chain(() -> newClock == null || newClock.at == null ? Uni.createFrom().voidItem() : clocks.persist(newClock).replaceWithVoid())
                .chain(() -> processed.persist(event))
                .chain(() -> sources.snapshots(List.copyOf(sourceIds)))
                .map(sourceSnapshots -> new Publication(snapshots, sourceSnapshots));
    }

    /** The current snapshots of the stories an already-processed event changed. */
    private Uni<Publication> republish(ProcessedEvent done) {
        List<String> ids = split(done.storyIds);
        Uni<List<StoryRow>> rows = ids.isEmpty() ? Uni.createFrom().item(List.of()) : stories.byIds(ids);
        return rows.chain(r -> sources.snapshots(split(done.sourceIds))
                .map(src -> new Publication(r.stream().map(row -> read(row).snapshot()).toList(), src)));
    }

    private TrackRecords book(Map<String, int[]> records) {
        TrackRecords book = new TrackRecords(catalogue);
        records.forEach((id, r) -> book.put(id, r[0], r[1]));
        return book;
    }

    static List<String> aliasIds(String playerId) {
        return InMemoryStories.aliasIds(playerId);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    private static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    static StoryState read(StoryRow row) {
        try {
            return ContractJson.MAPPER.readValue(row.state, StoryState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable state of story " + row.id, e);
        }
    }

    private static void write(StoryRow row, StoryState s) {
        TransferSnapshot snap = s.snapshot();
        row.playerId = snap.player().id();
        row.windowId = snap.window();
        row.status = snap.status().name().toLowerCase(java.util.Locale.ROOT);
        row.settled = s.settled();
        row.version = snap.version();
        row.credibility = snap.credibility();
        row.mergedInto = snap.mergedInto();
        row.updatedAt = snap.updatedAt();
        row.state = json(s);
    }

    private static String json(Object value) {
        try {
            return ContractJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
