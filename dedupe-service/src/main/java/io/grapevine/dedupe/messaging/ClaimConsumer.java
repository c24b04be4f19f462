package io.grapevine.dedupe.messaging;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClockTick;
import io.grapevine.contracts.kafka.CloudEvents;
import io.grapevine.contracts.kafka.JsonSerde;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.dedupe.service.StoryService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Transport for {@code rumours.claims.v1}: claims and clock ticks, in partition order (one player's stories have one
 * writer). Each record is one transaction, then its publication; the record is acknowledged when both are done. A
 * record that cannot be decoded or applied goes to {@code rumours.claims.v1.dlq} with the reason.
 */
@ApplicationScoped
public class ClaimConsumer {

    private static final Logger LOG = Logger.getLogger(ClaimConsumer.class);

    private final JsonSerde<Claim> claims = new JsonSerde<>(Claim.class);
    private final JsonSerde<ClockTick> ticks = new JsonSerde<>(ClockTick.class);
    private final StoryService service;
    private final EventPublisher publisher;

    public ClaimConsumer(StoryService service, EventPublisher publisher) {
        this.service = service;
        this.publisher = publisher;
    }

    @Incoming("claims")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        String type = CloudEvents.text(record.headers(), CloudEvents.TYPE);
        if (Topics.CLOCK_TICK_TYPE.equals(type) || (record.key() != null && record.key().startsWith(ClockTick.KEY_PREFIX))) {
            ClockTick tick = ticks.deserialize(record.topic(), record.value());
            if (tick == null || tick.at() == null) {
                throw new IllegalArgumentException("a ClockTick needs a time");
            }
            String id = tick.key() + "@" + tick.at();
            return service.onTick(tick, id, record.partition()).chain(publisher::publish);
        }
        Claim claim = claims.deserialize(record.topic(), record.value());
        if (claim == null || claim.id() == null || claim.player() == null || claim.toClub() == null || claim.report() == null
                || claim.stage() == null) {
            throw new IllegalArgumentException("a Claim needs an id, a player, a destination club, a report and a stage");
        }
        return service.onClaim(claim, record.partition()).chain(publisher::publish)
                .onFailure().invoke(e -> LOG.warnf(e, "claim %s not applied; it goes to the dead-letter topic", claim.id()));
    }
}
