package io.grapevine.dedupe.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClubRef;
import io.grapevine.contracts.EvidenceReport;
import io.grapevine.contracts.EvidenceRole;
import io.grapevine.contracts.PlayerMention;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.ReportInfo;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.SourceSnapshot;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.CloudEvents;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.dedupe.story.InMemoryStories;
import io.grapevine.reference.SourceCatalogue;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.grapevine.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The story side on the real broker and database: raw reports to stories, echoes, redelivery, clock ticks and track
 * records, and effectively-once processing (a replay of rumours.claims.v1, and two consumers in one group, give the
 * stories the service holds).
 */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryPipelineTest {

    private static final SourceCatalogue CATALOGUE = SourceCatalogue.load();

    static SourceRef source(String id) {
        var s = CATALOGUE.byId(id).orElseThrow();
        return new SourceRef(s.id(), s.name(), s.kind().wireName());
    }

    static Claim claim(String reportId, String playerId, String playerName, String to, Stage stage, String publisher,
                       String cited, String at) {
        Instant t = Instant.parse(at);
        return new Claim(reportId + ":" + to, new ReportInfo(reportId, source(publisher), "https://example.org/" + reportId, null, t, null),
                new PlayerMention(playerId, playerName, playerName), new ClubRef(to, to), null, null, stage,
                List.of("reportedly"), cited == null ? List.of() : List.of(source(cited)), "en", List.of(playerName + " to " + to), t);
    }

    static TransferSnapshot story(String id, java.util.function.Predicate<TransferSnapshot> until) {
        return KafkaTestClient.read(Topics.TRANSFERS, 1, r -> id.equals(r.key()) && r.value() != null && until.test(r.value()),
                Duration.ofSeconds(60)).get(0).value();
    }

    @Test
    @Order(1)
    void seedArticleAndAggregatorPostBecomeStoriesWithGazzettaAsTheOrigin() throws Exception {
        String article;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/seed-bastoni-paraphrase.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Instant postAt = Instant.parse("2021-03-17T18:00:00Z");
        Instant articleAt = Instant.parse("2021-03-18T09:00:00Z");
        RawReport post = new RawReport("r-lfc-bastoni", source("lfc-transfer-room"), Channel.X, "https://x.com/LFCTransferRoom/status/1",
                "1", null, "Liverpool are among the clubs interested in Inter Milan defender Alessandro Bastoni and are ready to "
                + "spend £43M on the Italian. [@Gazzetta_it]", "LFC Transfer Room", postAt, postAt, "en");
        RawReport report = new RawReport("r-seed-bastoni", new SourceRef("unknown-anfield-news", "Anfield News", "outlet"), Channel.RSS,
                "https://example.org/bastoni-liverpool", null, null, article, null, articleAt, articleAt, "en");
        KafkaTestClient.send(Topics.RAW_REPORTS, post.id(), post);
        KafkaTestClient.send(Topics.RAW_REPORTS, report.id(), report);

        TransferSnapshot liverpool = story("alessandro-bastoni--liverpool--2021-summer", s -> s.reportCount() == 2);
        assertThat(liverpool.player().name()).isEqualTo("Alessandro Bastoni");
        assertThat(liverpool.fromClub().id()).isEqualTo("inter-milan");
        assertThat(liverpool.stage()).isEqualTo(Stage.INTEREST);
        assertThat(liverpool.originCount()).isEqualTo(1);
        assertThat(liverpool.reports()).extracting(r -> r.origin().id()).containsOnly("gazzetta-dello-sport");
        EvidenceReport lfc = liverpool.reports().stream().filter(r -> r.id().equals("r-lfc-bastoni")).findFirst().orElseThrow();
        assertThat(lfc.role()).isEqualTo(EvidenceRole.ECHO);
        assertThat(lfc.source().id()).isEqualTo("lfc-transfer-room");
        assertThat(liverpool.fee().amountEur()).isBetween(49e6, 51e6);
        assertThat(liverpool.credibility()).isBetween(0.05, 0.3);
        assertThat(liverpool.explanation()).extracting(c -> c.reason())
                .anyMatch(r -> r.startsWith("La Gazzetta dello Sport, prior 0.30, interest stage"));
        assertThat(liverpool.modelVersion()).isEqualTo("evidence-v1");

        assertThat(story("alessandro-bastoni--bayern-munich--2021-summer", s -> true).toClub().id()).isEqualTo("bayern-munich");
        assertThat(story("alessandro-bastoni--barcelona--2021-summer", s -> true).toClub().id()).isEqualTo("barcelona");

        assertThat(reportOutcome("r-seed-bastoni")).isEqualTo("claims");
        // the registry keeps the club the latest report placed him at, for reports that do not say who sells
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(playerClub("alessandro-bastoni")).isEqualTo("inter-milan since " + articleAt));
        var published = KafkaTestClient.read(Topics.TRANSFERS, 1, r -> "alessandro-bastoni--liverpool--2021-summer".equals(r.key()));
        assertThat(CloudEvents.text(published.get(0).headers(), CloudEvents.TYPE)).isEqualTo(Topics.TRANSFERS.eventType());
    }

    @Test
    @Order(2)
    void citationIsAnEchoAndRedeliveryChangesNothing() {
        Claim origin = claim("r-sky-x1", "ricardo-testa", "Ricardo Testa", "arsenal", Stage.TALKS, "sky-sports", null, "2023-07-01T10:00:00Z");
        Claim echo = claim("r-agg-x1", "ricardo-testa", "Ricardo Testa", "arsenal", Stage.TALKS, "afc-stuff", "sky-sports", "2023-07-01T11:00:00Z");
        KafkaTestClient.send(Topics.CLAIMS, "ricardo-testa", origin);
        KafkaTestClient.send(Topics.CLAIMS, "ricardo-testa", echo);
        KafkaTestClient.send(Topics.CLAIMS, "ricardo-testa", echo);
        TransferSnapshot s = story("ricardo-testa--arsenal--2023-summer", x -> x.reportCount() == 2);
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.reports()).extracting(EvidenceReport::role).containsExactly(EvidenceRole.ORIGIN, EvidenceRole.ECHO);
        assertThat(s.reports().get(1).echoOf()).isEqualTo("r-sky-x1");
        assertThat(s.originCount()).isEqualTo(1);

        // the redelivered claim re-published the current snapshot (what a crash between commit and publish needs)
        assertThat(KafkaTestClient.read(Topics.TRANSFERS, 2, r -> "ricardo-testa--arsenal--2023-summer".equals(r.key())
                && r.value() != null && r.value().version() == 2)).hasSize(2);

        // a third claim comes after the duplicate: versions show the duplicate changed nothing
        KafkaTestClient.send(Topics.CLAIMS, "ricardo-testa", claim("r-ath-x1", "ricardo-testa", "Ricardo Testa", "arsenal",
                Stage.BID, "the-athletic", null, "2023-07-03T10:00:00Z"));
        TransferSnapshot third = story("ricardo-testa--arsenal--2023-summer", x -> x.reportCount() == 3);
        assertThat(third.version()).isEqualTo(3);
        assertThat(third.originCount()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void clockTickExpiresTheWindowAndSettlesTrackRecords() throws Exception {
        String player = "tomas-ticker";
        KafkaTestClient.send(Topics.CLAIMS, player, claim("r-fi-t1", player, "Tomas Ticker", "juventus", Stage.TALKS,
                "football-italia", null, "2019-07-10T10:00:00Z"));
        story("tomas-ticker--juventus--2019-summer", s -> true);
        ClaimsLog.tick(ClaimsLog.partitionOf(player), Instant.parse("2019-09-10T00:00:00Z"));

        TransferSnapshot expired = story("tomas-ticker--juventus--2019-summer", s -> s.status() == StoryStatus.EXPIRED);
        assertThat(expired.explanation()).extracting(c -> c.factor()).contains("outcome");
        SourceSnapshot fi = KafkaTestClient.read(Topics.SOURCES, 1, r -> "football-italia".equals(r.key())).get(0).value();
        assertThat(fi.misses()).isGreaterThanOrEqualTo(1);
        assertThat(fi.reliability()).isLessThan(fi.prior());
    }

    @Test
    @Order(4)
    void surnameStoryIsMergedWhenTheFullNameResolves() {
        KafkaTestClient.send(Topics.CLAIMS, "merzak", claim("r-sun-m1", "merzak", "Merzak", "chelsea", Stage.INTEREST,
                "the-sun", null, "2024-06-10T10:00:00Z"));
        story("merzak--chelsea--2024-summer", s -> true);
        KafkaTestClient.send(Topics.CLAIMS, "yanis-merzak", claim("r-ath-m2", "yanis-merzak", "Yanis Merzak", "chelsea",
                Stage.TALKS, "the-athletic", null, "2024-06-12T10:00:00Z"));
        TransferSnapshot absorbed = story("merzak--chelsea--2024-summer", s -> s.mergedInto() != null);
        assertThat(absorbed.mergedInto()).isEqualTo("yanis-merzak--chelsea--2024-summer");
        TransferSnapshot target = story("yanis-merzak--chelsea--2024-summer", s -> s.reportCount() == 2);
        assertThat(target.originCount()).isEqualTo(2);
        var tombstone = KafkaTestClient.read(Topics.TRANSFERS, 1, r -> "merzak--chelsea--2024-summer".equals(r.key()) && r.value() == null);
        assertThat(tombstone).hasSize(1);
    }

    @Test
    @Order(5)
    void undecodableClaimGoesToTheDeadLetterTopicWithItsReason() {
        KafkaTestClient.sendBytes(Topics.CLAIMS.name(), "poison-claim", "{nope".getBytes(StandardCharsets.UTF_8));
        var dead = KafkaTestClient.read(Topics.CLAIMS.deadLetter(), 1, r -> "poison-claim".equals(r.key()));
        assertThat(CloudEvents.text(dead.get(0).headers(), CloudEvents.DLQ_REASON)).contains("Claim");
    }

    @Test
    @Order(6)
    void reportWithoutClaimsIsRecordedWithTheReason() throws Exception {
        RawReport match = rawReport("r-match-report",
                "Liverpool beat Brentford 4-1 at Anfield. Darwin Nunez scored twice and Mohamed Salah added a late goal.",
                "2024-03-02T15:00:00Z");
        KafkaTestClient.send(Topics.RAW_REPORTS, match.id(), match);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reportOutcome("r-match-report")).startsWith("no claim"));
    }

    @Test
    @Order(7)
    void theRegistryStoresTheClubOfTheLatestReportThatDescribesThePlayer() throws Exception {
        RawReport joins = rawReport("r-reg-1", "Tommaso Registri has agreed to join Arsenal. He will have a medical on Monday.",
                "2024-05-01T10:00:00Z");
        KafkaTestClient.send(Topics.RAW_REPORTS, joins.id(), joins);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(playerClub("tommaso-registri")).isEqualTo("no club"));

        RawReport described = rawReport("r-reg-2", "Arsenal have made a bid for Juventus midfielder Tommaso Registri.",
                "2024-05-02T10:00:00Z");
        KafkaTestClient.send(Topics.RAW_REPORTS, described.id(), described);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(playerClub("tommaso-registri")).isEqualTo("juventus since 2024-05-02T10:00:00Z"));

        // an older report, arriving late, does not replace what a later one said
        RawReport older = rawReport("r-reg-0", "Chelsea are interested in Roma midfielder Tommaso Registri.", "2024-04-01T10:00:00Z");
        KafkaTestClient.send(Topics.RAW_REPORTS, older.id(), older);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reportOutcome("r-reg-0")).isEqualTo("claims"));
        assertThat(playerClub("tommaso-registri")).isEqualTo("juventus since 2024-05-02T10:00:00Z");
    }

    static RawReport rawReport(String id, String text, String at) {
        Instant t = Instant.parse(at);
        return new RawReport(id, source("bbc-sport"), Channel.RSS, "https://example.org/" + id, null, null, text, null, t, t, "en");
    }

    /** The player's stored club and since when, "no club" when he has none, null when he is not stored. */
    static String playerClub(String id) throws Exception {
        return queryRow("SELECT club_id, club_since FROM player WHERE id = ?", id, rows -> rows.getString(1) == null ? "no club"
                : rows.getString(1) + " since " + rows.getTimestamp(2).toInstant());
    }

    static String reportOutcome(String id) throws Exception {
        return queryRow("SELECT outcome FROM received_report WHERE id = ?", id, rows -> rows.getString(1));
    }

    interface Row {
        String read(java.sql.ResultSet rows) throws java.sql.SQLException;
    }

    /** The first row of a query on dedupe's schema by one id, read, or null when there is none. */
    static String queryRow(String sql, String id, Row row) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(io.grapevine.testkit.SharedInfrastructure.endpoints().jdbcUrl(), "dedupe", "dedupe");
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            var rows = statement.executeQuery();
            return rows.next() ? row.read(rows) : null;
        }
    }

    @Test
    @Order(10)
    void replayingTheClaimsLogFromTheStartGivesTheSameStories() {
        Map<TopicPartition, Long> end = ClaimsLog.endOffsets();
        Map<String, TransferSnapshot> replayed = ClaimsLog.replay(end);
        assertThat(replayed).isNotEmpty();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, TransferSnapshot> db = ClaimsLog.database();
            var targets = ClaimsLog.mergeTargets(db, replayed);
            assertThat(ClaimsLog.comparable(db, targets)).isEqualTo(ClaimsLog.comparable(replayed, targets));
        });
    }

    @Test
    @Order(11)
    void twoConsumersInOneGroupGiveTheStoriesOneConsumerGives() throws Exception {
        Map<TopicPartition, Long> end = ClaimsLog.endOffsets();
        Map<String, TransferSnapshot> single = ClaimsLog.replay(end);

        InMemoryStories shared = new InMemoryStories(CATALOGUE);
        String group = "two-instances-" + UUID.randomUUID();
        AtomicBoolean done = new AtomicBoolean();
        List<Thread> instances = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.Set<Integer> partitionsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try (var consumer = ClaimsLog.consumer(group)) {
                    consumer.subscribe(List.of(Topics.CLAIMS.name()));
                    while (!done.get()) {
                        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                            if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                                ClaimsLog.apply(shared, r);
                                partitionsSeen.add(r.partition());
                            }
                        }
                        consumer.commitSync();
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "instance-" + i);
            instances.add(t);
            t.start();
        }
        try {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(errors).isEmpty();
                var two = ClaimsLog.normalise(shared.stories());
                var targets = ClaimsLog.mergeTargets(two, single);
                assertThat(ClaimsLog.comparable(two, targets)).isEqualTo(ClaimsLog.comparable(single, targets));
            });
        } finally {
            done.set(true);
            for (Thread t : instances) {
                t.join(10_000);
            }
        }
    }
}
