package io.grapevine.query.messaging;

import io.grapevine.query.service.SourceStandings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Transport for {@code sources.v1}: source standings; undecodable records go to {@code sources.v1.dlq}. */
@ApplicationScoped
public class SourceConsumer {

    private final SourceStandings standings;

    public SourceConsumer(SourceStandings standings) {
        this.standings = standings;
    }

    @Incoming("sources")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return standings.whenLoaded().chain(() -> standings.apply(record.key(), record.value()));
    }
}
