package io.grapevine.dedupe.extraction;

import io.grapevine.reference.TextWords;
import io.grapevine.reference.WordIndex;

/**
 * Hands the words of a text, as {@link Tokens} has read them, over to the reference matchers (the club gazetteer and
 * the source catalogue), so that they neither scan the text again nor look up a word whose ids the thread's
 * {@link Tokens.RecentWords} remember. The matchers cut words differently ("Saint-Germain" is one token here and two
 * words there; the {@code 's} token is their word "s"), so each token gives the words their own scan would find
 * ({@link TextWords}); where the two cannot agree (a stray combining mark, a handle glued to a word) nothing is
 * handed over and the matchers scan the text themselves.
 */
final class MatcherWords {

    private final Tokens t;
    private final TextWords w;
    private final char[] chars;
    /** Whether the ids the tokens took from their slots are for other indexes (they are then looked up). */
    private final boolean stale;
    /** Where the last word added ends. */
    private int lastEnd = -1;

    private MatcherWords(Tokens t, TextWords w, boolean stale) {
        this.t = t;
        this.w = w;
        this.chars = t.chars();
        this.stale = stale;
    }

    /**
     * Hands {@code t}'s words over for the matchers of the two indexes to read {@code t.text} on this thread; false
     * when they will scan it themselves.
     */
    static boolean handOver(Tokens t, WordIndex clubWords, WordIndex sourceWords) {
        TextWords w = TextWords.given(t.text, clubWords, sourceWords);
        if (w == null) {
            return false;
        }
        boolean stale = rememberFor(t.recent, 0, clubWords) | rememberFor(t.recent, 1, sourceWords);
        if (!new MatcherWords(t, w, stale).cut()) {
            w.abandon();
            return false;
        }
        return true;
    }

    /** Makes the slots remember ids in this index; true when they remembered another one's until now. */
    private static boolean rememberFor(Tokens.RecentWords recent, int which, WordIndex index) {
        if (recent.matcherIndexes[which] == index) {
            return false;
        }
        recent.forget(Tokens.RecentWords.MATCHER + which);
        recent.matcherIndexes[which] = index;
        return true;
    }

    /** Adds the matchers' words of every token; false where the two tokenizations cannot agree. */
    private boolean cut() {
        for (int i = 0; i < t.n; i++) {
            int s = t.start[i];
            int e = t.end[i];
            byte type = t.type[i];
            if (type == Tokens.PUNCT) {
                char c = chars[s];
                if (TextWords.wordChar(c) && (s == lastEnd || Character.getType(c) != Character.NON_SPACING_MARK)
                        || (c == '#' || c == '@') && e < chars.length && TextWords.wordChar(chars[e])) {
                    // a mark that goes on with a word or starts one there (a variation selector after an emoji
                    // starts none), or a tag the tokenizer does not see
                    return false;
                }
            } else if (type == Tokens.HANDLE) {
                if (s > 0 && (TextWords.wordChar(chars[s - 1]) || chars[s - 1] == '_')
                        || e < chars.length && (TextWords.wordChar(chars[e]) || chars[e] == '_')) {
                    return false; // "name@host", or a tag that goes on with a mark
                }
                lookUp(w.add(s, e, true, false, 0));
                lastEnd = e;
            } else if ((type == Tokens.WORD || type == Tokens.NUM) && (t.shape[i] & Tokens.ONE_RUN) != 0) {
                if (s == lastEnd) {
                    return false; // the matchers' scan joins it to the word before ("'s1")
                }
                boolean plain = (t.shape[i] & Tokens.ASCII_FOLD) != 0;
                // the hash serves only to look the word up, not needed when its slot knows both ids
                boolean known = !stale && t.matcherWords[2 * i] != Tokens.RecentWords.UNKNOWN
                        && t.matcherWords[2 * i + 1] != Tokens.RecentWords.UNKNOWN;
                remembered(w.add(s, e, false, plain, plain && !known ? t.fold[i].hashCode() : 0), i);
                lastEnd = e;
            } else if (!runs(s, e)) {
                return false;
            }
        }
        return true;
    }

    /** The ids of word k, token i's word, as its slot remembered them; looked up and remembered the first time. */
    private void remembered(int k, int i) {
        for (int which = 0; which < 2; which++) {
            int id = stale ? Tokens.RecentWords.UNKNOWN : t.matcherWords[2 * i + which];
            if (id == Tokens.RecentWords.UNKNOWN) {
                t.remember(i, Tokens.RecentWords.MATCHER + which, w.lookUpId(k, which));
            } else {
                w.putId(k, which, id);
            }
        }
    }

    private void lookUp(int k) {
        w.lookUpId(k, 0);
        w.lookUpId(k, 1);
    }

    /**
     * Adds the words of {@code chars[from, to)} as the matchers' own scan cuts them: runs of letters, digits and
     * marks, not starting with a non-spacing mark. False when one would join the word before.
     */
    private boolean runs(int from, int to) {
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (!TextWords.wordChar(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            if (i == lastEnd) {
                return false;
            }
            int begin = i;
            boolean plain = true;
            int h = 0;
            for (; i < to && TextWords.wordChar(chars[i]); i++) {
                char d = chars[i];
                if (d < 0x80) {
                    h = 31 * h + Character.toLowerCase(d);
                } else {
                    plain = false;
                }
            }
            lookUp(w.add(begin, i, false, plain, plain ? h : 0));
            lastEnd = i;
        }
        return true;
    }
}
