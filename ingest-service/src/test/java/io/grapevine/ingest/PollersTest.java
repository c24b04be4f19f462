package io.grapevine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.RawReport;
import io.grapevine.ingest.polling.PollScheduler;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.grapevine.testkit.SharedInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** RSS, Atom, X and Bluesky pollers against a local HTTP server, publishing to the real broker. */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
@QuarkusTestResource(FixtureServer.class)
class PollersTest {

    @Inject
    PollScheduler scheduler;

    @ConfigProperty(name = "fixture.base-url")
    String base;

    private SourceState poll(String key) throws Exception {
        return scheduler.pollNow(key).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private void phase(String name, int phase) throws Exception {
        control("/control/phase?" + name + "=" + phase);
    }

    private String control(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void rssIsPolledWithConditionalGetAndGuidDedupe() throws Exception {
        String key = "feed:" + base + "/feeds/sky.rss";
        SourceState first = poll(key);
        assertThat(first.lastStatus).isEqualTo("200 rss");
        assertThat(first.publishedTotal).isEqualTo(3);
        assertThat(first.etag).isEqualTo("\"sky-v1\"");

        List<RawReport> reports = Fixtures.published(3, r -> r.externalId() != null && r.externalId().startsWith("skysports-1300"))
                .stream().map(r -> r.value()).sorted(Comparator.comparing(RawReport::externalId)).toList();
        RawReport bastoni = reports.get(0);
        assertThat(bastoni.channel()).isEqualTo(Channel.RSS);
        assertThat(bastoni.source().id()).isEqualTo("sky-sports");
        assertThat(bastoni.title()).isEqualTo("Liverpool make enquiry for Inter defender Bastoni");
        assertThat(bastoni.text()).isEqualTo("Liverpool have made an initial enquiry to Inter about centre-back "
                + "Alessandro Bastoni.\n\nInter value the defender at €70m & are reluctant to sell mid-season.");
        assertThat(bastoni.url()).isEqualTo(
                "https://www.skysports.com/football/news/11669/13001/liverpool-make-enquiry-for-inter-defender-bastoni");
        assertThat(bastoni.publishedAt()).isEqualTo(Instant.parse("2024-01-10T09:15:00Z"));
        assertThat(bastoni.language()).isEqualTo("en");
        assertThat(bastoni.author()).isEqualTo("Sky Sports News");
        // content:encoded wins over the shorter description, line breaks kept
        assertThat(reports.get(1).text()).isEqualTo("Chelsea have opened talks with Napoli over a loan for striker "
                + "Victor Osimhen.\n\nThe deal would include an option to buy set at £60m.\nNapoli want a guaranteed obligation.");

        // unchanged: the server answers 304 to If-None-Match and nothing is published
        SourceState second = poll(key);
        assertThat(second.lastStatus).isEqualTo("304 not modified");
        assertThat(second.publishedTotal).isEqualTo(3);
        assertThat(control("/control/requests")).contains("/feeds/sky.rss | If-None-Match=\"sky-v1\"");

        // a new version: one new item; the three known GUIDs (one with a changed title) are duplicates
        phase("sky", 2);
        SourceState third = poll(key);
        assertThat(third.publishedTotal).isEqualTo(4);
        assertThat(third.duplicateTotal).isEqualTo(3);
        assertThat(third.etag).isEqualTo("\"sky-v2\"");
        assertThat(Fixtures.allPublished(r -> r.externalId() != null && r.externalId().startsWith("skysports-1300"),
                Duration.ofSeconds(3))).hasSize(4);
        assertThat(column("SELECT etag FROM source_state WHERE key = '" + key + "'")).isEqualTo("\"sky-v2\"");
    }

    @Test
    void atomIsPolledWithLastModifiedAndXhtmlContent() throws Exception {
        String key = "feed:" + base + "/feeds/athletic.atom";
        SourceState first = poll(key);
        assertThat(first.lastStatus).isEqualTo("200 atom");
        assertThat(first.publishedTotal).isEqualTo(2);
        assertThat(first.lastModified).isEqualTo("Mon, 11 Jan 2024 10:00:00 GMT");

        List<RawReport> reports = Fixtures.published(2, r -> r.externalId() != null
                        && r.externalId().startsWith("tag:nytimes.com,2024:athletic:519"))
                .stream().map(r -> r.value()).sorted(Comparator.comparing(RawReport::externalId)).toList();
        assertThat(reports.get(0).channel()).isEqualTo(Channel.ATOM);
        assertThat(reports.get(0).source().id()).isEqualTo("the-athletic");
        assertThat(reports.get(0).title()).isEqualTo("Arsenal’s striker search: where things stand");
        assertThat(reports.get(0).text()).isEqualTo("Arsenal are exploring options for a new striker but no bid is "
                + "expected in January.\n\nIvan Toney remains of interest.");
        assertThat(reports.get(0).author()).isEqualTo("David Ornstein");
        assertThat(reports.get(0).publishedAt()).isEqualTo(Instant.parse("2024-01-11T07:00:00Z"));
        assertThat(reports.get(1).text()).isEqualTo("Der FC Bayern bemüht sich um Ronald Araujo.\n\nBarcelona will ihn nicht abgeben.");
        assertThat(reports.get(1).language()).isEqualTo("de");
        assertThat(reports.get(1).author()).isEqualTo("The Athletic");
        assertThat(reports.get(1).publishedAt()).isEqualTo(Instant.parse("2024-01-11T10:30:00Z"));

        SourceState second = poll(key);
        assertThat(second.lastStatus).isEqualTo("304 not modified");
        assertThat(control("/control/requests")).contains("/feeds/athletic.atom | If-None-Match=null | If-Modified-Since=Mon, 11 Jan 2024 10:00:00 GMT");
    }

    @Test
    void xxeAndEntityBombsAreRefusedAndAFailingFeedDegradesHealthWithoutTakingItDown() throws Exception {
        SourceState xxe = poll("feed:" + base + "/feeds/xxe.rss");
        assertThat(xxe.consecutiveFailures).isEqualTo(1);
        assertThat(xxe.lastError).contains("refused");
        assertThat(xxe.publishedTotal).isZero();
        SourceState bomb = poll("feed:" + base + "/feeds/bomb.rss");
        assertThat(bomb.consecutiveFailures).isEqualTo(1);
        assertThat(bomb.lastError).contains("refused");
        SourceState broken = poll("feed:" + base + "/feeds/broken.rss");
        assertThat(broken.lastError).contains("500");
        assertThat(broken.nextPollAt).isAfter(Instant.now());
        SourceState again = poll("feed:" + base + "/feeds/broken.rss");
        assertThat(again.consecutiveFailures).isEqualTo(2);
        assertThat(Duration.between(again.lastAttemptAt, again.nextPollAt)).isGreaterThanOrEqualTo(Duration.ofMinutes(2));

        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'ingest-sources' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'ingest-sources' }.data.status", equalTo("degraded"));
        assertThat(Fixtures.allPublished(r -> "leak-1".equals(r.externalId()) || "b-1".equals(r.externalId()),
                Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void xTimelineIsReadSinceTheStoredSinceId() throws Exception {
        String key = "x:fabrizioromano";
        SourceState first = poll(key);
        assertThat(first.publishedTotal).isEqualTo(2);
        assertThat(first.sinceId).isEqualTo("1745000000000000002");
        assertThat(first.accountId).isEqualTo("330262748");
        List<RawReport> posts = Fixtures.published(2, r -> r.channel() == Channel.X && r.externalId().startsWith("174500000000000000"))
                .stream().map(r -> r.value()).sorted(Comparator.comparing(RawReport::externalId)).toList();
        assertThat(posts.get(0).language()).isEqualTo("it");
        RawReport bastoni = posts.get(1);
        assertThat(bastoni.source().id()).isEqualTo("fabrizio-romano");
        assertThat(bastoni.url()).isEqualTo("https://x.com/FabrizioRomano/status/1745000000000000002");
        assertThat(bastoni.author()).isEqualTo("@FabrizioRomano");
        assertThat(bastoni.text()).endsWith("https://www.fabrizioromano.com/bastoni");
        assertThat(bastoni.publishedAt()).isEqualTo(Instant.parse("2024-01-10T20:31:05Z"));

        // nothing new
        assertThat(poll(key).publishedTotal).isEqualTo(2);
        // a new post: asked with the since_id stored in the database, long text taken from note_tweet
        phase("x", 2);
        SourceState third = poll(key);
        assertThat(third.publishedTotal).isEqualTo(3);
        assertThat(third.sinceId).isEqualTo("1745000000000000003");
        assertThat(column("SELECT since_id FROM source_state WHERE key = 'x:fabrizioromano'")).isEqualTo("1745000000000000003");
        assertThat(control("/control/requests")).contains("since_id=1745000000000000002").contains("Authorization=Bearer fixture-token");
        RawReport longPost = Fixtures.published(1, r -> "1745000000000000003".equals(r.externalId())).get(0).value();
        assertThat(longPost.text()).contains("Liverpool offered €55m plus add-ons");
    }

    @Test
    void blueskyAuthorFeedKeepsItsHighWaterMark() throws Exception {
        String key = "bluesky:fabrizioromano.bsky.social";
        SourceState first = poll(key);
        assertThat(first.publishedTotal).isEqualTo(3); // pinned, two posts; the repost is left out
        assertThat(first.cursor).isEqualTo("2024-01-11T08:00:01Z");
        RawReport agreement = Fixtures.published(1, r -> r.externalId() != null && r.externalId().endsWith("3kbbbb000002"))
                .get(0).value();
        assertThat(agreement.channel()).isEqualTo(Channel.BLUESKY);
        assertThat(agreement.source().id()).isEqualTo("fabrizio-romano");
        assertThat(agreement.url()).isEqualTo("https://bsky.app/profile/fabrizioromano.bsky.social/post/3kbbbb000002");
        assertThat(agreement.publishedAt()).isEqualTo(Instant.parse("2024-01-11T08:00:00Z"));

        phase("bsky", 2);
        SourceState second = poll(key);
        assertThat(second.publishedTotal).isEqualTo(4);
        assertThat(second.duplicateTotal).isEqualTo(1); // the post at the mark itself
        assertThat(second.cursor).isEqualTo("2024-01-12T08:00:03Z");
        assertThat(Fixtures.published(1, r -> r.externalId() != null && r.externalId().endsWith("3kcccc000003"))
                .get(0).value().language()).isEqualTo("it");
        assertThat(Fixtures.allPublished(r -> r.externalId() != null && r.externalId().endsWith("3krrrr000009"),
                Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void metricsAndTheAdminApiShowEachSource() throws Exception {
        String key = "feed:" + base + "/feeds/athletic.atom";
        RestAssured.given().header("X-API-Key", Fixtures.KEY).queryParam("key", key)
                .post("/api/v1/pollers/poll").then().statusCode(200).body("key", equalTo(key));
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        String target = "target=\"" + base + "/feeds/athletic.atom\"";
        assertThat(metrics).containsPattern("grapevine_ingest_source_fetched_total\\{[^}]*" + java.util.regex.Pattern.quote(target));
        assertThat(metrics).containsPattern("grapevine_ingest_source_published_total\\{[^}]*source=\"the-athletic\"");
        assertThat(metrics).contains("grapevine_ingest_source_rejected_total{");
        assertThat(metrics).containsPattern("grapevine_ingest_source_last_success_seconds\\{[^}]*"
                + java.util.regex.Pattern.quote(target) + "[^}]*} 1\\.[0-9]+E9");
        RestAssured.given().header("X-API-Key", Fixtures.KEY).get("/api/v1/pollers").then().statusCode(200)
                .body("find { it.key == '" + key + "' }.sourceId", equalTo("the-athletic"));
        RestAssured.given().header("X-API-Key", Fixtures.KEY).queryParam("key", "feed:nowhere")
                .post("/api/v1/pollers/poll").then().statusCode(404);
    }

    private static String column(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(SharedInfrastructure.endpoints().jdbcUrl(), "ingest", "ingest");
                var result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }
}
