package io.grapevine.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.grapevine.contracts.SourceSnapshot;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.grapevine.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every read endpoint against stories published on the real broker and applied to the real database. */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferApiTest {

    static final Instant T0 = Instant.parse("2024-01-10T10:00:00Z");

    final String t = Stories.tag();
    final String clubA = "alpha-" + t;
    final String clubB = "bravo-" + t;
    final String clubC = "charlie-" + t;
    final String p1 = "jerome-keller-" + t;
    TransferSnapshot s1;
    TransferSnapshot s2;
    TransferSnapshot s3;
    TransferSnapshot s4;
    TransferSnapshot s5;

    boolean published;

    /** Once per class; in @BeforeEach because RestAssured learns the test port only then. */
    @BeforeEach
    void publish() {
        if (published) {
            return;
        }
        published = true;
        s1 = Stories.story("s1-" + t, 1, p1, "Jérôme Keller " + t, clubA, "Alpha " + t, clubB, "Bravo " + t,
                Stage.TALKS, StoryStatus.RUMOUR, 0.40, T0.plusSeconds(3600));
        s2 = Stories.story("s2-" + t, 1, "marco-rossi-" + t, "Marco Rossi " + t, clubB, "Bravo " + t, clubA, "Alpha " + t,
                Stage.AGREEMENT, StoryStatus.RUMOUR, 0.70, T0.plusSeconds(7200));
        s3 = Stories.story("s3-" + t, 1, p1, "Jérôme Keller " + t, clubA, "Alpha " + t, clubC, "Charlie " + t,
                Stage.INTEREST, StoryStatus.RUMOUR, 0.20, T0.plusSeconds(3 * 3600));
        s4 = Stories.story("s4-" + t, 1, "luis-nunez-" + t, "Luis Núñez " + t, clubC, "Charlie " + t, clubB, "Bravo " + t,
                Stage.OFFICIAL, StoryStatus.CONFIRMED, 0.99, T0);
        s5 = Stories.story("s5-" + t, 1, "pierre-dubois-" + t, "Pierre Dubois " + t, clubA, "Alpha " + t, clubC,
                "Charlie " + t, Stage.DENIED, StoryStatus.DENIED, 0.05, T0.plusSeconds(4 * 3600));
        for (TransferSnapshot s : List.of(s1, s2, s3, s4, s5)) {
            Stories.publish(s);
        }
        KafkaTestClient.send(Topics.SOURCES, "oracle-" + t,
                new SourceSnapshot("oracle-" + t, "Oracle " + t, "journalist", 0.5, 50, 0, 0.995, 3));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("club", clubA).queryParam("limit", 200).get("/api/v1/transfers").then()
                        .statusCode(200).body("count", equalTo(4)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/sources").then().statusCode(200).body("items.id", hasItem("oracle-" + t)));
    }

    private List<String> ids(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/transfers").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void clubFilterOnEitherSideSortedByCredibility() {
        assertThat(ids("club", clubA, "sort", "credibility")).containsExactly(s2.id(), s1.id(), s3.id(), s5.id());
        assertThat(ids("club", clubA)).containsExactly(s2.id(), s1.id(), s3.id(), s5.id());
    }

    @Test
    void clubFilterAcceptsTheClubName() {
        assertThat(ids("club", "alpha " + t)).containsExactly(s2.id(), s1.id(), s3.id(), s5.id());
    }

    @Test
    void toClubAndFromClub() {
        assertThat(ids("toClub", clubB)).containsExactly(s4.id(), s1.id());
        assertThat(ids("fromClub", clubA)).containsExactly(s1.id(), s3.id(), s5.id());
        assertThat(ids("fromClub", clubA, "toClub", clubC)).containsExactly(s3.id(), s5.id());
    }

    @Test
    void playerByNameIsCaseAndAccentInsensitiveAndPartialOrById() {
        assertThat(ids("player", "JEROME KELLER " + t.toUpperCase())).containsExactly(s1.id(), s3.id());
        assertThat(ids("player", "keller " + t)).containsExactly(s1.id(), s3.id());
        assertThat(ids("player", "Nunez " + t)).containsExactly(s4.id());
        assertThat(ids("player", p1)).containsExactly(s1.id(), s3.id());
    }

    @Test
    void statusStageCredibilityWindowAndSince() {
        assertThat(ids("club", clubB, "status", "confirmed")).containsExactly(s4.id());
        assertThat(ids("club", clubA, "status", "rumour,denied")).containsExactly(s2.id(), s1.id(), s3.id(), s5.id());
        assertThat(ids("club", clubA, "stage", "talks,agreement")).containsExactly(s2.id(), s1.id());
        assertThat(ids("club", clubA, "minCredibility", "0.5")).containsExactly(s2.id());
        assertThat(ids("club", clubA, "window", "2024-winter")).hasSize(4);
        assertThat(ids("club", clubA, "window", "2025-summer")).isEmpty();
        assertThat(ids("club", clubA, "since", T0.plusSeconds(7200).toString())).containsExactly(s2.id(), s3.id(), s5.id());
    }

    @Test
    void recentAndHeatOrders() {
        assertThat(ids("club", clubA, "sort", "recent")).containsExactly(s5.id(), s3.id(), s2.id(), s1.id());
        // same activity everywhere: heat follows recency
        assertThat(ids("club", clubA, "sort", "heat")).containsExactly(s5.id(), s3.id(), s2.id(), s1.id());
    }

    @Test
    void cursorPaginationWalksTheWholeOrderOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("club", clubA).queryParam("limit", 3).queryParam("sort", "recent");
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/transfers").then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly(s5.id(), s3.id(), s2.id(), s1.id());
    }

    @Test
    void itemsCarryTheSnapshotFieldsWithoutReports() {
        given().queryParam("club", clubA).queryParam("limit", 1).get("/api/v1/transfers").then().statusCode(200)
                .body("items[0].id", equalTo(s2.id()))
                .body("items[0].player.name", equalTo("Marco Rossi " + t))
                .body("items[0].toClub.id", equalTo(clubA))
                .body("items[0].stage", equalTo("agreement"))
                .body("items[0].status", equalTo("rumour"))
                .body("items[0].credibility", equalTo(0.70f))
                .body("items[0].explanation[0].factor", equalTo("base-rate"))
                .body("items[0].fee.amountEur", notNullValue())
                .body("items[0].reports", nullValue())
                .body("nextCursor", notNullValue());
    }

    @Test
    void detailIsTheWholeCard() {
        given().get("/api/v1/transfers/" + s1.id()).then().statusCode(200)
                .header("ETag", equalTo("\"" + s1.id() + "@1\""))
                .body("reports[0].role", equalTo("origin"))
                .body("reports[0].origin.name", equalTo("Sky Sports"))
                .body("reports[0].stage", equalTo("talks"))
                .body("reports[0].fee.amount", notNullValue())
                .body("reports[0].quote", containsString("is wanted by"))
                .body("reports[0].url", equalTo("https://example.org/" + s1.id()))
                .body("explanation.size()", equalTo(2))
                .body("credibilityHistory[0].credibility", equalTo(0.40f))
                .body("fee.minEur", notNullValue());
    }

    @Test
    void etagAndIfNoneMatchOnDetailAndList() {
        String etag = given().get("/api/v1/transfers/" + s1.id()).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/transfers/" + s1.id()).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/api/v1/transfers/" + s1.id()).then().statusCode(200);

        String listTag = given().queryParam("club", clubA).get("/api/v1/transfers").then().statusCode(200)
                .extract().header("ETag");
        assertThat(listTag).isNotBlank();
        given().queryParam("club", clubA).header("If-None-Match", listTag).get("/api/v1/transfers").then().statusCode(304);
        given().queryParam("club", clubB).header("If-None-Match", listTag).get("/api/v1/transfers").then().statusCode(200);

        String players = given().get("/api/v1/players?q=keller").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", players).get("/api/v1/players?q=keller").then().statusCode(304);
    }

    @Test
    void invalidParametersAreProblems() {
        for (String query : List.of("limit=0", "limit=201", "limit=ten", "sort=best", "status=maybe", "stage=gossip",
                "minCredibility=2", "minCredibility=high", "cursor=garbage", "since=yesterday", "window=summer")) {
            given().get("/api/v1/transfers?" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("title", notNullValue())
                    .body("invalidParams[0].name", equalTo(query.substring(0, query.indexOf('='))));
        }
        String cursor = given().queryParam("club", clubA).queryParam("limit", 1).get("/api/v1/transfers").then()
                .extract().jsonPath().getString("nextCursor");
        given().queryParam("cursor", cursor).queryParam("sort", "recent").get("/api/v1/transfers").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("cursor"));
    }

    @Test
    void unknownStoryIsA404Problem() {
        given().get("/api/v1/transfers/no-such-story-" + t).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-story-" + t))
                .body("instance", equalTo("/api/v1/transfers/no-such-story-" + t));
    }

    @Test
    void players() {
        given().queryParam("q", "kéller " + t).get("/api/v1/players").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(p1))
                .body("items[0].name", equalTo("Jérôme Keller " + t))
                .body("items[0].stories", equalTo(2));
        assertThat(given().get("/api/v1/players/" + p1 + "/transfers").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).containsExactly(s1.id(), s3.id());
        assertThat(given().queryParam("sort", "recent").get("/api/v1/players/" + p1 + "/transfers").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class)).containsExactly(s3.id(), s1.id());
        given().get("/api/v1/players/nobody-" + t + "/transfers").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/players?limit=0").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void clubs() {
        given().queryParam("q", "liverp").get("/api/v1/clubs").then().statusCode(200)
                .body("items.id", hasItem("liverpool"));
        given().queryParam("q", "Alpha " + t).get("/api/v1/clubs").then().statusCode(200)
                .body("items[0].id", equalTo(clubA))
                .body("items[0].storiesIn", equalTo(1))
                .body("items[0].storiesOut", equalTo(3));
        assertThat(given().get("/api/v1/clubs/" + clubA + "/transfers?direction=in").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).containsExactly(s2.id());
        assertThat(given().get("/api/v1/clubs/" + clubA + "/transfers?direction=out").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).containsExactly(s1.id(), s3.id(), s5.id());
        assertThat(given().get("/api/v1/clubs/" + clubA + "/transfers").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).containsExactly(s2.id(), s1.id(), s3.id(), s5.id());
        given().get("/api/v1/clubs/liverpool/transfers").then().statusCode(200);
        given().get("/api/v1/clubs/" + clubA + "/transfers?direction=sideways").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/clubs/nowhere-" + t + "/transfers").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void sourcesWithTrackRecordsSortable() {
        given().get("/api/v1/sources").then().statusCode(200)
                .body("items[0].id", equalTo("oracle-" + t))
                .body("items[0].hits", equalTo(50))
                .body("items[0].misses", equalTo(0))
                .body("items[0].prior", equalTo(0.5f))
                .body("items[0].reliability", equalTo(0.995f))
                .body("items.id", hasItem("fabrizio-romano"));
        List<String> names = given().get("/api/v1/sources?sort=name").then().statusCode(200).extract().jsonPath()
                .getList("items.name");
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        List<Float> priors = given().get("/api/v1/sources?sort=prior&order=asc").then().statusCode(200).extract()
                .jsonPath().getList("items.prior", Float.class);
        assertThat(priors).isSorted();
        given().get("/api/v1/sources?kind=journalist").then().statusCode(200).body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("journalist")));
        given().get("/api/v1/sources?sort=fame").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void firstPagesFromTheRouterMatchTheResource() {
        // a plain first page is written by FirstPageRoute; a conditional one (a tag that does not match) by the resource
        for (String query : List.of("club=" + clubA, "club=" + clubA + "&sort=recent&limit=1", "sort=heat")) {
            Response routed = given().header("Origin", "https://dashboard.example.org")
                    .get("/api/v1/transfers?" + query).then().statusCode(200).extract().response();
            Response resource = given().header("Origin", "https://dashboard.example.org")
                    .header("If-None-Match", "\"other\"").get("/api/v1/transfers?" + query).then().statusCode(200)
                    .extract().response();
            assertThat(routed.asString()).as(query).isEqualTo(resource.asString()).contains("\"items\":[");
            for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Access-Control-Allow-Origin",
                    "Access-Control-Expose-Headers")) {
                assertThat(routed.header(header)).as(query + " " + header).isNotNull().isEqualTo(resource.header(header));
            }
        }
        // invalid parameters still get the resource's problem
        given().get("/api/v1/transfers?club=" + clubA + "&limit=0").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("limit"));
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() {
        given().header("Origin", "https://dashboard.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .options("/api/v1/transfers").then()
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"));
        given().header("Origin", "https://dashboard.example.org").get("/api/v1/transfers/" + s1.id()).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/transfers").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void openApiAndSwaggerUi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/transfers/{id}"))
                .body(containsString("/api/v1/stream"))
                .body(containsString("/api/v1/watches"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body(containsString("read-model"));
    }
}
