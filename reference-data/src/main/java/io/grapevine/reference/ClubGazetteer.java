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
 * {@link #findMentions(String)} reads the words of a text ({@link TextWords}, one scan shared with the source
 * catalogue). Words are runs of letters and digits (apostrophes, hyphens, dots and slashes separate words, so
 * "Liverpool's" contains "Liverpool" and "l'Inter" contains "Inter"); a {@code #} or {@code @} directly before a
 * word starts a hashtag/handle, which may also contain {@code _}. Alias word sequences
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
            AliasWords words = AliasWords.of(phrase);
            addEntry(words, new Entry(-1, words.caseRules(), false));
        }
        this.clubIndex = this.clubs.toArray(new Club[0]);
        trie.forEachValue(p -> p.freeze(this.ambiguousKeys, this.clubIndex));
        trie.freeze();
    }

    private void addEntry(AliasWords t, Entry e) {
        WordTrie.Node<Phrase> n = trie.add(java.util.Arrays.asList(t.folded()));
        if (n.value == null) {
            n.value = new Phrase(t.key());
        }
        n.value.entries.add(e);
    }

    private void register(String alias, Club club, int clubIndex, boolean flagged,
                          Map<String, List<Club>> keys, Set<String> ambiguous) {
        for (String variant : variants(alias)) {
            AliasWords t = AliasWords.of(variant);
            if (t.size() == 0) {
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
            addEntry(t, new Entry(clubIndex, t.caseRules(), flagged));
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
        return byKey.getOrDefault(AliasWords.of(alias).key(), List.of());
    }

    /** The club, only when the phrase denotes exactly one club and is not marked ambiguous. */
    public Optional<Club> resolveUnambiguous(String alias) {
        if (alias == null) {
            return Optional.empty();
        }
        String key = AliasWords.of(alias).key();
        List<Club> found = byKey.get(key);
        if (found == null || found.size() != 1 || ambiguousKeys.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** True when the phrase is known and may denote several clubs (or a non-club) on its own. */
    public boolean isAmbiguous(String alias) {
        return alias != null && ambiguousKeys.contains(AliasWords.of(alias).key());
    }

    // ------------------------------------------------------------------ matcher

    /** The index of the words of clubs' names, for a tokenizer that hands a text's words over ({@link TextWords#given}). */
    public WordIndex words() {
        return trie.words();
    }

    /**
     * Every club mention in {@code text}, left to right, longest match first, without overlaps. See the class
     * documentation for word boundaries and the case rule.
     */
    public List<ClubMention> findMentions(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TextWords t = TextWords.of(text);
        int[] word = t.ids(trie.words());
        List<ClubMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            Match best = longestAt(t, word, i);
            if (best == null) {
                i++;
                continue;
            }
            if (best.phrase().ambiguous && i + 1 < t.size) {
                // "La Real Sociedad": an ambiguous name ("La Real") gives way to an unambiguous one that starts inside
                // it and goes further ("Real Sociedad")
                Match next = longestAt(t, word, i + 1);
                if (next != null && next.end() > best.end() && !next.phrase().ambiguous) {
                    i++;
                    continue;
                }
            }
            List<Club> candidates = best.phrase().candidates(t, i, clubIndex);
            if (!candidates.isEmpty()) {
                int start = t.start[i];
                int end = t.end[best.end()];
                out.add(new ClubMention(start, end, text.substring(start, end), candidates, best.phrase().ambiguous));
            }
            i = best.end() + 1;
        }
        return out;
    }

    /** A phrase found in a text and the index of its last word. */
    private record Match(Phrase phrase, int end) {
    }

    /** The longest phrase starting at word {@code i} whose case matches, or null. */
    private Match longestAt(TextWords t, int[] word, int i) {
        WordTrie.Node<Phrase> n = trie.first(word[i]);
        Match best = null;
        for (int j = i; n != null; j++) {
            if (n.value != null && n.value.anyMatches(t, i)) {
                best = new Match(n.value, j);
            }
            n = j + 1 < t.size ? n.child(word[j + 1]) : null;
        }
        return best;
    }

    // ------------------------------------------------------------------ internals

    private record Entry(int club, byte[] pattern, boolean flagged) {
        boolean matches(TextWords t, int from) {
            for (int k = 0; k < pattern.length; k++) {
                byte flags = textCase(t, from + k);
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

        private boolean allMatch(TextWords t, int from) {
            for (Entry e : frozen) {
                if (!e.matches(t, from)) {
                    return false;
                }
            }
            return true;
        }

        boolean anyMatches(TextWords t, int from) {
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
        List<Club> candidates(TextWords t, int from, Club[] clubs) {
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

    /** The folded words of an alias or phrase, with the case rule of each ({@link #ANY}, {@link #CAP}, {@link #UPPER}). */
    /** The {@code TEXT_*} case flags of word {@code k} of a text (worked out only for the words a match asks for). */
    private static byte textCase(TextWords t, int k) {
        return (byte) (caseOf(t.text, t.start[k], t.end[k]) & (TEXT_FIRST_UPPER | TEXT_ALL_UPPER));
    }

    private record AliasWords(String[] folded, byte[] caseRules) {
        static AliasWords of(String alias) {
            TextWords w = TextWords.ofPhrase(alias);
            String[] folded = new String[w.size];
            byte[] rules = new byte[w.size];
            for (int k = 0; k < w.size; k++) {
                folded[k] = w.folded(k);
                rules[k] = aliasCase(w.tag[k], caseOf(alias, w.start[k], w.end[k]));
            }
            return new AliasWords(folded, rules);
        }

        int size() {
            return folded.length;
        }

        String key() {
            return String.join(" ", folded);
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
}
