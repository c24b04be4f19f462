package io.grapevine.dedupe.story;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClubRef;
import io.grapevine.contracts.CredibilityPoint;
import io.grapevine.contracts.EvidenceReport;
import io.grapevine.contracts.EvidenceRole;
import io.grapevine.contracts.FeeKind;
import io.grapevine.contracts.FeeRange;
import io.grapevine.contracts.PlayerMention;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.contracts.ReportFee;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges claims into transfer stories and re-scores them; a pure function of (stories, event, stream time, source
 * standings). The caller owns the state and serialises the work per player (Kafka partitioning does that).
 */
public final class StoryEngine {

    /** What one event changed: stories with a new version, stories absorbed by a merge, and track-record verdicts. */
    public record Result(List<StoryState> changed, List<StoryState> absorbed, List<Settlement> settlements) {
        public static final Result NONE = new Result(List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return changed.isEmpty() && absorbed.isEmpty() && settlements.isEmpty();
        }
    }

    private final SourceBook sources;

    public StoryEngine(SourceBook sources) {
        this.sources = sources;
    }

    /** Event time of a claim: its own, else its report's, else the stream's. */
    public static Instant eventTime(Claim claim, Instant streamTime) {
        if (claim.publishedAt() != null) {
            return claim.publishedAt();
        }
        if (claim.report() != null && claim.report().publishedAt() != null) {
            return claim.report().publishedAt();
        }
        return streamTime;
    }

    /** The id of the story a claim joins, given the player's existing stories (late announcements join the last window). */
    public static String storyIdFor(Claim claim, Instant at, Map<String, StoryState> existing) {
        TransferWindow window = TransferWindow.of(at);
        TransferWindow previous = window.previous();
        String previousId = StoryIds.of(claim.player().id(), claim.toClub().id(), previous.id());
        StoryState late = existing.get(previousId);
        if (late != null && at.isBefore(previous.settlesAt()) && late.snapshot().status() == StoryStatus.RUMOUR) {
            return previousId;
        }
        return StoryIds.of(claim.player().id(), claim.toClub().id(), window.id());
    }

    /**
     * Applies one claim.
     *
     * @param playerStories every story of the claim's player
     * @param aliasStories  stories filed under a surname-only id that this claim's full name resolves; they are merged
     * @param streamTime    the partition's stream time after this claim
     */
    public Result onClaim(List<StoryState> playerStories, List<StoryState> aliasStories, Claim claim, Instant streamTime) {
        Instant at = eventTime(claim, streamTime);
        Map<String, StoryState> stories = new LinkedHashMap<>();
        for (StoryState s : playerStories) {
            stories.put(s.id(), s);
        }
        Set<String> touched = new HashSet<>();
        List<StoryState> absorbed = new ArrayList<>();
        PlayerRef player = new PlayerRef(claim.player().id(), claim.player().name());
        for (StoryState alias : aliasStories) {
            if (alias.snapshot().mergedInto() != null) {
                continue;
            }
            String targetId = StoryIds.of(player.id(), alias.snapshot().toClub().id(), alias.snapshot().window());
            StoryState target = stories.get(targetId);
            List<Claim> claims = new ArrayList<>(target == null ? List.of() : target.claims());
            for (Claim c : alias.claims()) {
                claims.add(withPlayer(c, claim.player()));
            }
            stories.put(targetId, target == null
                    ? new StoryState(blank(targetId, player, alias.snapshot().toClub(), alias.snapshot().window()), dedupe(claims), false)
                    : new StoryState(target.snapshot(), dedupe(claims), target.settled()));
            touched.add(targetId);
            TransferSnapshot a = alias.snapshot();
            absorbed.add(new StoryState(copy(a, a.version() + 1, a.status(), a.stage(), a.credibility(), a.explanation(),
                    a.credibilityHistory(), targetId, at), alias.claims(), true));
        }

        String id = storyIdFor(claim, at, stories);
        StoryState story = stories.get(id);
        if (story != null && story.claims().stream().anyMatch(c -> c.id().equals(claim.id()))) {
            if (touched.isEmpty()) {
                return Result.NONE; // a redelivered claim changes nothing
            }
        } else {
            List<Claim> claims = new ArrayList<>(story == null ? List.of() : story.claims());
            claims.add(claim);
            String window = id.substring(id.lastIndexOf("--") + 2);
            stories.put(id, story == null
                    ? new StoryState(blank(id, player, claim.toClub(), window), claims, false)
                    : new StoryState(story.snapshot(), claims, story.settled()));
        }
        touched.add(id);
        Result r = rescore(stories, touched, at, streamTime, true);
        Result expired = expireSettledWindows(stories, touched, streamTime);
        if (expired.changed().isEmpty()) {
            return new Result(r.changed(), absorbed, r.settlements());
        }
        List<StoryState> changed = new ArrayList<>(r.changed());
        changed.addAll(expired.changed());
        List<Settlement> settlements = new ArrayList<>(r.settlements());
        settlements.addAll(expired.settlements());
        return new Result(changed, absorbed, settlements);
    }

