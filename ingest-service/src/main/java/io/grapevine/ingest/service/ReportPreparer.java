package io.grapevine.ingest.service;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.SourceRef;
import io.grapevine.ingest.ReportInput;
import io.grapevine.ingest.text.LanguageDetector;
import io.grapevine.ingest.text.ReportIds;
import io.grapevine.reference.Source;
import io.grapevine.reference.SourceCatalogue;

import java.time.Instant;

/**
 * Turns a validated, normalised report into the contract's {@link RawReport}: the source resolved against the
 * catalogue (an unknown publisher gets a new entry), the canonical URL, the stable id and the language.
 */
public final class ReportPreparer {

    /** Used when neither the report, the text nor the source says which language it is in. */
    public static final String FALLBACK_LANGUAGE = "en";

    private final SourceCatalogue catalogue;

    public ReportPreparer(SourceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public RawReport prepare(ReportInput in, Channel channel, Instant receivedAt) {
        Source source = catalogue.resolveOrCreate(in.source() != null ? in.source() : in.url());
        String url = ReportIds.canonicalUrl(in.url());
        String id = ReportIds.of(source.id(), in.externalId(), url, in.text());
        String language = in.language();
        if (language == null) {
            language = LanguageDetector.detect(in.title() == null ? in.text() : in.title() + "\n" + in.text());
        }
        if (language == null) {
            language = source.language() != null ? source.language() : FALLBACK_LANGUAGE;
        }
        return new RawReport(id, new SourceRef(source.id(), source.name(), source.kind().wireName()), channel, url,
                in.externalId(), in.title(), in.text(), in.author(),
                in.publishedAt() != null ? in.publishedAt() : receivedAt, receivedAt, language);
    }
}
