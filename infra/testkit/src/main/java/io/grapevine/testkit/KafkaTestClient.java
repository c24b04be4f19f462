package io.grapevine.testkit;

import io.grapevine.contracts.kafka.CloudEvents;
import io.grapevine.contracts.kafka.JsonSerde;
import io.grapevine.contracts.kafka.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Small helpers to write to and read from the real test broker in a test's own words. */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Publishes a contract record with CloudEvents headers and waits for the broker's acknowledgement. */
    public static <V> void send(Topic<String, V> topic, String key, V value) {
        var record = new ProducerRecord<>(topic.name(), null, key, new JsonSerde<>(Object.class).serialize(topic.name(), value),
                CloudEvents.headers(topic.eventType(), "/grapevine/tests", UUID.randomUUID().toString(), Instant.now(), key));
        sendRaw(record);
    }

    /** Publishes arbitrary bytes (for poison-record tests). */
    public static void sendBytes(String topic, String key, byte[] value) {
        sendRaw(new ProducerRecord<>(topic, key, value));
    }

    private static void sendRaw(ProducerRecord<String, byte[]> record) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }

    /** Reads the topic from the beginning until {@code count} records match, or fails after {@code timeout}. */
    public static <V> List<ConsumerRecord<String, V>> read(Topic<String, V> topic, int count,
            Predicate<ConsumerRecord<String, V>> filter, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, V>> matched = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), valueDeserializer(topic))) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matched.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(250))) {
                    if (filter.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        if (matched.size() < count) {
            throw new AssertionError("expected " + count + " matching records on " + topic.name() + " within "
                    + timeout + ", got " + matched.size() + ": " + matched);
        }
        return matched;
    }

    /** Same as {@link #read(Topic, int, Predicate, Duration)} with a 30 s timeout. */
    public static <V> List<ConsumerRecord<String, V>> read(Topic<String, V> topic, int count,
            Predicate<ConsumerRecord<String, V>> filter) {
        return read(topic, count, filter, Duration.ofSeconds(30));
    }

    /** Dead-letter topics keep the original bytes; every other topic holds a contract's JSON. */
    @SuppressWarnings("unchecked")
    private static <V> Deserializer<V> valueDeserializer(Topic<String, V> topic) {
        return topic.valueType() == byte[].class
                ? (Deserializer<V>) new ByteArrayDeserializer()
                : new JsonSerde<>(topic.valueType());
    }

    public static String bootstrapServers() {
        return SharedInfrastructure.endpoints().kafkaBootstrapServers();
    }
}
