package io.grapevine.dedupe.pipeline;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClockTick;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.CloudEvents;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.contracts.kafka.JsonSerde;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.dedupe.story.InMemoryStories;
import io.grapevine.dedupe.story.StoryState;
import io.grapevine.testkit.KafkaTestClient;
import io.grapevine.testkit.SharedInfrastructure;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/** Test helpers around rumours.claims.v1: ticks, replays by plain consumers, and the stories in the database. */
final class ClaimsLog {

    private static final JsonSerde<Claim> CLAIMS = new JsonSerde<>(Claim.class);
    private static final JsonSerde<ClockTick> TICKS = new JsonSerde<>(ClockTick.class);

    private ClaimsLog() {
    }

    static int partitionOf(String playerId) {
        return Utils.toPositive(Utils.murmur2(playerId.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % Topics.CLAIMS.partitions();
    }

    static void tick(int partition, Instant at) throws Exception {
        ClockTick tick = new ClockTick(partition, at);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.CLAIMS.name(), partition, tick.key(), TICKS.serialize(null, tick),
                    CloudEvents.headers(Topics.CLOCK_TICK_TYPE, "/grapevine/tests", UUID.randomUUID().toString(), at, null)))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    /** Applies one record of rumours.claims.v1 to in-memory stories, as the service does. */
    static void apply(InMemoryStories stories, ConsumerRecord<String, byte[]> record) {
        try {
            applyOrFail(stories, record);
        } catch (org.apache.kafka.common.errors.SerializationException | IllegalArgumentException e) {
            // the service dead-letters such a record; so does the replay
        }
    }

    private static void applyOrFail(InMemoryStories stories, ConsumerRecord<String, byte[]> record) {
        String type = CloudEvents.text(record.headers(), CloudEvents.TYPE);
        if (Topics.CLOCK_TICK_TYPE.equals(type)) {
            stories.onTick(TICKS.deserialize(record.topic(), record.value()), record.partition());
        } else {
            stories.onClaim(CLAIMS.deserialize(record.topic(), record.value()), record.partition());
        }
    }

    static KafkaConsumer<String, byte[]> consumer(String group) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The end offsets of rumours.claims.v1 now. */
    static Map<TopicPartition, Long> endOffsets() {
        try (var c = consumer("probe-" + UUID.randomUUID())) {
            List<TopicPartition> parts = c.partitionsFor(Topics.CLAIMS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return c.endOffsets(parts);
        }
    }

    /** Replays rumours.claims.v1 from the start, up to the given offsets, with one consumer. */
    static Map<String, TransferSnapshot> replay(Map<TopicPartition, Long> upTo) {
        InMemoryStories stories = new InMemoryStories(io.grapevine.reference.SourceCatalogue.load());
        try (var c = consumer("replay-" + UUID.randomUUID())) {
            c.assign(upTo.keySet());
            c.seekToBeginning(upTo.keySet());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!reached(c, upTo) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.offset() < upTo.get(new TopicPartition(r.topic(), r.partition()))) {
                        apply(stories, r);
                    }
                }
            }
        }
        return normalise(stories.stories());
    }

    static boolean reached(KafkaConsumer<String, byte[]> c, Map<TopicPartition, Long> upTo) {
        for (TopicPartition tp : c.assignment()) {
            if (c.position(tp) < upTo.get(tp)) {
                return false;
            }
        }
        return !c.assignment().isEmpty();
    }

    /** Stories with the version left out (a replay may number versions differently). */
    static Map<String, TransferSnapshot> normalise(Map<String, StoryState> states) {
        Map<String, TransferSnapshot> out = new TreeMap<>();
        states.forEach((id, s) -> out.put(id, withoutVersion(s.snapshot())));
        return out;
    }

    /**
     * Live stories (absorbed ones are tombstoned), with the history of merge targets left out: a surname id and the
     * full id hash to different partitions, so a replay may see the surname claim before or after the full-name one;
     * the merged story has the same evidence, status and credibility either way, but its history points differ.
     */
    static Map<String, TransferSnapshot> comparable(Map<String, TransferSnapshot> stories, java.util.Set<String> mergeTargets) {
        Map<String, TransferSnapshot> out = new TreeMap<>();
        stories.forEach((id, s) -> {
            if (s.mergedInto() == null) {
                out.put(id, mergeTargets.contains(id) ? new TransferSnapshot(s.id(), 0, s.player(), s.fromClub(), s.toClub(),
                        s.window(), s.stage(), s.status(), s.credibility(), s.modelVersion(), s.explanation(), s.fee(),
                        s.reportCount(), s.originCount(), s.firstSeen(), s.lastSeen(), s.reports(), List.of(), null, null) : s);
            }
        });
        return out;
    }

    static java.util.Set<String> mergeTargets(Map<String, TransferSnapshot> a, Map<String, TransferSnapshot> b) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (var m : List.of(a, b)) {
            m.values().stream().map(TransferSnapshot::mergedInto).filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    static TransferSnapshot withoutVersion(TransferSnapshot s) {
        return new TransferSnapshot(s.id(), 0, s.player(), s.fromClub(), s.toClub(), s.window(), s.stage(), s.status(),
                s.credibility(), s.modelVersion(), s.explanation(), s.fee(), s.reportCount(), s.originCount(), s.firstSeen(),
                s.lastSeen(), s.reports(), s.credibilityHistory(), s.mergedInto(), s.updatedAt());
    }

    /** The stories in dedupe's schema, versions included. */
    static Map<String, TransferSnapshot> databaseWithVersions() throws Exception {
        Map<String, TransferSnapshot> out = new TreeMap<>();
        try (var connection = DriverManager.getConnection(SharedInfrastructure.endpoints().jdbcUrl(), "dedupe", "dedupe");
                var statement = connection.prepareStatement("SELECT id, state FROM story");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                out.put(rows.getString(1), ContractJson.MAPPER.readValue(rows.getString(2), StoryState.class).snapshot());
            }
        }
        return out;
    }

    /** The newest snapshot (highest version) of each of the given stories on transfers.v1, read to the end. */
    static Map<String, TransferSnapshot> newestSnapshots(java.util.Set<String> ids) {
        Map<String, TransferSnapshot> out = new TreeMap<>();
        JsonSerde<TransferSnapshot> serde = new JsonSerde<>(TransferSnapshot.class);
        try (var c = consumer("snapshots-" + UUID.randomUUID())) {
            List<TopicPartition> parts = c.partitionsFor(Topics.TRANSFERS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            c.assign(parts);
            c.seekToBeginning(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!reached(c, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    TransferSnapshot s = serde.deserialize(r.topic(), r.value());
                    if (s != null && ids.contains(r.key()) && (!out.containsKey(r.key()) || out.get(r.key()).version() < s.version())) {
                        out.put(r.key(), s);
                    }
                }
            }
        }
        return out;
    }

    /** The stories in dedupe's schema. */
    static Map<String, TransferSnapshot> database() throws Exception {
        Map<String, TransferSnapshot> out = new TreeMap<>();
        try (var connection = DriverManager.getConnection(SharedInfrastructure.endpoints().jdbcUrl(), "dedupe", "dedupe");
                var statement = connection.prepareStatement("SELECT id, state FROM story");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                StoryState s = ContractJson.MAPPER.readValue(rows.getString(2), StoryState.class);
                out.put(rows.getString(1), withoutVersion(s.snapshot()));
            }
        }
        return out;
    }
}
