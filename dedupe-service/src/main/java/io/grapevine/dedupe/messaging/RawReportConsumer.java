package io.grapevine.dedupe.messaging;

import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.kafka.JsonSerde;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.dedupe.service.ReportIntake;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Transport for {@code rumours.raw.v1}: decodes the record and hands it to the service. A record that does not
 * decode fails its Uni, which nacks it onto {@code rumours.raw.v1.dlq} with the reason in its headers.
 */
@ApplicationScoped
public class RawReportConsumer {

    private final JsonSerde<RawReport> serde = new JsonSerde<>(RawReport.class);
    private final ReportIntake intake;

    public RawReportConsumer(ReportIntake intake) {
        this.intake = intake;
    }

    @Incoming("raw-reports")
    public Uni<Void> consume(byte[] value) {
        RawReport report = serde.deserialize(Topics.RAW_REPORTS.name(), value);
        if (report == null || report.id() == null || report.source() == null || report.text() == null) {
            throw new IllegalArgumentException("a RawReport needs an id, a source and a text");
        }
        return intake.record(report, 0, "received").replaceWithVoid();
    }
}
