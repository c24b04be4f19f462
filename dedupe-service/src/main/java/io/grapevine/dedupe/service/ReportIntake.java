package io.grapevine.dedupe.service;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.contracts.RawReport;
import io.grapevine.dedupe.ReceivedReport;
import io.grapevine.dedupe.extraction.Extraction;
import io.grapevine.dedupe.repository.ReceivedReportRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records each received report once; a redelivered report is recognised by its id and not counted again. */
@ApplicationScoped
public class ReportIntake {

    private final ReceivedReportRepository reports;
    private final PlayerDirectory players;

    public ReportIntake(ReceivedReportRepository reports, PlayerDirectory players) {
        this.reports = reports;
        this.players = players;
    }

    /** Returns true when the report is new, false when it was already recorded. */
    @WithTransaction
    public Uni<Boolean> record(RawReport report, int claimCount, String outcome) {
        return insert(report, claimCount, outcome);
    }

    /**
     * Records a report with what extraction made of it ("claims", else the reason there were none), and writes the
     * players it named by full name into the registry's table. Returns true when the report is new.
     */
    @WithTransaction
    public Uni<Boolean> record(RawReport report, Extraction extraction) {
        Map<String, PlayerRef> fresh = new LinkedHashMap<>();
        for (Claim c : extraction.claims()) {
            PlayerRef p = new PlayerRef(c.player().id(), c.player().name());
            if (p.id().contains("-") && players.isNew(p)) {
                fresh.put(p.id(), p);
            }
        }
        Uni<Void> stored = Uni.createFrom().voidItem();
        for (PlayerRef p : fresh.values()) {
            stored = stored.chain(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                    "INSERT INTO player (id, name, first_seen) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO NOTHING")
                    .setParameter(1, p.id()).setParameter(2, p.name()).setParameter(3, report.publishedAt())
                    .executeUpdate())).replaceWithVoid();
        }
        String outcome = extraction.hasClaims() ? "claims" : "no claim: " + extraction.noClaimReason();
        return stored.chain(() -> insert(report, extraction.claims().size(), outcome))
                .invoke(() -> fresh.values().forEach(players::stored));
    }

    private Uni<Boolean> insert(RawReport report, int claimCount, String outcome) {
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
            row.outcome = outcome.length() > 200 ? outcome.substring(0, 200) : outcome;
            return reports.persist(row).replaceWith(true);
        });
    }
}
