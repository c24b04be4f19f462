package io.grapevine.contracts;

import java.time.Instant;

/**
 * One article or post as received by ingest-service; the value of {@code rumours.raw.v1}, keyed by {@link #id}.
 *
 * @param id          stable report id derived from the source's identity of the report (external id, canonical
 *                    URL, else normalised text), so a re-delivered report is recognised
 * @param source      the publisher, resolved against the source catalogue (unknown publishers get a new entry)
 * @param channel     how it entered: push, rss, atom, x, bluesky or import
 * @param url         canonical link, when there is one
 * @param externalId  the source's own id (GUID, post id), when there is one
 * @param title       headline, when there is one
 * @param text        body as plain text (HTML already reduced)
 * @param author      byline or account, when known
 * @param publishedAt event time: when the source published it (the receive time when the source gives none)
 * @param receivedAt  when ingest-service accepted it
 * @param language    ISO 639-1 code, given or detected
 */
public record RawReport(
        String id,
        SourceRef source,
        Channel channel,
        String url,
        String externalId,
        String title,
        String text,
        String author,
        Instant publishedAt,
        Instant receivedAt,
        String language) {
}
