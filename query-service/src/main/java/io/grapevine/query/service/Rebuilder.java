package io.grapevine.query.service;

import io.grapevine.contracts.kafka.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the read model from scratch: deletes it, then replays {@code transfers.v1} and {@code sources.v1} from
 * their beginning up to their end offsets at the start of the rebuild, through the same apply path as the live
 * consumers (which keep running; versions make both commute). Replayed changes are neither streamed nor sent to
 * watches. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class Rebuilder {

    private static final Logger LOG = Logger.getLogger(Rebuilder.class);
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

    private final ReadModel readModel;
    private final SourceStandings sources;
    private final String bootstrapServers;
    private final AtomicBoolean running = new AtomicBoolean();

    public Rebuilder(ReadModel readModel, SourceStandings sources,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.readModel = readModel;
        this.sources = sources;
        this.bootstrapServers = bootstrapServers;
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Runs a rebuild; empty when one is already running. */
    public java.util.Optional<Result> rebuild() {
        if (!running.compareAndSet(false, true)) {
            return java.util.Optional.empty();
        }
        long started = System.nanoTime();
        try {
            readModel.whenLoaded().await().atMost(STEP_TIMEOUT);
            readModel.clear().await().atMost(STEP_TIMEOUT);
            sources.clear().await().atMost(STEP_TIMEOUT);
            int[] transfers = replay(Topics.TRANSFERS.name(), batch -> readModel.applyAll(
                    batch.stream().map(r -> new ReadModel.Change(r.key(), r.value())).toList(), false)
                    .await().atMost(STEP_TIMEOUT).size());
            int[] standings = replay(Topics.SOURCES.name(), batch -> {
                int rejected = 0;
                for (ConsumerRecord<String, byte[]> r : batch) {
                    try {
                        sources.apply(r.key(), r.value()).await().atMost(STEP_TIMEOUT);
                    } catch (IllegalArgumentException e) {
                        rejected++; // the live consumer dead-lettered it already
                    }
                }
                return rejected;
            });
            Result result = new Result(transfers[0], transfers[1], standings[0], standings[1],
                    readModel.view().size(), (System.nanoTime() - started) / 1_000_000);
            LOG.infof("read model rebuilt: %s", result);
            return java.util.Optional.of(result);
        } finally {
            running.set(false);
        }
    }

    private int[] replay(String topic, RecordHandler handler) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "query-service-rebuild-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        int replayed = 0;
        int rejected = 0;
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reached(consumer, end)) {
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                if (!batch.isEmpty()) {
                    int failed = handler.handle(batch);
                    rejected += failed;
                    replayed += batch.size() - failed;
                }
            }
        }
        return new int[] {replayed, rejected};
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (var e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    @FunctionalInterface
    private interface RecordHandler {
        /** Applies a batch in order; returns how many records were rejected. */
        int handle(List<ConsumerRecord<String, byte[]>> batch);
    }

    /** What a rebuild did. */
    public record Result(int transferRecords, int transferRecordsRejected, int sourceRecords,
            int sourceRecordsRejected, int liveStories, long millis) {
    }
}
