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
 *
 * <p>A tokenizer that has already read a text may hand its words over instead ({@link #given}), with their ids in
 * the gazetteer's and the catalogue's indexes, which it can remember per distinct word: the matchers then neither
 * scan the text again nor look its words up.
 */
public final class TextWords {

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

    /**
     * This thread's words of {@code text}, emptied, to be filled by {@link #add} with the words this class's own scan
     * would find, with their ids in the two indexes ({@link ClubGazetteer#words()}, {@link SourceCatalogue#words()});
     * the matchers then take them as they are when they read the same string on this thread. Null for a text too
     * long to be kept per thread (the matchers scan it themselves).
     */
    public static TextWords given(String text, WordIndex first, WordIndex second) {
        if (text.length() > REUSE_MAX_LENGTH) {
            return null;
        }
        TextWords w = REUSED.get();
        w.text = null;
        w.size = 0;
        int n = text.length();
        if (w.chars.length < n) {
            w.chars = new char[Math.max(n, 2 * w.chars.length)];
        }
        text.getChars(0, n, w.chars, 0);
        for (int s = 0; s < 2; s++) {
            if (w.ids[s] == null || w.ids[s].length < w.start.length) {
                w.ids[s] = new int[w.start.length];
            }
        }
        w.idsOf[0] = first;
        w.idsOf[1] = second;
        w.text = text;
        return w;
    }

    /**
     * Adds the next word of a {@link #given} text: {@code text[start, end)}, a tag or not, plain (ASCII letters and
     * digits only) or not, with the hash of its fold when plain ({@link String#hashCode()} of its lower case). Returns
     * its index, for {@link #putId} or {@link #lookUpId}.
     */
    public int add(int start, int end, boolean tag, boolean plain, int foldHash) {
        if (size == this.start.length) {
            grow();
        }
        this.start[size] = start;
        this.end[size] = end;
        this.tag[size] = tag;
        this.plain[size] = plain;
        hash[size] = foldHash;
        return size++;
    }

    /** Sets the id of word k in the {@code which}-th (0 or 1) index of {@link #given}. */
    public void putId(int k, int which, int id) {
        ids[which][k] = id;
    }

    /** Looks up, sets and returns the id of word k in the {@code which}-th (0 or 1) index of {@link #given}. */
    public int lookUpId(int k, int which) {
        int id = idOf(idsOf[which], k);
        ids[which][k] = id;
        return id;
    }

    /** Forgets a {@link #given} text, so that the matchers scan it themselves. */
    public void abandon() {
        text = null;
        idsOf[0] = null;
        idsOf[1] = null;
    }

    private int idOf(WordIndex index, int k) {
        return plain[k] ? index.idOfAsciiWord(chars, start[k], end[k], hash[k])
                : index.idOfWord(text, start[k], end[k], scratch);
    }

    private void grow() {
        int capacity = size * 2;
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        tag = Arrays.copyOf(tag, capacity);
        plain = Arrays.copyOf(plain, capacity);
        hash = Arrays.copyOf(hash, capacity);
        for (int s = 0; s < 2; s++) {
            if (ids[s] != null) {
                ids[s] = Arrays.copyOf(ids[s], capacity);
            }
        }
    }

    /** The words of a phrase of reference data (a name, an alias), in a fresh instance. */
    static TextWords ofPhrase(String phrase) {
        TextWords w = new TextWords(Math.max(4, phrase.length() / 3 + 1));
        w.scan(phrase);
        return w;
    }

    /** Whether a char belongs to a word: a letter, a digit or a combining mark. */
    public static boolean wordChar(char c) {
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
            out[k] = idOf(index, k);
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
                grow();
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
