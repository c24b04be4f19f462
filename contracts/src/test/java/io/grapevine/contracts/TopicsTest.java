package io.grapevine.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.grapevine.contracts.kafka.CleanupPolicy;
import io.grapevine.contracts.kafka.CloudEvents;
import io.grapevine.contracts.kafka.Topic;
import io.grapevine.contracts.kafka.Topics;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void catalogueNamesEveryVersionedTopicAndItsDeadLetterTopic() {
        assertThat(Topics.all()).extracting(Topic::name).containsExactly(
                "rumours.raw.v1", "rumours.raw.v1.dlq",
                "rumours.claims.v1", "rumours.claims.v1.dlq",
                "transfers.v1", "transfers.v1.dlq",
                "sources.v1", "sources.v1.dlq");
    }

    @Test
    void snapshotsAreCompactedAndEventsAreNot() {
        assertThat(Topics.TRANSFERS.cleanup()).isEqualTo(CleanupPolicy.COMPACT);
        assertThat(Topics.SOURCES.cleanup()).isEqualTo(CleanupPolicy.COMPACT);
        assertThat(Topics.RAW_REPORTS.cleanup()).isEqualTo(CleanupPolicy.DELETE);
        assertThat(Topics.CLAIMS.valueType()).isEqualTo(Claim.class);
        assertThat(Topics.CLAIMS.deadLetter().valueType()).isEqualTo(byte[].class);
        assertThat(Topics.CLAIMS.partitions()).isEqualTo(6);
    }

    @Test
    void cloudEventHeadersFollowTheKafkaBinding() {
        var headers = CloudEvents.headers(Topics.RAW_REPORTS.eventType(), "/grapevine/ingest-service", "r-1",
                Instant.parse("2024-01-12T09:30:00Z"), "r-1");

        assertThat(CloudEvents.text(headers, "ce_id")).isEqualTo("r-1");
        assertThat(CloudEvents.text(headers, "ce_type")).isEqualTo("io.grapevine.report.received.v1");
        assertThat(CloudEvents.text(headers, "ce_source")).isEqualTo("/grapevine/ingest-service");
        assertThat(CloudEvents.text(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEvents.text(headers, "ce_time")).isEqualTo("2024-01-12T09:30:00Z");
        assertThat(CloudEvents.text(headers, "content-type")).isEqualTo("application/json");
    }
}
