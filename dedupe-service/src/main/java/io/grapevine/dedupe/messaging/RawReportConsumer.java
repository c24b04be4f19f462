package io.grapevine.dedupe.messaging;

import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.kafka.JsonSerde;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.dedupe.extraction.ClaimExtractor;
import io.grapevine.dedupe.extraction.Extraction;
import io.grapevine.dedupe.service.PlayerDirectory;
import io.grapevine.dedupe.service.ReportIntake;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Transport for {@code rumours.raw.v1}: decodes the record, extracts its claims, records the report (with the reason
 * when it makes no claim) and publishes the claims to {@code rumours.claims.v1} keyed by player. A redelivered report
 * is not counted again but its claims are published again (the story side ignores claim ids it has applied), so a
 * crash between the commit and the publish loses nothing. A record that does not decode fails its Uni, which nacks
 * it onto {@code rumours.raw.v1.dlq} with the reason in its headers.
 */
@ApplicationScoped
public class RawReportConsumer {

    private static final Logger LOG = Logger.getLogger(RawReportConsumer.class);

    private final JsonSerde<RawReport> serde = new JsonSerde<>(RawReport.class);
    private final ReportIntake intake;
    private final EventPublisher publisher;
    private final ClaimExtractor extractor;
    private final MeterRegistry metrics;

    public RawReportConsumer(ReportIntake intake, EventPublisher publisher, PlayerDirectory players, MeterRegistry metrics) {
        this.intake = intake;
        this.publisher = publisher;
        this.extractor = ClaimExtractor.withDefaults(players);
        this.metrics = metrics;
    }

    @Incoming("raw-reports")
    public Uni<Void> consume(byte[] value) {
        RawReport report = serde.deserialize(Topics.RAW_REPORTS.name(), value);
        if (report == null || report.id() == null || report.source() == null || report.text() == null) {
            throw new IllegalArgumentException("a RawReport needs an id, a source and a text");
        }
        Extraction extraction = extractor.analyse(report);
        return intake.record(report, extraction).chain(isNew -> {
            if (isNew) {
                metrics.counter("grapevine.dedupe.reports", "outcome", extraction.hasClaims() ? "claims" : "no-claim").increment();
                metrics.counter("grapevine.dedupe.claims").increment(extraction.claims().size());
            }
            return publisher.claims(extraction.claims());
        }).onFailure().invoke(e -> LOG.warnf(e, "report %s not processed; it goes to the dead-letter topic", report.id()));
    }
}
