package io.grapevine.dedupe.story;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClockTick;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.reference.SourceCatalogue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The story side of dedupe-service over in-memory state, with the same rules as the service over PostgreSQL: a
 * processed-id set, stream time per partition (claims' event time and ticks), surname stories merged on resolution,
 * and track records. Thread-safe per partition (callers serialise the events of one partition, as Kafka does);
 * used to replay {@code rumours.claims.v1}, to run several consumers over shared state, and in benchmarks.
 */
public final class InMemoryStories {

    private final Map<String, StoryState> stories = new ConcurrentHashMap<>();
    private final Map<Integer, Instant> clocks = new ConcurrentHashMap<>();
    private final Set<String> processed = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> partitionOfStory = new ConcurrentHashMap<>();
    private final TrackRecords records;

    public InMemoryStories(SourceCatalogue catalogue) {
        this.records = new TrackRecords(catalogue);
    }

    public synchronized StoryEngine.Result onClaim(Claim received, int partition) {
        if (!processed.add(received.id())) {
            return StoryEngine.Result.NONE;
        }
        Claim claim = StoryEngine.resolveSurname(received, stories.values().stream()
                .filter(s -> s.snapshot().player().id().endsWith("-" + received.player().id())).toList());
        Instant clock = clocks.get(partition);
        Instant at = StoryEngine.eventTime(claim, clock);
        Instant streamTime = clock == null || (at != null && at.isAfter(clock)) ? at : clock;
        List<StoryState> mine = new ArrayList<>();
        List<StoryState> aliases = new ArrayList<>();
        List<String> aliasIds = aliasIds(claim.player().id());
        for (StoryState s : stories.values()) {
            String player = s.snapshot().player().id();
            if (player.equals(claim.player().id())) {
                mine.add(s);
            } else if (aliasIds.contains(player)) {
                aliases.add(s);
            }
        }
        StoryEngine.Result r = new StoryEngine(records).onClaim(mine, aliases, claim, streamTime);
        r.changed().forEach(s -> partitionOfStory.putIfAbsent(s.id(), partition));
        apply(r);
        if (streamTime != null) {
            clocks.put(partition, streamTime);
        }
        return r;
    }

    public synchronized StoryEngine.Result onTick(ClockTick tick, int partition) {
        if (!processed.add(tick.key() + "@" + tick.at())) {
            return StoryEngine.Result.NONE;
        }
        Instant clock = clocks.get(partition);
        Instant streamTime = clock == null || tick.at().isAfter(clock) ? tick.at() : clock;
        clocks.put(partition, streamTime);
        List<StoryState> open = stories.values().stream().filter(StoryState::open)
                .filter(s -> Integer.valueOf(partition).equals(partitionOfStory.get(s.id()))).toList();
        StoryEngine.Result r = new StoryEngine(records).onTick(open, streamTime);
        apply(r);
        return r;
    }

    private void apply(StoryEngine.Result r) {
        r.changed().forEach(s -> stories.put(s.id(), s));
        r.absorbed().forEach(s -> stories.put(s.id(), s));
        r.settlements().forEach(records::record);
    }

    public Map<String, StoryState> stories() {
        return Map.copyOf(stories);
    }

    public long open() {
        return stories.values().stream().filter(s -> s.snapshot().status() == StoryStatus.RUMOUR).count();
    }

    /** Surname-only ids a full player id may have been filed under: "alessandro-bastoni" -> "bastoni". */
    public static List<String> aliasIds(String playerId) {
        String[] parts = playerId.split("-");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            out.add(String.join("-", java.util.Arrays.copyOfRange(parts, i, parts.length)));
        }
        return out;
    }
}
