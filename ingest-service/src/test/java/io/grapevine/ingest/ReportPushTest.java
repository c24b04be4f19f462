package io.grapevine.ingest;

import static io.grapevine.ingest.Fixtures.api;
import static io.grapevine.ingest.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.kafka.CloudEvents;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.grapevine.testkit.SharedInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP push against the real broker and database. */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
class ReportPushTest {

    @Test
    void singleReportIsPublishedWithCloudEventsHeadersAndResolvedSource() {
        String tag = unique();
        String id = api().body(Map.of(
                        "source", "gazzetta.it",
                        "url", "https://www.Gazzetta.it/calciomercato/bastoni-" + tag + "/?utm_source=x&utm_medium=y#top",
                        "title", "Bastoni, il Liverpool ci prova",
                        "text", "<p>Il Liverpool ha chiesto informazioni all'Inter per Alessandro Bastoni " + tag
                                + ".</p><p>La trattativa &egrave; solo all'inizio.</p>",
                        "author", "Redazione",
                        "publishedAt", "2024-01-12"))
                .post("/api/v1/reports")
                .then().statusCode(202)
                .body("reports", hasSize(1))
                .body("reports[0].status", equalTo("accepted"))
                .body("reports[0].id", startsWith("r-"))
                .extract().path("reports[0].id");

        var record = Fixtures.published(1, r -> r.id().equals(id)).get(0);
        RawReport report = record.value();
        assertThat(record.key()).isEqualTo(id);
        assertThat(report.source().id()).isEqualTo("gazzetta-dello-sport");
        assertThat(report.source().kind()).isEqualTo("outlet");
        assertThat(report.channel()).isEqualTo(Channel.PUSH);
        assertThat(report.url()).isEqualTo("https://www.gazzetta.it/calciomercato/bastoni-" + tag);
        assertThat(report.text()).isEqualTo("Il Liverpool ha chiesto informazioni all'Inter per Alessandro Bastoni "
                + tag + ".\n\nLa trattativa è solo all'inizio.");
        assertThat(report.language()).isEqualTo("it");
        assertThat(report.publishedAt()).isEqualTo(Instant.parse("2024-01-12T00:00:00Z"));
        assertThat(report.receivedAt()).isNotNull();
        assertThat(CloudEvents.text(record.headers(), CloudEvents.TYPE)).isEqualTo(Topics.RAW_REPORTS.eventType());
        assertThat(CloudEvents.text(record.headers(), CloudEvents.SOURCE)).isEqualTo("/grapevine/ingest-service");
        assertThat(CloudEvents.text(record.headers(), CloudEvents.ID)).isEqualTo(id);
        assertThat(CloudEvents.text(record.headers(), CloudEvents.SPECVERSION)).isEqualTo("1.0");
        assertThat(CloudEvents.text(record.headers(), CloudEvents.TIME)).isEqualTo(report.receivedAt().toString());

        api().get("/api/v1/reports/" + id).then().statusCode(200)
                .body("sourceId", equalTo("gazzetta-dello-sport")).body("channel", equalTo("push"));
    }

    @Test
    void batchIsAnsweredInOrderAndUnknownPublishersGetAnEntry() {
        String tag = unique();
        List<String> ids = api().body(List.of(
                        Map.of("source", "@LFCTransferRoom", "externalId", "lfc-" + tag, "text", "Liverpool are monitoring a centre-back " + tag),
                        Map.of("source", "fabrizio-romano", "externalId", "fr-" + tag, "text", "Here we go! The deal is done " + tag, "language", "en-GB"),
                        Map.of("source", "Some Local Blog " + tag, "text", "A club in the north is said to want a striker " + tag)))
                .post("/api/v1/reports")
                .then().statusCode(202)
                .body("reports.status", equalTo(List.of("accepted", "accepted", "accepted")))
                .extract().path("reports.id");

        var records = Fixtures.published(3, r -> ids.contains(r.id()));
        Map<String, RawReport> byId = new java.util.HashMap<>();
        records.forEach(r -> byId.put(r.key(), r.value()));
        assertThat(byId.get(ids.get(0)).source().id()).isEqualTo("lfc-transfer-room");
        assertThat(byId.get(ids.get(1)).source().kind()).isEqualTo("journalist");
        assertThat(byId.get(ids.get(1)).language()).isEqualTo("en");
        assertThat(byId.get(ids.get(2)).source().id()).startsWith("unknown-some-local-blog");
        assertThat(byId.get(ids.get(2)).publishedAt()).isEqualTo(byId.get(ids.get(2)).receivedAt());
    }

    @Test
    void sameReportTwiceIsADuplicateAndPublishedOnce() {
        String tag = unique();
        Map<String, String> report = Map.of("source", "sky-sports", "url", "https://www.skysports.com/news/" + tag,
                "text", "Chelsea have opened talks " + tag);
        String id = api().body(report).post("/api/v1/reports").then().statusCode(202)
                .body("reports[0].status", equalTo("accepted")).extract().path("reports[0].id");
        // the same URL, written differently, is the same report; and inside one batch the repeat is a duplicate too
        Map<String, String> again = Map.of("source", "Sky Sports", "url", "https://WWW.skysports.com/news/" + tag + "/?utm_campaign=z",
                "text", "Chelsea have opened talks " + tag + " (updated)");
        api().body(List.of(again, again)).post("/api/v1/reports").then().statusCode(202)
                .body("reports.id", equalTo(List.of(id, id)))
                .body("reports.status", equalTo(List.of("duplicate", "duplicate")));

        String text = "Unsourced whisper about Arsenal " + tag;
        String first = api().body(Map.of("source", "arsenal-whispers-" + tag, "text", text)).post("/api/v1/reports")
                .then().statusCode(202).body("reports[0].status", equalTo("accepted")).extract().path("reports[0].id");
        api().body(Map.of("source", "arsenal-whispers-" + tag, "text", "  " + text.toUpperCase() + " ")).post("/api/v1/reports")
                .then().statusCode(202).body("reports[0].id", equalTo(first)).body("reports[0].status", equalTo("duplicate"));

        assertThat(Fixtures.allPublished(r -> r.id().equals(id) || r.id().equals(first), Duration.ofSeconds(3))).hasSize(2);
    }

