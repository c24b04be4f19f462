package io.grapevine.query.view;

import io.grapevine.contracts.ClubRef;
import io.grapevine.contracts.Contribution;
import io.grapevine.contracts.CredibilityPoint;
import io.grapevine.contracts.FeeRange;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import java.time.Instant;
import java.util.List;

/** A list item: the snapshot's fields without the evidence trail. */
public record TransferSummary(
        String id,
        long version,
        PlayerRef player,
        ClubRef fromClub,
        ClubRef toClub,
        String window,
        Stage stage,
        StoryStatus status,
        double credibility,
        String modelVersion,
        List<Contribution> explanation,
        FeeRange fee,
        int reportCount,
        int originCount,
        Instant firstSeen,
        Instant lastSeen,
        List<CredibilityPoint> credibilityHistory,
        Instant updatedAt) {

    public static TransferSummary of(TransferSnapshot s) {
        return new TransferSummary(s.id(), s.version(), s.player(), s.fromClub(), s.toClub(), s.window(), s.stage(),
                s.status(), s.credibility(), s.modelVersion(), s.explanation(), s.fee(), s.reportCount(),
                s.originCount(), s.firstSeen(), s.lastSeen(), s.credibilityHistory(), s.updatedAt());
    }
}
