package io.grapevine.query.view;

import io.grapevine.reference.TextFold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The in-memory view of the live stories, kept current by the stream. Reads never touch the database: the list is
 * answered from ordered indexes (one per sort, overall and per club), so a page costs a walk of at most the page
 * plus the stories the other filters reject. The indexes map each position to its entry, so a walk reads the entries
 * without a lookup by id; a replaced or removed entry is marked superseded before it leaves the indexes, and walks
 * skip it.
 *
 * <p>One writer at a time (the methods that change it are synchronized), any number of concurrent readers.
 * Plain Java: usable from tests and benchmarks without a container.
 */
public final class TransferView {

    private final ConcurrentHashMap<String, StoryEntry> live = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> redirects = new ConcurrentHashMap<>();
    private final EnumMap<Sort, ConcurrentSkipListMap<Sort.Key, StoryEntry>> global = new EnumMap<>(Sort.class);
    private final ConcurrentHashMap<String, EnumMap<Sort, ConcurrentSkipListMap<Sort.Key, StoryEntry>>> byClub =
            new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> byPlayer = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> clubNames = new ConcurrentHashMap<>();
    /** Per club index (and for all stories): the sequence number of its last change, set after the change. */
    private final ConcurrentHashMap<String, Long> clubStamps = new ConcurrentHashMap<>();
    private volatile long globalStamp;
    private long sequence;

    public TransferView() {
        for (Sort sort : Sort.values()) {
            global.put(sort, new ConcurrentSkipListMap<>());
        }
    }

    /** Puts a story, replacing the one with the same id; returns the replaced entry, if any. */
    public synchronized Optional<StoryEntry> put(StoryEntry entry) {
        redirects.remove(entry.id());
        StoryEntry previous = live.put(entry.id(), entry);
        if (previous != null && previous != entry) {
            previous.supersede();
            unindex(previous);
            stamp(previous);
        }
        index(entry);
        stamp(entry);
        return Optional.ofNullable(previous);
    }

    /** Removes a story; returns it, if it was live. */
    public synchronized Optional<StoryEntry> remove(String id) {
        StoryEntry previous = live.remove(id);
        if (previous != null) {
            previous.supersede();
            unindex(previous);
            stamp(previous);
        }
        return Optional.ofNullable(previous);
    }

    /** Replaces a story by a redirect to the story that absorbed it; returns the removed entry, if any. */
    public synchronized Optional<StoryEntry> redirect(String id, String target) {
        Optional<StoryEntry> previous = remove(id);
        redirects.put(id, target);
        return previous;
    }

    public synchronized void clear() {
        live.values().forEach(StoryEntry::supersede);
        live.clear();
        redirects.clear();
        global.values().forEach(Map::clear);
        byClub.clear();
        byPlayer.clear();
        clubStamps.clear();
        globalStamp = ++sequence;
    }

    /** Marks the indexes {@code e} is in as changed; called after the change. */
    private void stamp(StoryEntry e) {
        for (String club : clubsOf(e)) {
            clubStamps.put(club, ++sequence);
        }
        globalStamp = ++sequence;
    }

    /**
     * The index that answers {@code filter} by itself, with no other condition to check: a club's id when the only
     * filter is that club (either side), {@code "*"} (every story) when there is no filter; otherwise null.
     */
    public String coveringIndex(TransferFilter filter) {
        if (filter.isOnlyClubId()) {
            return filter.club().id();
        }
        return filter.equals(TransferFilter.ANY) ? "*" : null;
    }

    /**
     * A number that changes (after the change is visible) whenever the index named by {@link #coveringIndex} changes:
     * a page of that index read between two equal stamps is current. -1 for a club without stories.
     */
    public long stamp(String index) {
        if ("*".equals(index)) {
            return globalStamp;
        }
        Long stamp = clubStamps.get(index);
        return stamp == null ? -1 : stamp;
    }

