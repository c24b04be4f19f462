package io.grapevine.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The live stream over real HTTP: filters, event kinds, and resuming with Last-Event-ID. */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
class StreamTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/api/v1/stream")
    URL stream;

    private static TransferSnapshot story(String id, String toClub, long version, double credibility) {
        return Stories.story(id, version, "p-" + id, "Player " + id, null, null, toClub, "Club " + toClub,
                Stage.BID, StoryStatus.RUMOUR, credibility, Instant.parse("2025-01-20T10:00:00Z"));
    }

    @Test
    void streamsMatchingChangesOnly() throws Exception {
        String club = "stream-club-" + Stories.tag();
        String other = "stream-other-" + Stories.tag();
        try (SseClient sse = new SseClient(stream + "?toClub=" + club + "&minCredibility=0.3", null)) {
            assertThat(sse.status).isEqualTo(200);
            SseClient.Event ready = sse.next(WAIT);
            assertThat(ready.name()).isEqualTo("ready");
            assertThat(ready.id()).isNotBlank();

            Stories.publish(story("elsewhere-" + other, other, 1, 0.9));
            Stories.publish(story("too-weak-" + club, club, 1, 0.1));
            Stories.publish(story("match-" + club, club, 1, 0.8));

            SseClient.Event event = sse.next("transfer", WAIT);
            assertThat(event.data()).contains("\"id\":\"match-" + club + "\"").contains("\"credibility\":0.8")
                    .doesNotContain("\"reports\"");
            assertThat(event.id()).isNotBlank();

            Stories.tombstone("match-" + club);
            SseClient.Event removed = sse.next(WAIT);
            assertThat(removed.name()).isEqualTo("removed");
            assertThat(removed.data()).isEqualTo("{\"id\":\"match-" + club + "\"}");
        }
    }

    @Test
    void resumesAfterLastEventIdWithTheChangesMissedMeanwhile() throws Exception {
        String club = "resume-club-" + Stories.tag();
        String lastSeen;
        try (SseClient sse = new SseClient(stream + "?club=" + club, null)) {
            sse.next("ready", WAIT);
            Stories.publish(story("first-" + club, club, 1, 0.5));
            SseClient.Event first = sse.next("transfer", WAIT);
            assertThat(first.data()).contains("first-" + club);
            lastSeen = first.id();
        }

        Stories.publish(story("first-" + club, club, 2, 0.6));
        Stories.publish(story("second-" + club, club, 1, 0.4));
        // wait until both changes are applied before resuming
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().queryParam("club", club).get("/api/v1/transfers").then().body("count", equalTo(2))
                        .body("items[0].version", equalTo(2)));

        try (SseClient sse = new SseClient(stream + "?club=" + club, lastSeen)) {
            SseClient.Event ready = sse.next(WAIT);
            assertThat(ready.name()).isEqualTo("ready");
            assertThat(ready.data()).contains("\"resumed\":true");
            SseClient.Event a = sse.next("transfer", WAIT);
            SseClient.Event b = sse.next("transfer", WAIT);
            assertThat(java.util.List.of(a.data(), b.data()))
                    .anySatisfy(d -> assertThat(d).contains("\"id\":\"first-" + club + "\"").contains("\"version\":2"))
                    .anySatisfy(d -> assertThat(d).contains("\"id\":\"second-" + club + "\""))
                    .noneSatisfy(d -> assertThat(d).contains("\"version\":1,\"player\":{\"id\":\"p-first"));

            Stories.publish(story("third-" + club, club, 1, 0.4));
            assertThat(sse.next("transfer", WAIT).data()).contains("third-" + club);
        }
    }

    @Test
    void anUnresumableLastEventIdAsksTheClientToReload() throws Exception {
        try (SseClient sse = new SseClient(stream.toString(), "someone-else-42")) {
            SseClient.Event reset = sse.next(WAIT);
            assertThat(reset.name()).isEqualTo("reset");
            assertThat(reset.id()).isNotBlank();
        }
    }

    @Test
    void invalidFiltersAreRejectedBeforeStreaming() {
        given().accept("text/event-stream").get("/api/v1/stream?minCredibility=7").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
