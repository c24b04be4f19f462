package io.grapevine.dedupe.service;

import io.grapevine.contracts.RawReport;
import io.grapevine.dedupe.ReceivedReport;
import io.grapevine.dedupe.repository.ReceivedReportRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Records each received report once; a redelivered report is recognised by its id and not counted again. */
@ApplicationScoped
public class ReportIntake {

    private final ReceivedReportRepository reports;

    public ReportIntake(ReceivedReportRepository reports) {
        this.reports = reports;
    }

    /** Returns true when the report is new, false when it was already recorded. */
    @WithTransaction
    public Uni<Boolean> record(RawReport report, int claimCount, String outcome) {
        return reports.findById(report.id()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(false);
            }
            ReceivedReport row = new ReceivedReport();
            row.id = report.id();
            row.sourceId = report.source().id();
            row.publishedAt = report.publishedAt();
            row.receivedAt = report.receivedAt();
            row.language = report.language();
            row.claimCount = claimCount;
            row.outcome = outcome;
            return reports.persist(row).replaceWith(true);
        });
    }
}
