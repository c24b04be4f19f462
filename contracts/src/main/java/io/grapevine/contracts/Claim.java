package io.grapevine.contracts;

import java.time.Instant;
import java.util.List;

/**
 * What one report says about one (player, destination club) pair; the value of {@code rumours.claims.v1},
 * keyed by the player id so that every claim about a player reaches the same dedupe instance.
 *
 * @param id           stable claim id: the report id and the destination club id
 * @param report       the report it was extracted from
 * @param player       the player the claim is about
 * @param toClub       destination club
 * @param fromClub     selling club when stated or known, else null
 * @param fee          the fee stated for this move, else null
 * @param stage        how far the report says the move has gone
 * @param hedges       hedging words found ("reportedly", "could"); empty when the report is assertive
 * @param attributions outlets, journalists and accounts the report cites, resolved against the catalogue
 * @param language     ISO 639-1 language of the report
 * @param evidence     the sentence or sentences that support the claim
 * @param publishedAt  event time (the report's)
 */
public record Claim(
        String id,
        ReportInfo report,
        PlayerMention player,
        ClubRef toClub,
        ClubRef fromClub,
        Fee fee,
        Stage stage,
        List<String> hedges,
        List<SourceRef> attributions,
        String language,
        List<String> evidence,
        Instant publishedAt) {

    public Claim {
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean hedged() {
        return !hedges.isEmpty();
    }
}