    /**
     * The player's open stories of other windows that have settled by the claim's stream time, rescored as a tick
     * would: "Wirtz to Bayern, summer 2024" expires when news of summer 2025 arrives, not at the next clock tick.
     */
    private Result expireSettledWindows(Map<String, StoryState> stories, Set<String> touched, Instant streamTime) {
        if (streamTime == null) {
            return Result.NONE;
        }
        Set<String> touchedWindows = new HashSet<>();
        for (String id : touched) {
            touchedWindows.add(stories.get(id).snapshot().window());
        }
        Map<String, StoryState> stale = new LinkedHashMap<>();
        for (StoryState s : stories.values()) {
            String window = s.snapshot().window();
            if (s.open() && !touchedWindows.contains(window)
                    && !streamTime.isBefore(TransferWindow.parse(window).settlesAt())) {
                stale.put(s.id(), s);
            }
        }
        return stale.isEmpty() ? Result.NONE : rescore(stale, stale.keySet(), streamTime, streamTime, false);
    }

    /** Advances stream time over some stories (of any players): staleness, expiry and settlement. */
    public Result onTick(List<StoryState> stories, Instant streamTime) {
        Map<String, StoryState> byId = new LinkedHashMap<>();
        for (StoryState s : stories) {
            byId.put(s.id(), s);
        }
        Set<String> all = new HashSet<>(byId.keySet());
        return rescore(byId, all, streamTime, streamTime, false);
    }

