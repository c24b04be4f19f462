package io.grapevine.reference;

import java.util.List;
import java.util.Optional;

/**
 * One occurrence of a club name or alias in a text, as found by {@link ClubGazetteer#findMentions(String)}.
 *
 * @param start      offset of the first character of the match in the scanned text
 * @param end        offset just past the last character (exclusive), so {@code text.substring(start, end)}
 *                   equals {@code surface}
 * @param surface    the matched text as written
 * @param candidates the clubs the phrase may denote, in gazetteer order (major European leagues first); never empty
 * @param ambiguous  true when the phrase on its own may denote several clubs (or something that is not a club) and
 *                   must be resolved from context
 */
public record ClubMention(int start, int end, String surface, List<Club> candidates, boolean ambiguous) {

    public ClubMention {
        candidates = List.copyOf(candidates);
    }

    /** The club, when the mention is unambiguous (exactly one candidate and not flagged ambiguous). */
    public Optional<Club> club() {
        return !ambiguous && candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
