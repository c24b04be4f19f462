package io.grapevine.dedupe.messaging;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClockTick;
import io.grapevine.contracts.SourceSnapshot;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.CloudEvents;
import io.grapevine.contracts.kafka.JsonSerde;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.dedupe.service.Publication;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes dedupe-service's events (claims, clock ticks, story and source snapshots, tombstones) with CloudEvents
 * headers through one idempotent producer (acks=all), and completes only when the broker has them: the incoming
 * record is acknowledged after its effects are durable on both sides. Sends start on a worker thread (the producer
 * may block on metadata); completion is brought back to the caller's Vert.x context.
 */
@ApplicationScoped
public class EventPublisher {

    public static final String SOURCE = "/grapevine/dedupe-service";

    private final KafkaProducer<String, byte[]> producer;
    private final JsonSerde<Object> json = new JsonSerde.AnySerializer();

    public EventPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "dedupe-service-publisher");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }

    public Uni<Void> claims(List<Claim> claims) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (Claim c : claims) {
            records.add(record(Topics.CLAIMS.name(), null, c.player().id(), json.serialize(null, c),
                    CloudEvents.headers(Topics.CLAIMS.eventType(), SOURCE, c.id(), time(c.publishedAt()), c.player().id())));
        }
        return send(records);
    }

    public Uni<Void> tick(ClockTick tick) {
        return send(List.of(record(Topics.CLAIMS.name(), tick.partition(), tick.key(), json.serialize(null, tick),
                CloudEvents.headers(Topics.CLOCK_TICK_TYPE, SOURCE, tick.key() + "@" + tick.at(), tick.at(), null))));
    }

    public Uni<Void> publish(Publication publication) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (TransferSnapshot s : publication.snapshots()) {
            records.add(record(Topics.TRANSFERS.name(), null, s.id(), json.serialize(null, s),
                    CloudEvents.headers(Topics.TRANSFERS.eventType(), SOURCE, s.id() + "@" + s.version(), time(s.updatedAt()), s.id())));
            if (s.mergedInto() != null) {
                records.add(new ProducerRecord<>(Topics.TRANSFERS.name(), s.id(), null)); // tombstone after the pointer
            }
        }
        Instant at = publication.snapshots().stream().map(TransferSnapshot::updatedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(Instant.EPOCH);
        for (SourceSnapshot s : publication.sources()) {
            records.add(record(Topics.SOURCES.name(), null, s.id(), json.serialize(null, s),
                    CloudEvents.headers(Topics.SOURCES.eventType(), SOURCE, s.id() + "@" + s.version(), at, s.id())));
        }
        return send(records);
    }

    private static Instant time(Instant t) {
        return t == null ? Instant.EPOCH : t;
    }

    private static ProducerRecord<String, byte[]> record(String topic, Integer partition, String key, byte[] value, Headers headers) {
        return new ProducerRecord<>(topic, partition, key, value, headers);
    }

    /** Sends in order; completes when every record is acknowledged, on the caller's context when there is one. */
    private Uni<Void> send(List<ProducerRecord<String, byte[]>> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Context context = Vertx.currentContext();
        Uni<Void> sent = Uni.createFrom().emitter(emitter -> {
            int[] pending = {records.size()};
            boolean[] failed = {false};
            for (ProducerRecord<String, byte[]> r : records) {
                producer.send(r, (metadata, error) -> {
                    synchronized (pending) {
                        if (failed[0]) {
                            return;
                        }
                        if (error != null) {
                            failed[0] = true;
                            emitter.fail(error);
                        } else if (--pending[0] == 0) {
                            emitter.complete(null);
                        }
                    }
                });
            }
        });
        // send() may block on a metadata fetch: never on the event loop
        sent = sent.runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool());
        return context == null ? sent : sent.emitOn(command -> context.runOnContext(v -> command.run()));
    }
}
