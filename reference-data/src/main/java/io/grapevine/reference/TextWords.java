package io.grapevine.reference;

import java.util.Arrays;

/**
 * The words of a text as the {@link ClubGazetteer} and the {@link SourceCatalogue} read it, found in one scan that
 * both matchers share. Words are runs of letters, digits and combining marks (not starting with a mark); every other
 * character separates words, so "Liverpool's" holds "Liverpool" and "Saint-Germain" two words. A {@code #} or
 * {@code @} directly before a word, and not after one, starts a tag ({@code #LFC}, {@code @Gazzetta_it}), which may
 * also hold {@code _}.
 *
 * <p>{@link #of(String)} keeps the last text's words per thread, so the second matcher to read the same text (the
 * same string instance) finds its words already there, and each matcher's word ids ({@link #ids(WordIndex)}) are
 * looked up once per text. An instance is valid until the next {@link #of} on the same thread; not thread-safe.
 */
final class TextWords {

    /** Texts up to this length are scanned into a per-thread instance, reused from call to call. */
    private static final int REUSE_MAX_LENGTH = 1 << 16;
    private static final ThreadLocal<TextWords> REUSED = ThreadLocal.withInitial(() -> new TextWords(1024));

    String text;
    /** The text's chars (the first {@code text.length()}), read directly rather than by {@code charAt}. */
    private char[] chars = new char[0];
    int size;
    int[] start;
    int[] end;
    boolean[] tag;
    /** Per word, whether it is plain ASCII letters and digits (no tag, no accent). */
    boolean[] plain;
    /** Per plain word, {@link String#hashCode()} of its lower case. */
    private int[] hash;
    /** The word ids of the last two indexes asked for, and their indexes. */
    private final int[][] ids = new int[2][];
    private final WordIndex[] idsOf = new WordIndex[2];
    private int lastIds;
    private final StringBuilder scratch = new StringBuilder(32);

    private TextWords(int capacity) {
        start = new int[capacity];
        end = new int[capacity];
        tag = new boolean[capacity];
        plain = new boolean[capacity];
        hash = new int[capacity];
    }

    /** The words of {@code text}; valid until the next call on the same thread. */
    static TextWords of(String text) {
        if (text.length() > REUSE_MAX_LENGTH) {
            TextWords w = new TextWords(text.length() / 5 + 4);
            w.scan(text);
            return w;
        }
        TextWords w = REUSED.get();
        if (w.text != text) {
            w.scan(text);
        }
        return w;
    }

    /** The words of a phrase of reference data (a name, an alias), in a fresh instance. */
    static TextWords ofPhrase(String phrase) {
        TextWords w = new TextWords(Math.max(4, phrase.length() / 3 + 1));
        w.scan(phrase);
        return w;
    }

    static boolean wordChar(char c) {
        if (c < 0x80) {
            return WordIndex.ASCII_WORD_FOLD[c] != 0;
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean startsWord(char c) {
        return c < 0x80 ? WordIndex.ASCII_WORD_FOLD[c] != 0
                : wordChar(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }

    /** The fold of word k ({@link TextFold#fold}). */
    String folded(int k) {
        return TextFold.fold(text.substring(start[k], end[k]));
    }

    /** Per word, its id in {@code index} ({@link WordIndex#NONE} when it has none). */
    int[] ids(WordIndex index) {
        for (int s = 0; s < 2; s++) {
            if (idsOf[s] == index) {
                return ids[s];
            }
        }
        int s = lastIds ^= 1;
        if (ids[s] == null || ids[s].length < size) {
            ids[s] = new int[start.length];
        }
        int[] out = ids[s];
        for (int k = 0; k < size; k++) {
            out[k] = plain[k] ? index.idOfAsciiWord(chars, start[k], end[k], hash[k])
                    : index.idOfWord(text, start[k], end[k], scratch);
        }
        idsOf[s] = index;
        return out;
    }

    private void scan(String text) {
        this.text = text;
        size = 0;
        idsOf[0] = null;
        idsOf[1] = null;
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        text.getChars(0, n, chars, 0);
        char[] s = chars;
        int i = 0;
        while (i < n) {
            char c = s[i];
            boolean isTag = (c == '#' || c == '@') && i + 1 < n
                    && (wordChar(s[i + 1]) || s[i + 1] == '_')
                    && (i == 0 || !(wordChar(s[i - 1]) || s[i - 1] == '_'));
            if (!isTag && !startsWord(c)) {
                i++;
                continue;
            }
            int begin = i;
            if (isTag) {
                i++;
            }
            // a plain ASCII word is hashed on the way; a tag keeps its '#'/'@' and its '_' and is folded like words
            // with other characters
            boolean ascii = !isTag;
            int h = 0;
            while (i < n) {
                char d = s[i];
                if (d < 0x80) {
                    char f = WordIndex.ASCII_WORD_FOLD[d];
                    if (f == 0 && !(isTag && d == '_')) {
                        break;
                    }
                    h = 31 * h + f;
                } else if (wordChar(d)) {
                    ascii = false;
                } else {
                    break;
                }
                i++;
            }
            if (size == start.length) {
                int capacity = size * 2;
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
                tag = Arrays.copyOf(tag, capacity);
                plain = Arrays.copyOf(plain, capacity);
                hash = Arrays.copyOf(hash, capacity);
            }
            start[size] = begin;
            end[size] = i;
            tag[size] = isTag;
            plain[size] = ascii;
            hash[size] = h;
            size++;
        }
    }
}
