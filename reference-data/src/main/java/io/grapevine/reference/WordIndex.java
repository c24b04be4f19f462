package io.grapevine.reference;

import java.util.Collection;
import java.util.TreeSet;

/**
 * Dense ids ({@code 0..size()-1}) for a fixed set of folded words: the words of a matcher's trie. A matcher looks up
 * each word of a text straight from the text's characters, so words are never turned into strings; a word outside
 * the set gets {@link #NONE}, which no trie edge carries. Immutable after construction; thread-safe. Public only as
 * a handle: a tokenizer outside this package passes it to {@link TextWords#given}.
 */
public final class WordIndex {

    /** The id of every word that is not in the index. */
    static final int NONE = -1;

    /**
     * For each ASCII character, its fold if it is a letter or digit (the lower-case letter, the digit), else 0:
     * the tokenizers' test for a word character and their fold in one look-up.
     */
    static final char[] ASCII_WORD_FOLD = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD_FOLD[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD_FOLD[c] = c;
            ASCII_WORD_FOLD[c - 32] = c;
        }
    }

    private final char[][] words;
    /**
     * Open addressing, one slot per two ints: {@link String#hashCode()} of the word, then its id + 1 (0 marks a
     * free slot).
     */
    private final int[] slots;
    private final int mask;
    /**
     * One bit per hash bucket, set for the buckets of the words, in a quarter of the memory of {@link #slots}: most
     * words of a text are in no name, and this table, which stays in the CPU cache, turns most of them away.
     */
    private final long[] filter;

    WordIndex(Collection<String> words) {
        String[] sorted = new TreeSet<>(words).toArray(new String[0]);
        this.words = new char[sorted.length][];
        int size = Integer.highestOneBit(Math.max(16, sorted.length * 2) - 1) << 1;
        slots = new int[2 * size];
        mask = size - 1;
        filter = new long[Math.max(1, size / 4)]; // 16 bits per slot
        for (int id = 0; id < sorted.length; id++) {
            this.words[id] = sorted[id].toCharArray();
            int h = sorted[id].hashCode();
            int spread = spread(h);
            filter[(spread >>> 6) & (filter.length - 1)] |= 1L << spread;
            int i = spread & mask;
            while (slots[2 * i + 1] != 0) {
                i = (i + 1) & mask;
            }
            slots[2 * i] = h;
            slots[2 * i + 1] = id + 1;
        }
    }

    /** The number of words; ids are below it. */
    int size() {
        return words.length;
    }

    /** The id of a folded word, or {@link #NONE}. */
    int id(CharSequence word) {
        int h = 0;
        for (int k = 0; k < word.length(); k++) {
            h = 31 * h + word.charAt(k);
        }
        for (int i = firstSlot(h); i >= 0; i = nextSlot(i)) {
            if (slots[2 * i] == h && contentEquals(words[slots[2 * i + 1] - 1], word)) {
                return slots[2 * i + 1] - 1;
            }
        }
        return NONE;
    }

    /**
     * The id of the plain ASCII word {@code text[from, to)}, letters and digits only, whose fold (lower case) has
     * the {@link String#hashCode()} {@code foldHash}; or {@link #NONE}.
     */
    int idOfAsciiWord(char[] text, int from, int to, int foldHash) {
        for (int i = firstSlot(foldHash); i >= 0; i = nextSlot(i)) {
            if (slots[2 * i] == foldHash && equalsFolded(words[slots[2 * i + 1] - 1], text, from, to)) {
                return slots[2 * i + 1] - 1;
            }
        }
        return NONE;
    }

    /**
     * The id of the fold of the word {@code text[from, to)} (see {@link TextFold#fold(String)}), or {@link #NONE};
     * the fold is built in {@code scratch}, which is overwritten.
     */
    int idOfWord(String text, int from, int to, StringBuilder scratch) {
        scratch.setLength(0);
        TextFold.appendFold(text, from, to, scratch);
        return id(scratch);
    }

    /** The first slot to probe for a hash, or -1 when the filter rules the hash out. */
    private int firstSlot(int h) {
        int spread = spread(h);
        if ((filter[(spread >>> 6) & (filter.length - 1)] & (1L << spread)) == 0) {
            return -1;
        }
        int i = spread & mask;
        return slots[2 * i + 1] != 0 ? i : -1;
    }

    /** The slot after {@code i}, or -1 at the end of the run of used slots. */
    private int nextSlot(int i) {
        int next = (i + 1) & mask;
        return slots[2 * next + 1] != 0 ? next : -1;
    }

    private static boolean contentEquals(char[] word, CharSequence s) {
        if (word.length != s.length()) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (word[k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsFolded(char[] word, char[] text, int from, int to) {
        if (word.length != to - from) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (word[k] != ASCII_WORD_FOLD[text[from + k]]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }
}
