package io.grapevine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real article beside the design notes ({@code ../shared/seeds/} relative to the repository root), posted as a
 * new user would, comes out on {@code rumours.raw.v1}. It is read at test time only and never copied.
 */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
class SeedArticleTest {

    private static final String SEED = "000_5e652ecb484ad9f0.txt";

    @Test
    void theSeedArticleBecomesARawReport() throws Exception {
        Path seed = repositoryRoot().resolve("../shared/seeds/" + SEED).normalize();
        assumeTrue(Files.isRegularFile(seed), "the shared seed article is not present at " + seed);
        String article = Files.readString(seed).strip();

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("source", "Sportskeeda");
        Matcher date = Pattern.compile("^date (\\d{4}-\\d{2}-\\d{2})\\s+").matcher(article);
        if (date.find()) {
            report.put("publishedAt", date.group(1));
            article = article.substring(date.end());
        }
        report.put("text", article);

        String id = Fixtures.api().body(report).post("/api/v1/reports").then().statusCode(202)
                .body("reports[0].status", anyOf(equalTo("accepted"), equalTo("duplicate")))
                .extract().path("reports[0].id");

        var record = Fixtures.published(1, r -> r.id().equals(id)).get(0);
        RawReport raw = record.value();
        assertThat(record.topic()).isEqualTo(Topics.RAW_REPORTS.name());
        assertThat(raw.text()).contains("Alessandro Bastoni").contains("La Gazzetta Dello Sport").contains("€50 million");
        assertThat(raw.language()).isEqualTo("en");
        assertThat(raw.publishedAt()).isEqualTo(Instant.parse("2021-03-18T00:00:00Z"));
        assertThat(raw.source().id()).isNotBlank();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("ingest-service")))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }
}
