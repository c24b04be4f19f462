package io.grapevine.dedupe.extraction;

import java.util.Set;

/**
 * What the extractor's fixed word lists say about one folded word, as bits: looked up once per distinct word and
 * remembered with it ({@link Tokens#traits(int)}), instead of once per token and list. The lists asked of most tokens
 * have a bit each ({@link Tokens#is}).
 */
final class WordTraits {

    /** Set in every computed value, so that 0 can mean "not computed yet". */
    static final int KNOWN = 1;
    /** Opens a clause ("while", "mentre", "aber"). */
    static final int CLAUSE = 1 << 1;
    /** Never part of a player's name ({@code ClaimExtractor.STOP}). */
    static final int STOP = 1 << 2;
    /** Negates what follows in its clause ("no", "not", "kein"). */
    static final int NEGATOR = 1 << 3;
    /** Takes the negation from a negator before it ("no doubt", "not only"). */
    static final int NOT_NEGATED = 1 << 4;
    /** "and" and its translations ({@link Vocabulary#AND_WORDS}). */
    static final int AND = 1 << 5;
    /** What joins two clubs of one role ({@link Vocabulary#COORD}: "and", "or", a comma). */
    static final int COORD = 1 << 6;
    /** An article or determiner ({@link Vocabulary#DETERMINERS}). */
    static final int DETERMINER = 1 << 7;
    /** Two bits per language of {@link LanguageDetector#LANGS}: the word's weight as a stop word of that language. */
    static final int LANGUAGE_SHIFT = 8;

    /** Words that negate what follows in their clause. */
    private static final WordSet NEGATOR_WORDS = WordSet.of("no", "not", "non", "nessuna", "nessun", "ningun", "ninguna",
            "kein", "keine", "keinen", "keiner", "keines", "nicht", "pas", "aucun", "aucune", "nao", "nenhum", "nenhuma",
            "ninguno", "never", "mai", "nunca", "neither");

    /** Words after which a negator negates nothing ("no doubt", "not only", "non solo"). */
    private static final WordSet NOT_NEGATED_WORDS = WordSet.of("doubt", "longer", "only", "solo", "nur", "seulement",
            "dubbio", "duda", "zweifel");

    private WordTraits() {
    }

    static int of(String folded) {
        int bits = KNOWN;
        if (Tokens.CLAUSE_WORDS.contains(folded)) {
            bits |= CLAUSE;
        }
        if (ClaimExtractor.STOP.contains(folded)) {
            bits |= STOP;
        }
        if (NEGATOR_WORDS.contains(folded)) {
            bits |= NEGATOR;
        }
        if (NOT_NEGATED_WORDS.contains(folded)) {
            bits |= NOT_NEGATED;
        }
        if (Vocabulary.AND_WORDS.contains(folded)) {
            bits |= AND;
        }
        if (Vocabulary.COORD.contains(folded)) {
            bits |= COORD;
        }
        if (Vocabulary.DETERMINERS.contains(folded)) {
            bits |= DETERMINER;
        }
        int[] weights = LanguageDetector.weights(folded);
        if (weights != null) {
            for (int l = 0; l < weights.length; l++) {
                bits |= Math.min(weights[l], 3) << (LANGUAGE_SHIFT + 2 * l);
            }
        }
        return bits;
    }

    /** The word's weight as a stop word of language {@code l}. */
    static int languageWeight(int traits, int l) {
        return (traits >>> (LANGUAGE_SHIFT + 2 * l)) & 3;
    }
}
