package io.grapevine.ingest;

import java.time.Instant;

/**
 * One report as offered to ingest-service (push, import or a poller), validated but not yet resolved.
 *
 * @param source      free-form reference to the publisher: catalogue id, name, handle or domain; may be null when
 *                    {@code url} names it
 * @param publishedAt null when the source gives none
 * @param language    ISO 639-1 code, null to detect
 */
public record ReportInput(
        String source,
        String url,
        String externalId,
        String title,
        String text,
        String author,
        Instant publishedAt,
        String language) {
}
