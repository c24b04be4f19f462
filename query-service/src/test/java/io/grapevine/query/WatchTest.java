package io.grapevine.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.query.service.WatchService;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Watches against a local HTTP receiver: API keys, HMAC signatures, threshold crossings and status changes, retries
 * with backoff and giving up (the test profile gives up after 4 s, backoff 200 ms doubling to 1 s).
 */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
class WatchTest {

    static final String KEY = "test-key-2";
    static final String SECRET = "a-shared-secret-of-the-receiver";

    @Inject
    WatchService watchService;

    @Inject
    Pool pool;

    private Row storedDelivery(String id) {
        return pool.preparedQuery("SELECT status, attempts, last_status_code, finished_at, next_attempt_at FROM watch_delivery "
                + "WHERE id = $1").execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(10)).iterator().next();
    }

    private static TransferSnapshot story(String id, String player, String from, String to, long version,
            double credibility, StoryStatus status) {
        return Stories.story(id, version, player, "Player " + player, from, "Club " + from, to, "Club " + to,
                Stage.TALKS, status, credibility, Instant.parse("2025-06-20T10:00:00Z"));
    }

    private static String createWatch(Map<String, Object> body) {
        return given().header("X-API-Key", KEY).contentType("application/json").body(body)
                .post("/api/v1/watches").then().statusCode(201)
                .header("Location", notNullValue())
                .extract().jsonPath().getString("id");
    }

    private static String hmac(String secret, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void writeEndpointsNeedAValidApiKey() {
        Map<String, Object> body = Map.of("playerId", "anyone", "threshold", 0.5, "callbackUrl", "http://127.0.0.1:9/x");
        given().contentType("application/json").body(body).post("/api/v1/watches").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", notNullValue());
        given().header("X-API-Key", "wrong").contentType("application/json").body(body).post("/api/v1/watches").then()
                .statusCode(401);
        given().delete("/api/v1/watches/whatever").then().statusCode(401);
        given().get("/api/v1/watches").then().statusCode(401);
        given().header("Authorization", "Bearer " + KEY).get("/api/v1/watches").then().statusCode(200);
    }

    @Test
    void invalidWatchesAreProblems() {
        given().header("X-API-Key", KEY).contentType("application/json")
                .body(Map.of("threshold", 1.5, "callbackUrl", "ftp://example.org"))
                .post("/api/v1/watches").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("playerId"))
                .body("invalidParams.name", hasItem("threshold"))
                .body("invalidParams.name", hasItem("callbackUrl"));
    }

    @Test
    void signedNotificationsOnThresholdCrossingsAndStatusChanges() throws Exception {
        String tag = Stories.tag();
        String player = "watched-" + tag;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String watchId = createWatch(Map.of("playerId", player, "threshold", 0.5,
                    "callbackUrl", receiver.url("/hooks/grapevine"), "secret", SECRET));

            String id = "w-" + tag;
            Stories.publish(story(id, player, "a-" + tag, "b-" + tag, 1, 0.3, StoryStatus.RUMOUR));
            Stories.publish(story(id, player, "a-" + tag, "b-" + tag, 2, 0.6, StoryStatus.RUMOUR));

            WebhookReceiver.Received crossed = receiver.next(30);
            assertThat(crossed.header("X-Grapevine-Event")).isEqualTo("credibility-crossed-above");
            assertThat(crossed.header("Content-Type")).startsWith("application/json");
            assertThat(crossed.header("X-Grapevine-Signature"))
                    .isEqualTo(hmac(SECRET, crossed.header("X-Grapevine-Timestamp"), crossed.body()));
            JsonNode body = ContractJson.MAPPER.readTree(crossed.body());
            assertThat(body.path("watchId").asText()).isEqualTo(watchId);
            assertThat(body.path("snapshot").path("id").asText()).isEqualTo(id);
            assertThat(body.path("snapshot").path("version").asLong()).isEqualTo(2);
            assertThat(body.path("snapshot").path("reports").size()).isEqualTo(1);
            assertThat(body.path("previous").path("credibility").asDouble()).isEqualTo(0.3);
            assertThat(body.path("deliveryId").asText()).isEqualTo(crossed.header("X-Grapevine-Delivery"));

            Stories.publish(story(id, player, "a-" + tag, "b-" + tag, 3, 0.65, StoryStatus.RUMOUR)); // no event
            Stories.publish(story(id, player, "a-" + tag, "b-" + tag, 4, 0.95, StoryStatus.CONFIRMED));
            WebhookReceiver.Received status = receiver.next(30);
            assertThat(status.header("X-Grapevine-Event")).isEqualTo("status-changed");
            assertThat(ContractJson.MAPPER.readTree(status.body()).path("snapshot").path("version").asLong()).isEqualTo(4);

            Stories.publish(story(id, player, "a-" + tag, "b-" + tag, 5, 0.2, StoryStatus.COLLAPSED));
            WebhookReceiver.Received down = receiver.next(30);
            assertThat(down.header("X-Grapevine-Event")).isEqualTo("credibility-crossed-below");
            assertThat(receiver.poll(500)).isNull();
        }
    }

    @Test
    void aClubWatchMatchesEitherSide() throws Exception {
        String tag = Stories.tag();
        String club = "watched-club-" + tag;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            createWatch(Map.of("clubId", club, "threshold", 0.0, "callbackUrl", receiver.url("/club")));
            Stories.publish(story("out-" + tag, "p1-" + tag, club, "x-" + tag, 1, 0.1, StoryStatus.RUMOUR));
            Stories.publish(story("in-" + tag, "p2-" + tag, "y-" + tag, club, 1, 0.1, StoryStatus.RUMOUR));
            Stories.publish(story("none-" + tag, "p3-" + tag, "y-" + tag, "x-" + tag, 1, 0.1, StoryStatus.RUMOUR));
            List<String> stories = new ArrayList<>();
            stories.add(ContractJson.MAPPER.readTree(receiver.next(30).body()).path("snapshot").path("id").asText());
            stories.add(ContractJson.MAPPER.readTree(receiver.next(30).body()).path("snapshot").path("id").asText());
            assertThat(stories).containsExactlyInAnyOrder("out-" + tag, "in-" + tag);
            assertThat(receiver.poll(1000)).isNull();
        }
    }

    @Test
    void retriesWithBackoffUntilDelivered() throws Exception {
        String tag = Stories.tag();
        String player = "retried-" + tag;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(503, 500);
            String watchId = createWatch(Map.of("playerId", player, "threshold", 0.5, "callbackUrl", receiver.url("/r")));
            Stories.publish(story("r-" + tag, player, "a-" + tag, "b-" + tag, 1, 0.7, StoryStatus.RUMOUR));

            WebhookReceiver.Received first = receiver.next(30);
            WebhookReceiver.Received second = receiver.next(10);
            WebhookReceiver.Received third = receiver.next(10);
            assertThat(List.of(first.answered(), second.answered(), third.answered())).containsExactly(503, 500, 200);
            assertThat(second.header("X-Grapevine-Delivery")).isEqualTo(first.header("X-Grapevine-Delivery"));
            assertThat(third.header("X-Grapevine-Delivery")).isEqualTo(first.header("X-Grapevine-Delivery"));
            long gap1 = Duration.between(first.at(), second.at()).toMillis();
            long gap2 = Duration.between(second.at(), third.at()).toMillis();
            assertThat(gap1).isGreaterThanOrEqualTo(150); // 200 ms +- 20 %
            assertThat(gap2).isGreaterThanOrEqualTo(300); // 400 ms +- 20 %

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    given().header("X-API-Key", KEY).get("/api/v1/watches/" + watchId).then().statusCode(200)
                            .body("recentDeliveries[0].status", equalTo("delivered"))
                            .body("recentDeliveries[0].attempts", equalTo(3))
                            .body("recentDeliveries[0].lastStatusCode", equalTo(200)));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Row row = storedDelivery(first.header("X-Grapevine-Delivery"));
                assertThat(row.getString("status")).isEqualTo("delivered");
                assertThat(row.getInteger("attempts")).isEqualTo(3);
                assertThat(row.getInteger("last_status_code")).isEqualTo(200);
                assertThat(row.getOffsetDateTime("finished_at")).isNotNull();
                assertThat(row.getOffsetDateTime("next_attempt_at")).isNull();
            });
        }
    }

    @Test
    void anUnfinishedDeliveryIsResumedAtTheNextStart() throws Exception {
        String tag = Stories.tag();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String watchId = createWatch(Map.of("playerId", "resumed-" + tag, "threshold", 0.5,
                    "callbackUrl", receiver.url("/resumed"), "secret", SECRET));
            // what a service that stopped between two attempts leaves behind: the delivery, its body and its state
            String deliveryId = UUID.randomUUID().toString();
            byte[] body = ("{\"deliveryId\":\"" + deliveryId + "\",\"event\":\"status-changed\"}").getBytes(StandardCharsets.UTF_8);
            pool.preparedQuery("""
                            INSERT INTO watch_delivery (id, watch_id, event, story_id, body, status, attempts, last_status_code,
                                                        last_error, created_at, next_attempt_at, give_up_at)
                            VALUES ($1, $2, 'status-changed', $3, $4, 'retrying', 2, 503, 'HTTP 503', now(), now(),
                                    now() + interval '1 minute')""")
                    .execute(Tuple.of(deliveryId, watchId, "story-" + tag, Buffer.buffer(body)))
                    .await().atMost(Duration.ofSeconds(10));

            assertThat(watchService.resumeStoredDeliveries()).isPositive(); // as at start

            WebhookReceiver.Received resumed = receiver.next(30);
            assertThat(resumed.header("X-Grapevine-Delivery")).isEqualTo(deliveryId);
            assertThat(resumed.header("X-Grapevine-Event")).isEqualTo("status-changed");
            assertThat(resumed.body()).isEqualTo(body);
            assertThat(resumed.header("X-Grapevine-Signature"))
                    .isEqualTo(hmac(SECRET, resumed.header("X-Grapevine-Timestamp"), resumed.body()));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                given().header("X-API-Key", KEY).get("/api/v1/watches/" + watchId).then().statusCode(200)
                        .body("recentDeliveries[0].id", equalTo(deliveryId))
                        .body("recentDeliveries[0].status", equalTo("delivered"))
                        .body("recentDeliveries[0].attempts", equalTo(3));
                assertThat(storedDelivery(deliveryId).getString("status")).isEqualTo("delivered");
            });
            // resuming again finds it finished: nothing is sent twice
            watchService.resumeStoredDeliveries();
            assertThat(receiver.poll(1000)).isNull();
        }
    }

    @Test
    void givesUpAfterTheBoundedTimeOrOnAPermanentRefusal() throws Exception {
        String tag = Stories.tag();
        try (WebhookReceiver failing = new WebhookReceiver(); WebhookReceiver gone = new WebhookReceiver()) {
            failing.answerAlways(500);
            gone.answerAlways(410);
            String failingWatch = createWatch(Map.of("playerId", "f-" + tag, "threshold", 0.5, "callbackUrl", failing.url("/f")));
            String goneWatch = createWatch(Map.of("playerId", "g-" + tag, "threshold", 0.5, "callbackUrl", gone.url("/g")));
            Stories.publish(story("f-story-" + tag, "f-" + tag, "a-" + tag, "b-" + tag, 1, 0.9, StoryStatus.RUMOUR));
            Stories.publish(story("g-story-" + tag, "g-" + tag, "a-" + tag, "b-" + tag, 1, 0.9, StoryStatus.RUMOUR));

            Instant firstAttempt = failing.next(30).at();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().header("X-API-Key", KEY).get("/api/v1/watches/" + failingWatch).then()
                            .body("recentDeliveries[0].status", equalTo("failed"))
                            .body("recentDeliveries[0].lastStatusCode", equalTo(500)));
            int attempts = given().header("X-API-Key", KEY).get("/api/v1/watches/" + failingWatch).then().extract()
                    .jsonPath().getInt("recentDeliveries[0].attempts");
            // 0.2 + 0.4 + 0.8 + 1 + 1 ... s within 4 s: between 3 and 7 attempts, then silence
            assertThat(attempts).isBetween(3, 8);
            Instant last = firstAttempt;
            WebhookReceiver.Received r;
            while ((r = failing.poll(100)) != null) {
                last = r.at();
            }
            assertThat(Duration.between(firstAttempt, last)).isLessThanOrEqualTo(Duration.ofSeconds(5));
            assertThat(failing.poll(1500)).isNull();

            assertThat(gone.next(30).answered()).isEqualTo(410);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    given().header("X-API-Key", KEY).get("/api/v1/watches/" + goneWatch).then()
                            .body("recentDeliveries[0].status", equalTo("failed"))
                            .body("recentDeliveries[0].attempts", equalTo(1)));
            assertThat(gone.poll(1000)).isNull();
        }
    }

    @Test
    void watchesCanBeListedAndDeleted() throws Exception {
        String tag = Stories.tag();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = createWatch(Map.of("playerId", "listed-" + tag, "threshold", 0.4, "callbackUrl", receiver.url("/l")));
            given().header("X-API-Key", KEY).get("/api/v1/watches").then().statusCode(200)
                    .body("items.id", hasItem(id))
                    .body("items.find { it.id == '" + id + "' }.secret", nullValue())
                    .body("items.find { it.id == '" + id + "' }.threshold", equalTo(0.4f));
            given().header("X-API-Key", KEY).delete("/api/v1/watches/" + id).then().statusCode(204);
            given().header("X-API-Key", KEY).delete("/api/v1/watches/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            given().header("X-API-Key", KEY).get("/api/v1/watches").then().body("items.id", not(hasItem(id)));
            given().header("X-API-Key", KEY).get("/api/v1/watches/" + id).then().statusCode(404);

            Stories.publish(story("listed-story-" + tag, "listed-" + tag, "a-" + tag, "b-" + tag, 1, 0.9, StoryStatus.RUMOUR));
            assertThat(receiver.poll(3000)).isNull();
        }
    }
}
