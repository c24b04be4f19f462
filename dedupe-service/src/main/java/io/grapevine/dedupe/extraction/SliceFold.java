package io.grapevine.dedupe.extraction;

import io.grapevine.reference.TextFold;

/**
 * {@code TextFold.fold(text.substring(from, to))} for the short slices around a sum that {@link FeeParser} reads,
 * always with the same result, but without TextFold's per-character {@code StringBuilder} work in the usual case:
 * every character folds to exactly one character (ASCII, accented Latin letters, "€", "’", ...) and words are
 * separated by single plain spaces. Any other slice (a "ß", a non-breaking space, a line break, a double space, a
 * surrogate) is handed to TextFold itself.
 */
final class SliceFold {

    /** Characters below this one have an entry in {@link #FOLDED}; the same range as TextFold's own table. */
    private static final int TABLE_END = 0x2100;

    /**
     * The fold of each character on its own when it is exactly one character, else 0 (spaces, marks, "ß", "æ", ...).
     * Taken from TextFold itself, and kept only for characters that fold the same between two letters, which is
     * what the fast path relies on.
     */
    private static final char[] FOLDED = new char[TABLE_END];

    static {
        for (char c = 1; c < TABLE_END; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            String f = TextFold.fold(String.valueOf(c));
            if (f.length() == 1 && TextFold.fold("a" + c + "a").equals("a" + f + "a")) {
                FOLDED[c] = f.charAt(0);
            }
        }
    }

    private SliceFold() {
    }

    static String fold(String text, int from, int to) {
        // TextFold drops the spaces at both ends
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        char[] out = new char[to - from];
        text.getChars(from, to, out, 0);
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            char f = c < TABLE_END ? FOLDED[c] : 0;
            if (f == 0) {
                if (c != ' ' || out[i - 1] == ' ') {
                    return TextFold.fold(text.substring(from, to));
                }
                f = ' '; // a single space between words stays
            }
            out[i] = f;
        }
        return new String(out);
    }
}
