package io.grapevine.dedupe.service;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.contracts.RawReport;
import io.grapevine.dedupe.ReceivedReport;
import io.grapevine.dedupe.extraction.Extraction;
import io.grapevine.dedupe.extraction.PlayerRegistry.ClubAt;
import io.grapevine.dedupe.repository.ReceivedReportRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
     * players it named by full name, with the club the registry last knows them at, into the registry's table.
     * Returns true when the report is new.
     */
    @WithTransaction
    public Uni<Boolean> record(RawReport report, Extraction extraction) {
        Map<String, PlayerRef> named = new LinkedHashMap<>();
        Map<String, ClubAt> clubs = new HashMap<>();
        for (Claim c : extraction.claims()) {
            PlayerRef p = new PlayerRef(c.player().id(), c.player().name());
            Optional<ClubAt> club = players.unstoredClub(p.id());
            if (p.id().contains("-") && (players.isNew(p) || club.isPresent())) {
                named.put(p.id(), p);
                club.ifPresent(at -> clubs.put(p.id(), at));
            }
        }
        Uni<Void> stored = Uni.createFrom().voidItem();
        for (PlayerRef p : named.values()) {
            ClubAt club = clubs.get(p.id());
            stored = stored.chain(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                    "INSERT INTO player (id, name, first_seen, club_id, club_since) VALUES (?1, ?2, ?3, ?4, ?5) "
                            + "ON CONFLICT (id) DO UPDATE SET club_id = EXCLUDED.club_id, club_since = EXCLUDED.club_since "
                            + "WHERE EXCLUDED.club_id IS NOT NULL "
                            + "AND (player.club_since IS NULL OR player.club_since < EXCLUDED.club_since)")
                    .setParameter(1, p.id()).setParameter(2, p.name()).setParameter(3, report.publishedAt())
                    .setParameter(4, club == null ? null : club.clubId())
                    .setParameter(5, club == null ? null : club.since())
                    .executeUpdate())).replaceWithVoid();
        }
        String outcome = extraction.hasClaims() ? "claims" : "no claim: " + extraction.noClaimReason();
        return stored.chain(() -> insert(report, extraction.claims().size(), outcome))
                .invoke(() -> named.values().forEach(p -> {
                    players.stored(p);
                    ClubAt club = clubs.get(p.id());
                    if (club != null) {
                        players.storedClub(p.id(), club.since());
                    }
                }));
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
