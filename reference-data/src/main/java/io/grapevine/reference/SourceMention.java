package io.grapevine.reference;

import java.util.Objects;

/**
 * A source named in a text, as found by {@link SourceCatalogue#findMentions(String)}.
 *
 * @param source  the catalogue entry
 * @param start   index of the first character of the mention in the text
 * @param end     index just after the last character (exclusive)
 * @param matched the text as it appears ({@code text.substring(start, end)})
 * @param via     what was matched: the name, an alias, a handle or a domain/URL
 */
public record SourceMention(Source source, int start, int end, String matched, Via via) {

    /** What part of the catalogue entry matched. */
    public enum Via { NAME, ALIAS, HANDLE, DOMAIN }

    public SourceMention {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(via, "via");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
