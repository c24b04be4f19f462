package io.grapevine.reference;

import java.text.Normalizer;

/**
 * Accent-, case- and whitespace-insensitive folding of text, shared by the reference catalogues.
 *
 * <p>{@link #fold(String)} turns {@code "  Bayern  München "} into {@code "bayern munchen"} and {@code "Barça"}
 * into {@code "barca"}: Unicode NFD decomposition, removal of combining marks, lower-casing with
 * {@link java.util.Locale#ROOT}, a few letters that do not decompose ({@code ß->ss, ø->o, æ->ae, œ->oe,
 * ł->l, ı->i, đ->d, þ->th, ð->d}), and whitespace runs collapsed to one space and trimmed. Punctuation is kept;
 * {@link #foldLoose(String)} additionally treats every character that is not a letter, digit, {@code #},
 * {@code @} or {@code _} as a word separator ("Paris Saint-Germain" and "paris saint germain" fold alike).
 *
 * <p>Stateless and thread-safe.
 */
public final class TextFold {

    private TextFold() {
    }

    /** Folds accents, case and whitespace; returns {@code ""} for {@code null}. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String ascii = asciiFastPath(s);
        if (ascii != null) {
            return ascii;
        }
        String table = tableFastPath(s);
        if (table != null) {
            return table;
        }
        return slowFold(s);
    }

    /** The definition: NFD, combining marks removed, {@link #appendFolded}, whitespace collapsed and trimmed. */
    static String slowFold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            appendFolded(out, c);
        }
        return out.toString();
    }

    /**
     * Like {@link #fold(String)}, but every character other than a letter, a digit, {@code #}, {@code @} or
     * {@code _} separates words: {@code "Man. Utd"} and {@code "man utd"} fold alike, as do
     * {@code "Newell's"} and {@code "newell s"}.
     */
    public static String foldLoose(String s) {
        String f = fold(s);
        StringBuilder out = new StringBuilder(f.length());
        boolean pendingSpace = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '#' || c == '@' || c == '_') {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            } else {
                pendingSpace = out.length() > 0;
            }
        }
        return out.toString();
    }

    /** Folds one character that is not a combining mark; package-private for the matchers. */
    static void appendFolded(StringBuilder out, char c) {
        switch (c) {
            case 'ß', 'ẞ' -> out.append("ss");
            case 'ø', 'Ø' -> out.append('o');
            case 'æ', 'Æ' -> out.append("ae");
            case 'œ', 'Œ' -> out.append("oe");
            case 'ł', 'Ł' -> out.append('l');
            case 'ı' -> out.append('i');
            case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
            case 'þ', 'Þ' -> out.append("th");
            default -> out.append(Character.toLowerCase(c));
        }
    }

    /** Characters below this one are folded through {@link #PIECES}; the others take the slow path. */
    private static final int TABLE_END = 0x2100;
    private static final String WHITESPACE = new String(" ");

    /**
     * The folded form of each character below {@link #TABLE_END} on its own (its NFD decomposition without
     * combining marks, each char folded by {@link #appendFolded}); {@link #WHITESPACE} for a space, null when the
     * character must take the slow path. Folding is done char by char: NFD decomposes each character on its own
     * and only reorders combining marks, which folding removes anyway.
     */
    private static final String[] PIECES = new String[TABLE_END];

    static {
        for (int c = 0; c < TABLE_END; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            StringBuilder piece = new StringBuilder(2);
            boolean space = false;
            boolean other = false;
            for (int i = 0; i < d.length(); i++) {
                char x = d.charAt(i);
                int type = Character.getType(x);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK) {
                    continue;
                }
                if (Character.isWhitespace(x) || Character.isSpaceChar(x)) {
                    space = true;
                    continue;
                }
                other = true;
                appendFolded(piece, x);
            }
            if (space && other) {
                continue; // mixed: leave it to the slow path
            }
            PIECES[c] = space ? WHITESPACE : piece.toString();
        }
    }

    /**
     * Appends {@code fold(s.substring(from, to))} to {@code out}; for the matchers, which fold words of a text into
     * a reused buffer. Text that is not plain ASCII and folds through {@link #PIECES} builds no string.
     */
    static void appendFold(String s, int from, int to, StringBuilder out) {
        int mark = out.length();
        if (!appendTableFold(s, from, to, out)) {
            out.setLength(mark);
            out.append(fold(s.substring(from, to)));
        }
    }

    /** The folded form of {@code s} through {@link #PIECES}, or null when a character is not in the table. */
    private static String tableFastPath(String s) {
        StringBuilder out = new StringBuilder(s.length());
        return appendTableFold(s, 0, s.length(), out) ? out.toString() : null;
    }

    /**
     * Appends the fold of {@code s[from, to)} through {@link #PIECES} and returns true; returns false, with part of
     * it appended, when a character is not in the table or when all are ASCII (whose fold {@link #asciiFastPath}
     * defines: it leaves alone the few ASCII controls that the table treats as spaces).
     */
    private static boolean appendTableFold(String s, int from, int to, StringBuilder out) {
        int mark = out.length();
        boolean pendingSpace = false;
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= TABLE_END) {
                return false;
            }
            String p = PIECES[c];
            if (p == null) {
                return false;
            }
            ascii &= c < 0x80;
            if (p == WHITESPACE) {
                pendingSpace = out.length() > mark;
                continue;
            }
            if (p.isEmpty()) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(p);
        }
        return !ascii;
    }

    /** Returns the folded form when {@code s} is plain ASCII, else {@code null}. */
    private static String asciiFastPath(String s) {
        StringBuilder out = null;
        boolean pendingSpace = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                pendingSpace = out.length() > 0;
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
            }
            if (out != null) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
