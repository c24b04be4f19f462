package io.grapevine.dedupe.extraction;

import io.grapevine.reference.TextFold;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into tokens with offsets, folded forms, capitalisation, sentences and clauses. One pass, no regex.
 *
 * <p>Words are runs of letters and digits, with inner hyphens ("Saint-Germain", "21-year-old") and, between
 * digits, inner dots and commas ("51,3"). An English possessive becomes its own token {@code 's}; a Romance
 * elision is cut after the apostrophe ({@code dell'} + {@code Inter}). {@code @handle} and {@code #tag} are
 * single tokens. Every other character is a punctuation token of its own.
 */
final class Tokens {

    static final byte WORD = 0;
    static final byte NUM = 1;
    static final byte PUNCT = 2;
    static final byte POSS = 3;
    static final byte ELISION = 4;
    static final byte HANDLE = 5;

    /** {@link #shape} bits: a word or number of letters, digits and marks only (no inner hyphen, dot or apostrophe). */
    static final byte ONE_RUN = 1;
    /** {@link #shape} bits: a word folded from ASCII chars only. */
    static final byte ASCII_FOLD = 2;

    private static final WordSet PARTICLES = WordSet.of("van", "de", "der", "den", "da", "di", "dos", "das", "del",
            "von", "ten", "ter", "la", "le", "lo", "el", "al", "mac", "st");

    /**
     * Italian and French elisions that open a sentence with a capital ("All'Atalanta andranno ...", "C'est
     * officiel"), unlike names (O'Shea, N'Golo).
     */
    private static final WordSet CAPITAL_ELISIONS = WordSet.of("all", "dall", "dell", "nell", "sull", "coll", "un", "c", "j", "qu",
            "quell");

    /** Abbreviations whose dot ends no sentence ("FC St. Pauli", "55 Mio. Euro"). */
    private static final WordSet ABBREVIATIONS = WordSet.of("st", "mio", "mrd", "dr", "mr", "mrs", "jr", "ca", "nr", "vs");

    static final WordSet CLAUSE_WORDS = WordSet.of("while", "whereas", "but", "although", "though",
            "mentre", "ma", "pero", "mientras", "aber", "wahrend", "doch", "mas", "enquanto", "mais", "tandis",
            "cependant", "pourtant");

    final String text;
    /** The text's chars, read directly: faster than {@code charAt} on a string with chars beyond Latin-1. */
    private final char[] chars;
    int n;
    int[] start;
    int[] end;
    String[] fold;
    byte[] type;
    /** Per token, {@link #ONE_RUN} and {@link #ASCII_FOLD} bits (what {@link MatcherWords} needs to know of a word). */
    byte[] shape;
    boolean[] cap;
    int[] sent;
    int[] clause;
    int sentences;
    int clauses;
    int[] sentStart = new int[16];
    int[] clauseStart;
    boolean[] lineBefore;
    /**
     * Per token, what {@link RecentWords} knew of its word when the token was read (one visit to the word's slot,
     * instead of one per pass over the tokens): its id in the lexicons or {@link RecentWords#UNKNOWN} until
     * {@link Lexicon} looks it up; its {@link WordTraits} or 0 until {@link #traits} works them out; its
     * {@link SimHash#wordHash} when plain, else 0; and (two per token) its ids in the reference matchers' indexes,
     * or {@link RecentWords#UNKNOWN}.
     */
    int[] lexiconWords;
    int[] wordTraits;
    long[] wordHash;
    int[] matcherWords;
    int[] lexiconFirstWords;

    private Tokens(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        int cap0 = Math.max(16, text.length() / 4);
        start = new int[cap0];
        end = new int[cap0];
        fold = new String[cap0];
        type = new byte[cap0];
        shape = new byte[cap0];
        cap = new boolean[cap0];
        lineBefore = new boolean[cap0];
        recentSlot = new int[cap0];
        lexiconWords = new int[cap0];
        wordTraits = new int[cap0];
        wordHash = new long[cap0];
        matcherWords = new int[2 * cap0];
        if (recent.lexiconWords != Lexicon.wordCount()) {
            recent.forget(RecentWords.LEXICON); // numbered before a lexicon grew
            recent.lexiconWords = Lexicon.wordCount();
        }
    }

    static boolean isParticle(String folded) {
        return PARTICLES.contains(folded);
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        t.scan();
        t.segment();
        return t;
    }

    private void add(int s, int e, byte ty) {
        add(s, e, ty, false);
    }

    private void add(int s, int e, byte ty, boolean oneRun) {
        if (n == start.length) {
            int m = n * 2;
            start = Arrays.copyOf(start, m);
            end = Arrays.copyOf(end, m);
            fold = Arrays.copyOf(fold, m);
            type = Arrays.copyOf(type, m);
            shape = Arrays.copyOf(shape, m);
            cap = Arrays.copyOf(cap, m);
            lineBefore = Arrays.copyOf(lineBefore, m);
            recentSlot = Arrays.copyOf(recentSlot, m);
            lexiconWords = Arrays.copyOf(lexiconWords, m);
            wordTraits = Arrays.copyOf(wordTraits, m);
            wordHash = Arrays.copyOf(wordHash, m);
            matcherWords = Arrays.copyOf(matcherWords, 2 * m);
        }
        start[n] = s;
        end[n] = e;
        type[n] = ty;
        char c0 = chars[s];
        cap[n] = c0 < 0x80 ? c0 >= 'A' && c0 <= 'Z' : Character.isUpperCase(c0) || Character.isTitleCase(c0);
        recentSlot[n] = -1;
        foldedAscii = false;
        fold[n] = ty == PUNCT ? punct(s, e) : (ty == POSS ? "'s" : foldWord(s, e));
        shape[n] = (byte) ((oneRun ? ONE_RUN : 0) | (foldedAscii ? ASCII_FOLD : 0));
        int slot = recentSlot[n];
        if (slot >= 0) {
            int[] info = recent.info;
            int at = slot * RecentWords.INFO;
            lexiconWords[n] = info[at + RecentWords.LEXICON];
            wordTraits[n] = info[at + RecentWords.TRAITS];
            matcherWords[2 * n] = info[at + RecentWords.MATCHER];
            matcherWords[2 * n + 1] = info[at + RecentWords.MATCHER + 1];
            wordHash[n] = slot < RecentWords.WORDS ? recent.packedAndHash[2 * slot + 1] : 0;
        } else {
            lexiconWords[n] = RecentWords.UNKNOWN;
            wordTraits[n] = 0;
            matcherWords[2 * n] = RecentWords.UNKNOWN;
            matcherWords[2 * n + 1] = RecentWords.UNKNOWN;
            wordHash[n] = 0;
        }
        n++;
    }

    private static final String[] ASCII = new String[128];
    /** Per ASCII char, whether it is a letter or a digit; and whether it is white space or a space char. */
    private static final boolean[] ASCII_ALNUM = new boolean[128];
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
            ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private static boolean letterOrDigit(char c) {
        return c < 0x80 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
    }

    private String punct(int s, int e) {
        char c = chars[s];
        if (e == s + 1 && c < 0x80) {
            recentSlot[n] = RecentWords.WORDS + c;
            return ASCII[c];
        }
        return text.substring(s, e);
    }

    private char[] buf = new char[32];
    /** Whether the last {@link #foldWord} folded ASCII chars only. */
    private boolean foldedAscii;

    /**
     * Per thread, the folded words seen recently, by hash: the common words of transfer writing come back in every
     * text, and reusing their strings saves the allocation and, as a string caches its hash, every later hashing.
     * Each slot also remembers what is known about its word, so that it is worked out once per distinct word rather
     * than once per token: its id in the lexicons ({@link Lexicon}), its {@link WordTraits}, its ids in the reference
     * matchers' indexes ({@link MatcherWords}) and its fingerprint hash ({@link SimHash}). Single ASCII punctuation
     * characters have fixed slots after the words'. What a slot knows is kept side by side ({@link #info}), so that
     * a token's visit to its slot reads one or two cache lines rather than one per array.
     */
    static final class RecentWords {
        /**
         * Slots (one word each, by hash): room for the distinct words of many texts, so that few are pushed out by
         * a collision and worked out again (a quarter of this measured ~5% slower on the benchmark's articles).
         */
        static final int WORDS = 16384;
        static final int UNKNOWN = Integer.MIN_VALUE;

        private static final ThreadLocal<RecentWords> OF_THREAD = ThreadLocal.withInitial(RecentWords::new);

        /** The fields of a slot in {@link #info}: its lexicon id, its traits, its ids in the two matchers' indexes. */
        static final int LEXICON = 0;
        static final int TRAITS = 1;
        static final int MATCHER = 2;
        static final int INFO = 4;

        final String[] words = new String[WORDS];
        /**
         * Per slot, two longs: a word of up to 8 ASCII chars packed into a long (7 bits a char, the length on top), so
         * that a repeated short word is recognised without reading the string, or 0 for a longer word; then the
         * word's {@link SimHash#wordHash} when it is one run of ASCII letters and digits, else 0.
         */
        final long[] packedAndHash = new long[2 * WORDS];
        /**
         * Per slot, {@link #INFO} ints: the word's id in the lexicons; its {@link WordTraits}, or 0 until they are
         * needed; its ids in the two indexes of the reference matchers (the gazetteer's and the catalogue's, see
         * {@link #matcherIndexes}). Ids are {@link #UNKNOWN} until looked up.
         */
        final int[] info = new int[(WORDS + 128) * INFO];
        /** Per slot, the word as the text spelled it when that had chars beyond ASCII, else null. */
        final String[] spellings = new String[WORDS];
        /** The size of the lexicons' numbering when the lexicon ids were remembered. */
        int lexiconWords = -1;
        /** The indexes whose ids the slots remember ({@link MatcherWords}). */
        final Object[] matcherIndexes = new Object[2];

        RecentWords() {
            forget(LEXICON);
            forget(MATCHER);
            forget(MATCHER + 1);
        }

        /** Forgets one field of every slot (an id). */
        void forget(int field) {
            for (int at = field; at < info.length; at += INFO) {
                info[at] = UNKNOWN;
            }
        }

        /** The slot of a word by its hash (the high bits folded in: short words differ mostly in the low ones). */
        static int slotOf(int hash) {
            return (hash ^ (hash >>> 12)) & (WORDS - 1);
        }

        void remember(int slot, String word, String spelling, long packedWord, long wordHash) {
            words[slot] = word;
            spellings[slot] = spelling;
            packedAndHash[2 * slot] = packedWord;
            packedAndHash[2 * slot + 1] = wordHash;
            int at = slot * INFO;
            info[at + LEXICON] = UNKNOWN;
            info[at + TRAITS] = 0;
            info[at + MATCHER] = UNKNOWN;
            info[at + MATCHER + 1] = UNKNOWN;
        }

        /** Whether the slot still holds this very string (punctuation slots never change). */
        boolean holds(int slot, String word) {
            return slot >= WORDS || words[slot] == word;
        }
    }

    final RecentWords recent = RecentWords.OF_THREAD.get();
    /** Per token, its slot in {@link RecentWords}, or -1. */
    int[] recentSlot;

    /** {@code TextFold.fold} of a word, with typographic apostrophes made plain; plain ASCII is just lower-cased. */
    private String foldWord(int s, int e) {
        int len = e - s;
        int h = 0;
        long packed = len;
        for (int k = s; k < e; k++) {
            char c = chars[k];
            if (c >= 0x80) {
                return foldAccented(s, e);
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            h = 31 * h + lower;
            packed = packed << 7 | lower;
        }
        if (len > 8) {
            packed = 0; // too long to pack: compared char by char
        }
        foldedAscii = true;
        int slot = RecentWords.slotOf(h);
        recentSlot[n] = slot;
        if (packed != 0 ? recent.packedAndHash[2 * slot] == packed : sameWord(recent.words[slot], s, len)) {
            return recent.words[slot];
        }
        // a word the slot does not hold: folded into the buffer, made a string and remembered
        if (buf.length < len) {
            buf = new char[len * 2];
        }
        boolean plain = true;
        for (int k = 0; k < len; k++) {
            char c = chars[s + k];
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            buf[k] = lower;
            plain &= ASCII_ALNUM[lower];
        }
        String word = new String(buf, 0, len);
        recent.remember(slot, word, null, packed, plain ? SimHash.wordHash(buf, len) : 0);
        return word;
    }

    /** {@link #foldWord} of a word with a char beyond ASCII: remembered by its exact spelling in the text. */
    private String foldAccented(int s, int e) {
        int h = 0;
        for (int p = s; p < e; p++) {
            h = 31 * h + chars[p];
        }
        int slot = RecentWords.slotOf(h);
        recentSlot[n] = slot;
        String spelling = recent.spellings[slot];
        if (spelling != null && spelling.length() == e - s && text.startsWith(spelling, s)) {
            return recent.words[slot];
        }
        spelling = text.substring(s, e);
        String word = TextFold.fold(spelling.replace('’', '\''));
        char[] chars = word.toCharArray();
        boolean plain = true;
        for (char c : chars) {
            plain &= c < 0x80 && ASCII_ALNUM[c];
        }
        recent.remember(slot, word, spelling, 0, plain ? SimHash.wordHash(chars, chars.length) : 0);
        return word;
    }

    /** Whether {@code word} is the lower-cased ASCII word of {@code chars[s, s + len)}. */
    private boolean sameWord(String word, int s, int len) {
        if (word == null || word.length() != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char c = chars[s + k];
            if (word.charAt(k) != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private void scan() {
        char[] s = chars;
        int len = s.length;
        int i = 0;
        boolean newline = false;
        while (i < len) {
            char c = s[i];
            if (c < 0x80 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                newline |= c == '\n';
                i++;
                continue;
            }
            if (newline && n < lineBefore.length) {
                lineBefore[n] = true; // the next token added starts after a line break
            }
            newline = false;
            if ((c == '@' || c == '#') && i + 1 < len && (Character.isLetterOrDigit(s[i + 1]) || s[i + 1] == '_')) {
                int j = i + 1;
                while (j < len && (Character.isLetterOrDigit(s[j]) || s[j] == '_')) {
                    j++;
                }
                add(i, j, HANDLE);
                i = j;
                continue;
            }
            if (letterOrDigit(c)) {
                int j = i;
                boolean digits = Character.isDigit(c);
                boolean oneRun = true;
                while (j < len) {
                    char d = s[j];
                    if (d < 0x80 ? ASCII_ALNUM[d] : Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '-' || d == '‑') && j + 1 < len && Character.isLetterOrDigit(s[j + 1])) {
                        oneRun = false;
                        j++;
                    } else if ((d == '.' || d == ',') && Character.isDigit(s[j - 1]) && j + 1 < len
                            && Character.isDigit(s[j + 1])) {
                        oneRun = false;
                        j++;
                    } else if (apostrophe(d) && j + 1 < len && Character.isLetter(s[j + 1])) {
                        // possessive 's, elision l'/dell'/d', or a name (O'Shea, N'Golo)
                        boolean possessive = (s[j + 1] == 's' || s[j + 1] == 'S')
                                && (j + 2 >= len || !Character.isLetter(s[j + 2]));
                        if (possessive) {
                            add(i, j, digits ? NUM : WORD, oneRun);
                            add(j, j + 2, POSS);
                            i = j + 2;
                            j = -1;
                            break;
                        }
                        boolean elision = j - i <= 5 && (Character.isLowerCase(s[i])
                                || CAPITAL_ELISIONS.contains(text.substring(i, j).toLowerCase(Locale.ROOT)));
                        if (elision || (j - i <= 2 && (s[i] == 'L' || s[i] == 'D'))) {
                            add(i, j + 1, ELISION);
                            i = j + 1;
                            j = -1;
                            break;
                        }
                        oneRun = false;
                        j++;
                    } else {
                        break;
                    }
                }
                if (j < 0) {
                    continue;
                }
                add(i, j, digits ? NUM : WORD, oneRun);
                i = j;
                continue;
            }
            if (apostrophe(c) && i + 1 < len && (s[i + 1] == 's' || s[i + 1] == 'S')
                    && (i + 2 >= len || !Character.isLetter(s[i + 2])) && n > 0 && end[n - 1] == i) {
                add(i, i + 2, POSS); // "Reds' " handled as plain apostrophe; "Spurs's" rare
                i += 2;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            int w = Character.charCount(cp);
            add(i, i + w, PUNCT);
            i += w;
        }
    }

    private void segment() {
        sent = new int[n];
        clause = new int[n];
        int sIdx = 0;
        int cIdx = 0;
        sentStart[0] = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                boolean newSentence = false;
                boolean newClause = false;
                // a line break ends a sentence
                if (lineBefore[k]) {
                    newSentence = true;
                }
                char prev = punctuation(k - 1);
                if (prev == '•') {
                    newSentence = true; // a list's items
                }
                if ((prev == '.' || prev == '!' || prev == '?' || prev == '…') && start[k] > end[k - 1]
                        && !(prev == '.' && k > 1 && ABBREVIATIONS.contains(fold[k - 2]) && end[k - 2] == start[k - 1])) {
                    char c = chars[start[k]];
                    if (Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\''
                            || c == '[' || c == '(' || c == '@' || c == '#' || !Character.isLetter(c)) {
                        newSentence = true;
                    }
                }
                if (!newSentence) {
                    if (prev == ';' || prev == ':' || prev == '—' || prev == '–' || prev == '|') {
                        newClause = true;
                    } else if (type[k] == WORD && !cap[k] && (traits(k) & WordTraits.CLAUSE) != 0) {
                        newClause = true;
                    } else if (type[k] == WORD && prev == ',' && (fold[k].equals("with") || fold[k].equals("who")
                            || fold[k].equals("which") || fold[k].equals("having"))) {
                        newClause = true;
                    }
                }
                if (newSentence) {
                    sIdx++;
                    if (sIdx == sentStart.length) {
                        sentStart = Arrays.copyOf(sentStart, sIdx * 2);
                    }
                    sentStart[sIdx] = k;
                    cIdx++;
                } else if (newClause) {
                    cIdx++;
                }
            }
            sent[k] = sIdx;
            clause[k] = cIdx;
        }
        sentences = n == 0 ? 0 : sIdx + 1;
        clauses = n == 0 ? 0 : cIdx + 1;
        indexClauses();
    }

    private void indexClauses() {
        clauseStart = new int[clauses + 1];
        for (int k = n - 1; k >= 0; k--) {
            clauseStart[clause[k]] = k; // clause ids grow by one from token to token
        }
        clauseStart[clauses] = n;
    }

    /** Starts a new clause at each token flagged (inside its sentence; a flag on a clause's first token is ignored). */
    void splitClauses(boolean[] at) {
        int added = 0;
        int previous = -1; // the clause of token k - 1 before the split
        for (int k = 0; k < n; k++) {
            int own = clause[k];
            if (at[k] && own == previous) {
                added++;
            }
            previous = own;
            clause[k] = own + added;
        }
        if (added > 0) {
            clauses += added;
            indexClauses();
        }
    }

    /** The text's chars (read, never written). */
    char[] chars() {
        return chars;
    }

    /** The character of a one-character punctuation token; 0 for any other token. */
    private char punctuation(int k) {
        return type[k] == PUNCT && end[k] == start[k] + 1 ? chars[start[k]] : 0;
    }

    /** The {@link WordTraits} of token i's word, remembered per thread with the word. */
    int traits(int i) {
        int known = wordTraits[i];
        if (known == 0) {
            int slot = recentSlot[i];
            boolean remembered = slot >= 0 && recent.holds(slot, fold[i]);
            known = remembered ? recent.info[slot * RecentWords.INFO + RecentWords.TRAITS] : 0;
            if (known == 0) {
                known = WordTraits.of(fold[i]);
                if (remembered) {
                    recent.info[slot * RecentWords.INFO + RecentWords.TRAITS] = known;
                }
            }
            wordTraits[i] = known;
        }
        return known;
    }

    /** Whether token i's word has a trait ({@link WordTraits#AND}, {@link WordTraits#DETERMINER} ...). */
    boolean is(int i, int trait) {
        return (traits(i) & trait) != 0;
    }

    /** Remembers a field ({@link RecentWords#info}) of token i's word in its slot, if the slot still holds the word. */
    void remember(int i, int field, int value) {
        int slot = recentSlot[i];
        if (slot >= 0 && recent.holds(slot, fold[i])) {
            recent.info[slot * RecentWords.INFO + field] = value;
        }
    }

    /**
     * {@link SimHash#wordHash} of token i's word when it is one run of ASCII letters and digits, as remembered with
     * the word; 0 otherwise (the caller hashes the word itself).
     */
    long plainWordHash(int i) {
        return wordHash[i];
    }

    /** Whether a currency sign and a number start at token k ("£" "65m"). */
    boolean sumAt(int k) {
        String f = fold[k];
        return (f.equals("£") || f.equals("€") || f.equals("$")) && k + 1 < n && type[k + 1] == NUM;
    }

    /** Index of the token that contains or follows the char offset. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) {
                lo = mid + 1;
            } else if (start[mid] > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return lo;
    }

    /** The original text of sentence {@code s}, trimmed. */
    String sentenceText(int s) {
        int a = sentStart[s];
        int b = s + 1 < sentences ? sentStart[s + 1] - 1 : n - 1;
        return text.substring(start[a], end[b]).strip();
    }

    /** First token of clause {@code c}; a clause is a contiguous run of tokens inside one sentence. */
    int clauseFirst(int c) {
        return clauseStart[c];
    }

    int clauseLast(int c) {
        return clauseStart[c + 1] - 1;
    }

    int sentenceFirst(int s) {
        return sentStart[s];
    }

    int sentenceLast(int s) {
        return s + 1 < sentences ? sentStart[s + 1] - 1 : n - 1;
    }
}
