package io.grapevine.query.messaging;

import io.grapevine.query.service.ReadModel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Transport for {@code transfers.v1}, in batches (one pipelined database round trip per poll instead of one per
 * record): hands the records to the read model once the view is loaded, and dead-letters those it rejects
 * (undecodable, key not the id) onto {@code transfers.v1.dlq} with the reason. A failure of the database is retried
 * with backoff; if it persists the channel fails (health DOWN) and, after a restart, resumes from the last committed
 * offset, so no good record is ever dead-lettered for an outage.
 */
@ApplicationScoped
public class TransferConsumer {

    private final ReadModel readModel;
    private final DeadLetters deadLetters;

    public TransferConsumer(ReadModel readModel, DeadLetters deadLetters) {
        this.readModel = readModel;
        this.deadLetters = deadLetters;
    }

    @Incoming("transfers")
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> list = new ArrayList<>(records.count());
        List<ReadModel.Change> changes = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            list.add(record);
            changes.add(new ReadModel.Change(record.key(), record.value()));
        }
        return readModel.whenLoaded()
                .chain(() -> readModel.applyAll(changes, true))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(30)).atMost(12)
                .chain(rejected -> deadLetters.send(
                        rejected.stream().map(r -> list.get(r.index())).toList(),
                        rejected.stream().map(ReadModel.Rejected::reason).toList()));
    }
}