    public Optional<StoryEntry> get(String id) {
        return Optional.ofNullable(live.get(id));
    }

    /** Where a merged story now lives, following chains of merges; empty when the id is not merged. */
    public Optional<String> redirectOf(String id) {
        String target = redirects.get(id);
        if (target == null) {
            return Optional.empty();
        }
        for (int hops = 0; hops < 16; hops++) {
            String next = redirects.get(target);
            if (next == null) {
                break;
            }
            target = next;
        }
        return Optional.of(target);
    }

    public int size() {
        return live.size();
    }

    public Collection<StoryEntry> all() {
        return live.values();
    }

    /** A club's display name as the stories give it, if any story names it. */
    public Optional<String> clubName(String clubId) {
        return Optional.ofNullable(clubNames.get(clubId));
    }

    public Set<String> clubIds() {
        return clubNames.keySet();
    }

    /** One page of the stories matching {@code filter} in {@code sort} order, after {@code cursor} (may be null). */
    public Page query(TransferFilter filter, Sort sort, int limit, Cursor cursor) {
        Sort.Key after = cursor == null ? null : cursor.after();
        NavigableMap<Sort.Key, StoryEntry> index = indexFor(filter, sort);
        List<StoryEntry> items = new ArrayList<>(Math.min(limit + 1, 256));
        if (index != null) {
            NavigableMap<Sort.Key, StoryEntry> walk = after == null ? index : index.tailMap(after, false);
            boolean covered = filter.isOnlyClubId(); // the club's index holds exactly the stories the filter wants
            for (StoryEntry entry : walk.values()) {
                if (!entry.superseded() && (covered || filter.matches(entry))) {
                    items.add(entry);
                    if (items.size() > limit) {
                        break;
                    }
                }
            }
        } else {
            Comparator<StoryEntry> order = Comparator.comparing(e -> new Sort.Key(sort.key(e), e.id()));
            List<StoryEntry> candidates = new ArrayList<>();
            for (StoryEntry entry : playerCandidates(filter.player())) {
                if (filter.matches(entry) && (after == null || new Sort.Key(sort.key(entry), entry.id()).compareTo(after) > 0)) {
                    candidates.add(entry);
                }
            }
            candidates.sort(order);
            items.addAll(candidates.subList(0, Math.min(candidates.size(), limit + 1)));
        }
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            StoryEntry last = items.get(limit - 1);
            next = new Cursor(sort, new Sort.Key(sort.key(last), last.id())).encode();
        }
        return new Page(Collections.unmodifiableList(items), next);
    }

    /** Players whose name (folded, partial) or id matches {@code q}, most stories first. */
    public List<PlayerSummary> players(String q, int limit) {
        String folded = TextFold.fold(q);
        List<PlayerSummary> found = new ArrayList<>();
        for (Map.Entry<String, Set<String>> player : byPlayer.entrySet()) {
            List<StoryEntry> stories = stories(player.getValue());
            if (stories.isEmpty()) {
                continue;
            }
            StoryEntry any = stories.get(0);
            if (folded.isEmpty() || player.getKey().contains(folded) || any.playerFolded().contains(folded)) {
                found.add(new PlayerSummary(player.getKey(), any.fields().player().name(), stories.size(),
                        stories.stream().mapToDouble(e -> e.fields().credibility()).max().orElse(0)));
            }
        }
        found.sort(Comparator.comparingInt(PlayerSummary::stories).reversed()
                .thenComparing(PlayerSummary::name, String.CASE_INSENSITIVE_ORDER));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** Live stories in and out of a club. */
    public int[] clubCounts(String clubId) {
        var indexes = byClub.get(clubId);
        int in = 0;
        int out = 0;
        if (indexes != null) {
            for (StoryEntry e : indexes.get(Sort.CREDIBILITY).values()) {
                if (!e.superseded()) {
                    if (clubId.equals(e.toClubId())) {
                        in++;
                    }
                    if (clubId.equals(e.fromClubId())) {
                        out++;
                    }
                }
            }
        }
        return new int[] {in, out};
    }

    public boolean knowsPlayer(String playerId) {
        Set<String> ids = byPlayer.get(playerId);
        return ids != null && !ids.isEmpty();
    }

    private NavigableMap<Sort.Key, StoryEntry> indexFor(TransferFilter filter, Sort sort) {
        for (ClubFilter club : new ClubFilter[] {filter.club(), filter.toClub(), filter.fromClub()}) {
            if (club != null && club.id() != null) {
                var indexes = byClub.get(club.id());
                return indexes == null ? Collections.emptyNavigableMap() : indexes.get(sort);
            }
        }
        if (filter.player() != null) {
            return null; // few stories per player: gather and sort them
        }
        return global.get(sort);
    }

    private List<StoryEntry> playerCandidates(String player) {
        Set<String> exact = byPlayer.get(player);
        if (exact != null) {
            return stories(exact);
        }
        List<StoryEntry> all = new ArrayList<>();
        for (StoryEntry entry : live.values()) {
            if (entry.playerFolded().contains(player) || (entry.playerId() != null && entry.playerId().contains(player))) {
                all.add(entry);
            }
        }
        return all;
    }

    private List<StoryEntry> stories(Set<String> ids) {
        List<StoryEntry> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            StoryEntry e = live.get(id);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private void index(StoryEntry e) {
        for (Sort sort : Sort.values()) {
            global.get(sort).put(new Sort.Key(sort.key(e), e.id()), e);
        }
        for (String club : clubsOf(e)) {
            var indexes = byClub.computeIfAbsent(club, c -> {
                EnumMap<Sort, ConcurrentSkipListMap<Sort.Key, StoryEntry>> m = new EnumMap<>(Sort.class);
                for (Sort sort : Sort.values()) {
                    m.put(sort, new ConcurrentSkipListMap<>());
                }
                return m;
            });
            for (Sort sort : Sort.values()) {
                indexes.get(sort).put(new Sort.Key(sort.key(e), e.id()), e);
            }
        }
        if (e.playerId() != null) {
            byPlayer.computeIfAbsent(e.playerId(), p -> ConcurrentHashMap.newKeySet()).add(e.id());
        }
        if (e.toClubId() != null && e.fields().toClub().name() != null) {
            clubNames.put(e.toClubId(), e.fields().toClub().name());
        }
        if (e.fromClubId() != null && e.fields().fromClub().name() != null) {
            clubNames.put(e.fromClubId(), e.fields().fromClub().name());
        }
    }

    private void unindex(StoryEntry e) {
        for (Sort sort : Sort.values()) {
            global.get(sort).remove(new Sort.Key(sort.key(e), e.id()), e);
        }
        for (String club : clubsOf(e)) {
            var indexes = byClub.get(club);
            if (indexes != null) {
                for (Sort sort : Sort.values()) {
                    indexes.get(sort).remove(new Sort.Key(sort.key(e), e.id()), e);
                }
            }
        }
        if (e.playerId() != null) {
            Set<String> ids = byPlayer.get(e.playerId());
            if (ids != null) {
                ids.remove(e.id());
                if (ids.isEmpty()) {
                    byPlayer.remove(e.playerId());
                }
            }
        }
    }

    private static List<String> clubsOf(StoryEntry e) {
        Map<String, Boolean> clubs = new HashMap<>(2);
        if (e.toClubId() != null) {
            clubs.put(e.toClubId(), true);
        }
        if (e.fromClubId() != null) {
            clubs.put(e.fromClubId(), true);
        }
        return List.copyOf(clubs.keySet());
    }

    /** A page of stories and the cursor of the next page (null on the last page). */
    public record Page(List<StoryEntry> items, String nextCursor) {
    }

    public record PlayerSummary(String id, String name, int stories, double topCredibility) {
    }
}
