package io.grapevine.dedupe.story;

/**
 * Near-duplicate test over the reports' 64-bit SimHash fingerprints: syndicated copies and light rewrites differ in
 * few bits, unrelated texts in about 32. The threshold and its measured false-positive rate are in
 * docs/dedupe-service.md.
 */
public final class NearDuplicates {

    /** Largest Hamming distance at which two reports count as copies of one another. */
    public static final int THRESHOLD = 12;

    private NearDuplicates() {
    }

    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    /** True when both fingerprints are present, well formed and within {@link #THRESHOLD} bits. */
    public static boolean nearDuplicate(String a, String b) {
        if (a == null || b == null || a.length() != 16 || b.length() != 16) {
            return false;
        }
        try {
            return distance(a, b) <= THRESHOLD;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
