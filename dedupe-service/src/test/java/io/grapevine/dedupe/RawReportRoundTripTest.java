package io.grapevine.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.SourceRef;
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
import org.junit.jupiter.api.Test;

/** A raw report published on the real broker becomes a row in dedupe's schema; a poison record is dead-lettered. */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
class RawReportRoundTripTest {

    @Test
    void rawReportIsRecordedOnceEvenWhenRedelivered() throws Exception {
        RawReport report = new RawReport("r-roundtrip-1", new SourceRef("sky-sports", "Sky Sports", "outlet"),
                Channel.PUSH, "https://example.org/r1", null, "Title", "Liverpool are interested in a defender.",
                null, Instant.parse("2024-01-12T09:30:00Z"), Instant.parse("2024-01-12T09:31:00Z"), "en");

        KafkaTestClient.send(Topics.RAW_REPORTS, report.id(), report);
        KafkaTestClient.send(Topics.RAW_REPORTS, report.id(), report);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows("r-roundtrip-1")).isEqualTo(1));
        assertThat(sourceOf("r-roundtrip-1")).isEqualTo("sky-sports");
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicWithItsReason() {
        KafkaTestClient.sendBytes(Topics.RAW_REPORTS.name(), "poison-1", "{not json".getBytes(StandardCharsets.UTF_8));

        var dead = KafkaTestClient.read(Topics.RAW_REPORTS.deadLetter(), 1, record -> "poison-1".equals(record.key()));

        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(CloudEvents.text(dead.get(0).headers(), CloudEvents.DLQ_REASON)).contains("RawReport");
    }

    private static int rows(String id) throws Exception {
        return Integer.parseInt(queryOne("SELECT count(*) FROM received_report WHERE id = ?", id));
    }

    private static String sourceOf(String id) throws Exception {
        return queryOne("SELECT source_id FROM received_report WHERE id = ?", id);
    }

    private static String queryOne(String sql, String parameter) throws Exception {
        try (var connection = DriverManager.getConnection(SharedInfrastructure.endpoints().jdbcUrl(), "dedupe", "dedupe");
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            var result = statement.executeQuery();
            result.next();
            return result.getString(1);
        }
    }
}
