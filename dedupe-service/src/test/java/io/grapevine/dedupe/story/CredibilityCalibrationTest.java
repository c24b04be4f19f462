package io.grapevine.dedupe.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Calibration of the credibility model on real transfer sagas with known outcomes: the credibility each story had
 * just before the first resolving news (an official announcement of it or of a rival move, a party's denial, a
 * reported collapse) is compared with what happened. Prints Brier score and ROC AUC; fails below AUC 0.85.
 */
class CredibilityCalibrationTest {

    record Saga(String id, String player, String from, String to, boolean happened, List<Claim> claims) {
    }

    record Event(Saga saga, Claim claim, int order) {
    }

    static List<Saga> load() throws IOException {
        List<Saga> sagas = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                CredibilityCalibrationTest.class.getResourceAsStream("/calibration/sagas.txt"), StandardCharsets.UTF_8))) {
            String line;
            String[] head = null;
            List<Claim> claims = null;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("saga ")) {
                    if (head != null) {
                        sagas.add(saga(head, claims));
                    }
                    head = line.substring(5).split("\\s*\\|\\s*");
                    claims = new ArrayList<>();
                    continue;
                }
                String[] f = line.split("\\s+");
                boolean hedged = false;
                String via = null;
                for (int i = 3; i < f.length; i++) {
                    if (f[i].equals("hedged")) {
                        hedged = true;
                    } else if (f[i].startsWith("via=")) {
                        via = f[i].substring(4);
                    }
                }
                String reportId = head[0].strip() + "-" + claims.size();
                claims.add(TestClaims.claim(reportId, head[1], head[2], head[3], Stage.valueOf(f[2].toUpperCase(Locale.ROOT)),
                        hedged, via == null ? f[1] : via, f[1], f[0], null, null));
            }
            if (head != null) {
                sagas.add(saga(head, claims));
            }
        }
        return sagas;
    }

    private static Saga saga(String[] head, List<Claim> claims) {
        return new Saga(head[0], head[1], head[2], head[3], head[4].equals("happened"), claims);
    }

    static boolean resolving(Claim c) {
        return c.stage() == Stage.OFFICIAL || c.stage() == Stage.COLLAPSED
                || (c.stage() == Stage.DENIED && "official".equals(c.report().source().kind()));
    }

    /** Runs every saga through one engine in event-time order; returns each saga's credibility before resolution. */
    static Map<Saga, Double> scores(List<Saga> sagas) {
        List<Event> events = new ArrayList<>();
        for (Saga s : sagas) {
            for (Claim c : s.claims()) {
                events.add(new Event(s, c, events.size()));
            }
        }
        events.sort((a, b) -> {
            int t = a.claim().publishedAt().compareTo(b.claim().publishedAt());
            return t != 0 ? t : Integer.compare(a.order(), b.order());
        });
        // cut-off: the first resolving event of the saga, or an official announcement for the same player and window
        Map<Saga, Integer> cutoff = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            for (Saga s : sagas) {
                boolean own = s == e.saga() && resolving(e.claim());
                boolean rival = s != e.saga() && s.player().equals(e.saga().player()) && e.claim().stage() == Stage.OFFICIAL
                        && TransferWindow.of(e.claim().publishedAt()).equals(TransferWindow.of(s.claims().get(0).publishedAt()));
                if ((own || rival) && !cutoff.containsKey(s)) {
                    cutoff.put(s, i);
                }
            }
        }
        TrackRecords records = new TrackRecords(TestClaims.CATALOGUE);
        StoryEngine engine = new StoryEngine(records);
        Map<String, StoryState> stories = new LinkedHashMap<>();
        Map<Saga, Double> before = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            for (Saga s : sagas) {
                if (cutoff.getOrDefault(s, Integer.MAX_VALUE) == i) {
                    before.put(s, credibility(stories, s));
                }
            }
            Claim c = e.claim();
            List<StoryState> mine = stories.values().stream()
                    .filter(st -> st.snapshot().player().id().equals(c.player().id())).toList();
            StoryEngine.Result r = engine.onClaim(mine, List.of(), c, c.publishedAt());
            r.changed().forEach(st -> stories.put(st.id(), st));
            r.settlements().forEach(records::record);
        }
        for (Saga s : sagas) {
            before.putIfAbsent(s, credibility(stories, s));
        }
        return before;
    }

    private static Double credibility(Map<String, StoryState> stories, Saga s) {
        Instant first = s.claims().get(0).publishedAt();
        String id = StoryIds.of(s.claims().get(0).player().id(), s.to(), TransferWindow.of(first).id());
        StoryState st = stories.get(id);
        return st == null ? CredibilityModel.BASE_RATE : st.snapshot().credibility();
    }

    @Test
    void credibilityBeforeResolutionSeparatesRealMovesFromFailedRumours() throws IOException {
        List<Saga> sagas = load();
        assertThat(sagas).hasSizeGreaterThanOrEqualTo(20);
        Map<Saga, Double> scores = scores(sagas);

        double brier = 0;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-30s %-8s %s%n", "saga", "outcome", "credibility"));
        for (var e : scores.entrySet()) {
            double y = e.getKey().happened() ? 1 : 0;
            brier += (e.getValue() - y) * (e.getValue() - y);
            table.append(String.format(Locale.ROOT, "%-30s %-8s %.3f%n", e.getKey().id(),
                    e.getKey().happened() ? "happened" : "failed", e.getValue()));
        }
        brier /= scores.size();
        double auc = auc(scores);
        // the trap: ranking by the number of reports before resolution
        Map<Saga, Double> volume = new LinkedHashMap<>();
        for (Saga s : scores.keySet()) {
            volume.put(s, (double) s.claims().stream().takeWhile(c -> !resolving(c)).count());
        }
        double volumeAuc = auc(volume);
        long happened = scores.keySet().stream().filter(Saga::happened).count();
        System.out.print(table);
        System.out.printf(Locale.ROOT, "calibration %s: %d sagas (%d happened, %d failed), Brier %.3f, ROC AUC %.3f"
                + " (report-count baseline ROC AUC %.3f)%n",
                CredibilityModel.VERSION, scores.size(), happened, scores.size() - happened, brier, auc, volumeAuc);

        assertThat(auc).isGreaterThanOrEqualTo(0.85);
        assertThat(brier).isLessThan(0.2);
    }

    @Test
    void volumeOfEchoesAndWeakRepeatsDoesNotRaiseCredibility() {
        Claim origin = TestClaims.claim("g1", "Alessandro Bastoni", "inter-milan", "liverpool", Stage.INTEREST, true,
                "gazzetta-dello-sport", null, "2024-01-12", null, null);
        StoryEngine engine = new StoryEngine(new TrackRecords(TestClaims.CATALOGUE));
        StoryState one = engine.onClaim(List.of(), List.of(), origin, origin.publishedAt()).changed().get(0);
        List<StoryState> state = List.of(one);
        for (int i = 0; i < 20; i++) {
            Claim echo = TestClaims.claim("echo" + i, "Alessandro Bastoni", "inter-milan", "liverpool", Stage.INTEREST, true,
                    i % 2 == 0 ? "lfc-transfer-room" : "the-kop-hq", "gazzetta-dello-sport", "2024-01-13", null, null);
            state = List.of(engine.onClaim(state, List.of(), echo, echo.publishedAt()).changed().get(0));
        }
        assertThat(state.get(0).snapshot().credibility()).isEqualTo(one.snapshot().credibility());
        assertThat(state.get(0).snapshot().originCount()).isEqualTo(1);
        assertThat(state.get(0).snapshot().reportCount()).isEqualTo(21);
        assertThat(state.get(0).snapshot().status()).isEqualTo(StoryStatus.RUMOUR);
    }

    static double auc(Map<Saga, Double> scores) {
        double pairs = 0;
        double wins = 0;
        for (var p : scores.entrySet()) {
            for (var n : scores.entrySet()) {
                if (p.getKey().happened() && !n.getKey().happened()) {
                    pairs++;
                    wins += p.getValue() > n.getValue() ? 1 : p.getValue().equals(n.getValue()) ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