    /** Re-scores the touched stories and the rivals sharing their player and window. */
    private Result rescore(Map<String, StoryState> stories, Set<String> touched, Instant at, Instant streamTime, boolean claimEvent) {
        Map<String, List<StoryState>> groups = new LinkedHashMap<>();
        Set<String> groupKeys = new HashSet<>();
        for (String id : touched) {
            StoryState s = stories.get(id);
            groupKeys.add(s.snapshot().player().id() + "|" + s.snapshot().window());
        }
        for (StoryState s : stories.values()) {
            String key = s.snapshot().player().id() + "|" + s.snapshot().window();
            if (groupKeys.contains(key) && s.snapshot().mergedInto() == null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        List<StoryState> changed = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        for (List<StoryState> group : groups.values()) {
            group.sort(Comparator.comparing(StoryState::id));
            // pass 1: each story on its own, to know its rivals' strength and status
            List<CredibilityModel.Competitor> alone = new ArrayList<>();
            for (StoryState s : group) {
                CredibilityModel.Assessment a = assess(s, List.of(), streamTime);
                alone.add(new CredibilityModel.Competitor(s.snapshot().toClub(), a.strength(), a.stage(), a.status()));
            }
            for (int i = 0; i < group.size(); i++) {
                StoryState s = group.get(i);
                List<CredibilityModel.Competitor> rivals = new ArrayList<>(alone);
                rivals.remove(i);
                CredibilityModel.Assessment a = assess(s, rivals, streamTime);
                boolean joined = claimEvent && touched.contains(s.id()) && !s.claims().isEmpty();
                StoryState next = rebuild(s, a, joined ? at : null, claimEvent ? at : streamTime, streamTime, rivals);
                if (next.settled() && !s.settled()) {
                    for (String o : a.hitOrigins()) {
                        settlements.add(new Settlement(s.id(), originRef(s, o), true));
                    }
                    for (String o : a.missOrigins()) {
                        settlements.add(new Settlement(s.id(), originRef(s, o), false));
                    }
                }
                if (!sameContent(s, next)) {
                    changed.add(next);
                }
            }
        }
        return new Result(changed, List.of(), settlements);
    }

    private CredibilityModel.Assessment assess(StoryState s, List<CredibilityModel.Competitor> rivals, Instant streamTime) {
        TransferSnapshot snap = s.snapshot();
        EvidenceTrail trail = EvidenceTrail.of(s.claims());
        return CredibilityModel.assess(trail, snap.toClub(), fromClub(s.claims(), snap.fromClub()), sources, rivals, streamTime,
                TransferWindow.parse(snap.window()).settlesAt());
    }

    private StoryState rebuild(StoryState s, CredibilityModel.Assessment a, Instant joinedAt, Instant changeAt, Instant streamTime,
                               List<CredibilityModel.Competitor> rivals) {
        TransferSnapshot old = s.snapshot();
        EvidenceTrail trail = EvidenceTrail.of(s.claims());
        List<CredibilityPoint> history = new ArrayList<>(old.credibilityHistory());
        if (joinedAt != null) {
            history.add(new CredibilityPoint(joinedAt, a.credibility()));
        } else if (old.credibility() != a.credibility() || history.isEmpty()) {
            history.add(new CredibilityPoint(changeAt, a.credibility()));
        }
        history.sort(Comparator.comparing(CredibilityPoint::at));
        Set<String> reports = new HashSet<>();
        List<EvidenceReport> evidence = new ArrayList<>();
        for (EvidenceTrail.Item item : trail.items()) {
            Claim c = item.claim();
            reports.add(c.report().id());
            evidence.add(new EvidenceReport(c.report().id(), c.report().url(), item.publisher(), item.origin(), item.role(),
                    item.echoOf(), item.at(), c.stage(),
                    c.fee() == null ? null : new ReportFee(c.fee().amount(), c.fee().currency(), c.fee().amountEur()),
                    c.evidence().isEmpty() ? c.report().title() : c.evidence().get(0)));
        }
        Instant first = trail.items().isEmpty() ? null : trail.items().get(0).at();
        Instant last = trail.items().isEmpty() ? null : trail.items().get(trail.items().size() - 1).at();
        TransferWindow window = TransferWindow.parse(old.window());
        boolean rivalConfirmed = rivals.stream().anyMatch(r -> r.status() == StoryStatus.CONFIRMED);
        boolean settled = s.settled() || a.status() == StoryStatus.CONFIRMED || rivalConfirmed
                || (streamTime != null && !streamTime.isBefore(window.settlesAt()));
        Claim latest = trail.items().isEmpty() ? null : trail.items().get(trail.items().size() - 1).claim();
        PlayerRef player = latest == null ? old.player() : new PlayerRef(latest.player().id(), latest.player().name());
        TransferSnapshot snap = new TransferSnapshot(old.id(), old.version(), player, fromClub(s.claims(), old.fromClub()),
                old.toClub(), old.window(), a.stage(), a.status(), a.credibility(), CredibilityModel.VERSION, a.explanation(),
                fee(trail), reports.size(), trail.originCount(), first, last, evidence, history, null, changeAt);
        TransferSnapshot versioned = copy(snap, old.version() + 1, snap.status(), snap.stage(), snap.credibility(),
                snap.explanation(), snap.credibilityHistory(), null, changeAt);
        return new StoryState(versioned, s.claims(), settled);
    }

    private static boolean sameContent(StoryState before, StoryState after) {
        if (before.settled() != after.settled() || before.claims().size() != after.claims().size()) {
            return false;
        }
        TransferSnapshot a = before.snapshot();
        TransferSnapshot b = after.snapshot();
        return a.status() == b.status() && a.stage() == b.stage() && a.credibility() == b.credibility()
                && Objects.equals(a.explanation(), b.explanation()) && Objects.equals(a.reports(), b.reports())
                && Objects.equals(a.fee(), b.fee()) && Objects.equals(a.fromClub(), b.fromClub())
                && Objects.equals(a.player(), b.player()) && a.version() > 0;
    }

    private static ClubRef fromClub(List<Claim> claims, ClubRef fallback) {
        ClubRef from = fallback;
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(EvidenceTrail.ORDER);
        for (Claim c : sorted) {
            if (c.fromClub() != null) {
                from = c.fromClub();
            }
        }
        return from;
    }

    /** The story's fee in EUR: the median of the origins' latest stated fees (echoes only when no origin states one). */
    static FeeRange fee(EvidenceTrail trail) {
        Map<String, double[]> byOrigin = new LinkedHashMap<>();
        Map<String, double[]> byEcho = new LinkedHashMap<>();
        for (EvidenceTrail.Item item : trail.items()) {
            var f = item.claim().fee();
            if (f == null || f.amountEur() == null || f.kind() == FeeKind.WAGE || f.amount() <= 0) {
                continue;
            }
            double rate = f.amountEur() / f.amount();
            double min = (f.minAmount() == null ? f.amount() : f.minAmount()) * rate;
            double max = (f.maxAmount() == null ? f.amount() : f.maxAmount()) * rate;
            (item.role() == EvidenceRole.ECHO ? byEcho : byOrigin).put(item.origin().id(), new double[] {f.amountEur(), min, max});
        }
        Map<String, double[]> use = byOrigin.isEmpty() ? byEcho : byOrigin;
        if (use.isEmpty()) {
            return null;
        }
        List<double[]> values = new ArrayList<>(use.values());
        values.sort(Comparator.comparingDouble(v -> v[0]));
        double median = values.size() % 2 == 1 ? values.get(values.size() / 2)[0]
                : (values.get(values.size() / 2 - 1)[0] + values.get(values.size() / 2)[0]) / 2;
        double min = values.stream().mapToDouble(v -> v[1]).min().orElse(median);
        double max = values.stream().mapToDouble(v -> v[2]).max().orElse(median);
        return new FeeRange(median, min, max);
    }

    private static io.grapevine.contracts.SourceRef originRef(StoryState s, String originId) {
        for (EvidenceTrail.Item item : EvidenceTrail.of(s.claims()).items()) {
            if (item.origin().id().equals(originId)) {
                return item.origin();
            }
        }
        return new io.grapevine.contracts.SourceRef(originId, originId, null);
    }

    private static List<Claim> dedupe(List<Claim> claims) {
        Map<String, Claim> byId = new LinkedHashMap<>();
        for (Claim c : claims) {
            byId.putIfAbsent(c.id(), c);
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * A claim filed under a surname-only id ("merzak") when exactly one full-name player with that surname has
     * stories ("yanis-merzak"): the claim belongs to that player, whichever of the two arrived first.
     */
    public static Claim resolveSurname(Claim claim, java.util.Collection<StoryState> candidates) {
        String id = claim.player().id();
        if (id.contains("-")) {
            return claim;
        }
        PlayerMention full = null;
        for (StoryState s : candidates) {
            String other = s.snapshot().player().id();
            if (other.endsWith("-" + id) && s.snapshot().mergedInto() == null) {
                if (full != null && !full.id().equals(other)) {
                    return claim; // two players share the surname: leave it unresolved
                }
                full = new PlayerMention(other, s.snapshot().player().name(), claim.player().mention());
            }
        }
        return full == null ? claim : withPlayer(claim, full);
    }

    static Claim withPlayer(Claim c, PlayerMention full) {
        return new Claim(c.id(), c.report(), new PlayerMention(full.id(), full.name(), c.player().mention()), c.toClub(),
                c.fromClub(), c.fee(), c.stage(), c.hedges(), c.attributions(), c.language(), c.evidence(), c.publishedAt());
    }

    static TransferSnapshot blank(String id, PlayerRef player, ClubRef toClub, String window) {
        return new TransferSnapshot(id, 0, player, null, toClub, window, Stage.INTEREST, StoryStatus.RUMOUR, 0,
                CredibilityModel.VERSION, List.of(), null, 0, 0, null, null, List.of(), List.of(), null, null);
    }

    static TransferSnapshot copy(TransferSnapshot s, long version, StoryStatus status, Stage stage, double credibility,
                                 List<io.grapevine.contracts.Contribution> explanation, List<CredibilityPoint> history,
                                 String mergedInto, Instant updatedAt) {
        return new TransferSnapshot(s.id(), version, s.player(), s.fromClub(), s.toClub(), s.window(), stage, status,
                credibility, s.modelVersion(), explanation, s.fee(), s.reportCount(), s.originCount(), s.firstSeen(),
                s.lastSeen(), s.reports(), history, mergedInto, updatedAt);
    }
}
