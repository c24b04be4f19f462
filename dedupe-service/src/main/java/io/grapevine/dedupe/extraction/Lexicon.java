package io.grapevine.dedupe.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * Phrases (folded word sequences) mapped to a bit set of categories, matched over {@link Tokens} greedily, longest
 * phrase first, without overlaps. Immutable after construction; thread-safe.
 */
final class Lexicon {

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
                words.add(t.fold[i]);
            }
            Node node = root;
            for (String w : words) {
                node = node.next.computeIfAbsent(w, k -> new Node());
            }
            node.cats |= cats;
        }
    }

    Matches match(Tokens t) {
        Matches m = new Matches(t.n);
        int i = 0;
        while (i < t.n) {
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
