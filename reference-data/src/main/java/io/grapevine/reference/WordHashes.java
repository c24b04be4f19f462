package io.grapevine.reference;

import java.util.Collection;

/**
 * The {@link String#hashCode()} values of a fixed set of words, in an open-addressing table. A matcher hashes a
 * word of the text while it reads it and builds the word's {@code String} only when the hash is in the set: most
 * words of running text are in no alias, and are skipped without an allocation. A hit may be a collision, so the
 * caller still looks the word up; a miss is certain. Immutable after construction; thread-safe.
 */
final class WordHashes {

    private final int[] table;
    private final int mask;
    private final boolean hasZero;

    WordHashes(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        table = new int[size];
        mask = size - 1;
        boolean zero = false;
        for (String w : words) {
            int h = w.hashCode();
            if (h == 0) {
                zero = true;
                continue;
            }
            int i = spread(h) & mask;
            while (table[i] != 0 && table[i] != h) {
                i = (i + 1) & mask;
            }
            table[i] = h;
        }
        hasZero = zero;
    }

    boolean mayContain(int h) {
        if (h == 0) {
            return hasZero;
        }
        int i = spread(h) & mask;
        while (true) {
            int v = table[i];
            if (v == h) {
                return true;
            }
            if (v == 0) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }
}
