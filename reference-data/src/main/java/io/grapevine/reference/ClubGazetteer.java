package io.grapevine.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The club gazetteer: every club of {@code reference/clubs.json} with its aliases, and a fast matcher that finds
 * club mentions in running text.
 *
 * <h2>Look-ups</h2>
 * {@link #lookup(String)} and {@link #resolveUnambiguous(String)} compare phrases by their folded word sequence:
 * case, accents and punctuation do not matter ("Bayern München" = "bayern munchen", "Barça" = "BARCA",
 * "Paris Saint-Germain" = "paris saint germain", "Man. Utd" = "man utd"). German umlauts may also be written
 * {@code ae/oe/ue} ("Bayern Muenchen"). A hashtag or handle keeps its {@code #}/{@code @} ("#LFC" is not "LFC").
 *
 * <h2>Mentions in text</h2>
 * {@link #findMentions(String)} scans a text once. Words are runs of letters and digits (apostrophes, hyphens, dots
 * and slashes separate words, so "Liverpool's" contains "Liverpool" and "l'Inter" contains "Inter"); a {@code #} or
 * {@code @} directly before a word starts a hashtag/handle, which may also contain {@code _}. Alias word sequences
 * sit in a trie keyed by folded words; at each word the longest alias that matches wins and the scan resumes after
 * it, so "Inter Milan" is one mention (not "Inter" + "Milan") and "Manchester United" is not "Manchester". A match
 * never starts or ends inside a word: "Romano" does not contain "Roma", "interest" does not contain "Inter".
 *
 * <p><b>Case rule.</b> How an alias is written in {@code clubs.json} is how it must be capitalised in text, word by
 * word:
 * <ul>
 *   <li>a word written all in lower case ("the", "los", "die", "i", "nerazzurri", "blaugrana") matches in any case;
 *   <li>a word written with a capital ("Inter", "Reds", "Roma") matches only a word that starts with a capital
 *       (so "Inter" and "INTER" match, "inter alia" does not);
 *   <li>a word of two or more letters written all in capitals ("PSG", "OM", "BVB") matches only an all-capitals
 *       word ("om" or "Om" do not match "OM");
 *   <li>numbers, hashtags and handles match in any case ("#lfc" = "#LFC").
 * </ul>
 * So "the Reds" matches "The Reds" and "the Reds" but not "the reds", and the Italian "i nerazzurri" matches in
 * any case. {@link #lookup(String)} ignores this rule.
 *
 * <p><b>Ambiguity.</b> A mention is flagged {@link ClubMention#ambiguous() ambiguous} when its phrase is listed
 * among a club's {@link Club#ambiguous()} names or belongs to more than one club. A few non-club phrases that
 * contain a club alias ("United States", "Porto Alegre", "sporting director", "The Athletic", ...) are consumed
 * without yielding a mention.
 *
 * <p>Instances are immutable and thread-safe; {@link #load()} returns a shared instance.
 */
public final class ClubGazetteer {

    /** Classpath location of the data file. */
    public static final String RESOURCE = "/reference/clubs.json";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Phrases that contain an alias but are not a club; consumed without a mention (same case rule). */
    private static final List<String> NON_CLUB_PHRASES = List.of(
            "United States", "United States of America", "United Kingdom", "United Nations", "United Arab Emirates",
            "United Airlines", "Manchester Airport", "Porto Alegre", "Inter alia", "The Athletic",
            "sporting director", "sporting directors", "Sporting Director", "Real Federación Española de Fútbol",
            "Real Federación", "Standard Chartered", "Buckingham Palace", "City of London", "City Council",
            "Celtic Sea", "Red Bull Racing", "Villa Park", "Santos Laguna", "Derby Day");

    private static final byte ANY = 0;
    private static final byte CAP = 1;
    private static final byte UPPER = 2;

    private static final byte TEXT_FIRST_UPPER = 1;
    private static final byte TEXT_ALL_UPPER = 2;
    /** Case flags of a word not looked at yet (see {@link Tokens#textCase(int)}). */
    private static final byte TEXT_CASE_UNKNOWN = -1;

    private final List<Club> clubs;
    private final Map<String, Club> byId;
    private final Map<String, List<Club>> byKey;
    private final Set<String> ambiguousKeys;
    private final WordTrie<Phrase> trie = new WordTrie<>();
    private final Club[] clubIndex;

    private ClubGazetteer(List<Club> clubs) {
        this.clubs = List.copyOf(clubs);
        Map<String, Club> ids = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (Club c : this.clubs) {
            if (!SLUG.matcher(c.id()).matches()) {
                throw new IllegalArgumentException("club id is not a slug: " + c.id());
            }
            if (ids.put(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate club id: " + c.id());
            }
            index.put(c.id(), index.size());
        }
        this.byId = Collections.unmodifiableMap(ids);

        Map<String, List<Club>> keys = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Club c : this.clubs) {
            int ci = index.get(c.id());
            List<String> plain = new ArrayList<>();
            plain.add(c.name());
            plain.addAll(c.aliases());
            for (String alias : plain) {
                register(alias, c, ci, c.ambiguous().contains(alias), keys, ambiguous);
            }
            for (String alias : c.ambiguous()) {
                register(alias, c, ci, true, keys, ambiguous);
            }
        }
        for (Map.Entry<String, List<Club>> e : keys.entrySet()) {
            if (e.getValue().size() > 1) {
                ambiguous.add(e.getKey());
            }
            e.setValue(List.copyOf(e.getValue()));
        }
        this.byKey = Map.copyOf(keys);
        this.ambiguousKeys = Set.copyOf(ambiguous);
        for (String phrase : NON_CLUB_PHRASES) {
            addEntry(Tokens.of(phrase), new Entry(-1, patternOf(Tokens.of(phrase)), false));
        }
        this.clubIndex = this.clubs.toArray(new Club[0]);
        trie.forEachValue(p -> p.freeze(this.ambiguousKeys, this.clubIndex));
        trie.freeze();
    }

    private void addEntry(Tokens t, Entry e) {
        WordTrie.Node<Phrase> n = trie.add(java.util.Arrays.asList(t.folded).subList(0, t.size));
        if (n.value == null) {
            n.value = new Phrase(t.key());
        }
        n.value.entries.add(e);
    }

    private void register(String alias, Club club, int clubIndex, boolean flagged,
                          Map<String, List<Club>> keys, Set<String> ambiguous) {
        for (String variant : variants(alias)) {
            Tokens t = Tokens.of(variant);
            if (t.size == 0) {
                continue;
            }
            String key = t.key();
            List<Club> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!list.contains(club)) {
                list.add(club);
            }
            if (flagged) {
                ambiguous.add(key);
            }
            addEntry(t, new Entry(clubIndex, patternOf(t), flagged));
        }
    }

    /** The alias itself plus, for German umlauts, its ae/oe/ue spelling. */
    private static List<String> variants(String alias) {
        if (alias.chars().noneMatch(ch -> "äöüÄÖÜ".indexOf(ch) >= 0)) {
            return List.of(alias);
        }
        String t = alias.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        return List.of(alias, t);
    }

    private static byte[] patternOf(Tokens t) {
        byte[] p = new byte[t.size];
        for (int i = 0; i < t.size; i++) {
            p[i] = t.aliasCase[i];
        }
        return p;
    }

    // ------------------------------------------------------------------ loading

    private static final class Holder {
        static final ClubGazetteer INSTANCE = fromClasspath();
    }

    /** The gazetteer of {@code /reference/clubs.json}, loaded once and shared. */
    public static ClubGazetteer load() {
        return Holder.INSTANCE;
    }

    /** Builds a gazetteer from JSON in the format of {@code clubs.json} (an array of clubs). */
    public static ClubGazetteer fromJson(InputStream json) throws IOException {
        List<Club> list = new ObjectMapper().readValue(json, new TypeReference<List<Club>>() { });
        return of(list);
    }

    /** Builds a gazetteer from clubs; ids must be unique slugs. */
    public static ClubGazetteer of(List<Club> clubs) {
        return new ClubGazetteer(clubs);
    }

    private static ClubGazetteer fromClasspath() {
        try (InputStream in = ClubGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    // ------------------------------------------------------------------ look-ups

    /** All clubs, in file order. */
    public List<Club> all() {
        return clubs;
    }

    public Optional<Club> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /**
     * Every club the phrase may denote (name, alias or ambiguous name), in gazetteer order; case-, accent- and
     * punctuation-insensitive. Empty when the phrase is unknown.
     */
    public List<Club> lookup(String alias) {
        if (alias == null) {
            return List.of();
        }
        return byKey.getOrDefault(Tokens.of(alias).key(), List.of());
    }

    /** The club, only when the phrase denotes exactly one club and is not marked ambiguous. */
    public Optional<Club> resolveUnambiguous(String alias) {
        if (alias == null) {
            return Optional.empty();
        }
        String key = Tokens.of(alias).key();
        List<Club> found = byKey.get(key);
        if (found == null || found.size() != 1 || ambiguousKeys.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** True when the phrase is known and may denote several clubs (or a non-club) on its own. */
    public boolean isAmbiguous(String alias) {
        return alias != null && ambiguousKeys.contains(Tokens.of(alias).key());
    }

    // ------------------------------------------------------------------ matcher

    /**
     * Every club mention in {@code text}, left to right, longest match first, without overlaps. See the class
     * documentation for word boundaries and the case rule.
     */
    public List<ClubMention> findMentions(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Tokens t = Tokens.ofText(text, trie.words());
        List<ClubMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            WordTrie.Node<Phrase> n = trie.first(t.word[i]);
            if (n == null) {
                i++;
                continue;
            }
            int bestEnd = -1;
            Phrase best = null;
            int j = i;
            while (true) {
                if (n.value != null && n.value.anyMatches(t, i)) {
                    bestEnd = j;
                    best = n.value;
                }
                if (j + 1 >= t.size) {
                    break;
                }
                WordTrie.Node<Phrase> next = n.child(t.word[j + 1]);
                if (next == null) {
                    break;
                }
                n = next;
                j++;
            }
            if (best == null) {
                i++;
                continue;
            }
            List<Club> candidates = best.candidates(t, i, clubIndex);
            if (!candidates.isEmpty()) {
                int start = t.start[i];
                int end = t.end[bestEnd];
                out.add(new ClubMention(start, end, text.substring(start, end), candidates, best.ambiguous));
            }
            i = bestEnd + 1;
        }
        t.release();
        return out;
    }

    // ------------------------------------------------------------------ internals

    private record Entry(int club, byte[] pattern, boolean flagged) {
        boolean matches(Tokens t, int from) {
            for (int k = 0; k < pattern.length; k++) {
                byte flags = t.textCase(from + k);
                switch (pattern[k]) {
                    case CAP -> {
                        if ((flags & TEXT_FIRST_UPPER) == 0) {
                            return false;
                        }
                    }
                    case UPPER -> {
                        if ((flags & TEXT_ALL_UPPER) == 0) {
                            return false;
                        }
                    }
                    default -> {
                    }
                }
            }
            return true;
        }
    }

    /** The aliases (and non-club phrases) of one folded word sequence: the value of a trie node. */
    private static final class Phrase {
        final String key;
        List<Entry> entries = new ArrayList<>(1);
        Entry[] frozen;
        boolean ambiguous;
        /** The candidates when every entry matches, the usual case: built once. */
        List<Club> allCandidates;

        Phrase(String key) {
            this.key = key;
        }

        void freeze(Set<String> ambiguousKeys, Club[] clubs) {
            frozen = entries.toArray(new Entry[0]);
            entries = null;
            ambiguous = ambiguousKeys.contains(key);
            allCandidates = candidates(null, 0, clubs);
        }

        private boolean allMatch(Tokens t, int from) {
            for (Entry e : frozen) {
                if (!e.matches(t, from)) {
                    return false;
                }
            }
            return true;
        }

        boolean anyMatches(Tokens t, int from) {
            for (Entry e : frozen) {
                if (e.matches(t, from)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Clubs of the entries that match at {@code from} (every entry when {@code t} is null), in gazetteer order;
         * empty for a non-club phrase.
         */
        List<Club> candidates(Tokens t, int from, Club[] clubs) {
            if (t != null && allCandidates != null && allMatch(t, from)) {
                return allCandidates;
            }
            int[] idx = new int[frozen.length];
            int n = 0;
            for (Entry e : frozen) {
                if (t == null || e.matches(t, from)) {
                    if (e.club < 0) {
                        return List.of();
                    }
                    boolean seen = false;
                    for (int k = 0; k < n; k++) {
                        seen |= idx[k] == e.club;
                    }
                    if (!seen) {
                        idx[n++] = e.club;
                    }
                }
            }
            java.util.Arrays.sort(idx, 0, n);
            Club[] res = new Club[n];
            for (int k = 0; k < n; k++) {
                res[k] = clubs[idx[k]];
            }
            return List.of(res);
        }
    }

    /**
     * Words of a text with their offsets, capitalisation and either their folded forms (phrases of the gazetteer)
     * or their ids in the trie's {@link WordIndex} (texts to scan).
     */
    static final class Tokens {
        /** Texts up to this length are tokenized into a per-thread instance, reused from call to call. */
        private static final int REUSE_MAX_LENGTH = 1 << 16;
        private static final ThreadLocal<Tokens> REUSED = ThreadLocal.withInitial(() -> new Tokens(1024, false));

        int size;
        int[] start;
        int[] end;
        /** Phrases only: the folded words. */
        String[] folded;
        /** Texts only: the word ids, {@link WordIndex#NONE} for a word outside the trie. */
        int[] word;
        /** Texts only: the text, while it is scanned. */
        private String text;
        /** The case flags of each word; see {@link #textCase(int)}. */
        private byte[] textCase;
        /** Phrases only: the case rule of each word. */
        byte[] aliasCase;
        private final StringBuilder scratch;

        private Tokens(int capacity, boolean phrase) {
            start = new int[capacity];
            end = new int[capacity];
            textCase = new byte[capacity];
            if (phrase) {
                folded = new String[capacity];
                aliasCase = new byte[capacity];
                scratch = null;
            } else {
                word = new int[capacity];
                scratch = new StringBuilder(32);
            }
        }

        String key() {
            return size == 1 ? folded[0] : String.join(" ", java.util.Arrays.asList(folded).subList(0, size));
        }

        static boolean wordChar(char c) {
            if (c < 0x80) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            }
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }

        /** The words of a phrase, folded. */
        static Tokens of(String s) {
            Tokens t = new Tokens(Math.max(4, s.length() / 5 + 1), true);
            t.scan(s, null);
            return t;
        }

        /**
         * The words of a text to scan, as ids of {@code words}. Valid until the next call on the same thread: the
         * instance is reused.
         */
        static Tokens ofText(String s, WordIndex words) {
            Tokens t = s.length() <= REUSE_MAX_LENGTH ? REUSED.get() : new Tokens(s.length() / 5 + 1, false);
            t.size = 0;
            t.text = s;
            t.scan(s, words);
            return t;
        }

        /** Lets go of the text once it has been matched (the instance may be kept for the thread's next text). */
        void release() {
            text = null;
        }

        /**
         * The {@code TEXT_*} case flags of word {@code k}. In a text they are worked out when first asked for: a
         * match asks for few words.
         */
        byte textCase(int k) {
            byte flags = textCase[k];
            if (flags == TEXT_CASE_UNKNOWN) {
                flags = (byte) (caseOf(text, start[k], end[k]) & (TEXT_FIRST_UPPER | TEXT_ALL_UPPER));
                textCase[k] = flags;
            }
            return flags;
        }

        /** Appends the words of {@code s}: folded (with their case rules) when {@code words} is null, else as ids. */
        private void scan(String s, WordIndex words) {
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                boolean tag = (c == '#' || c == '@') && i + 1 < n
                        && (wordChar(s.charAt(i + 1)) || s.charAt(i + 1) == '_')
                        && (i == 0 || !(wordChar(s.charAt(i - 1)) || s.charAt(i - 1) == '_'));
                if (!tag && (c < 0x80 ? WordIndex.ASCII_WORD_FOLD[c] == 0
                        : !wordChar(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                    i++;
                    continue;
                }
                int begin = i;
                if (tag) {
                    i++;
                }
                // the fold of a plain ASCII word is its lower case, hashed on the way; a tag keeps its '#'/'@'
                // and its '_', so it is folded like words with other characters
                boolean ascii = !tag;
                int hash = 0;
                while (i < n) {
                    char d = s.charAt(i);
                    if (d < 0x80) {
                        char f = WordIndex.ASCII_WORD_FOLD[d];
                        if (f == 0 && !(tag && d == '_')) {
                            break;
                        }
                        hash = 31 * hash + f;
                    } else if (wordChar(d)) {
                        ascii = false;
                    } else {
                        break;
                    }
                    i++;
                }
                if (size == start.length) {
                    grow();
                }
                start[size] = begin;
                end[size] = i;
                if (words == null) {
                    folded[size] = TextFold.fold(s.substring(begin, i));
                    int flags = caseOf(s, begin, i);
                    textCase[size] = (byte) (flags & (TEXT_FIRST_UPPER | TEXT_ALL_UPPER));
                    aliasCase[size] = aliasCase(tag, flags);
                } else {
                    word[size] = ascii ? words.idOfAsciiWord(s, begin, i, hash)
                            : words.idOfWord(s, begin, i, scratch);
                    textCase[size] = TEXT_CASE_UNKNOWN;
                }
                size++;
            }
        }

        /** Beyond the {@code TEXT_*} flags: the word has an upper-case letter, the word has two letters or more. */
        private static final int ANY_UPPER = 4;
        private static final int TWO_LETTERS = 8;

        /**
         * The case of the word {@code s[from, to)}: {@link #TEXT_FIRST_UPPER} when its first letter is upper case,
         * {@link #TEXT_ALL_UPPER} when it has letters and all are, {@link #ANY_UPPER}, {@link #TWO_LETTERS}.
         */
        private static int caseOf(String s, int from, int to) {
            int letters = 0;
            int upper = 0;
            boolean firstUpper = false;
            for (int k = from; k < to; k++) {
                char d = s.charAt(k);
                boolean letter;
                boolean up;
                if (d < 0x80) {
                    up = d >= 'A' && d <= 'Z';
                    letter = up || (d >= 'a' && d <= 'z');
                } else {
                    letter = Character.isLetter(d);
                    up = letter && (Character.isUpperCase(d) || Character.isTitleCase(d));
                }
                if (letter) {
                    if (letters == 0) {
                        firstUpper = up;
                    }
                    letters++;
                    if (up) {
                        upper++;
                    }
                }
            }
            int flags = firstUpper ? TEXT_FIRST_UPPER : 0;
            if (letters > 0 && upper == letters) {
                flags |= TEXT_ALL_UPPER;
            }
            if (upper > 0) {
                flags |= ANY_UPPER;
            }
            if (letters >= 2) {
                flags |= TWO_LETTERS;
            }
            return flags;
        }

        private static byte aliasCase(boolean tag, int flags) {
            if (tag || (flags & ANY_UPPER) == 0) {
                return ANY;
            }
            if ((flags & (TWO_LETTERS | TEXT_ALL_UPPER)) == (TWO_LETTERS | TEXT_ALL_UPPER)) {
                return UPPER;
            }
            return (flags & TEXT_FIRST_UPPER) != 0 ? CAP : ANY;
        }

        private void grow() {
            int cap = size * 2;
            start = java.util.Arrays.copyOf(start, cap);
            end = java.util.Arrays.copyOf(end, cap);
            textCase = java.util.Arrays.copyOf(textCase, cap);
            if (word != null) {
                word = java.util.Arrays.copyOf(word, cap);
            } else {
                folded = java.util.Arrays.copyOf(folded, cap);
                aliasCase = java.util.Arrays.copyOf(aliasCase, cap);
            }
        }
    }
}
