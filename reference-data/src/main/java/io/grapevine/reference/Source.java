package io.grapevine.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;

/**
 * One publisher of transfer news: an outlet, a journalist, an aggregator or fan account, or a club's official channel.
 *
 * <p>Immutable value; list components are never {@code null} (absent lists become empty).
 *
 * @param id        stable lowercase ASCII slug ({@code "gazzetta-dello-sport"}); unknown sources start with {@code "unknown-"}
 * @param name      display name
 * @param kind      what kind of publisher this is
 * @param country   ISO 3166-1 alpha-2 country code, or {@code null}
 * @param language  ISO 639-1 language the source mainly publishes in, or {@code null}
 * @param club      for {@link Kind#OFFICIAL} channels, the club id ({@code "liverpool"}); else {@code null}
 * @param outlet    for journalists, the id of the outlet they mainly write for; else {@code null}
 * @param domains   web domains (optionally with a path prefix, {@code "nytimes.com/athletic"})
 * @param handles   social handles with a leading {@code @}
 * @param aliases   other names the source goes by in text
 * @param feeds     RSS/Atom feed URLs
 * @param prior     probability, 0..1, that a rumour this source originates comes true
 * @param priorNote where {@code prior} comes from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
        String id,
        String name,
        Kind kind,
        String country,
        String language,
        String club,
        String outlet,
        List<String> domains,
        List<String> handles,
        List<String> aliases,
        List<String> feeds,
        double prior,
        String priorNote) {

    /** Prefix of the ids of sources that are not in the catalogue. */
    public static final String UNKNOWN_PREFIX = "unknown-";

    /** Kinds of publisher; serialised in lower case. */
    public enum Kind {
        @JsonProperty("official") OFFICIAL,
        @JsonProperty("journalist") JOURNALIST,
        @JsonProperty("outlet") OUTLET,
        @JsonProperty("aggregator") AGGREGATOR,
        @JsonProperty("fan") FAN;

        /** The lower-case form used in JSON ({@code "official"}, ...). */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Source {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("source id is required");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("source name is required: " + id);
        }
        Objects.requireNonNull(kind, () -> "source kind is required: " + id);
        if (!(prior >= 0.0 && prior <= 1.0)) {
            throw new IllegalArgumentException("prior must be within 0..1: " + id + " " + prior);
        }
        domains = domains == null ? List.of() : List.copyOf(domains);
        handles = handles == null ? List.of() : List.copyOf(handles);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    /** {@code true} for catalogue entries, {@code false} for sources made up by {@link SourceCatalogue#resolveOrCreate}. */
    public boolean catalogued() {
        return !id.startsWith(UNKNOWN_PREFIX);
    }
}
