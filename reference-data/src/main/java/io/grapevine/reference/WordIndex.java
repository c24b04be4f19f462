package io.grapevine.reference;

import java.util.Collection;
import java.util.TreeSet;

/**
 * Dense ids ({@code 0..size()-1}) for a fixed set of folded words: the words of a matcher's trie. A matcher looks up
 * each word of a text straight from the text's characters, so words are never turned into strings; a word outside
 * the set gets {@link #NONE}, which no trie edge carries. Immutable after construction; thread-safe.
 */
final class WordIndex {

    /** The id of every word that is not in the index. */
    static final int NONE = -1;

    private final char[][] words;
    /** Open addressing: {@link String#hashCode()} of the word and its id + 1 (0 marks a free slot). */
    private final int[] slotHash;
    private final int[] slotId;
    private final int mask;

    WordIndex(Collection<String> words) {
        String[] sorted = new TreeSet<>(words).toArray(new String[0]);
        this.words = new char[sorted.length][];
        int size = Integer.highestOneBit(Math.max(16, sorted.length * 4) - 1) << 1;
        slotHash = new int[size];
        slotId = new int[size];
        mask = size - 1;
        for (int id = 0; id < sorted.length; id++) {
            this.words[id] = sorted[id].toCharArray();
            int h = sorted[id].hashCode();
            int i = spread(h) & mask;
            while (slotId[i] != 0) {
                i = (i + 1) & mask;
            }
            slotHash[i] = h;
            slotId[i] = id + 1;
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
        for (int i = spread(h) & mask; slotId[i] != 0; i = (i + 1) & mask) {
            if (slotHash[i] == h && contentEquals(words[slotId[i] - 1], word)) {
                return slotId[i] - 1;
            }
        }
        return NONE;
    }

    /**
     * The id of the fold of the word {@code text[from, to)} (see {@link TextFold#fold(String)}), or {@link #NONE}.
     * When the caller has seen that the word is plain {@code ascii} (and, being a word, has no whitespace), folding
     * is lower-casing, done on the fly; other words are folded into {@code scratch}, which is overwritten.
     */
    int idOfFolded(String text, int from, int to, boolean ascii, StringBuilder scratch) {
        if (!ascii) {
            scratch.setLength(0);
            TextFold.appendFold(text, from, to, scratch);
            return id(scratch);
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + lowerAscii(text.charAt(k));
        }
        for (int i = spread(h) & mask; slotId[i] != 0; i = (i + 1) & mask) {
            if (slotHash[i] == h && equalsLowered(words[slotId[i] - 1], text, from, to)) {
                return slotId[i] - 1;
            }
        }
        return NONE;
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

    private static boolean equalsLowered(char[] word, String text, int from, int to) {
        if (word.length != to - from) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (word[k] != lowerAscii(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }
}
