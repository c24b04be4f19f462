package io.grapevine.contracts;

import java.time.Instant;

/**
 * One report in a story's evidence trail.
 *
 * @param id          report id
 * @param url         link, when there is one
 * @param source      who published it
 * @param origin      who the claim comes from: the cited source, else the publisher
 * @param role        origin, echo, denial or confirmation
 * @param echoOf      for an echo, the id of the report it repeats, else null
 * @param publishedAt event time
 * @param stage       stage this report claims
 * @param fee         fee this report states, else null
 * @param quote       the supporting sentence
 */
public record EvidenceReport(
        String id,
        String url,
        SourceRef source,
        SourceRef origin,
        EvidenceRole role,
        String echoOf,
        Instant publishedAt,
        Stage stage,
        ReportFee fee,
        String quote) {
}
