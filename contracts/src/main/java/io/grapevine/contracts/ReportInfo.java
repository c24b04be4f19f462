package io.grapevine.contracts;

import java.time.Instant;

/**
 * What a claim carries of the report it came from, so the merge step needs nothing else.
 *
 * @param id          the report id
 * @param source      the publisher
 * @param url         link to the report, when there is one
 * @param title       headline, when there is one
 * @param publishedAt event time of the report
 * @param fingerprint 64-bit SimHash of the report's normalised word shingles, 16 hex digits, used to find
 *                    syndicated and lightly rewritten copies
 */
public record ReportInfo(
        String id,
        SourceRef source,
        String url,
        String title,
        Instant publishedAt,
        String fingerprint) {
}
