package io.grapevine.query.messaging;

import io.grapevine.contracts.kafka.CloudEvents;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes records that cannot be applied to {@code <topic>.dlq}: the original key, value and headers, plus the reason
 * and where the record came from (the same headers the connector's dead-letter queue writes). The batch consumer
 * uses it so one poison record does not send its whole batch to the dead-letter topic.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final String bootstrapServers;
    private KafkaProducer<String, byte[]> producer;

    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Completes when the broker has acknowledged every dead letter. */
    public Uni<Void> send(List<ConsumerRecord<String, byte[]>> records, List<String> reasons) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            RecordHeaders headers = new RecordHeaders(record.headers().toArray());
            headers.add(CloudEvents.DLQ_REASON, bytes(reasons.get(i)));
            headers.add(CloudEvents.DLQ_TOPIC, bytes(record.topic()));
            headers.add("dead-letter-partition", bytes(Integer.toString(record.partition())));
            headers.add("dead-letter-offset", bytes(Long.toString(record.offset())));
            CompletableFuture<Void> ack = new CompletableFuture<>();
            producer().send(new ProducerRecord<>(record.topic() + ".dlq", null, record.key(), record.value(), headers),
                    (metadata, error) -> {
                        if (error != null) {
                            ack.completeExceptionally(error);
                        } else {
                            ack.complete(null);
                        }
                    });
            LOG.warnf("dead-lettered %s-%d@%d (key %s): %s", record.topic(), record.partition(), record.offset(),
                    record.key(), reasons.get(i));
            acks.add(ack);
        }
        return Uni.createFrom().completionStage(CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)));
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "query-service-dead-letters");
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
