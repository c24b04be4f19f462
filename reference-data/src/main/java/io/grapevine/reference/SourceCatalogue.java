package io.grapevine.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of publishers of transfer news ({@code /reference/sources.json}), with resolution of free-form
 * references (id, name, alias, handle, domain, URL) and detection of sources named in a text.
 *
 * <p>Immutable and thread-safe; {@link #load()} reads the classpath resource once and caches it.
 *
 * <h2>Matching rules for {@link #findMentions(String)}</h2>
 * <ul>
 *   <li>Handles ({@code @FabrizioRomano}) match case-insensitively; domains and URLs ({@code gazzetta.it},
 *       {@code https://www.marca.com/...}) match by host, any sub-domain included; an X/Twitter profile or post URL
       ({@code https://x.com/FabrizioRomano/status/1}) matches the account's source.</li>
 *   <li>Names and aliases match whole words only ("Goal" never matches inside "goalkeeper"), accent-insensitively,
 *       longest first, without overlaps. Separators inside a name may be spaces, hyphens, apostrophes or {@code &};
 *       a sentence end breaks a name.</li>
 *   <li>Names of outlets, aggregators and fan accounts, and single-word aliases of anyone, must appear capitalised
 *       like a proper name: every word that is capitalised in the alias must be capitalised in the text (articles
 *       and prepositions such as "la", "dello", "the" excepted), and an all-capitals alias ("AS", "COPE", "SER")
 *       must appear in capitals. So "goal", "record", "as" and "sport" in lower case never match, nor does a
       one-word name shouted inside an all-capitals headline ("WHAT A GOAL"), unless the catalogue itself spells it
       in capitals ("MARCA", "BILD"). Multi-word
 *       journalist names ("fabrizio romano") match in any case.</li>
 *   <li>Official club channels match only by handle or domain, never by name: "Liverpool" in a text is the club,
 *       not its website.</li>
 *   <li>A few phrases that start like a source but are something else ("AS Roma", "AS Monaco", "Sport Lisboa",
 *       "Goal of the Season", "Record fee") are recognised and skipped.</li>
 * </ul>
 */
public final class SourceCatalogue {

    /** Prior of a source that is not in the catalogue. */
    public static final double DEFAULT_PRIOR = 0.25;

    /** Classpath location of the catalogue. */
    public static final String RESOURCE = "/reference/sources.json";

    /** Phrases that look like a source name but are not one; matched in any case. */
    private static final List<String> BLOCKERS = List.of(
            "AS Roma", "AS Monaco", "AS Saint-Etienne", "AS Saint Étienne", "AS Nancy", "AS Livorno", "AS Cannes",
            "AS Bari", "AS Vita Club", "AS Trencin", "AS FAR", "AS Béziers", "AS Cittadella",
            "Sport Lisboa", "Sport Club", "Sport Recife", "Sport Boys",
            "Goal line", "Goal kick", "Goal of the Month", "Goal of the Season", "Goal of the Year", "Goal of the Week",
            "Goal of the Tournament",
            "Record signing", "Record fee", "Record transfer", "Record deal", "Record sale", "Record buy",
            "Record breaker", "Record breaking", "Record goalscorer", "Record scorer", "Record number",
            "Marca Registrada",
            "im Sport", "beim Sport", "vom Sport", "zum Sport", "der Sport", "den Sport", "dem Sport",
            "das Bild", "ein Bild", "im Bild", "ins Bild", "zum Bild", "Bild des", "Bild der");

    /** Alias words that need no capital letter even when the alias is matched strictly. */
    private static final Set<String> LOWER_OK = Set.of(
            "the", "a", "o", "la", "le", "l", "il", "lo", "el", "los", "las", "les", "de", "del", "della", "dello",
            "di", "da", "do", "dos", "du", "des", "der", "die", "das", "den", "von", "van", "y", "e", "et", "and",
            "of", "on", "am", "im", "fc");

    /** Hosts whose first path segment is an account handle: {@code https://x.com/FabrizioRomano/status/1}. */
    private static final Set<String> SOCIAL_HOSTS = Set.of("x.com", "twitter.com", "nitter.net");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final class Holder {
        static final SourceCatalogue INSTANCE = fromResource(RESOURCE);
    }

    private final List<Source> all;
    private final Map<String, Source> byId;
    /** foldLoose(name | alias | id) -> source. */
    private final Map<String, Source> byKey;
    /** lower-case handle without '@' -> source. */
    private final Map<String, Source> byHandle;
    /** host (lower case, no www.) -> source. */
    private final Map<String, Source> byHost;
    /** host -> (path prefix, source) for domains given with a path, such as "nytimes.com/athletic". */
    private final Map<String, List<PathEntry>> byHostPath;
    /** Word trie for mention detection, keyed by folded words; each phrase has its ways of writing it. */
    private final WordTrie<List<Variant>> trie = new WordTrie<>();

    private record PathEntry(String pathPrefix, Source source) {
    }

    /** One way of writing a name at a trie node; {@code source == null} marks a blocker phrase. */
    private record Variant(Source source, SourceMention.Via via, byte[] caseRules) {
    }

    private static final byte CASE_ANY = 0;
    private static final byte CASE_INITIAL = 1;
    private static final byte CASE_ALL_CAPS = 2;

    private SourceCatalogue(Collection<Source> sources) {
        List<Source> list = new ArrayList<>(sources.size());
        Map<String, Source> ids = new LinkedHashMap<>();
        Map<String, Source> keys = new HashMap<>();
        Map<String, Source> handles = new HashMap<>();
        Map<String, Source> hosts = new HashMap<>();
        Map<String, List<PathEntry>> hostPaths = new HashMap<>();
        for (Source s : sources) {
            Objects.requireNonNull(s, "source");
            if (ids.putIfAbsent(s.id(), s) != null) {
                throw new IllegalArgumentException("duplicate source id " + s.id());
            }
            list.add(s);
        }
        // ids first, so that an id always resolves to its own entry; then names and aliases, first one wins
        for (Source s : list) {
            keys.putIfAbsent(TextFold.foldLoose(s.id()), s);
        }
        for (Source s : list) {
            keys.putIfAbsent(TextFold.foldLoose(s.name()), s);
            for (String a : s.aliases()) {
                keys.putIfAbsent(TextFold.foldLoose(a), s);
            }
            for (String h : s.handles()) {
                handles.putIfAbsent(handleKey(h), s);
            }
            for (String d : s.domains()) {
                String dom = d.strip().toLowerCase(Locale.ROOT);
                String host = stripWww(hostOf(dom));
                String path = pathOf(dom);
                if (host.isEmpty()) {
                    continue;
                }
                if (path.isEmpty() || path.equals("/")) {
                    hosts.putIfAbsent(host, s);
                } else {
                    hostPaths.computeIfAbsent(host, h -> new ArrayList<>()).add(new PathEntry(trimSlash(path), s));
                }
            }
            if (s.kind() != Source.Kind.OFFICIAL) {
                addToTrie(s, s.name(), SourceMention.Via.NAME);
                for (String a : s.aliases()) {
                    addToTrie(s, a, SourceMention.Via.ALIAS);
                }
            }
        }
        for (String b : BLOCKERS) {
            addToTrie(null, b, null);
        }
        this.all = List.copyOf(list);
        this.byId = Map.copyOf(ids);
        this.byKey = Map.copyOf(keys);
        this.byHandle = Map.copyOf(handles);
        this.byHost = Map.copyOf(hosts);
        Map<String, List<PathEntry>> hp = new HashMap<>();
        hostPaths.forEach((k, v) -> hp.put(k, List.copyOf(v)));
        this.byHostPath = Map.copyOf(hp);
        trie.freeze();
    }

    /** The catalogue from the classpath resource {@value #RESOURCE}, read once and cached. */
    public static SourceCatalogue load() {
        return Holder.INSTANCE;
    }

    /** A catalogue of the given sources (for tests and tools); ids must be unique. */
    public static SourceCatalogue of(Collection<Source> sources) {
        return new SourceCatalogue(sources);
    }

    /** Reads a catalogue from a JSON array of sources. */
    public static SourceCatalogue read(InputStream json) throws IOException {
        List<Source> sources = MAPPER.readValue(json, new TypeReference<List<Source>>() {
        });
        return new SourceCatalogue(sources);
    }

    private static SourceCatalogue fromResource(String resource) {
        try (InputStream in = SourceCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Every catalogue entry, in file order. */
    public List<Source> all() {
        return all;
    }

    /** The entry with this exact id. */
    public Optional<Source> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    // ------------------------------------------------------------------------------------------------ resolution

    /**
     * Resolves a free-form reference to a catalogue entry: an id, a display name or alias ("La Gazzetta Dello Sport",
     * "Gazzetta"), a handle with or without {@code @}, a domain or any URL on it ("gazzetta.it",
     * "https://www.gazzetta.it/Calcio/...", "m.gazzetta.it"). Case- and accent-insensitive.
     */
    public Optional<Source> find(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String r = reference.strip();
        if (r.isEmpty()) {
            return Optional.empty();
        }
        if (r.charAt(0) == '@') {
            Source s = byHandle.get(handleKey(r));
            if (s != null) {
                return Optional.of(s);
            }
            r = r.substring(1).strip();
            if (r.isEmpty()) {
                return Optional.empty();
            }
        }
        if (looksLikeUrl(r)) {
            return Optional.ofNullable(lookupUrl(r));
        }
        boolean hostLike = looksLikeHost(r);
        if (hostLike) {
            Source s = lookupUrl(r);
            if (s != null) {
                return Optional.of(s);
            }
        }
        Source s = byId.get(r.toLowerCase(Locale.ROOT));
        if (s == null) {
            s = byKey.get(TextFold.foldLoose(r));
        }
        if (s == null && isHandleText(r)) {
            s = byHandle.get(r.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(s);
    }

    /**
     * {@link #find(String) Finds} the source, or else makes up a stable unknown one: id {@code unknown-<slug>} (the
     * host's slug for a URL or domain, the handle's for a handle, else the reference's), kind {@code outlet} for
     * domains and names, {@code fan} for handles, prior {@link #DEFAULT_PRIOR}. The same reference always gives an
     * equal source.
     *
     * @throws IllegalArgumentException if the reference is null or blank
     */
    public Source resolveOrCreate(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("source reference is blank");
        }
        Optional<Source> found = find(reference);
        if (found.isPresent()) {
            return found.get();
        }
        String r = reference.strip();
        String note = "unknown source: default prior";
        if (r.charAt(0) == '@' && r.length() > 1 && !Character.isWhitespace(r.charAt(1))) {
            String handle = "@" + r.substring(1).strip();
            return new Source(Source.UNKNOWN_PREFIX + slug(handle.substring(1)), handle, Source.Kind.FAN, null, null,
                    null, null, List.of(), List.of(handle), List.of(), List.of(), DEFAULT_PRIOR, note);
        }
        if (looksLikeUrl(r) || looksLikeHost(r)) {
            String host = stripWww(hostOf(r.toLowerCase(Locale.ROOT)));
            if (SOCIAL_HOSTS.contains(host)) {
                String account = socialHandle(pathOf(r));
                if (account != null) {
                    String cased = pathOf(r).isEmpty() ? account : originalCaseAccount(r, account);
                    return new Source(Source.UNKNOWN_PREFIX + slug(cased), "@" + cased, Source.Kind.FAN, null, null,
                            null, null, List.of(), List.of("@" + cased), List.of(), List.of(), DEFAULT_PRIOR, note);
                }
            }
            if (!host.isEmpty()) {
                return new Source(Source.UNKNOWN_PREFIX + slug(host), host, Source.Kind.OUTLET, null, null, null, null,
                        List.of(host), List.of(), List.of(), List.of(), DEFAULT_PRIOR, note);
            }
        }
        String name = r.replaceAll("\\s+", " ");
        return new Source(Source.UNKNOWN_PREFIX + slug(name), name, Source.Kind.OUTLET, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), DEFAULT_PRIOR, note);
    }

    /** The account name as written in the URL (pathOf lower-cases it). */
    private static String originalCaseAccount(String url, String lowerAccount) {
        int i = url.toLowerCase(Locale.ROOT).indexOf("/" + lowerAccount);
        return i < 0 ? lowerAccount : url.substring(i + 1, i + 1 + lowerAccount.length());
    }

    private Source lookupUrl(String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        String host = hostOf(lower);
        if (host.isEmpty()) {
            return null;
        }
        String path = pathOf(lower);
        if (SOCIAL_HOSTS.contains(stripWww(host))) {
            String handle = socialHandle(path);
            return handle == null ? null : byHandle.get(handle);
        }
        String h = host;
        while (true) {
            List<PathEntry> paths = byHostPath.get(h);
            if (paths != null) {
                for (PathEntry p : paths) {
                    if (path.equals(p.pathPrefix()) || path.startsWith(p.pathPrefix() + "/")) {
                        return p.source();
                    }
                }
            }
            Source s = byHost.get(h);
            if (s != null) {
                return s;
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return null; // never strip down to a bare TLD or a public suffix such as "co.uk"
            }
            h = h.substring(dot + 1);
        }
    }

    // ------------------------------------------------------------------------------------------------ mentions

    /** The index of the words of sources' names, for a tokenizer that hands a text's words over ({@link TextWords#given}). */
    public WordIndex words() {
        return trie.words();
    }

    /**
     * Every catalogue source named in a text: by name or alias ("According to La Gazzetta Dello Sport",
     * "Goal understands"), by handle ("[@Gazzetta_it]") or by domain/URL, in text order, longest match first and
     * without overlaps. See the class comment for the capitalisation rules. One pass over the text.
     */
    public List<SourceMention> findMentions(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Tokens tk = tokenize(text);
        List<SourceMention> out = new ArrayList<>();
        int n = tk.size;
        int t = 0;
        while (t < n) {
            byte type = tk.type[t];
            if (type != Tokens.WORD) {
                Source s = tk.special[t];
                if (s != null) {
                    out.add(new SourceMention(s, tk.start[t], tk.end[t], text.substring(tk.start[t], tk.end[t]),
                            type == Tokens.HANDLE ? SourceMention.Via.HANDLE : SourceMention.Via.DOMAIN));
                }
                t++;
                continue;
            }
            WordTrie.Node<List<Variant>> node = trie.first(tk.word[t]);
            if (node == null) {
                t++;
                continue;
            }
            // the phrases that start at t, shortest first; a later word must follow its predecessor closely
            int cands = 0;
            for (int k = t; node != null; ) {
                if (node.value != null) {
                    tk.addCandidate(cands++, k, node.value);
                }
                k++;
                node = k < n ? node.child(tk.word[k]) : null; // NONE for handles and domains: no child
                if (node != null && !gapJoins(text, tk.end[k - 1], tk.start[k], tk.end[k - 1] - tk.start[k - 1])) {
                    node = null;
                }
            }
            int next = t + 1;
            outer:
            for (int c = cands - 1; c >= 0; c--) {
                int last = tk.candEnd[c];
                for (Variant v : tk.candVariants[c]) {
                    if (v.source() == null
                            || (caseMatches(v.caseRules(), text, tk, t) && !(last == t && v.caseRules() != null
                                    && v.caseRules()[0] != CASE_ALL_CAPS && shouted(text, tk, t)))) {
                        if (v.source() != null) {
                            int from = tk.start[t];
                            int to = tk.end[last];
                            out.add(new SourceMention(v.source(), from, to, text.substring(from, to), v.via()));
                        }
                        next = last + 1;
                        break outer;
                    }
                }
            }
            t = next;
        }
        return out;
    }

    /**
     * A one-word name written in capitals inside capitalised text ("WHAT A GOAL! RECORD FEE") is a headline
     * word, not the outlet, unless the catalogue spells the name in capitals ("MARCA", "BILD", "AS").
     */
    private static boolean shouted(String text, Tokens tk, int t) {
        if (tk.end[t] - tk.start[t] < 4 || !isAllCaps(text, tk.start[t], tk.end[t])) {
            return false;
        }
        return (t > 0 && capsWord(text, tk, t - 1)) || (t + 1 < tk.size && capsWord(text, tk, t + 1));
    }

    private static boolean capsWord(String text, Tokens tk, int i) {
        return tk.type[i] == Tokens.WORD && tk.end[i] - tk.start[i] >= 2 && isAllCaps(text, tk.start[i], tk.end[i]);
    }

    private static boolean caseMatches(byte[] rules, String text, Tokens tk, int first) {
        if (rules == null) {
            return true;
        }
        for (int i = 0; i < rules.length; i++) {
            byte rule = rules[i];
            if (rule == CASE_ANY) {
                continue;
            }
            int s = tk.start[first + i];
            int e = tk.end[first + i];
            if (rule == CASE_INITIAL) {
                if (!Character.isUpperCase(text.charAt(s)) && !Character.isTitleCase(text.charAt(s))) {
                    return false;
                }
            } else {
                for (int p = s; p < e; p++) {
                    if (Character.isLowerCase(text.charAt(p))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void addToTrie(Source source, String phrase, SourceMention.Via via) {
        Tokens tk = tokenizeWords(phrase);
        if (tk.size == 0) {
            return;
        }
        WordTrie.Node<List<Variant>> node = trie.add(java.util.Arrays.asList(tk.folded).subList(0, tk.size));
        byte[] rules = null;
        if (source != null) {
            int content = 0;
            for (int i = 0; i < tk.size; i++) {
                if (!LOWER_OK.contains(tk.folded[i])) {
                    content++;
                }
            }
            boolean strict = source.kind() != Source.Kind.JOURNALIST || content < 2;
            if (strict) {
                rules = new byte[tk.size];
                for (int i = 0; i < tk.size; i++) {
                    String word = phrase.substring(tk.start[i], tk.end[i]);
                    if (LOWER_OK.contains(tk.folded[i])) {
                        rules[i] = CASE_ANY;
                    } else if (word.length() >= 2 && isAllCaps(word, 0, word.length())) {
                        rules[i] = CASE_ALL_CAPS;
                    } else if (Character.isUpperCase(word.charAt(0))) {
                        rules[i] = CASE_INITIAL;
                    } else {
                        rules[i] = CASE_ANY;
                    }
                }
            }
        }
        if (node.value == null) {
            node.value = new ArrayList<>(1);
        }
        for (Variant v : node.value) {
            if (v.source() == source && java.util.Arrays.equals(v.caseRules(), rules)) {
                return; // same source, same spelling rules: nothing new
            }
        }
        // a name beats an alias of the same words; blockers come last so that real variants are tried first
        Variant variant = new Variant(source, via, rules);
        if (source != null && via == SourceMention.Via.NAME) {
            node.value.add(0, variant);
        } else {
            node.value.add(variant);
        }
    }

    private static boolean isAllCaps(String s, int from, int to) {
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    // ------------------------------------------------------------------------------------------------ tokenizer

    /**
     * Tokens of a text (words, handles and domains/URLs, with their spans; words as ids of the trie's
     * {@link WordIndex}) or of a phrase of the catalogue (words only, folded).
     */
    private static final class Tokens {
        static final byte WORD = 0;
        static final byte HANDLE = 1;
        static final byte DOMAIN = 2;

        /** Texts up to this length are tokenized into a per-thread instance, reused from call to call. */
        private static final int REUSE_MAX_LENGTH = 1 << 16;
        private static final ThreadLocal<Tokens> REUSED = ThreadLocal.withInitial(() -> new Tokens(1024, false));

        int size;
        int[] start;
        int[] end;
        byte[] type;
        /** Texts only: the word ids; {@link WordIndex#NONE} for a word outside the trie, a handle or a domain. */
        int[] word;
        /** Texts only: the source of a handle or domain token, if any. */
        Source[] special;
        /** Phrases only: the folded words. */
        String[] folded;
        /** Texts only: scratch of the matcher, the phrases that start at one token. */
        int[] candEnd;
        List<Variant>[] candVariants;
        private final StringBuilder scratch;

        @SuppressWarnings("unchecked")
        Tokens(int capacity, boolean phrase) {
            int c = Math.max(capacity, 4);
            start = new int[c];
            end = new int[c];
            type = new byte[c];
            if (phrase) {
                folded = new String[c];
                scratch = null;
            } else {
                word = new int[c];
                special = new Source[c];
                candEnd = new int[16];
                candVariants = (List<Variant>[]) new List<?>[16];
                scratch = new StringBuilder(32);
            }
        }

        static Tokens forText(String text) {
            Tokens tk = text.length() <= REUSE_MAX_LENGTH ? REUSED.get() : new Tokens(text.length() / 5 + 4, false);
            tk.size = 0;
            return tk;
        }

        void addWord(int s, int e, int wordId) {
            int k = next(s, e, WORD);
            word[k] = wordId;
            special[k] = null;
        }

        void addSpecial(int s, int e, byte ty, Source source) {
            int k = next(s, e, ty);
            word[k] = WordIndex.NONE;
            special[k] = source;
        }

        void addFolded(int s, int e, String f) {
            folded[next(s, e, WORD)] = f;
        }

        private int next(int s, int e, byte ty) {
            if (size == start.length) {
                int c = size * 2;
                start = java.util.Arrays.copyOf(start, c);
                end = java.util.Arrays.copyOf(end, c);
                type = java.util.Arrays.copyOf(type, c);
                if (word != null) {
                    word = java.util.Arrays.copyOf(word, c);
                    special = java.util.Arrays.copyOf(special, c);
                } else {
                    folded = java.util.Arrays.copyOf(folded, c);
                }
            }
            start[size] = s;
            end[size] = e;
            type[size] = ty;
            return size++;
        }

        void addCandidate(int index, int endToken, List<Variant> variants) {
            if (index == candEnd.length) {
                candEnd = java.util.Arrays.copyOf(candEnd, index * 2);
                candVariants = java.util.Arrays.copyOf(candVariants, index * 2);
            }
            candEnd[index] = endToken;
            candVariants[index] = variants;
        }
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Plain word tokens of a phrase (used to build the trie). */
    private static Tokens tokenizeWords(String phrase) {
        TextWords w = TextWords.ofPhrase(phrase);
        Tokens tk = new Tokens(w.size, true);
        for (int k = 0; k < w.size; k++) {
            tk.addFolded(w.start[k], w.end[k], w.folded(k));
        }
        return tk;
    }

    /**
     * The tokens of a text: its words ({@link TextWords}, shared with the club gazetteer), with handles, URLs and
     * host names made tokens of their own; valid until the next call on the same thread (see {@link Tokens#forText}).
     */
    private Tokens tokenize(String text) {
        Tokens tk = Tokens.forText(text);
        TextWords w = TextWords.of(text);
        int[] ids = w.ids(trie.words());
        int taken = 0; // words before this offset lie inside a URL or host name already made a token
        for (int k = 0; k < w.size; k++) {
            if (w.start[k] >= taken) {
                taken = w.tag[k] ? addTag(tk, text, w.start[k], w.end[k])
                        : addWord(tk, text, w.start[k], w.end[k], w.plain[k], ids[k]);
            }
        }
        return tk;
    }

    /**
     * Adds the word {@code text[i, j)}, or the URL or host name that starts with it, and returns where that ends.
     * A URL or host name starts with a plain ASCII word followed by ':' ("https:"), '.' ("www.", "bbc.") or '-'
     * ("sky-sports.de"); only then is it worth looking for one.
     */
    private int addWord(Tokens tk, String text, int i, int j, boolean plain, int id) {
        if (plain && j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ':' || text.charAt(j) == '-')
                && (i == 0 || !(TextWords.wordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '.'
                || text.charAt(i - 1) == '/' || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '@'))) {
            int urlEnd = urlOrDomainEnd(text, i);
            if (urlEnd > i) {
                Source s = lookupUrl(text.substring(i, urlEnd));
                if (s != null || startsWithScheme(text, i)) {
                    tk.addSpecial(i, urlEnd, Tokens.DOMAIN, s);
                    return urlEnd;
                }
            }
        }
        tk.addWord(i, j, id);
        return j;
    }

    /**
     * Adds a tag of the text ({@code @handle}, {@code #hashtag}) and returns where what it added ends: an {@code @}
     * and the ASCII letters, digits and underscores after it are a handle; a hashtag, and whatever a handle leaves,
     * is read as words separated by underscores.
     */
    private int addTag(Tokens tk, String text, int from, int to) {
        int i = from + 1;
        if (text.charAt(from) == '@') {
            int j = i;
            while (j < to && isHandleChar(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                tk.addSpecial(from, j, Tokens.HANDLE, byHandle.get(text.substring(i, j).toLowerCase(Locale.ROOT)));
                i = j;
            }
        }
        int end = i;
        while (i < to) {
            if (text.charAt(i) == '_') {
                i++;
                continue;
            }
            int j = i + 1;
            boolean plain = text.charAt(i) < 0x80;
            while (j < to && text.charAt(j) != '_') {
                plain &= text.charAt(j) < 0x80;
                j++;
            }
            end = addWord(tk, text, i, j, plain, trie.words().idOfWord(text, i, j, tk.scratch));
            if (end > to) {
                return end; // a URL glued to the tag ("#news_https://..."): it takes the rest of the tag
            }
            i = Math.max(j, end);
        }
        return Math.max(end, to);
    }

    /** Whether the characters between two words may sit inside one name ("La Gazzetta", "L'Equipe", "Sport-Bild"). */
    private static boolean gapJoins(String text, int from, int to, int previousLength) {
        int len = to - from;
        if (len <= 0 || len > 3) {
            return false;
        }
        int newlines = 0;
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c == '\n') {
                if (++newlines > 1) {
                    return false;
                }
            } else if (c == '.') {
                if (previousLength != 1) {
                    return false; // an initial ("J. Félix Díaz") may be followed by a dot, a word may not
                }
            } else if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\''
                    || c == '\u2019' || c == '\u2018' || c == '&' || c == '+' || c == '\u2010' || c == '\u2011')) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithScheme(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c != 'h' && c != 'H') {
            return false;
        }
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8);
    }

    /**
     * If a URL ({@code http(s)://...}, {@code www....}) or a bare host name ({@code gazzetta.it}) starts at i, the
     * index just after it (trailing sentence punctuation excluded); else i.
     */
    private static int urlOrDomainEnd(String text, int i) {
        int n = text.length();
        if (i >= n) {
            return i;
        }
        char c0 = text.charAt(i);
        if (startsWithScheme(text, i) || ((c0 == 'w' || c0 == 'W') && text.regionMatches(true, i, "www.", 0, 4))) {
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '(' || c == ')'
                        || c == '[' || c == ']' || c == '{' || c == '}' || c == '|' || c == '\u201D') {
                    break;
                }
                j++;
            }
            while (j > i && ".,;:!?'".indexOf(text.charAt(j - 1)) >= 0) {
                j--;
            }
            return j;
        }
        // bare host: labels of [a-z0-9-] separated by single dots, last label alphabetic, at least one dot
        int j = i;
        int dots = 0;
        int labelStart = i;
        boolean lastLabelAlpha = true;
        while (j < n) {
            char c = text.charAt(j);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                j++;
            } else if ((c >= '0' && c <= '9') || c == '-') {
                lastLabelAlpha = false;
                j++;
            } else if (c == '.' && j + 1 < n && isAsciiAlnum(text.charAt(j + 1)) && j > labelStart) {
                dots++;
                j++;
                labelStart = j;
                lastLabelAlpha = true;
            } else {
                break;
            }
        }
        if (dots == 0 || !lastLabelAlpha || j - labelStart < 2 || (j < n && TextWords.wordChar(text.charAt(j)))) {
            return i;
        }
        // include a path directly attached to the host ("gazzetta.it/calcio/...")
        if (j < n && text.charAt(j) == '/') {
            while (j < n && !Character.isWhitespace(text.charAt(j)) && "<>\"()[]{}|".indexOf(text.charAt(j)) < 0) {
                j++;
            }
            while (j > i && ".,;:!?'".indexOf(text.charAt(j - 1)) >= 0) {
                j--;
            }
        }
        return j;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String handleKey(String handle) {
        String h = handle.strip();
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        return h.toLowerCase(Locale.ROOT);
    }

    private static boolean isHandleText(String s) {
        if (s.isEmpty() || s.length() > 50) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isHandleChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeUrl(String s) {
        return s.contains("://") || s.regionMatches(true, 0, "www.", 0, 4);
    }

    /** "gazzetta.it", "m.gazzetta.it/calcio": no spaces, dotted labels, alphabetic last label. */
    private static boolean looksLikeHost(String s) {
        return urlOrDomainEnd(s, 0) > 0 && s.indexOf(' ') < 0;
    }

    /** The host of a URL or domain reference, lower case, without scheme, user info, port or trailing dot. */
    static String hostOf(String reference) {
        String s = reference.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        } else if (s.startsWith("//")) {
            s = s.substring(2);
        }
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#' || Character.isWhitespace(c)) {
                end = i;
                break;
            }
        }
        String authority = s.substring(0, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        int colon = authority.indexOf(':');
        if (colon >= 0) {
            authority = authority.substring(0, colon);
        }
        while (authority.endsWith(".")) {
            authority = authority.substring(0, authority.length() - 1);
        }
        return authority.toLowerCase(Locale.ROOT);
    }

    /** The path of a URL or domain reference ("" when none), lower case, without query or fragment. */
    static String pathOf(String reference) {
        String s = reference.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int slash = s.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String p = s.substring(slash);
        int q = p.length();
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) == '?' || p.charAt(i) == '#') {
                q = i;
                break;
            }
        }
        return p.substring(0, q).toLowerCase(Locale.ROOT);
    }

    /** The account of a social-network URL path ("/fabrizioromano/status/1" -> "fabrizioromano"), or null. */
    private static String socialHandle(String path) {
        int from = path.startsWith("/") ? 1 : 0;
        int to = from;
        while (to < path.length() && isHandleChar(path.charAt(to))) {
            to++;
        }
        if (to == from || (to < path.length() && path.charAt(to) != '/')) {
            return null;
        }
        String h = path.substring(from, to);
        return Set.of("i", "home", "search", "intent", "share", "hashtag", "explore").contains(h) ? null : h;
    }

    private static String trimSlash(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String stripWww(String host) {
        for (String prefix : new String[] {"www.", "m.", "amp.", "mobile."}) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }

    /** Lower-case ASCII slug of a reference; a hash when nothing ASCII is left. */
    static String slug(String reference) {
        String folded = TextFold.fold(reference);
        StringBuilder sb = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length() && sb.length() < 80; i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                dash = false;
                sb.append(c);
            } else {
                dash = true;
            }
        }
        if (sb.length() > 0) {
            return sb.toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(reference.strip().getBytes(StandardCharsets.UTF_8));
            return "x" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
