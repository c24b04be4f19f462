package io.grapevine.dedupe.extraction;

import io.grapevine.reference.TextFold;

/**
 * 64-bit SimHash of a text's normalised word 3-shingles (folded, letters and digits only). Near-duplicate texts
 * (syndicated copies, light rewrites) differ in few bits; unrelated texts in about 32.
 */
public final class SimHash {

    private SimHash() {
    }

    /** The fingerprint as 16 lowercase hex digits. */
    public static String fingerprint(String text) {
        return String.format("%016x", hash(text));
    }

    /** The fingerprint as a long. */
    public static long hash(String text) {
        return hashFolded(TextFold.fold(text == null ? "" : text));
    }

    private static long hashFolded(String f) {
        int[] votes = new int[64];
        long h1 = 0;
        long h2 = 0;
        int words = 0;
        int n = f.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(f.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            long h = 0xcbf29ce484222325L;
            while (i < n && Character.isLetterOrDigit(f.charAt(i))) {
                h ^= f.charAt(i);
                h *= 0x100000001b3L;
                i++;
            }
            words++;
            if (words >= 3) {
                vote(votes, mix(h1 * 31 + Long.rotateLeft(h2, 21) * 17 + Long.rotateLeft(h, 42)));
            }
            h1 = h2;
            h2 = h;
        }
        if (words > 0 && words < 3) {
            vote(votes, mix(h1 * 31 + Long.rotateLeft(h2, 21)));
        }
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                out |= 1L << b;
            }
        }
        return out;
    }

    /** Same as {@link #fingerprint(String)}, from already folded tokens (avoids folding the text twice). */
    static String fingerprint(Tokens t) {
        StringBuilder sb = new StringBuilder(t.text.length());
        for (int i = 0; i < t.n; i++) {
            if (t.type[i] != Tokens.PUNCT) {
                sb.append(t.fold[i]).append(' ');
            }
        }
        return String.format("%016x", hashFolded(sb.toString()));
    }

    /** Number of differing bits between two fingerprints given as hex. */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    private static void vote(int[] votes, long h) {
        for (int b = 0; b < 64; b++) {
            votes[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
