package io.grapevine.contracts;

import java.time.Instant;
import java.util.List;

/**
 * The full consolidated state of one transfer story: the value of the compacted topic {@code transfers.v1},
 * keyed by {@link #id}. Every change publishes the whole snapshot with a higher {@link #version}; consumers
 * apply a snapshot only when its version is newer than the one they hold. A story absorbed by another is
 * published once with {@link #mergedInto} set, then deleted with a tombstone (null value).
 *
 * @param id                 story id: player, destination club and window
 * @param version            increases with every change of this story
 * @param player             the player
 * @param fromClub           selling club, when known
 * @param toClub             destination club
 * @param window             transfer window, e.g. {@code 2024-summer}, {@code 2025-winter}
 * @param stage              furthest stage reached
 * @param status             rumour, confirmed, denied, collapsed or expired
 * @param credibility        probability (0..1) that the transfer happens in this window
 * @param modelVersion       version of the scoring model that produced the credibility
 * @param explanation        every contribution to the credibility, with its reason
 * @param fee                fee estimate and range in EUR, when any report stated one
 * @param reportCount        reports in the evidence trail
 * @param originCount        independent origins among them
 * @param firstSeen          event time of the first report
 * @param lastSeen           event time of the latest report
 * @param reports            the evidence trail
 * @param credibilityHistory credibility after each report that changed it, by event time
 * @param mergedInto         id of the story that absorbed this one, else null
 * @param updatedAt          event time of the change that produced this version
 */
public record TransferSnapshot(
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
        List<EvidenceReport> reports,
        List<CredibilityPoint> credibilityHistory,
        String mergedInto,
        Instant updatedAt) {

    public TransferSnapshot {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
        reports = reports == null ? List.of() : List.copyOf(reports);
        credibilityHistory = credibilityHistory == null ? List.of() : List.copyOf(credibilityHistory);
    }
}
