package io.grapevine.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.CloudEvents;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.grapevine.testkit.KafkaTestClient;
import io.grapevine.testkit.SharedInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read model against the real broker and database: versions, tombstones, merges, poison records, replay. */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
class ReadModelTest {

    static final Instant AT = Instant.parse("2024-07-01T12:00:00Z");

    private static TransferSnapshot story(String id, long version, double credibility) {
        return Stories.story(id, version, "player-" + id, "Player " + id, "from-" + id, "From " + id, "to-" + id,
                "To " + id, Stage.TALKS, StoryStatus.RUMOUR, credibility, AT);
    }

    private static void awaitVersion(String id, long version) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/transfers/" + id).then().statusCode(200).body("version", equalTo((int) version)));
    }

    private static double staleCount() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("grapevine_query_snapshots_total") && l.contains("outcome=\"stale\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void anOlderOrEqualVersionIsIgnored() {
        String id = "versioned-" + Stories.tag();
        Stories.publish(story(id, 2, 0.5));
        awaitVersion(id, 2);
        double stale = staleCount();

        Stories.publish(story(id, 1, 0.9));
        Stories.publish(story(id, 2, 0.8));
        await().atMost(Duration.ofSeconds(30)).until(() -> staleCount() >= stale + 2);
        given().get("/api/v1/transfers/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("credibility", equalTo(0.5f));

        Stories.publish(story(id, 3, 0.6));
        awaitVersion(id, 3);
        given().get("/api/v1/transfers/" + id).then().body("credibility", equalTo(0.6f));
    }

    @Test
    void aTombstoneRemovesTheStoryAndOlderSnapshotsDoNotBringItBack() {
        String id = "tombstoned-" + Stories.tag();
        Stories.publish(story(id, 4, 0.5));
        awaitVersion(id, 4);
        given().queryParam("club", "to-" + id).get("/api/v1/transfers").then().body("count", equalTo(1));

        Stories.tombstone(id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/transfers/" + id).then().statusCode(404));
        given().queryParam("club", "to-" + id).get("/api/v1/transfers").then().body("count", equalTo(0));

        double stale = staleCount();
        Stories.publish(story(id, 3, 0.7));
        await().atMost(Duration.ofSeconds(30)).until(() -> staleCount() >= stale + 1);
        given().get("/api/v1/transfers/" + id).then().statusCode(404);

        Stories.publish(story(id, 5, 0.7));
        awaitVersion(id, 5);
    }

    @Test
    void aMergedStoryRedirectsToTheSurvivorEvenAfterItsTombstone() {
        String tag = Stories.tag();
        String a = "merged-a-" + tag;
        String b = "merged-b-" + tag;
        String c = "merged-c-" + tag;
        Stories.publish(story(a, 1, 0.3));
        Stories.publish(story(b, 1, 0.4));
        Stories.publish(story(c, 1, 0.5));
        awaitVersion(a, 1);
        awaitVersion(b, 1);
        awaitVersion(c, 1);

        Stories.publish(Stories.mergedInto(story(a, 2, 0.3), 2, b));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().redirects().follow(false).get("/api/v1/transfers/" + a).then().statusCode(301)
                        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/transfers/" + b)));
        given().queryParam("club", "to-" + a).get("/api/v1/transfers").then().body("count", equalTo(0));
        given().get("/api/v1/transfers/" + a).then().statusCode(200).body("id", equalTo(b));

        Stories.tombstone(a);
        Stories.publish(Stories.mergedInto(story(b, 2, 0.4), 2, c));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().redirects().follow(false).get("/api/v1/transfers/" + a).then().statusCode(301)
                        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/transfers/" + c)));
    }

    @Test
    void undecodableRecordsGoToTheDeadLetterTopic() {
        String tag = Stories.tag();
        KafkaTestClient.sendBytes(Topics.TRANSFERS.name(), "poison-" + tag, "{not json".getBytes(StandardCharsets.UTF_8));
        KafkaTestClient.send(Topics.TRANSFERS, "wrong-key-" + tag, story("right-key-" + tag, 1, 0.2));

        var dead = KafkaTestClient.read(Topics.TRANSFERS.deadLetter(), 2,
                r -> ("poison-" + tag).equals(r.key()) || ("wrong-key-" + tag).equals(r.key()));
        assertThat(dead).extracting(r -> CloudEvents.text(r.headers(), CloudEvents.DLQ_REASON))
                .anySatisfy(reason -> assertThat(reason).contains("TransferSnapshot"))
                .anySatisfy(reason -> assertThat(reason).contains("not the snapshot id"));
        given().get("/api/v1/transfers/right-key-" + tag).then().statusCode(404);
    }

    @Test
    void deletingTheReadModelAndReplayingTheTopicRebuildsItExactly() throws Exception {
        String tag = Stories.tag();
        String live = "replay-live-" + tag;
        String gone = "replay-gone-" + tag;
        String merged = "replay-merged-" + tag;
        Stories.publish(story(live, 1, 0.2));
        Stories.publish(story(live, 3, 0.6));
        Stories.publish(story(live, 2, 0.9)); // stale
        Stories.publish(story(gone, 1, 0.2));
        Stories.tombstone(gone);
        Stories.publish(story(merged, 1, 0.2));
        Stories.publish(Stories.mergedInto(story(merged, 2, 0.2), 2, live));
        awaitVersion(live, 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/api/v1/transfers/" + gone).then().statusCode(404);
            given().redirects().follow(false).get("/api/v1/transfers/" + merged).then().statusCode(301);
        });

        List<String> tableBefore = table();
        String listBefore = given().queryParam("limit", 200).queryParam("sort", "recent").get("/api/v1/transfers")
                .then().statusCode(200).extract().asString();
        assertThat(tableBefore).anySatisfy(row -> assertThat(row).startsWith(live + "|3|live|"));

        given().post("/api/v1/admin/rebuild").then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "test-key-1").post("/api/v1/admin/rebuild").then().statusCode(200);

        assertThat(table()).containsExactlyElementsOf(tableBefore);
        given().queryParam("limit", 200).queryParam("sort", "recent").get("/api/v1/transfers").then().statusCode(200)
                .body(equalTo(listBefore));
        given().get("/api/v1/transfers/" + live).then().statusCode(200).body("version", equalTo(3))
                .body("credibility", equalTo(0.6f));
        given().get("/api/v1/transfers/" + gone).then().statusCode(404);
        given().redirects().follow(false).get("/api/v1/transfers/" + merged).then().statusCode(301);
    }

    /** The projection's rows, without the bookkeeping column applied_at. */
    private static List<String> table() throws Exception {
        List<String> rows = new ArrayList<>();
        try (var connection = DriverManager.getConnection(SharedInfrastructure.endpoints().jdbcUrl(), "query", "query");
                var result = connection.createStatement().executeQuery(
                        "SELECT id, version, state, merged_into, player_id, to_club_id, from_club_id, season_window, "
                                + "status, credibility, updated_at, snapshot FROM story ORDER BY id")) {
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 12; i++) {
                    row.append(i == 1 ? "" : "|").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
