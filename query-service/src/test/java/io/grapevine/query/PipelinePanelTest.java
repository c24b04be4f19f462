package io.grapevine.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.grapevine.contracts.kafka.Topics;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.grapevine.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/** The pipeline panel: other services' health and metrics (one stubbed, one down), consumer lag, dead letters. */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
@QuarkusTestResource(StubServices.class)
class PipelinePanelTest {

    @Test
    void showsHealthMetricsLagAndDeadLetters() {
        String key = "lag-" + Stories.tag();
        for (int i = 0; i < 3; i++) {
            KafkaTestClient.sendBytes(Topics.RAW_REPORTS.name(), key, ("raw " + i).getBytes(StandardCharsets.UTF_8));
        }
        TopicPartition partition = commitOneRecordAsDedupe(key);
        KafkaTestClient.sendBytes(Topics.TRANSFERS.name(), "poison-panel", "{".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().get("/api/v1/ops/pipeline").then()
                .statusCode(200)
                .body("ingest.reachable", equalTo(true))
                .body("ingest.health", equalTo("DOWN"))
                .body("ingest.checks.name", hasItem("feed lfc-transfer-room"))
                .body("ingest.metrics.grapevine_ingest_reports_total", equalTo(42.0f))
                .body("dedupe.reachable", equalTo(false))
                .body("dedupe.health", equalTo("unreachable"))
                .body("kafka.reachable", equalTo(true))
                .body("kafka.rawReportsTotal", greaterThanOrEqualTo(3))
                .body("kafka.dedupeGroupKnown", equalTo(true))
                .body("kafka.dedupeLagByTopic.'rumours.raw.v1'", greaterThanOrEqualTo(2))
                .body("kafka.deadLetters.'transfers.v1.dlq'", greaterThanOrEqualTo(1)));

        given().get("/fragments/pipeline").then().statusCode(200)
                .body(containsString("unreachable"))
                .body(containsString("feed lfc-transfer-room: DOWN"))
                .body(containsString("transfers.v1.dlq"));
        org.assertj.core.api.Assertions.assertThat(partition).isNotNull();
    }

    /** Commits, as group dedupe-service, the offset after the first of the three records: 2 records of lag. */
    private static TopicPartition commitOneRecordAsDedupe(String key) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dedupe-service");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.RAW_REPORTS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                        long end = consumer.endOffsets(List.of(tp)).get(tp);
                        consumer.commitSync(Map.of(tp, new OffsetAndMetadata(end - 2)));
                        return tp;
                    }
                }
            }
        }
        throw new AssertionError("the raw reports did not arrive");
    }
}
