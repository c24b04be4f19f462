package io.grapevine.dedupe.story;

import io.grapevine.contracts.SourceRef;

/**
 * What the model knows about a source: its catalogue prior and its track record on resolved stories. Reliability is
 * the Beta-Binomial posterior mean with the prior as {@link #PSEUDO_COUNTS} pseudo-observations.
 *
 * @param officialClub for a club's official channel, the club id, else null
 */
public record Standing(SourceRef source, double prior, int hits, int misses, String officialClub) {

    /** Weight of the catalogue prior, in resolved stories. */
    public static final double PSEUDO_COUNTS = 10.0;

    public double reliability() {
        return (prior * PSEUDO_COUNTS + hits) / (PSEUDO_COUNTS + hits + misses);
    }

    public boolean official() {
        return officialClub != null;
    }

    public boolean hasRecord() {
        return hits + misses > 0;
    }
}
