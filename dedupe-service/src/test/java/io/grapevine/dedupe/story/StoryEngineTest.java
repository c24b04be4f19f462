package io.grapevine.dedupe.story;

import static io.grapevine.dedupe.story.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.EvidenceRole;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryEngineTest {

    private final TrackRecords records = new TrackRecords(TestClaims.CATALOGUE);
    private final StoryEngine engine = new StoryEngine(records);
    private final Map<String, StoryState> stories = new LinkedHashMap<>();
    private final List<Settlement> settlements = new ArrayList<>();

    private StoryEngine.Result apply(Claim c) {
        List<StoryState> mine = stories.values().stream().filter(s -> s.snapshot().player().id().equals(c.player().id())).toList();
        StoryEngine.Result r = engine.onClaim(mine, List.of(), c, c.publishedAt());
        r.changed().forEach(s -> stories.put(s.id(), s));
        r.absorbed().forEach(s -> stories.put(s.id(), s));
        r.settlements().forEach(records::record);
        settlements.addAll(r.settlements());
        return r;
    }

    private TransferSnapshot story(String id) {
        return stories.get(id).snapshot();
    }

    @Test
    void windowsFollowEventTime() {
        assertThat(TransferWindow.of(Instant.parse("2024-01-12T08:00:00Z")).id()).isEqualTo("2024-winter");
        assertThat(TransferWindow.of(Instant.parse("2024-02-01T23:00:00Z")).id()).isEqualTo("2024-winter");
        assertThat(TransferWindow.of(Instant.parse("2024-03-10T08:00:00Z")).id()).isEqualTo("2024-summer");
        assertThat(TransferWindow.of(Instant.parse("2024-09-01T20:00:00Z")).id()).isEqualTo("2024-summer");
        assertThat(TransferWindow.of(Instant.parse("2024-10-01T08:00:00Z")).id()).isEqualTo("2025-winter");
        assertThat(TransferWindow.parse("2025-winter").closesAt()).isEqualTo(Instant.parse("2025-02-02T00:00:00Z"));
    }

    @Test
    void citationIsOneOriginAndNearCopyIsAnEcho() {
        apply(claim("r-gazzetta", "Alessandro Bastoni", "inter-milan", "liverpool", Stage.INTEREST, true,
                "gazzetta-dello-sport", null, "2024-01-12T08:00:00Z", "0123456789abcdef", 50e6));
        apply(claim("r-lfc", "Alessandro Bastoni", "inter-milan", "liverpool", Stage.INTEREST, true,
                "lfc-transfer-room", "gazzetta-dello-sport", "2024-01-12T09:30:00Z", "fedcba9876543210", 49.9e6));
        apply(claim("r-copy", "Alessandro Bastoni", "inter-milan", "liverpool", Stage.INTEREST, true,
                "football-tweet", null, "2024-01-12T10:00:00Z", "0123456789abcdee", null));
        TransferSnapshot s = story("alessandro-bastoni--liverpool--2024-winter");
        assertThat(s.originCount()).isEqualTo(1);
        assertThat(s.reportCount()).isEqualTo(3);
        assertThat(s.reports()).extracting(r -> r.role()).containsExactly(EvidenceRole.ORIGIN, EvidenceRole.ECHO, EvidenceRole.ECHO);
        assertThat(s.reports().get(1).origin().id()).isEqualTo("gazzetta-dello-sport");
        assertThat(s.reports().get(1).echoOf()).isEqualTo("r-gazzetta");
        assertThat(s.reports().get(2).echoOf()).isEqualTo("r-gazzetta");
        assertThat(s.fee().amountEur()).isEqualTo(50e6);
        assertThat(s.explanation()).extracting(c -> c.reason())
                .anyMatch(r -> r.startsWith("La Gazzetta dello Sport, prior 0.30, interest stage, hedged: +"));
        assertThat(s.credibilityHistory()).hasSize(3);
        assertThat(s.version()).isEqualTo(3);
    }

    @Test
    void redeliveredClaimChangesNothing() {
        Claim c = claim("r1", "Declan Rice", "west-ham-united", "arsenal", Stage.BID, false, "sky-sports", null, "2023-06-15", null, null);
        assertThat(apply(c).changed()).hasSize(1);
        assertThat(apply(c).isEmpty()).isTrue();
    }

    @Test
    void officialConfirmationConfirmsCollapsesRivalsAndSettlesTrackRecords() {
        apply(claim("a1", "Romeo Lavia", "southampton", "liverpool", Stage.BID, false, "the-athletic", null, "2023-07-14", null, null));
        apply(claim("c1", "Romeo Lavia", "southampton", "chelsea", Stage.AGREEMENT, false, "fabrizio-romano", null, "2023-08-15", null, null));
        apply(claim("c2", "Romeo Lavia", "southampton", "chelsea", Stage.OFFICIAL, false, "official-chelsea", null, "2023-08-18", null, null));
        assertThat(story("romeo-lavia--chelsea--2023-summer").status()).isEqualTo(StoryStatus.CONFIRMED);
        assertThat(story("romeo-lavia--chelsea--2023-summer").reports().get(1).role()).isEqualTo(EvidenceRole.CONFIRMATION);
        assertThat(story("romeo-lavia--liverpool--2023-summer").status()).isEqualTo(StoryStatus.COLLAPSED);
        assertThat(settlements).extracting(s -> s.source().id() + ":" + s.hit())
                .containsExactlyInAnyOrder("fabrizio-romano:true", "the-athletic:false");
        assertThat(records.standing(TestClaims.source("fabrizio-romano")).reliability())
                .isEqualTo((0.82 * Standing.PSEUDO_COUNTS + 1) / (Standing.PSEUDO_COUNTS + 1));
    }

    @Test
    void partyDenialDeniesAndWindowCloseExpires() {
        apply(claim("d1", "Rafael Leao", "ac-milan", "chelsea", Stage.INTEREST, true, "the-sun", null, "2023-06-05", null, null));
        apply(claim("d2", "Rafael Leao", "ac-milan", "chelsea", Stage.DENIED, false, "official-ac-milan", null, "2023-06-27", null, null));
        assertThat(story("rafael-leao--chelsea--2023-summer").status()).isEqualTo(StoryStatus.DENIED);
        assertThat(story("rafael-leao--chelsea--2023-summer").reports().get(1).role()).isEqualTo(EvidenceRole.DENIAL);
        assertThat(settlements).isEmpty();

        apply(claim("e1", "Neymar", "paris-saint-germain", "barcelona", Stage.TALKS, true, "sport", null, "2019-08-30", null, null));
        StoryEngine.Result tick = engine.onTick(new ArrayList<>(stories.values()), Instant.parse("2019-09-10T00:00:00Z"));
        tick.changed().forEach(s -> stories.put(s.id(), s));
        assertThat(story("neymar--barcelona--2019-summer").status()).isEqualTo(StoryStatus.EXPIRED);
        assertThat(tick.settlements()).extracting(s -> s.source().id() + ":" + s.hit()).containsExactly("sport:false");
        assertThat(stories.get("neymar--barcelona--2019-summer").settled()).isTrue();
    }

    @Test
    void newsOfALaterWindowExpiresThePlayersStoriesOfSettledWindows() {
        apply(claim("w1", "Florian Wirtz", "bayer-leverkusen", "bayern-munich", Stage.INTEREST, true, "bild", null, "2024-05-10", null, null));
        assertThat(story("florian-wirtz--bayern-munich--2024-summer").status()).isEqualTo(StoryStatus.RUMOUR);

        StoryEngine.Result later = apply(claim("w2", "Florian Wirtz", "bayer-leverkusen", "liverpool", Stage.TALKS, false,
                "sky-sports", null, "2025-05-20", null, null));
        assertThat(later.changed()).extracting(s -> s.id())
                .containsExactlyInAnyOrder("florian-wirtz--liverpool--2025-summer", "florian-wirtz--bayern-munich--2024-summer");
        assertThat(story("florian-wirtz--bayern-munich--2024-summer").status()).isEqualTo(StoryStatus.EXPIRED);
        assertThat(stories.get("florian-wirtz--bayern-munich--2024-summer").settled()).isTrue();
        assertThat(story("florian-wirtz--liverpool--2025-summer").status()).isEqualTo(StoryStatus.RUMOUR);
    }

    @Test
    void stalenessLowersCredibilityOnTicks() {
        apply(claim("s1", "Jadon Sancho", "borussia-dortmund", "manchester-united", Stage.TALKS, false, "sky-sports", null, "2020-06-01", null, null));
        double fresh = story("jadon-sancho--manchester-united--2020-summer").credibility();
        StoryEngine.Result tick = engine.onTick(new ArrayList<>(stories.values()), Instant.parse("2020-07-15T00:00:00Z"));
        assertThat(tick.changed()).hasSize(1);
        assertThat(tick.changed().get(0).snapshot().credibility()).isLessThan(fresh);
        assertThat(tick.changed().get(0).snapshot().explanation()).extracting(c -> c.factor()).contains("staleness");
    }

    @Test
    void surnameStoryMergesIntoFullNameStory() {
        Claim surname = new Claim("x1#liverpool", claim("x1", "Bastoni", null, "liverpool", Stage.INTEREST, true,
                "the-sun", null, "2024-01-10", null, null).report(), new io.grapevine.contracts.PlayerMention("bastoni", "Bastoni", "Bastoni"),
                TestClaims.club("liverpool"), null, null, Stage.INTEREST, List.of(), List.of(), "en", List.of(), Instant.parse("2024-01-10T12:00:00Z"));
        StoryState alias = engine.onClaim(List.of(), List.of(), surname, surname.publishedAt()).changed().get(0);
        Claim full = claim("x2", "Alessandro Bastoni", "inter-milan", "liverpool", Stage.INTEREST, true,
                "gazzetta-dello-sport", null, "2024-01-12", null, null);
        StoryEngine.Result r = engine.onClaim(List.of(), List.of(alias), full, full.publishedAt());
        assertThat(r.absorbed()).hasSize(1);
        assertThat(r.absorbed().get(0).snapshot().mergedInto()).isEqualTo("alessandro-bastoni--liverpool--2024-winter");
        assertThat(r.changed().get(0).snapshot().reportCount()).isEqualTo(2);
    }

    @Test
    void surnameClaimAfterTheFullNameJoinsTheFullNameStory() {
        InMemoryStories memory = new InMemoryStories(TestClaims.CATALOGUE);
        Claim full = claim("y1", "Alessandro Bastoni", "inter-milan", "liverpool", Stage.INTEREST, true,
                "gazzetta-dello-sport", null, "2024-01-12", null, null);
        memory.onClaim(full, 0);
        Claim surname = new Claim("y2#liverpool", claim("y2", "Bastoni", null, "liverpool", Stage.TALKS, false,
                "the-athletic", null, "2024-01-14", null, null).report(), new io.grapevine.contracts.PlayerMention("bastoni", "Bastoni", "Bastoni"),
                TestClaims.club("liverpool"), null, null, Stage.TALKS, List.of(), List.of(), "en", List.of(), Instant.parse("2024-01-14T12:00:00Z"));
        memory.onClaim(surname, 3);
        assertThat(memory.stories()).containsOnlyKeys("alessandro-bastoni--liverpool--2024-winter");
        TransferSnapshot s = memory.stories().get("alessandro-bastoni--liverpool--2024-winter").snapshot();
        assertThat(s.reportCount()).isEqualTo(2);
        assertThat(s.stage()).isEqualTo(Stage.TALKS);
    }
}
