package io.grapevine.dedupe.extraction;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * A fixed set of folded words, asked many times per text whether it holds a token's word. An immutable
 * {@code Set.of} compares the word with each string on its probe path; this table compares the cached hash first,
 * from an array of ints, so that a word it does not hold (the usual answer) is turned away without reading another
 * string. Immutable; thread-safe.
 */
final class WordSet {

    private final int[] hashes;
    private final String[] words;
    private final int mask;

    private WordSet(Collection<String> members) {
        int size = Integer.highestOneBit(Math.max(4, members.size() * 4) - 1) << 1; // at most a quarter full
        hashes = new int[size];
        words = new String[size];
        mask = size - 1;
        for (String w : new LinkedHashSet<>(members)) {
            int i = slot(w.hashCode());
            while (words[i] != null) {
                i = (i + 1) & mask;
            }
            hashes[i] = w.hashCode();
            words[i] = w;
        }
    }

    static WordSet of(String... members) {
        return new WordSet(Arrays.asList(members));
    }

    static WordSet copyOf(Collection<String> members) {
        return new WordSet(members);
    }

    boolean contains(String word) {
        int h = word.hashCode();
        for (int i = slot(h); words[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && words[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    private int slot(int h) {
        return (h ^ (h >>> 16)) & mask;
    }
}
