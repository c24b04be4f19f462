package io.grapevine.ingest;

import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.testkit.KafkaTestClient;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Helpers shared by the ingest tests. */
public final class Fixtures {

    public static final String KEY = "test-key";

    private Fixtures() {
    }

    public static RequestSpecification api() {
        return RestAssured.given().header("X-API-Key", KEY).contentType("application/json");
    }

    /** A token unique to one test run, to tell its reports apart on the shared topic. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static List<ConsumerRecord<String, RawReport>> published(int count, java.util.function.Predicate<RawReport> filter) {
        return KafkaTestClient.read(Topics.RAW_REPORTS, count, r -> r.value() != null && filter.test(r.value()),
                Duration.ofSeconds(30));
    }

    /** Reads the whole topic for {@code wait} and returns every matching record (to prove what was NOT published). */
    public static List<ConsumerRecord<String, RawReport>> allPublished(java.util.function.Predicate<RawReport> filter,
            Duration wait) {
        java.util.Properties config = new java.util.Properties();
        config.put("bootstrap.servers", KafkaTestClient.bootstrapServers());
        config.put("group.id", "ingest-test-" + UUID.randomUUID());
        config.put("auto.offset.reset", "earliest");
        config.put("enable.auto.commit", "false");
        List<ConsumerRecord<String, RawReport>> matched = new java.util.ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(config,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new io.grapevine.contracts.kafka.JsonSerde.RawReportSerde())) {
            consumer.subscribe(List.of(Topics.RAW_REPORTS.name()));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, RawReport> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null && filter.test(record.value())) {
                        matched.add(record);
                    }
                }
            }
        }
        return matched;
    }
}