    @Test
    void aPlainCurlDashDPostIsReadAsJson() {
        String tag = unique();
        // curl -d sends application/x-www-form-urlencoded unless told otherwise
        RestAssured.given().header("X-API-Key", Fixtures.KEY)
                .contentType("application/x-www-form-urlencoded")
                .body("{\"source\":\"marca.com\",\"text\":\"El Real Madrid quiere un central " + tag + "\"}")
                .post("/api/v1/reports").then().statusCode(202).body("reports[0].status", equalTo("accepted"));
    }

    @Test
    void missingOrWrongKeyIs401() {
        RestAssured.given().contentType("application/json").body("{\"text\":\"x\",\"source\":\"bbc-sport\"}")
                .post("/api/v1/reports").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("X-API-Key"))
                .body("status", equalTo(401));
        RestAssured.given().header("X-API-Key", "not-a-key").contentType("application/json").body("{}")
                .post("/api/v1/reports").then().statusCode(401).body("title", equalTo("Unauthorized"));
    }

    @Test
    void eachSizeLimitIs413() {
        // text over the configured 20,000 characters (tests), naming the field
        api().body(List.of(Map.of("source", "bbc-sport", "text", "ok"),
                        Map.of("source", "bbc-sport", "text", "a".repeat(20_001))))
                .post("/api/v1/reports").then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/1/text")).body("errors[0].field", equalTo("[1].text"));
        // more reports than a batch may hold (50 in tests)
        api().body(java.util.Collections.nCopies(51, Map.of("source", "bbc-sport", "text", "x")))
                .post("/api/v1/reports").then().statusCode(413).body("detail", containsString("at most 50"));
        // a body over 200 KB (tests)
        api().body("[" + String.join(",", java.util.Collections.nCopies(20,
                        "{\"source\":\"bbc-sport\",\"text\":\"" + "b".repeat(12_000) + "\"}")) + "]")
                .post("/api/v1/reports").then().statusCode(413).body("detail", containsString("limit is 204800 bytes"));
    }

    @Test
    void malformedInputIs400NamingEachBadField() {
        api().body("{\"text\": \"unterminated").post("/api/v1/reports").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].detail", containsString("not valid JSON"));
        api().body(List.of(
                        Map.of("source", "bbc-sport", "text", "fine"),
                        Map.of("source", 12, "url", "ftp://example.org/x", "publishedAt", "yesterday", "language", "english"),
                        Map.of("text", "no source and no url", "title", List.of("not", "a", "string"))))
                .post("/api/v1/reports").then().statusCode(400)
                .body("title", equalTo("Invalid report"))
                .body("errors.field", hasItems("[1].source", "[1].url", "[1].publishedAt", "[1].language",
                        "[1].text", "[2].title"))
                .body("errors.find { it.field == '[1].text' }.detail", equalTo("is required"))
                .body("errors.find { it.field == '[1].url' }.pointer", equalTo("/1/url"));
        api().body(Map.of("text", "no source", "publishedAt", "2999-01-01T00:00:00Z")).post("/api/v1/reports")
                .then().statusCode(400).body("errors.field", hasItems("source", "publishedAt"));
        api().body("42").post("/api/v1/reports").then().statusCode(400).body("errors[0].field", equalTo("body"));
        api().body("[]").post("/api/v1/reports").then().statusCode(400);
        api().queryParam("channel", "fax").body("{}").post("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
    }

    @Test
    void overTheRateLimitIs429WithRetryAfter() {
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 5 && limited == 0; i++) {
            var response = RestAssured.given().header("X-API-Key", "limited-key").contentType("application/json")
                    .body("[]").post("/api/v1/reports");
            if (response.statusCode() == 429) {
                limited++;
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(limited).isEqualTo(1);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 10);
        // other keys are not affected
        api().body("[]").post("/api/v1/reports").then().statusCode(400);
    }

    @Test
    void seenIdsAreKeptInTheIngestSchema() throws Exception {
        String tag = unique();
        String id = api().body(Map.of("source", "bbc-sport", "externalId", "bbc-" + tag, "text", "Spurs bid " + tag))
                .post("/api/v1/reports").then().statusCode(202).extract().path("reports[0].id");
        try (var connection = DriverManager.getConnection(SharedInfrastructure.endpoints().jdbcUrl(), "ingest", "ingest");
                var statement = connection.prepareStatement("SELECT source_id, channel FROM seen_report WHERE id = ?")) {
            statement.setString(1, id);
            var result = statement.executeQuery();
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("bbc-sport");
            assertThat(result.getString(2)).isEqualTo("push");
        }
        api().get("/api/v1/reports/r-0000000000000000").then().statusCode(404).body("status", notNullValue());
    }
}
