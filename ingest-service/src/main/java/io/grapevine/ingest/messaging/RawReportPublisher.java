package io.grapevine.ingest.messaging;

import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.kafka.CloudEvents;
import io.grapevine.contracts.kafka.JsonSerde;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.ingest.IngestConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes reports to {@code rumours.raw.v1} with an idempotent producer ({@code acks=all}, idempotence on, lz4):
 * key = report id, value = the contract's JSON, CloudEvents headers. The returned Uni completes only when the broker
 * has acknowledged every record, back on the caller's Vert.x context.
 */
@Startup
@ApplicationScoped
public class RawReportPublisher {

    /** CloudEvents {@code ce_source} of everything ingest-service publishes. */
    public static final String CE_SOURCE = "/grapevine/ingest-service";

    private static final Logger LOG = Logger.getLogger(RawReportPublisher.class);

    private final JsonSerde<RawReport> serde = new JsonSerde.RawReportSerde();
    private final Producer<String, byte[]> producer;
    private final AtomicReference<String> lastFailure = new AtomicReference<>();

    public RawReportPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            IngestConfig config) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64L * 1024 * 1024));
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(2 * 1024 * 1024));
        // reports are JSON text: lz4 batches are a fraction of the size for little CPU, which the broker, the disk and
        // every consumer's fetch save (consumers decompress transparently)
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.putAll(config.kafka().producer());
        // the delivery guarantees are not configurable away
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes the reports and completes when all are acknowledged; fails with the first send error. */
    public Uni<Void> publish(List<RawReport> reports) {
        if (reports.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> {
            Executor back = callerContext();
            // send() may block briefly (metadata, a full buffer), so it never runs on the event loop
            Uni<Void> sent = Uni.createFrom().completionStage(() -> CompletableFuture.supplyAsync(
                    () -> sendAll(reports), Infrastructure.getDefaultWorkerPool()).thenCompose(f -> f));
            return back == null ? sent : sent.emitOn(back);
        });
    }

    private CompletableFuture<Void> sendAll(List<RawReport> reports) {
        CompletableFuture<?>[] acks = new CompletableFuture<?>[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            RawReport report = reports.get(i);
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks[i] = ack;
            try {
                var record = new ProducerRecord<>(Topics.RAW_REPORTS.name(), null, report.id(),
                        serde.serialize(Topics.RAW_REPORTS.name(), report),
                        CloudEvents.headers(Topics.RAW_REPORTS.eventType(), CE_SOURCE, report.id(),
                                report.receivedAt(), report.id()));
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        ack.complete(null);
                    } else {
                        lastFailure.set(error.toString());
                        ack.completeExceptionally(new PublishException("Kafka did not acknowledge report "
                                + report.id() + ": " + error.getMessage(), error));
                    }
                });
            } catch (RuntimeException e) {
                lastFailure.set(e.toString());
                ack.completeExceptionally(new PublishException("could not send report " + report.id() + ": "
                        + e.getMessage(), e));
            }
        }
        return CompletableFuture.allOf(acks);
    }

    /** The last send failure, for health; null once nothing failed yet. */
    public String lastFailure() {
        return lastFailure.get();
    }

    private static Executor callerContext() {
        Context context = Vertx.currentContext();
        return context == null ? null : command -> context.runOnContext(ignored -> command.run());
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    @PreDestroy
    void close() {
        try {
            producer.close(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            LOG.debugf(e, "closing the producer");
        }
    }

    /** Kafka did not take a report. */
    public static final class PublishException extends RuntimeException {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
