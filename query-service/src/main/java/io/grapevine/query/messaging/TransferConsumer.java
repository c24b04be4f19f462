package io.grapevine.query.messaging;

import io.grapevine.query.service.ReadModel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Transport for {@code transfers.v1}: hands each record (a snapshot or a tombstone) to the read model once the
 * view is loaded. A record that does not decode fails its Uni and is dead-lettered onto {@code transfers.v1.dlq}.
 */
@ApplicationScoped
public class TransferConsumer {

    private final ReadModel readModel;

    public TransferConsumer(ReadModel readModel) {
        this.readModel = readModel;
    }

    @Incoming("transfers")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return readModel.whenLoaded().chain(() -> readModel.apply(record.key(), record.value(), true));
    }
}
