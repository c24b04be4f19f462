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
        return hex(hash(text));
    }

    /** The fingerprint as a long. */
    public static long hash(String text) {
        String f = TextFold.fold(text == null ? "" : text);
        Acc acc = new Acc();
        acc.feed(f);
        return acc.result();
    }

    /** Same as {@link #fingerprint(String)}, from already folded tokens (avoids folding the text twice). */
    static String fingerprint(Tokens t) {
        Acc acc = new Acc();
        for (int i = 0; i < t.n; i++) {
            if (t.type[i] != Tokens.PUNCT) {
                long plain = t.plainWordHash(i);
                if (plain != 0) {
                    acc.word(plain);
                } else {
                    acc.feed(t.fold[i]); // tokens are separate words, as if joined by spaces
                }
            }
        }
        return hex(acc.result());
    }

    /**
     * Words (runs of letters and digits, FNV-1a over their chars), shingles of three consecutive words, and the
     * votes of the shingles' mixed hashes per bit. The votes are kept as a bit-sliced counter of ones: plane
     * {@code k} holds bit {@code k} of the count of each of the 64 positions, so one shingle costs a short ripple
     * carry instead of 64 increments. A bit of the fingerprint is set when more shingles have it set than not.
     */
    private static final class Acc {
        final long[] planes = new long[32];
        long h1;
        long h2;
        int words;
        int shingles;

        void feed(String f) {
            int n = f.length();
            int i = 0;
            while (i < n) {
                char c = f.charAt(i);
                if (!wordChar(c)) {
                    i++;
                    continue;
                }
                long h = FNV_OFFSET;
                while (i < n && wordChar(c = f.charAt(i))) {
                    h ^= c;
                    h *= FNV_PRIME;
                    i++;
                }
                word(h);
            }
        }

        /** The next word, by its hash. */
        void word(long h) {
            words++;
            if (words >= 3) {
                vote(mix(h1 * 31 + Long.rotateLeft(h2, 21) * 17 + Long.rotateLeft(h, 42)));
            }
            h1 = h2;
            h2 = h;
        }

        void vote(long h) {
            long carry = h;
            for (int k = 0; carry != 0; k++) {
                long t = planes[k] & carry;
                planes[k] ^= carry;
                carry = t;
            }
            shingles++;
        }

        long result() {
            if (words > 0 && words < 3) {
                vote(mix(h1 * 31 + Long.rotateLeft(h2, 21)));
            }
            long out = 0;
            int used = 32 - Integer.numberOfLeadingZeros(shingles); // no count exceeds the shingles: higher planes are 0
            for (int b = 0; b < 64; b++) {
                long ones = 0;
                for (int k = 0; k < used; k++) {
                    ones |= ((planes[k] >>> b) & 1L) << k;
                }
                if (2 * ones > shingles) {
                    out |= 1L << b;
                }
            }
            return out;
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** The hash of one word (FNV-1a over its chars), as the fingerprint takes it. */
    static long wordHash(char[] word, int len) {
        long h = FNV_OFFSET;
        for (int i = 0; i < len; i++) {
            h ^= word[i];
            h *= FNV_PRIME;
        }
        return h;
    }

    private static boolean wordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static String hex(long v) {
        char[] out = new char[16];
        for (int i = 15; i >= 0; i--) {
            out[i] = HEX[(int) (v & 0xF)];
            v >>>= 4;
        }
        return new String(out);
    }

    /** Number of differing bits between two fingerprints given as hex. */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
