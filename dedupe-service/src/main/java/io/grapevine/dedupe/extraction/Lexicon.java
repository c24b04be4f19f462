package io.grapevine.dedupe.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * Phrases (folded word sequences) mapped to a bit set of categories, matched over {@link Tokens} greedily, longest
 * phrase first, without overlaps. Immutable after construction; thread-safe.
 *
 * <p>The lexicons are built while {@link Vocabulary} initialises. They share one index of first words, so a text's
 * words are looked up once for all of them ({@link #heads}) instead of once per lexicon.
 */
final class Lexicon {

    /** First word of some phrase, to the bits of the lexicons that have a phrase starting with it. */
    private static final Map<String, Integer> HEADS = new HashMap<>();
    private static int count;

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        long cats;
    }

    /** Matches over one token sequence: per token the categories of a phrase starting/ending there. */
    static final class Matches {
        final long[] startCats;
        final int[] startEnd;
        final long[] endCats;
        final int[] endStart;

        Matches(int n) {
            startCats = new long[n];
            startEnd = new int[n];
            endCats = new long[n];
            endStart = new int[n];
        }

        boolean startsAt(int i, long cat) {
            return i >= 0 && i < startCats.length && (startCats[i] & cat) != 0;
        }

        boolean endsAt(int i, long cat) {
            return i >= 0 && i < endCats.length && (endCats[i] & cat) != 0;
        }
    }

    private final Node root = new Node();
    private final int bit;

    Lexicon() {
        if (count == Integer.SIZE) {
            throw new IllegalStateException("at most " + Integer.SIZE + " lexicons share the index of first words");
        }
        bit = 1 << count++;
    }

    /** Per token, the bits of the lexicons that have a phrase starting with its word (computed once per text). */
    static int[] heads(Tokens t) {
        if (t.lexiconHeads == null) {
            int[] heads = new int[t.n];
            for (int i = 0; i < t.n; i++) {
                Integer bits = HEADS.get(t.fold[i]);
                heads[i] = bits == null ? 0 : bits;
            }
            t.lexiconHeads = heads;
        }
        return t.lexiconHeads;
    }

    void add(long cats, String... phrases) {
        for (String p : phrases) {
            Tokens t = Tokens.of(p);
            java.util.List<String> words = new java.util.ArrayList<>();
            for (int i = 0; i < t.n; i++) {
                if (i == 0 && t.n > 1 && t.fold[0].equals("'") && t.fold[1].equals("s")) {
                    words.add("'s"); // a phrase that starts with a possessive
                    i++;
                    continue;
                }
                if (i + 1 == t.n - 1 && t.fold[i + 1].equals("'") && t.start[i + 1] == t.end[i]) {
                    words.add(t.fold[i] + "'"); // a phrase ending in an elision ("dell'"), as the text's "dell'Inter" has it
                    i++;
                    continue;
                }
                words.add(t.fold[i]);
            }
            Node node = root;
            for (String w : words) {
                node = node.next.computeIfAbsent(w, k -> new Node());
            }
            node.cats |= cats;
            if (!words.isEmpty()) {
                HEADS.merge(words.get(0), bit, (a, b) -> a | b);
            }
        }
    }

    Matches match(Tokens t) {
        Matches m = new Matches(t.n);
        int[] heads = heads(t);
        int i = 0;
        while (i < t.n) {
            if ((heads[i] & bit) == 0) {
                i++;
                continue;
            }
            Node node = root;
            int bestEnd = -1;
            long bestCats = 0;
            for (int k = i; k < t.n; k++) {
                if (t.type[k] == Tokens.PUNCT && !t.fold[k].equals("'")) {
                    break;
                }
                if (k > i && t.clause[k] != t.clause[i]) {
                    break;
                }
                node = node.next.get(t.fold[k]);
                if (node == null) {
                    break;
                }
                if (node.cats != 0) {
                    bestEnd = k;
                    bestCats = node.cats;
                }
            }
            if (bestEnd >= 0) {
                m.startCats[i] = bestCats;
                m.startEnd[i] = bestEnd;
                m.endCats[bestEnd] |= bestCats;
                m.endStart[bestEnd] = i;
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return m;
    }
}
