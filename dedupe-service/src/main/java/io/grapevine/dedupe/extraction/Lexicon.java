package io.grapevine.dedupe.extraction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Phrases (folded word sequences) mapped to a bit set of categories, matched over {@link Tokens} greedily, longest
 * phrase first, without overlaps. Immutable after construction; thread-safe.
 *
 * <p>The lexicons are built while {@link Vocabulary} initialises. They share one numbering of their words, so a
 * text's words are looked up once for all of them, and their tries step from word id to word id without hashing
 * or comparing strings.
 */
final class Lexicon {

    /** Every word of every phrase, numbered in order of first appearance. */
    private static final Map<String, Integer> WORD_IDS = new HashMap<>();
    /** Per word id, one bit for each lexicon that has a phrase starting with the word. */
    private static int[] firstWordOf = new int[64];
    private static int count;

    /** A trie node; children are kept sorted by word id (a few are scanned, more are binary-searched). */
    private static final class Node {
        private static final int[] NO_KEYS = {};
        private static final Node[] NO_NODES = {};

        int[] keys = NO_KEYS;
        Node[] children = NO_NODES;
        long cats;
        /**
         * One bit per child, at its word id modulo 64: most words of a text continue no phrase, and a clear bit
         * says so without searching the keys.
         */
        long childBits;

        Node child(int word) {
            if ((childBits & 1L << word) == 0) {
                return null;
            }
            if (keys.length <= 8) {
                for (int k = 0; k < keys.length; k++) {
                    if (keys[k] == word) {
                        return children[k];
                    }
                }
                return null;
            }
            int at = Arrays.binarySearch(keys, word);
            return at >= 0 ? children[at] : null;
        }

        Node childOrCreate(int word) {
            int at = Arrays.binarySearch(keys, word);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Node created = new Node();
            childBits |= 1L << word;
            keys = insertAt(keys, insert, word);
            Node[] grown = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(children, insert, grown, insert + 1, children.length - insert);
            grown[insert] = created;
            children = grown;
            return created;
        }

        private static int[] insertAt(int[] a, int at, int v) {
            int[] grown = Arrays.copyOf(a, a.length + 1);
            System.arraycopy(a, at, grown, at + 1, a.length - at);
            grown[at] = v;
            return grown;
        }
    }

    /**
     * Matches over one token sequence: per token the categories of a phrase starting/ending there. Each lexicon
     * reuses one per thread (they are the extractor's largest per-text arrays): a result is valid until the same
     * lexicon matches again on the same thread.
     */
    static final class Matches {
        long[] startCats;
        int[] startEnd;
        long[] endCats;
        int[] endStart;
        private int n;
        /** The entries written since the last reset (all others are zero), so that a reset clears only those. */
        private int[] written = new int[64];
        private int writes;

        Matches(int capacity) {
            startCats = new long[capacity];
            startEnd = new int[capacity];
            endCats = new long[capacity];
            endStart = new int[capacity];
        }

        /** Empties the first n entries, growing the arrays if they are shorter. */
        private void reset(int tokens) {
            if (startCats.length < tokens) {
                int capacity = Math.max(tokens, startCats.length * 2);
                startCats = new long[capacity];
                startEnd = new int[capacity];
                endCats = new long[capacity];
                endStart = new int[capacity];
            } else {
                for (int w = 0; w < writes; w++) {
                    int i = written[w];
                    startCats[i] = 0;
                    startEnd[i] = 0;
                    endCats[i] = 0;
                    endStart[i] = 0;
                }
            }
            writes = 0;
            n = tokens;
        }

        private void put(int first, int last, long cats) {
            if (writes + 2 > written.length) {
                written = Arrays.copyOf(written, written.length * 2);
            }
            written[writes++] = first;
            written[writes++] = last;
            startCats[first] = cats;
            startEnd[first] = last;
            endCats[last] |= cats;
            endStart[last] = first;
        }

        boolean startsAt(int i, long cat) {
            return i >= 0 && i < n && (startCats[i] & cat) != 0;
        }

        boolean endsAt(int i, long cat) {
            return i >= 0 && i < n && (endCats[i] & cat) != 0;
        }
    }

    /** This lexicon's bit in {@link #firstWordOf}. */
    private final int bit;

    Lexicon() {
        if (count == Integer.SIZE) {
            throw new IllegalStateException("at most " + Integer.SIZE + " lexicons share the numbering of words");
        }
        bit = 1 << count++;
    }

    private final ThreadLocal<Matches> matchesOfThread = ThreadLocal.withInitial(() -> new Matches(1024));

    /** The trie: its first level indexed by word id, the levels below searched in each node's sorted ids. */
    private Node[] byFirstWord = new Node[64];

    /** The number of words the lexicons' phrases have (their ids are below it). */
    static int wordCount() {
        return WORD_IDS.size();
    }

    /**
     * Per token, the id of its word in the lexicons, or -1 for a word no phrase has: looked up for the words the
     * thread's {@link Tokens.RecentWords} did not know yet, once per text.
     */
    private static int[] wordIds(Tokens t) {
        if (t.lexiconFirstWords == null) {
            int[] ids = t.lexiconWords;
            int[] firstWords = new int[t.n];
            for (int i = 0; i < t.n; i++) {
                int id = ids[i];
                if (id == Tokens.RecentWords.UNKNOWN) {
                    Integer known = WORD_IDS.get(t.fold[i]);
                    id = known == null ? -1 : known;
                    ids[i] = id;
                    t.remember(i, Tokens.RecentWords.LEXICON, id);
                }
                firstWords[i] = id < 0 ? 0 : firstWordOf[id];
            }
            t.lexiconFirstWords = firstWords;
        }
        return t.lexiconWords;
    }

    private static int wordId(String word) {
        Integer id = WORD_IDS.get(word);
        if (id == null) {
            id = WORD_IDS.size();
            WORD_IDS.put(word, id);
            if (id == firstWordOf.length) {
                firstWordOf = Arrays.copyOf(firstWordOf, id * 2);
            }
        }
        return id;
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
            if (words.isEmpty()) {
                continue;
            }
            int first = wordId(words.get(0));
            if (first >= byFirstWord.length) {
                byFirstWord = Arrays.copyOf(byFirstWord, Math.max(first + 1, byFirstWord.length * 2));
            }
            if (byFirstWord[first] == null) {
                byFirstWord[first] = new Node();
            }
            firstWordOf[first] |= bit;
            Node node = byFirstWord[first];
            for (int w = 1; w < words.size(); w++) {
                node = node.childOrCreate(wordId(words.get(w)));
            }
            node.cats |= cats;
        }
    }

    Matches match(Tokens t) {
        Matches m = matchesOfThread.get();
        m.reset(t.n);
        int[] ids = wordIds(t);
        int i = 0;
        while (i < t.n) {
            if ((t.lexiconFirstWords[i] & bit) == 0) {
                i++;
                continue;
            }
            int id = ids[i];
            Node node = null;
            int bestEnd = -1;
            long bestCats = 0;
            for (int k = i; k < t.n; k++) {
                if (t.type[k] == Tokens.PUNCT && !t.fold[k].equals("'")) {
                    break;
                }
                if (k > i && t.clause[k] != t.clause[i]) {
                    break;
                }
                node = k == i ? byFirstWord[id] : ids[k] < 0 ? null : node.child(ids[k]);
                if (node == null) {
                    break;
                }
                if (node.cats != 0) {
                    bestEnd = k;
                    bestCats = node.cats;
                }
            }
            if (bestEnd >= 0) {
                m.put(i, bestEnd, bestCats);
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return m;
    }
}
