package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClubRef;
import io.grapevine.contracts.Fee;
import io.grapevine.contracts.FeeKind;
import io.grapevine.contracts.PlayerMention;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.ReportInfo;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.Stage;
import io.grapevine.reference.Club;
import io.grapevine.reference.ClubGazetteer;
import io.grapevine.reference.ClubMention;
import io.grapevine.reference.ExchangeRates;
import io.grapevine.reference.Source;
import io.grapevine.reference.SourceCatalogue;
import io.grapevine.reference.SourceMention;
import io.grapevine.reference.TextFold;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.grapevine.dedupe.extraction.Vocabulary.*;

/**
 * From a {@link RawReport} to the transfer {@link Claim}s it makes: who (the player), where to (destination club,
 * and the selling club when stated), how much (fee, converted to EUR at the report's date), how far (stage), how
 * sure (hedges), on whose word (attributions), with the sentences that say so.
 *
 * <p>Plain Java, no framework: the catalogues and the player registry are passed in. Thread-safe (the only mutable
 * collaborator is the registry, which must be thread-safe itself). One pass of a tokenizer, six lexicon passes
 * (tries over folded words), the gazetteer's and the source catalogue's own trie matchers, and the fee patterns on
 * sentences that contain a digit.
 */
public final class ClaimExtractor {

    static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("the a an according however meanwhile if he his it its this that they "
            + "their there but and with after before in on at for from to by as while understand breaking official oficial "
            + "here full no yes so also both despite instead medical paperwork personal premier league champions serie "
            + "bundesliga liga ligue eredivisie europa cup carabao fa world club euros scudetto january february march april "
            + "may june july august september october november december monday tuesday wednesday thursday friday saturday "
            + "sunday saudi pro england brazil france germany italy spain portugal argentina netherlands belgium ecuador "
            + "nigeria uruguay croatia denmark georgia hungary slovenia sweden ukraine egypt korea south japan usa italian "
            + "brazilian french spanish german dutch belgian portuguese english argentine georgian nigerian ecuadorian swede "
            + "frenchman dane uruguayan croatian hungarian slovenian egyptian swedish norwegian danish finnish polish czech "
            + "slovak austrian swiss serbian bosnian albanian greek turkish scottish welsh irish american canadian mexican "
            + "colombian chilean peruvian venezuelan paraguayan moroccan algerian tunisian senegalese ghanaian ivorian "
            + "cameroonian malian japanese korean australian bernabeu anfield emirates etihad wembley "
            + "merseyside munich london bavaria riyadh turin stamford bridge old trafford nou camp allianz arena san siro "
            + "parc princes des luz estadio stock exchange il la le lo el los las der die das o os as les un une uno una ein "
            + "eine i gli secondo segun laut selon segundo ufficiale salta trattativa visite infortunio understand madrid "
            + "blues reds gunners hammers seagulls citizens whites sky sports news gazzetta corriere marca kicker bild record "
            + "telegraph guardian times bbc goal standard evening mail sun mirror equipe rmc ge sport var fifa uefa efl epl "
            + "ucl mls we our you i me my she her them what when where why how who which there these those ha he's "
            + "nerazzurri blaugrana bianconeri rossoneri tifosi der fc cf ac sc afc dem den am im zum zur vom vor nach beim "
            + "und oder aber kein nicht ist sind war das ein eine einer einen auf aus mit bei um fur ohne gegen "
            + "i'm i've i'll it's that's offerte sans tyneside teesside merseyside wearside midlands berichte bericht elland road lane mestalla valdebebas alvalade formello bombonera dragao rocher capitale ecco anche dopo prima poi ora gia non piu molto oggi domani ieri mio mrd mln zuletzt montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz juni juli "
            + "oktober dezember strasse "
            + "pero como tras desde hasta hoy manana ayer ya aun muy "
            + "mas mais apos ate hoje amanha ontem ja ainda muito "
            + "mais apres avant depuis aujourd hui demain hier deja encore tres "
            + "deadline sources source report reports striker defender midfielder winger forward goalkeeper captain "
            + "statement stadium arena talks deal fee bid offer move transfer agreement here we go lfc done euro euros "
            + "millionen millones milioni milhoes millions million reais ablose medizincheck angebot wechsel verein klub "
            + "boni bonus ausstiegsklausel klausel vertrag british-record club-record "
            + "jahr jahre jahren zukunft kandidat sommer winter saison mannschaft medien berichten angaben summe "
            + "ablosesumme wunschspieler zugang abgang").split(" ")));


    /** "is a (new) ... player", "è un giocatore del", "est un joueur du": a player's membership of a club. */
    private static final Set<String> MEMBERSHIP_WORDS = Set.of("is", "now", "officially", "a", "e", "un", "ufficialmente",
            "es", "ya", "ist", "ein", "est", "desormais", "um", "oficialmente", "new", "nuovo", "nuevo", "neuer", "nouveau",
            "novo", "o", "el", "il", "le", "the", "der");
    private static final Set<String> PLAYER_NOUNS = Set.of("player", "giocatore", "jugador", "spieler", "joueur", "jogador",
            "reforco", "refuerzo", "rinforzo", "acquisto", "fichaje", "recrue", "neuzugang");
    /** "is" in six languages (folded: "é" is "e"). */
    private static final Set<String> BEING = Set.of("is", "e", "es", "ist", "est");


    /** The nouns of a deal before an Italian "Surname-Club" pair ("l'affare Lookman-Inter"). */
    private static final Set<String> DEAL_NOUNS = Set.of("affare", "trattativa", "operazione", "asse", "pista");

    /** Conjunctions that open a subordinate clause, whose subject a club may be ("after Leeds struck ..."). */
    private static final Set<String> SUBORDINATORS = Set.of("after", "as", "once", "since", "because", "dopo", "después",
            "apres", "nachdem");

    /** Quotation marks, and the words of a speaker talking of himself. */
    private static final String QUOTE_MARKS = "\"“”«»„";
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'll", "je", "j'", "ich", "io", "eu",
            "yo", "soy", "bin", "suis", "sou");

    private static final Set<String> CLUB_DESCRIPTORS = Set.of("champions", "side", "giants", "outfit", "holders",
            "leaders", "club", "clubs", "league", "premier", "pro", "saudi", "italian", "spanish", "german", "french",
            "portuguese", "english", "turkish", "dutch", "bundesliga", "serie", "liga", "ligue", "relegated", "promoted",
            "newly-promoted", "mls", "champion", "rivals");

    /**
     * Country names in the six languages, which a text may put where a name stands ("the Ivory Coast forward"): the
     * JDK's names of every country, with the home nations of football and common English forms.
     */
    private static final Set<String> COUNTRIES = countries();

    private static Set<String> countries() {
        Set<String> out = new HashSet<>(Set.of("england", "scotland", "wales", "northern ireland", "ivory coast", "usa",
                "south korea", "dr congo", "czech republic", "republic of ireland", "holland", "turkey", "inghilterra",
                "scozia", "galles", "inglaterra", "escocia", "gales", "angleterre", "ecosse", "pays de galles",
                "schottland"));
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.forLanguageTag("es"), Locale.GERMAN,
                Locale.forLanguageTag("pt"), Locale.FRENCH);
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale language : languages) {
                out.add(Names.fold(country.getDisplayCountry(language)));
            }
        }
        return Set.copyOf(out);
    }

    private static final Set<String> LINKING = Set.of("linking", "links", "linked");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "em", "no", "na", "nel", "nella", "alla",
            "al", "à", "au", "en", "sur", "bei", "beim", "im");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "e", "y", "und", "et", "or", "o", "ou", "oder");

    private static final Set<String> COORD = Set.of(",", "and", "e", "y", "und", "et", "or", "o", "&", "as");


    private static final Map<String, String> AMBIGUOUS_DEFAULTS = Map.ofEntries(
            Map.entry("it:inter", "inter-milan"), Map.entry("it:milan", "ac-milan"),
            Map.entry("it:nerazzurri", "inter-milan"), Map.entry("it:i nerazzurri", "inter-milan"),
            Map.entry("en:inter", "inter-milan"), Map.entry("en:the nerazzurri", "inter-milan"),
            Map.entry("en:nerazzurri", "inter-milan"), Map.entry("fr:inter", "inter-milan"),
            Map.entry("es:inter", "inter-milan"), Map.entry("de:inter", "inter-milan"),
            Map.entry("es:atletico", "atletico-madrid"), Map.entry("es:athletic", "athletic-bilbao"),
            Map.entry("pt:sporting", "sporting-cp"), Map.entry("de:die bayern", "bayern-munich"),
            Map.entry("en:atletico", "atletico-madrid"), Map.entry("en:sporting", "sporting-cp"),
            Map.entry("fr:paris", "paris-saint-germain"), Map.entry("pt:santos", "santos"));

    private static final Pattern POST_SIGNATURE = Pattern.compile(
            "[—–-]\\s*[^()\\n—]{1,60}\\((@\\w{1,30})\\)\\s+\\p{Lu}\\p{Ll}+\\.? \\d{1,2}, \\d{4}");

    private static final boolean DEBUG = Boolean.getBoolean("grapevine.extraction.debug");

    private final ClubGazetteer clubs;
    private final SourceCatalogue sources;
    private final ExchangeRates rates;
    private final PlayerRegistry players;

    /**
     * @param clubs   the club gazetteer (destination and selling clubs)
     * @param sources the source catalogue (attributions)
     * @param rates   dated exchange rates (fees in EUR)
     * @param players the player registry (surname-only mentions); remembered into as full names are seen
     */
    public ClaimExtractor(ClubGazetteer clubs, SourceCatalogue sources, ExchangeRates rates, PlayerRegistry players) {
        this.clubs = Objects.requireNonNull(clubs, "clubs");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.rates = Objects.requireNonNull(rates, "rates");
        this.players = Objects.requireNonNull(players, "players");
    }

    /** An extractor on the shared catalogues of the classpath ({@code ClubGazetteer.load()} ...). */
    public static ClaimExtractor withDefaults(PlayerRegistry players) {
        return new ClaimExtractor(ClubGazetteer.load(), SourceCatalogue.load(), ExchangeRates.load(), players);
    }

    /** The claims of a report (empty when it makes none; see {@link #analyse(RawReport)} for the reason). */
    public List<Claim> extract(RawReport report) {
        return analyse(report).claims();
    }

    // ------------------------------------------------------------------------------------------------ analysis



    /** The claims of a report, or the reason there are none, with the detected language and fingerprint. */
    public Extraction analyse(RawReport report) {
        String body = report.text() == null ? "" : report.text();
        String title = report.title();
        String full = title != null && !title.isBlank() && !body.startsWith(title.strip()) ? title.strip() + "\n\n" + body : body;
        if (full.isBlank()) {
            return new Extraction(List.of(), "empty text", report.language() == null ? "en" : report.language(),
                    SimHash.fingerprint(full));
        }
        return new Analysis(report, full).extraction();
    }

    /**
     * One report on its way to claims: what the reading of its text found (tokens, vocabulary, clubs and their
     * roles, sources, people), then the claims made about each subject. The steps are kept as separate methods: as
     * one long method they took the JIT compiler seconds per compilation, and the extractor ran unoptimised meanwhile.
     */
    private final class Analysis {
        final RawReport report;
        final String full;
        final Tokens t;
        final String fingerprint;
        final String lang;
        final Lexicon.Matches st;
        final Lexicon.Matches pl;
        final Lexicon.Matches pa;
        final List<ClubInText> cms;
        /** The index in {@link #cms} of the club mention covering each token, or -1. */
        final int[] clubAt;
        final List<SourceMention> sms;
        final boolean[] nameTok;
        final Map<String, Person> people;
        boolean anyStage;
        boolean anyExtension;
        boolean anyHistory;

        // what the claims share
        final List<Claim> claims = new ArrayList<>();
        final Set<String> claimIds = new HashSet<>();
        final Map<Integer, List<FeeParser.Money>> feesBySentence = new HashMap<>();
        /** Per clause, what it says, once read ({@link #facts}). */
        final ClauseReading[] clauseReadings;
        final Set<Integer> subjectSentences = new HashSet<>();
        boolean droppedForExtension;
        boolean noDestination;
        LocalDate date;
        String defaultCurrency;
        List<SourceRef> attributions;
        ReportInfo info;
        Instant when;

        Analysis(RawReport report, String full) {
            this.report = report;
            this.full = full;
            t = Tokens.of(full);
            clauseReadings = new ClauseReading[t.clauses];
            fingerprint = SimHash.fingerprint(t);
            lang = report.language() != null && !report.language().isBlank() ? report.language() : LanguageDetector.detect(t);
            st = STAGES.match(t);
            pl = PLAYER.match(t);
            pa = PLAYER_AFTER.match(t);
            cms = clubMentions(full, t, lang);
            clubAt = new int[t.n];
            Arrays.fill(clubAt, -1);
            for (int i = 0; i < cms.size(); i++) {
                ClubInText c = cms.get(i);
                for (int k = c.a; k < c.b; k++) {
                    clubAt[k] = i;
                }
            }
            sms = notFirstNames(sources.findMentions(full));
            boolean[] sentenceHasStage = readStages();
            nameTok = new boolean[t.n];
            people = PeopleFinder.find(t, pl, pa, clubAt, cms, sourceTokens(), nameTok, sentenceHasStage);
            headlinePairs();
            speakersOfTheirOwnFuture();
            examinedPlayers();
            playersOfNewClubs();
            Lexicon.Matches cb = CLUB.match(t);
            Lexicon.Matches ca = CLUB_AFTER.match(t);
            for (ClubInText c : cms) {
                if (c.club != null) {
                    clubRole(c, t, cb, ca, pl, cms, clubAt, nameTok);
                }
            }
            subjectsDealingWithCounterparts();
            subjectsOfBuyingWords();
            biddersFacingSellers();
        }

        /**
         * "hat der BVB beim AFC Sunderland ein Angebot für X abgegeben": in a clause with a bid, talks or an
         * agreement that names exactly two clubs, one of them the seller, the other one, with no role yet, is the
         * buyer; not in a denial or a collapse.
         */
        private void biddersFacingSellers() {
            for (int i = 0; i + 1 < cms.size(); i++) {
                ClubInText x = cms.get(i);
                ClubInText y = cms.get(i + 1);
                int clause = t.clause[x.a];
                if (x.club == null || y.club == null || x.club.equals(y.club) || t.clause[y.a] != clause
                        || (i + 2 < cms.size() && t.clause[cms.get(i + 2).a] == clause)
                        || (i > 0 && t.clause[cms.get(i - 1).a] == clause)
                        || !clauseHas(clause, S_BID | S_TALKS | S_AGREEMENT) || clauseHas(clause, S_DENIED | S_COLLAPSED)) {
                    continue;
                }
                ClubInText seller = x.seller ? x : y.seller ? y : null;
                ClubInText other = seller == x ? y : x;
                if (seller != null && !other.dest && !other.seller && !other.sellerWeak && !other.rival) {
                    other.dest = true;
                    other.counter = false;
                }
            }
        }

        /**
         * "Crystal Palace have identified X", "Il Venezia è in pressing su X": a club with no role yet that opens its
         * clause and is followed closely by a word of a buyer's step (interest to signing) is the club that takes it;
         * not in a denial, which the selling club may make too.
         */
        private void subjectsOfBuyingWords() {
            for (ClubInText c : cms) {
                if (c.club == null || c.hasRole() || !opensClause(c)) {
                    continue;
                }
                int clause = t.clause[c.a];
                if (clauseHas(clause, S_DENIED | S_COLLAPSED)) {
                    continue;
                }
                for (int k = c.b; k < Math.min(t.n, c.b + 4) && t.clause[k] == clause; k++) {
                    if (k == c.b && (",".equals(t.fold[k]) || ":".equals(t.fold[k]))) {
                        continue; // a headline's "Milan, passi avanti per X"
                    }
                    if (clubAt[k] >= 0 || nameTok[k] || t.type[k] == Tokens.PUNCT) {
                        break;
                    }
                    if ((st.startCats[k] & BUYING_STEPS) != 0) {
                        c.dest = true;
                        break;
                    }
                }
            }
        }

        /**
         * "Tonali-Newcastle, fumata bianca", "Evan Ferguson-Roma, c'è il sì del Brighton", "Salta l'affare
         * Lookman-Inter": a headline opening a sentence, or a deal named so, joins the player's surname to the club he
         * is joining with a hyphen. The club is his destination
         * and the part before the hyphen, with a first name before it, is his name.
         */
        private void headlinePairs() {
            for (ClubInText c : cms) {
                int k = c.a;
                int hyphen = c.nameStart - 1;
                if (c.club == null || c.b != k + 1 || hyphen <= t.start[k] || full.charAt(hyphen) != '-' || !t.cap[k]) {
                    continue;
                }
                int a = k > 0 && t.sent[k - 1] == t.sent[k] && t.type[k - 1] == Tokens.WORD && t.cap[k - 1]
                        && t.end[k - 1] + 1 == t.start[k] && clubAt[k - 1] < 0 ? k - 1 : k;
                if (a != t.sentenceFirst(t.sent[k]) && (a == 0 || !DEAL_NOUNS.contains(t.fold[a - 1]))) {
                    continue;
                }
                String name = full.substring(t.start[a], hyphen);
                Person p = people.computeIfAbsent(Names.surnameKey(name), Person::new);
                if (a < k) {
                    people.remove(t.fold[a]); // the first name alone, read as a name of its own
                }
                p.fullName = p.fullName == null || name.length() > p.fullName.length() ? name : p.fullName;
                p.mention = p.mention == null ? name : p.mention;
                p.occurrences.add(new int[]{a, k + 1});
                p.sentences.add(t.sent[k]);
                p.score += 3;
                c.dest = true;
            }
        }

        /**
         * "Hugo Ekitiké is a Liverpool player", "X è un giocatore del Milan" in a text about a transfer: the person is
         * the player and the club his destination.
         */
        private void playersOfNewClubs() {
            if (!anyStage) {
                return;
            }
            for (Person p : people.values()) {
                for (int[] o : p.occurrences) {
                    int k = afterAppositive(o[1]);
                    int from = k;
                    while (k < t.n && k < from + 4 && MEMBERSHIP_WORDS.contains(t.fold[k])) {
                        k++;
                    }
                    ClubInText club = k > from && k < t.n && clubAt[k] >= 0 ? cms.get(clubAt[k]) : null;
                    boolean before = club != null && club.b < t.n && PLAYER_NOUNS.contains(t.fold[club.b]);
                    boolean after = k + 1 < t.n && PLAYER_NOUNS.contains(t.fold[k]) && clubAt[k + 1] >= 0
                            || k + 2 < t.n && PLAYER_NOUNS.contains(t.fold[k]) && CLUB_OF.contains(t.fold[k + 1])
                            && clubAt[k + 2] >= 0;
                    if (club != null && club.club != null && before) {
                        p.score += 3;
                        club.dest = true;
                        break;
                    }
                    if (after) {
                        ClubInText of = cms.get(clubAt[clubAt[k + 1] >= 0 ? k + 1 : k + 2]);
                        if (of.club != null) {
                            p.score += 3;
                            of.dest = true;
                            break;
                        }
                    }
                }
            }
        }

        /**
         * The token after a nickname set off by commas and followed by a verb of being ("Gabriel Barbosa, o Gabigol,
         * é o novo reforço do Santos"): the verb; else k itself.
         */
        private int afterAppositive(int k) {
            if (k >= t.n || !",".equals(t.fold[k])) {
                return k;
            }
            for (int q = k + 1; q < t.n && q <= k + 4 && t.sent[q] == t.sent[k]; q++) {
                if (",".equals(t.fold[q])) {
                    return q + 1 < t.n && BEING.contains(t.fold[q + 1]) ? q + 1 : k;
                }
            }
            return k;
        }

        /**
         * "'I'm happy here and I'm not going anywhere,' Marc Guéhi said", "« Je n'ai jamais parlé avec Al-Hilal » :
         * Ousmane Dembélé dément ...": a person who speaks in the first person in a quote beside his name, in a text
         * about a transfer, speaks of his own future; he is the player.
         */
        private void speakersOfTheirOwnFuture() {
            if (!anyStage) {
                return;
            }
            for (Person p : people.values()) {
                if (p.nonPlayer || p.score >= 3) {
                    continue;
                }
                for (int[] o : p.occurrences) {
                    if (firstPersonQuote(o[0] - 1, -1) || firstPersonQuote(o[1], 1)) {
                        p.score += 3;
                        break;
                    }
                }
            }
        }

        /**
         * "Evann Guessand is at Bodymoor Heath this morning undergoing his medical", "Rodrigo Zalazar está a realizar
         * exames médicos em Alcochete", "Jobe Bellingham hat den Medizincheck beim BVB absolviert": in a clause about a
         * medical examination, the first person named by a full name, not a place after a preposition nor the end of a
         * longer proper name ("alla clinica La Madonnina"), is the player taking it.
         */
        private void examinedPlayers() {
            if (!anyStage) {
                return;
            }
            int c = -1;
            for (int k = 0; k < t.n; k++) {
                if ((st.startCats[k] & EXAM) == 0 || t.clause[k] == c) {
                    continue;
                }
                c = t.clause[k];
                Person first = null;
                int firstAt = Integer.MAX_VALUE;
                for (Person p : people.values()) {
                    for (int[] o : p.occurrences) {
                        if (o[0] < firstAt && t.clause[o[0]] == c && o[1] - o[0] >= 2 && !afterPlacePreposition(o[0])
                                && !(o[0] > 0 && t.cap[o[0] - 1] && t.type[o[0] - 1] == Tokens.WORD)) {
                            first = p;
                            firstAt = o[0];
                        }
                    }
                }
                if (first != null && !first.nonPlayer && first.score < 3) {
                    first.score += 3;
                }
            }
        }

        /** Whether the word before token k, past any determiner, is a preposition of place ("at Carrington"). */
        private boolean afterPlacePreposition(int k) {
            int before = k - 1;
            while (before >= 0 && DETERMINERS.contains(t.fold[before])) {
                before--;
            }
            return before >= 0 && PLACE_PREPOSITIONS.contains(t.fold[before]);
        }

        /**
         * Whether a quote in the first person starts within a few tokens from token k, going in direction {@code dir}
         * (a verb of saying and a comma or colon may come between).
         */
        private boolean firstPersonQuote(int k, int dir) {
            for (int step = 0; step < 4 && k >= 0 && k < t.n; step++, k += dir) {
                if (t.type[k] == Tokens.PUNCT && QUOTE_MARKS.indexOf(t.fold[k].charAt(0)) >= 0) {
                    for (int q = k + dir, words = 0; q >= 0 && q < t.n && words < 30; q += dir, words++) {
                        if (t.type[q] == Tokens.PUNCT && QUOTE_MARKS.indexOf(t.fold[q].charAt(0)) >= 0) {
                            return false;
                        }
                        if (FIRST_PERSON.contains(t.fold[q])) {
                            return true;
                        }
                    }
                    return false;
                }
                if (t.type[k] == Tokens.WORD && step > 1) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether nothing but determiners comes before the club mention in its clause, after a conjunction that
         * opens a subordinate clause ("after Leeds struck an agreement with Newcastle"), after a conjunction that joins
         * two clauses rather than two names ("... su situación y el PSG también ha preguntado por él"), or after an
         * opening phrase and its comma that name no club, person or step ("Selon nos informations, le PSG a sondé ...").
         */
        private boolean opensClause(ClubInText c) {
            int first = t.clauseFirst(t.clause[c.a]);
            int k = c.a - 1;
            while (k >= first && DETERMINERS.contains(t.fold[k])) {
                k--;
            }
            if (k < first || SUBORDINATORS.contains(t.fold[k])) {
                return true;
            }
            return k > first && (t.fold[k].equals(",") && plainOpening(first, k)
                    || CONJUNCTIONS.contains(t.fold[k]) && clubAt[k - 1] < 0 && !nameTok[k - 1]);
        }

        /** Whether tokens [from, to) name no club or person and hold no stage word (a hedge may: "Selon nos informations"). */
        private boolean plainOpening(int from, int to) {
            for (int k = from; k < to; k++) {
                if (clubAt[k] >= 0 || nameTok[k] || (st.startCats[k] & ~HEDGE) != 0 || t.fold[k].equals(",")) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a stage word of one of {@code cats} starts in the clause. */
        private boolean clauseHas(int clause, long cats) {
            for (int k = t.clauseFirst(clause); k <= t.clauseLast(clause); k++) {
                if ((st.startCats[k] & cats) != 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Sunderland have struck a deal with Rennes for X", "Der FC St. Pauli verhandelt mit Hellas Verona über X":
         * the club that opens a clause in which another club is the counterpart ("with Rennes") deals with it for the
         * player, so it is the destination, whatever the verb between them. Not in a denial, which either side may
         * make: "L'Inter smentisce i contatti con il Paris Saint-Germain per Milan Skriniar" (the seller), "El Espanyol
         * desmiente cualquier contacto con el Rayo Vallecano por Álvaro García" (the buyer).
         */
        private void subjectsDealingWithCounterparts() {
            for (ClubInText counterpart : cms) {
                if (!counterpart.counter) {
                    continue;
                }
                int clause = t.clause[counterpart.a];
                if (clauseHas(clause, S_DENIED | S_COLLAPSED)) {
                    continue;
                }
                for (ClubInText c : cms) {
                    if (c.club == null || c.a >= counterpart.a || t.clause[c.a] != clause) {
                        continue;
                    }
                    // the clause's first club, if it opens the clause and has no role yet
                    if (opensClause(c) && !c.hasRole()) {
                        c.dest = true;
                    }
                    break;
                }
            }
        }

        /**
         * The source mentions without the one-word ones that are a first name before a surname: "Romano Schmid" is a
         * player, not Fabrizio Romano.
         */
        private List<SourceMention> notFirstNames(List<SourceMention> found) {
            List<SourceMention> kept = new ArrayList<>(found.size());
            for (SourceMention sm : found) {
                int k = t.tokenAt(sm.start());
                boolean oneWord = k < t.n && t.start[k] == sm.start() && t.end[k] == sm.end() && t.type[k] == Tokens.WORD;
                if (!(oneWord && clubAt[k] < 0 && k + 1 < t.n && t.end[k] + 1 == t.start[k + 1] && clubAt[k + 1] < 0
                        && nameWordBeside(t, k + 1, k))) {
                    kept.add(sm);
                }
            }
            return kept;
        }

        /** The tokens inside a source mention (no player's name). */
        private boolean[] sourceTokens() {
            boolean[] sourceTok = new boolean[t.n];
            for (SourceMention sm : sms) {
                int a = t.tokenAt(sm.start());
                for (int k = a; k < t.n && t.start[k] < sm.end(); k++) {
                    sourceTok[k] = true;
                }
            }
            return sourceTok;
        }

        /** Notes whether the text has stage, extension and history vocabulary; returns the sentences with a stage. */
        private boolean[] readStages() {
            boolean[] sentenceHasStage = new boolean[t.sentences];
            for (int i = 0; i < t.n; i++) {
                long cats = st.startCats[i];
                anyStage |= (cats & STAGE_ANY) != 0;
                anyExtension |= (cats & EXTENSION) != 0;
                anyHistory |= (cats & HISTORY) != 0
                        || (pl.startCats[i] & PAST_SIGNING) != 0 && !PeopleFinder.signingVerb(t, pl, pl.startEnd[i]);
                if ((cats & STAGE_ANY) != 0) {
                    sentenceHasStage[t.sent[i]] = true;
                }
            }
            return sentenceHasStage;
        }

        Extraction extraction() {
            if (DEBUG) {
                debug();
            }
            List<Person> subjects = new ArrayList<>();
            for (Person p : people.values()) {
                String name = p.fullName != null ? p.fullName : p.mention;
                if (!p.nonPlayer && p.score >= 3 && !COUNTRIES.contains(Names.fold(name))) {
                    subjects.add(p);
                }
            }
            subjects.sort((x, y) -> Integer.compare(y.score, x.score));
            if (subjects.isEmpty() || !anyStage) {
                return new Extraction(List.of(), noClaimReason(anyExtension, anyStage, anyHistory, subjects.isEmpty()), lang, fingerprint);
            }
            for (Person p : subjects) {
                subjectSentences.addAll(p.sentences);
            }
            date = reportDate(report);
            defaultCurrency = "en".equals(lang) ? null : "EUR";
            attributions = ClaimExtractor.this.attributions(full, t, sms, report, subjects);
            info = new ReportInfo(report.id(), report.source(), report.url(), report.title(), report.publishedAt(), fingerprint);
            when = report.publishedAt() != null ? report.publishedAt() : report.receivedAt();
            for (Person p : subjects) {
                claimsAbout(p, p == subjects.get(0));
            }
            if (claims.isEmpty()) {
                String reason = droppedForExtension || anyExtension ? "contract extension"
                        : noDestination ? "no destination club" : noClaimReason(anyExtension, true, anyHistory, false);
                return new Extraction(List.of(), reason, lang, fingerprint);
            }
            return new Extraction(claims, null, lang, fingerprint);
        }

        private void debug() {
            for (Person p : people.values()) {
                System.err.println("  person " + p.fullName + " score=" + p.score + " nonPlayer=" + p.nonPlayer
                        + " clubOf=" + (p.clubOf == null || p.clubOf.club == null ? null : p.clubOf.club.id()));
            }
            for (ClubInText c : cms) {
                System.err.println("  club " + t.text.substring(t.start[c.a], t.end[c.b - 1]) + " -> "
                        + (c.club == null ? null : c.club.id()) + " dest=" + c.dest + " seller=" + c.seller + " weak="
                        + c.sellerWeak + " rival=" + c.rival + " counter=" + c.counter);
            }
        }

        /** The claims about one subject: one per club credited as his destination (or as interested). */
        private void claimsAbout(Person p, boolean primaryPerson) {
            // sentences about this player: where he is named, and (for the main subject) those naming no subject
            List<Integer> sents = new ArrayList<>();
            for (int s = 0; s < t.sentences; s++) {
                if (p.sentences.contains(s) || (primaryPerson && !subjectSentences.contains(s))) {
                    sents.add(s);
                }
            }
            PlayerRef ref = playerRef(p);
            Club seller = p.clubOf != null ? p.clubOf.club : agreeingSeller(p, ref, when, t, pl, cms, sents);
            Credits credits = credit(sents, seller);
            if (credits.destClubs.isEmpty()) {
                noDestination = true;
                return;
            }
            String primary = credits.primary();
            for (Map.Entry<String, List<Integer>> e : credits.credited.entrySet()) {
                claim(p, ref, credits, e.getKey(), e.getKey().equals(primary), e.getValue());
            }
            if (p.fullTokens >= 2) {
                players.remember(ref);
            }
            // only a described club is remembered ("Brighton midfielder X"): a club read from roles may be wrong,
            // and the registry would then turn later readings wrong too
            if (p.clubOf != null && p.clubOf.club != null && when != null) {
                players.rememberClub(ref.id(), p.clubOf.club.id(), when);
            }
        }

        /** The clubs the sentences credit as destinations, clause by clause, and the seller when none was known. */
        private Credits credit(List<Integer> sents, Club knownSeller) {
            Credits cr = new Credits(knownSeller);
            Map<String, Integer> sellerVotes = new HashMap<>();
            for (int s : sents) {
                int c0 = t.clause[t.sentenceFirst(s)];
                int c1 = t.clause[t.sentenceLast(s)];
                for (int c = c0; c <= c1; c++) {
                    if (!creditClause(c, cr, sellerVotes)) {
                        cr.unassigned.add(c);
                    }
                }
            }
            if (cr.seller == null) {
                String best = electSeller(sellerVotes, cr.destClubs);
                if (best != null) {
                    cr.seller = clubs.byId(best).orElse(null);
                    cr.destClubs.remove(best);
                    cr.credited.remove(best);
                }
            }
            if (cr.destClubs.isEmpty() && cr.seller != null) {
                creditCounterpart(sents, cr);
            }
            return cr;
        }

        /** Credits the clause's destination and rival clubs and votes for its sellers; false when it credits none. */
        private boolean creditClause(int c, Credits cr, Map<String, Integer> sellerVotes) {
            boolean any = false;
            // the clause's club mentions in order; one mention covers consecutive tokens
            for (int k = t.clauseFirst(c), ci = -1; k <= t.clauseLast(c); k++) {
                if (clubAt[k] < 0 || clubAt[k] == ci) {
                    continue;
                }
                ci = clubAt[k];
                ClubInText m = cms.get(ci);
                if (m.club == null) {
                    continue;
                }
                if ((m.seller || m.sellerWeak) && !m.dest && !m.rival) {
                    sellerVotes.merge(m.club.id(), m.seller ? 2 : 1, Integer::sum);
                }
                if (m.counter && !m.dest && !m.rival) {
                    sellerVotes.merge(m.club.id(), 1, Integer::sum);
                }
                if (m.dest || m.rival) {
                    if (cr.seller != null && cr.seller.id().equals(m.club.id())) {
                        continue;
                    }
                    cr.destClubs.put(m.club.id(), m.club);
                    cr.credited.computeIfAbsent(m.club.id(), x -> new ArrayList<>()).add(c);
                    cr.rivalOnly.merge(m.club.id(), m.rival && !m.dest, (x, y) -> x && y);
                    any = true;
                }
            }
            return any;
        }

        /** "Dortmund have confirmed an agreement with Real Madrid": the seller's counterpart buys. */
        private void creditCounterpart(List<Integer> sents, Credits cr) {
            for (int s : sents) {
                for (int k = t.sentenceFirst(s); k <= t.sentenceLast(s); k++) {
                    if (clubAt[k] >= 0) {
                        ClubInText m = cms.get(clubAt[k]);
                        if (m.counter && m.club != null && !m.club.id().equals(cr.seller.id())) {
                            cr.destClubs.put(m.club.id(), m.club);
                            cr.credited.computeIfAbsent(m.club.id(), x -> new ArrayList<>()).add(t.clause[k]);
                            cr.rivalOnly.put(m.club.id(), false);
                        }
                    }
                }
            }
            cr.unassigned.removeIf(c -> cr.credited.values().stream().anyMatch(l -> l.contains(c)));
        }

        /** What the wanted clauses say together; each clause is read once per report, into {@link #clauseReadings}. */
        private ClauseFacts facts(boolean[] want) {
            ClauseFacts f = new ClauseFacts();
            boolean sawExtension = false;
            boolean sawOther = false;
            LinkedHashSet<String> hedges = new LinkedHashSet<>();
            for (int c = 0; c < t.clauses; c++) {
                if (!want[c]) {
                    continue;
                }
                ClauseReading r = clauseReadings[c];
                if (r == null) {
                    r = ClauseReading.of(t, st, nameTok, c);
                    clauseReadings[c] = r;
                }
                hedges.addAll(r.hedges());
                if (r.extension()) {
                    sawExtension = true;
                    continue;
                }
                if ((r.cats() & STAGE_ANY) != 0) {
                    sawOther = true;
                }
                f.cats |= r.cats();
            }
            f.anyStage = (f.cats & STAGE_ANY) != 0;
            f.extensionOnly = sawExtension && !sawOther;
            f.hedges = new ArrayList<>(hedges);
            return f;
        }

        /** The claim that the player moves to (or interests) one club, added unless its clauses make none. */
        private void claim(Person p, PlayerRef ref, Credits cr, String clubId, boolean primary, List<Integer> clauses) {
            // the claim's clauses: those crediting the club, and for the primary club those crediting none
            boolean[] want = new boolean[t.clauses];
            flag(want, clauses);
            if (primary) {
                flag(want, cr.unassigned);
            }
            int[] sentences = sentencesOf(t, want);
            ClauseFacts f = facts(want);
            if (f.extensionOnly) {
                droppedForExtension = true;
                return;
            }
            boolean rivalOnly = cr.rivalOnly.getOrDefault(clubId, false);
            if (!f.anyStage && !rivalOnly) {
                return;
            }
            Stage stage = rivalOnly ? Stage.INTEREST : f.stage();
            Fee fee = rivalOnly ? null : fee(t, want, sentences, feesBySentence, defaultCurrency, date);
            Club to = cr.destClubs.get(clubId);
            String id = report.id() + ":" + to.id();
            if (!claimIds.add(id)) {
                id = id + ":" + ref.id();
                claimIds.add(id);
            }
            claims.add(new Claim(id, info, new PlayerMention(ref.id(), ref.name(), p.mention),
                    new ClubRef(to.id(), to.name()), cr.seller == null ? null : new ClubRef(cr.seller.id(), cr.seller.name()),
                    fee, stage, f.hedges, attributions, lang, evidence(t, sentences), when));
        }
    }

    /** The clubs a subject's sentences credit: destinations (or rivals) with their clauses, and the seller. */
    private static final class Credits {
        /** Club id to the clauses crediting it, in the order first credited. */
        final LinkedHashMap<String, List<Integer>> credited = new LinkedHashMap<>();
        final Map<String, Club> destClubs = new HashMap<>();
        /** Whether a club is credited only as an interested rival, never as the destination. */
        final Map<String, Boolean> rivalOnly = new HashMap<>();
        /** The clauses crediting no club (they go with the primary club). */
        final List<Integer> unassigned = new ArrayList<>();
        Club seller;

        Credits(Club seller) {
            this.seller = seller;
        }

        /** The first club credited as a destination; the first credited club when all are rivals (then no rival). */
        String primary() {
            for (String id : credited.keySet()) {
                if (!rivalOnly.getOrDefault(id, false)) {
                    return id;
                }
            }
            String first = credited.keySet().iterator().next();
            rivalOnly.put(first, false);
            return first;
        }
    }

    /** The club with most seller votes that is not also a destination; else, among several destinations, any voted. */
    private static String electSeller(Map<String, Integer> sellerVotes, Map<String, Club> destClubs) {
        String best = null;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> e : sellerVotes.entrySet()) {
            if (!destClubs.containsKey(e.getKey()) && e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        if (best == null) {
            // a club that is both buyer-like and seller-like, e.g. "X have rejected ... from Y" only
            for (Map.Entry<String, Integer> e : sellerVotes.entrySet()) {
                if (destClubs.size() > 1 && e.getValue() > bestVotes) {
                    best = e.getKey();
                    bestVotes = e.getValue();
                }
            }
        }
        return best;
    }

    private static String noClaimReason(boolean extension, boolean anyStage, boolean history, boolean noSubject) {
        if (extension) {
            return "contract extension";
        }
        if (!anyStage) {
            return history ? "completed transfer mentioned in passing" : "no transfer vocabulary";
        }
        if (history) {
            return "completed transfer mentioned in passing";
        }
        return noSubject ? "no player named as the subject of a transfer" : "no destination club";
    }

    private static LocalDate reportDate(RawReport r) {
        Instant i = r.publishedAt() != null ? r.publishedAt() : r.receivedAt();
        return i == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.ofInstant(i, ZoneOffset.UTC);
    }

    /**
     * The selling club of an agreement between two clubs ("X have agreed a deal with Y for Z"), which reads both
     * ways: X sells when Z is "the sale of" his ("O Sporting chegou a acordo com o Arsenal para a venda de
     * Gyökeres"), or when X is the club the registry last placed Z at ("Brighton have agreed a deal with Chelsea for
     * Caicedo"). Null otherwise, and when Z is named as the object of a signing ("to sign Osimhen", "el fichaje de
     * Bellingham"), which makes X the buyer whatever the registry says (a player on loan plays for the club that
     * buys him).
     */
    private Club agreeingSeller(Person p, PlayerRef ref, Instant when, Tokens t, Lexicon.Matches pl, List<ClubInText> cms,
                                List<Integer> sents) {
        if (cms.stream().noneMatch(m -> m.counter)) {
            return null; // the usual case: no agreement between two clubs
        }
        boolean saleOf = false;
        for (int[] o : p.occurrences) {
            if (pl.endsAt(o[0] - 1, SALE_OF)) {
                saleOf = true;
            } else if (pl.endsAt(o[0] - 1, OBJ_STRONG)) {
                return null;
            }
        }
        Optional<String> known = saleOf || when == null ? Optional.empty() : players.clubOf(ref.id(), when);
        if (!saleOf && known.isEmpty()) {
            return null;
        }
        boolean[] inSentences = new boolean[t.sentences];
        sents.forEach(s -> inSentences[s] = true);
        Club club = null;
        boolean counterpart = false;
        for (ClubInText m : cms) {
            if (m.club == null || !inSentences[t.sent[m.a]]) {
                continue;
            }
            boolean isKnown = known.isPresent() && m.club.id().equals(known.get());
            if (m.counter) {
                counterpart |= !isKnown;
            } else if (club == null && (saleOf || isKnown)) {
                club = m.club;
            }
        }
        return counterpart ? club : null;
    }

    private PlayerRef playerRef(Person p) {
        if (p.fullTokens < 2) {
            Optional<PlayerRef> known = players.resolveSurname(p.key);
            if (known.isPresent()) {
                return known.get();
            }
        }
        return new PlayerRef(Names.slug(p.fullName), p.fullName);
    }

    // ------------------------------------------------------------------------------------------------ clubs

    /**
     * Whether an ambiguous club name may stand for a club the text names unambiguously ({@code named}): "United"
     * after "Manchester United", "the Reds" in the sentence after "Liverpool". In the sentence that names the
     * club, only a shortening of that name counts: in "O Sporting está em negociações com o Braga" the two are
     * counterparts, and "Sporting" is not SC Braga. A nickname that is no word of the club's names counts there too
     * ("El Atlético de Madrid va con todo por X: los rojiblancos han presentado una oferta").
     */
    private static boolean namedBefore(Tokens t, ClubMention ambiguous, Club candidate, List<ClubMention> named) {
        if (named == null) {
            return false;
        }
        int sentence = t.sent[t.tokenAt(ambiguous.start())];
        String[] words = Names.fold(ambiguous.surface()).split(" ");
        String last = words[words.length - 1];
        for (ClubMention n : named) {
            if (t.sent[t.tokenAt(n.start())] != sentence || List.of(Names.fold(n.surface()).split(" ")).contains(last)
                    || !wordOfName(candidate.name(), last) && candidate.aliases().stream().noneMatch(a -> wordOfName(a, last))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word is one of the words of a club's name or alias. */
    private static boolean wordOfName(String name, String folded) {
        return List.of(Names.fold(name).split("[ .\\-]")).contains(folded);
    }

    /** Whether token k is a capitalised word of the sentence of token a that may be part of a name. */
    private static boolean nameWordBeside(Tokens t, int k, int a) {
        return k >= 0 && k < t.n && t.type[k] == Tokens.WORD && t.cap[k] && t.sent[k] == t.sent[a]
                && (t.traits(k) & WordTraits.STOP) == 0 && Character.isLetter(t.text.charAt(t.start[k]));
    }

    private List<ClubInText> clubMentions(String text, Tokens t, String lang) {
        List<ClubMention> raw = clubs.findMentions(text);
        // clubs named unambiguously, with the sentences that name them and the words they are named by
        Map<String, List<ClubMention>> sure = new HashMap<>();
        for (ClubMention m : raw) {
            m.club().ifPresent(c -> sure.computeIfAbsent(c.id(), k -> new ArrayList<>(2)).add(m));
        }
        List<ClubInText> out = new ArrayList<>(raw.size());
        for (ClubMention m : raw) {
            int a = t.tokenAt(m.start());
            int b = a;
            while (b < t.n && t.start[b] < m.end()) {
                b++;
            }
            if (b <= a) {
                continue;
            }
            Club club = m.club().orElse(null);
            // "Bruno Guimarães": the last word of a club's name (Vitória Guimarães; not the name itself, as in
            // "AS Roma") after a capitalised word is a surname
            if (club != null && b == a + 1 && m.start() == t.start[a] && club.name().endsWith(" " + m.surface())
                    && Character.isLowerCase(club.name().charAt(1)) && nameWordBeside(t, a - 1, a)
                    && t.end[a - 1] + 1 == t.start[a]) {
                continue;
            }
            if (club == null) {
                // "Milan Skriniar", "Thiago Santos": an ambiguous word that starts or ends a person's name is no club
                if (nameWordBeside(t, b, a) || nameWordBeside(t, a - 1, a)) {
                    continue;
                }
                Club only = null;
                int hits = 0;
                for (Club cand : m.candidates()) {
                    if (namedBefore(t, m, cand, sure.get(cand.id()))) {
                        only = cand;
                        hits++;
                    }
                }
                if (hits == 1) {
                    club = only;
                } else {
                    String id = AMBIGUOUS_DEFAULTS.get(lang + ":" + Names.fold(m.surface()));
                    if (id != null) {
                        for (Club cand : m.candidates()) {
                            if (cand.id().equals(id)) {
                                club = cand;
                            }
                        }
                    }
                }
            }
            out.add(new ClubInText(a, b, club, m.start()));
        }
        return out;
    }

    private void clubRole(ClubInText c, Tokens t, Lexicon.Matches cb, Lexicon.Matches ca, Lexicon.Matches pl, List<ClubInText> cms,
                          int[] clubAt, boolean[] nameTok) {
        // "beating Paris Saint-Germain and Liverpool to his signature": a club joined to a rival is a rival too
        int and = c.a - 1;
        if (and >= 1 && CONJUNCTIONS.contains(t.fold[and]) && clubAt[and - 1] >= 0 && cms.get(clubAt[and - 1]).rival) {
            c.rival = true;
            return;
        }
        // "reports linking Antoine Semenyo with Tottenham": the club a player is linked with wants him
        int with = c.a - 1;
        if (with >= 2 && t.fold[with].equals("with") && nameTok[with - 1]) {
            int k = with - 1;
            while (k > 0 && nameTok[k]) {
                k--;
            }
            if (LINKING.contains(t.fold[k])) {
                c.dest = true;
                return;
            }
        }
        // "na mira do Aston Villa e do Tottenham": a club joined to a destination by a conjunction and the preposition
        // that club had is a destination too (the repeated "do" is no seller's "of")
        int of = c.a - 1;
        if (of >= 2 && CLUB_OF.contains(t.fold[of]) && CONJUNCTIONS.contains(t.fold[of - 1]) && clubAt[of - 2] >= 0) {
            ClubInText joined = cms.get(clubAt[of - 2]);
            if (joined.dest && joined.a > 0 && t.fold[joined.a - 1].equals(t.fold[of])) {
                c.dest = true;
                return;
            }
        }
        // "wanted by both Liverpool and Tottenham": a club joined to a destination named after its cue is one too
        if (of >= 1 && CONJUNCTIONS.contains(t.fold[of]) && clubAt[of - 1] >= 0) {
            ClubInText joined = cms.get(clubAt[of - 1]);
            if (joined.dest && joined.a > 0 && cb.endsAt(joined.a - 1, DEST_BEFORE)) {
                c.dest = true;
                return;
            }
        }
        // German puts the verb last: in "Dortmund hat Sancho an United verkauft" the subject sells and "an" names the
        // buyer (elsewhere "an" is no cue: "Ablöse an Tottenham" is money paid to the seller)
        if (saleVerbLast(t, t.clause[c.a])) {
            int before = c.a - 1;
            while (before >= 0 && DETERMINERS.contains(t.fold[before])) {
                before--;
            }
            if (before >= 0 && t.fold[before].equals("an")) {
                c.dest = true;
                return;
            }
            if (c.b < t.n && GERMAN_AUXILIARIES.contains(t.fold[c.b])) {
                c.seller = true;
                return;
            }
            // "Der FC Bayern leiht Tel an den VfB Stuttgart aus" lends; "Der VfL Bochum leiht Sissoko aus" borrows
            if (c.b < t.n && t.fold[c.b].equals("leiht") && anyAfter(t, c.b, k -> t.fold[k].equals("an"))) {
                c.seller = true;
                return;
            }
        }
        // what comes before; a cue may end on the club's own article ("le visite mediche con il Milan")
        int j = DETERMINERS.contains(t.fold[c.a]) && cb.endsAt(c.a, DEST_BEFORE | SELL_BEFORE | RIVAL_BEFORE | POSS_PREP
                | COUNTER_BEFORE | SELL_WEAK) ? c.a : c.a - 1;
        // "join Saudi champions Al-Ittihad", "joined Saudi Pro League side Al-Ahli", "to the Premier League club"
        for (int skip = 0; skip < 5 && j >= 0 && !cb.endsAt(j, DEST_BEFORE | SELL_BEFORE | RIVAL_BEFORE | POSS_PREP
                | COUNTER_BEFORE); skip++) {
            String f = t.fold[j];
            if (DETERMINERS.contains(f) || CLUB_DESCRIPTORS.contains(f) || (t.cap[j] && (t.traits(j) & WordTraits.STOP) != 0)) {
                j--;
            } else {
                break;
            }
        }
        if (j >= 0 && cb.endsAt(j, MATCH_RESULT)) {
            return; // "the 2-0 win over Fulham": an opponent on the pitch
        }
        boolean weakBefore = false;
        if (j >= 0 && t.clause[j] == t.clause[c.a] && cb.endsAt(j, DEST_BEFORE | SELL_BEFORE | RIVAL_BEFORE | COUNTER_BEFORE
                | POSS_PREP | SELL_WEAK)) {
            long cats = cb.endCats[j];
            int ps = cb.endStart[j];
            if ((cats & RIVAL_BEFORE) != 0) {
                c.rival = true;
                return;
            } else if ((cats & DEST_BEFORE) != 0) {
                if (ps == j && RECIPIENT.contains(t.fold[j])
                        && (offerBefore(t, cb, ps) || anyBefore(t, ps, k -> payingWord(t, k)) || moneyGoes(t, c.b))) {
                    // "an offer of €90m to Eintracht", "une offre à l'Eintracht", "pagar los 60 millones a la Real
                    // Sociedad", "all'Atalanta vanno 58 milioni": the offer or the money goes to the seller
                    c.seller = true;
                } else {
                    c.dest = true;
                    denierSells(c, t, cms);
                }
                return;
            } else if ((cats & SELL_BEFORE) != 0) {
                if ((cats & FROM) != 0 && offerBefore(t, cb, ps) && !ofPlayer(t, ps, pl, nameTok)) {
                    c.dest = true;
                } else {
                    c.seller = true;
                }
                return;
            } else if ((cats & POSS_PREP) != 0) {
                if (ofPlayer(t, ps, pl, nameTok)) {
                    c.seller = true;
                    return;
                }
                if (offerBefore(t, cb, ps)) {
                    c.dest = true; // "un'offerta da 120 milioni dell'Al-Hilal": the offer of the club that makes it
                    return;
                }
            }
            weakBefore = true;
        }
        // what comes after
        int k = c.b;
        int steps = 0;
        boolean onlyCoord = true;
        boolean official = false;
        while (k < t.n && steps < 9 && t.clause[k] == t.clause[c.a]) {
            if (clubAt[k] >= 0) {
                if (!onlyCoord) {
                    break;
                }
                k = Math.max(k + 1, findEnd(clubAt, k));
                steps++;
                continue;
            }
            if (nameTok[k]) {
                if (!official) {
                    break;
                }
                k++; // "Bayern Munich sporting director Max Eberl has dismissed ...": the official speaks for the club
                steps++;
                continue;
            }
            long cats = ca.startCats[k];
            if (cats != 0) {
                int e = ca.startEnd[k];
                official = (cats & OFFICIAL) != 0 && k <= c.b + 1;
                if ((cats & ALSO_AFTER) != 0) {
                    c.rival = true;
                    return;
                }
                if ((cats & SELL_AFTER) != 0) {
                    c.seller = true;
                    return;
                }
                if ((cats & DEST_AFTER) != 0) {
                    if ((cats & WANT) != 0 && e + 1 < t.n && askingFollows(t, e + 1)) {
                        c.seller = true;
                    } else {
                        c.dest = true;
                        c.deniesThat = (cats & DENIES) != 0 && e + 1 < t.n && THAT.contains(t.fold[e + 1]);
                    }
                    return;
                }
                k = e + 1;
                steps++;
                continue;
            }
            if (!COORD.contains(t.fold[k]) && !DETERMINERS.contains(t.fold[k])) {
                onlyCoord = false;
            }
            if (t.type[k] == Tokens.PUNCT && !COORD.contains(t.fold[k]) && !t.fold[k].equals("'")
                    && !(k == c.b + 1 && t.type[c.b] == Tokens.POSS && t.sumAt(k))) {
                if (!t.fold[k].equals(",")) {
                    break;
                }
            }
            k++;
            steps++;
        }
        if (weakBefore) {
            int j2 = j;
            long cats = cb.endCats[j2];
            if ((cats & COUNTER_BEFORE) != 0) {
                c.counter = true;
            } else if ((cats & SELL_WEAK) != 0) {
                c.sellerWeak = true;
            }
        }
    }

    private static final Set<String> THAT = Set.of("that", "che", "que", "dass", "qu'");

    /**
     * "Paris Saint-Germain have denied that Mbappe has agreed to join Real Madrid": a club that denies that its
     * player joins another club is the seller, not a destination. Called when {@code dest} is named as a
     * destination ("join Real Madrid"); the denier is an earlier club of the same sentence.
     */
    private static void denierSells(ClubInText dest, Tokens t, List<ClubInText> cms) {
        for (ClubInText c : cms) {
            if (c.a >= dest.a) {
                return;
            }
            if (c.deniesThat && t.sent[c.a] == t.sent[dest.a] && c.club != dest.club) {
                c.dest = false;
                c.deniesThat = false;
                c.seller = true;
            }
        }
    }

    /**
     * German verbs of selling or loaning out, or of receiving, accepting or turning down an offer, as they close a
     * clause: the subject is the selling club. Not "abgegeben": "ein Angebot abgegeben" is a bid made.
     */
    private static final Set<String> SALE_VERBS_LAST = Set.of("verkauft", "verkaufen", "verliehen", "verleihen",
            "angenommen", "akzeptiert", "abgelehnt", "erhalten", "aus");

    private static final Set<String> GERMAN_AUXILIARIES = Set.of("hat", "haben", "hatte", "hatten", "will", "wollen",
            "wird", "werden", "mochte", "mochten", "kann", "konnte");

    /** Whether the last word of the clause is a German verb of selling. */
    private static boolean saleVerbLast(Tokens t, int clause) {
        int first = t.clauseFirst(clause);
        int k = t.clauseLast(clause);
        while (k > first && t.type[k] == Tokens.PUNCT) {
            k--;
        }
        return t.type[k] == Tokens.WORD && SALE_VERBS_LAST.contains(t.fold[k]);
    }

    /**
     * Whether the "of"/"do"/"del" starting at token ps follows a player or his position, so that the club after it
     * is his: "the striker of Napoli", "o atacante Estêvão, do Palmeiras".
     */
    private static boolean ofPlayer(Tokens t, int ps, Lexicon.Matches pl, boolean[] nameTok) {
        int q = ps - 1;
        if (q > 0 && t.fold[q].equals(",") && nameTok[q - 1]) {
            q--;
        }
        return q >= 0 && (pl.endsAt(q, POSITION) || nameTok[q]);
    }


    private static int findEnd(int[] clubAt, int k) {
        int ci = clubAt[k];
        while (k < clubAt.length && clubAt[k] == ci) {
            k++;
        }
        return k;
    }

    private static boolean askingFollows(Tokens t, int k) {
        String f = t.fold[k];
        return f.equals("€") || f.equals("£") || f.equals("$") || t.type[k] == Tokens.NUM || f.equals("more")
                || f.equals("in") || f.equals("at") || f.equals("around") || f.equals("over") || f.equals("almeno")
                || f.equals("mas") || f.equals("mehr");
    }

    private static boolean offerBefore(Tokens t, Lexicon.Matches cb, int from) {
        return anyBefore(t, from, k -> (cb.startCats[k] & OFFER_NOUN) != 0 || OFFER_WORDS.contains(t.fold[k]));
    }

    /** Whether a token after {@code from} in its clause passes {@code test}. */
    private static boolean anyAfter(Tokens t, int from, IntPredicate test) {
        for (int k = from + 1; k < t.n && t.clause[k] == t.clause[from]; k++) {
            if (test.test(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token up to 16 before {@code from}, in its clause, passes the test. */
    private static boolean anyBefore(Tokens t, int from, IntPredicate test) {
        for (int k = from - 1; k >= 0 && k >= from - 16 && t.clause[k] == t.clause[from]; k--) {
            if (test.test(k)) {
                return true;
            }
        }
        return false;
    }

    /** Paying, whose "to X" names the club paid: the seller (not in {@link #OFFER_WORDS}: "paid ... from X" buys). */
    private static final Set<String> PAY_WORDS = Set.of("pay", "pays", "paying", "paid", "pagar", "pagara", "pagare",
            "pagando", "pagado", "pagato", "zahlen", "zahlt", "bezahlt", "payer", "paiera", "paye", "offered",
            "offerto", "ofrecido", "ofrecio", "ofereceu", "offert", "proposed", "proposto", "propuesto", "propose");

    /**
     * A word of {@link #PAY_WORDS} that pays, not one that describes a move ("his proposed £28m move from Celtic to
     * Nottingham Forest": the move's destination is no payee).
     */
    private static boolean payingWord(Tokens t, int k) {
        if (!PAY_WORDS.contains(t.fold[k])) {
            return false;
        }
        int next = t.sumAt(k + 1) ? k + 3 : k + 1;
        return next >= t.n || !MOVE_NOUNS.contains(t.fold[next]);
    }


    /** "go" of money going to a club, in the languages that put the club first: "all'Atalanta vanno 58 milioni". */
    private static final Set<String> MONEY_GOES = Set.of("va", "vanno", "andranno", "andrebbero", "van", "iran", "vao",
            "irao");

    /** Whether token k says that a sum goes (to the club just before): "vanno 58 milioni", "irán unos 60 millones". */
    private static boolean moneyGoes(Tokens t, int k) {
        if (k >= t.n || !MONEY_GOES.contains(t.fold[k])) {
            return false;
        }
        for (int q = k + 1; q < t.n && q <= k + 3 && t.clause[q] == t.clause[k]; q++) {
            if (t.type[q] == Tokens.NUM) {
                return true;
            }
        }
        return false;
    }

    /** One-word "to" of a club receiving something: after an offer, the club that is offered money. */
    private static final Set<String> RECIPIENT = Set.of("to", "à", "a", "au", "al", "alla", "all'");

    private static final Set<String> OFFER_WORDS = Set.of("bid", "offer", "approach", "interest", "proposal", "enquiry",
            "offerta", "oferta", "angebot", "proposta", "offre", "bids", "offers", "interes", "interesse",
            "interet");

    // ------------------------------------------------------------------------------------------------ clauses

    private static final class ClauseFacts {
        long cats;
        boolean anyStage;
        boolean extensionOnly;
        List<String> hedges = new ArrayList<>();

        Stage stage() {
            if ((cats & S_DENIED) != 0) {
                return Stage.DENIED;
            }
            if ((cats & S_COLLAPSED) != 0) {
                return Stage.COLLAPSED;
            }
            if ((cats & S_OFFICIAL) != 0) {
                return Stage.OFFICIAL;
            }
            if ((cats & S_MEDICAL) != 0) {
                return Stage.MEDICAL;
            }
            if ((cats & S_AGREEMENT) != 0) {
                return Stage.AGREEMENT;
            }
            if ((cats & S_BID) != 0) {
                return Stage.BID;
            }
            if ((cats & S_TALKS) != 0) {
                return Stage.TALKS;
            }
            return Stage.INTEREST;
        }
    }

    /** What one clause says: its vocabulary's categories, whether it speaks of an extension, its hedges. */
    private record ClauseReading(long cats, boolean extension, List<String> hedges) {

        /** A relative clause ("who ...", "che ..."), which says nothing of the claim's stage. */
        static final ClauseReading RELATIVE = new ClauseReading(0, false, List.of());

        static ClauseReading of(Tokens t, Lexicon.Matches st, boolean[] nameTok, int c) {
            int first = t.clauseFirst(c);
            int last = t.clauseLast(c);
            String opener = t.fold[first];
            if ((opener.equals("who") || opener.equals("which") || opener.equals("having") || opener.equals("che")
                    || opener.equals("que")) && !aboutTheNextStep(t, nameTok, first)) {
                return RELATIVE;
            }
            boolean extension = false;
            boolean negated = false;
            long cats = 0;
            List<String> hedges = List.of();
            for (int k = first; k <= last; k++) {
                long m = st.startCats[k];
                if (m == 0) {
                    negated |= negator(t, k);
                    continue;
                }
                if (negated) {
                    m &= ~NEGATABLE; // "no offer has been submitted yet": the rest of the clause says what did not happen
                }
                if ((m & HISTORY) != 0) {
                    break;
                }
                if ((m & EXTENSION) != 0) {
                    extension = true;
                }
                if ((m & HEDGE) != 0) {
                    if (hedges.isEmpty()) {
                        hedges = new ArrayList<>(2);
                    }
                    hedges.add(t.text.substring(t.start[k], t.end[st.startEnd[k]]).toLowerCase(java.util.Locale.ROOT));
                }
                cats |= m;
            }
            return new ClauseReading(cats, extension, hedges);
        }
    }

    /** Words after "who is/are" that put what follows ahead: "who is set to undergo a medical". */
    private static final Set<String> AHEAD = Set.of("set", "due", "expected", "scheduled", "poised", "about");

    /**
     * Whether the relative clause opened at token {@code first} tells what a person named just before it will do
     * next ("Victor Osimhen, who will fly to Istanbul for his medical"), and so speaks of the move; what he has done
     * ("who underwent a medical last summer", "who has a release clause") does not.
     */
    private static boolean aboutTheNextStep(Tokens t, boolean[] nameTok, int first) {
        if (first < 2 || !nameTok[first - 2] || !t.fold[first - 1].equals(",") || !t.fold[first].equals("who")
                || first + 2 > t.clauseLast(t.clause[first])) {
            return false;
        }
        String verb = t.fold[first + 1];
        return verb.equals("will") || ((verb.equals("is") || verb.equals("are")) && AHEAD.contains(t.fold[first + 2]));
    }

    /** Stages a negation takes back; a denial, a collapse and resistance say their own "no". */
    private static final long NEGATABLE = STAGE_ANY & ~(S_DENIED | S_COLLAPSED);

    /** A word that negates what follows in its clause. */
    private static boolean negator(Tokens t, int k) {
        return (t.traits(k) & WordTraits.NEGATOR) != 0
                && !(k + 1 < t.n && (t.traits(k + 1) & WordTraits.NOT_NEGATED) != 0);
    }

    private Fee fee(Tokens t, boolean[] want, int[] sents, Map<Integer, List<FeeParser.Money>> cache,
                    String defaultCurrency, LocalDate date) {
        FeeParser.Money best = null;
        for (int s : sents) {
            List<FeeParser.Money> found = cache.computeIfAbsent(s, x -> {
                int a = t.sentenceFirst(x);
                int b = t.sentenceLast(x);
                int base = t.start[a];
                List<FeeParser.Money> ms = FeeParser.find(t.text.substring(base, t.end[b]), defaultCurrency);
                List<FeeParser.Money> shifted = new ArrayList<>(ms.size());
                for (FeeParser.Money m : ms) {
                    shifted.add(new FeeParser.Money(m.start() + base, m.end() + base, m.amount(), m.currency(), m.min(),
                            m.max(), m.addOns(), m.approximate(), m.kind(), m.explicitCurrency()));
                }
                return shifted;
            });
            for (FeeParser.Money m : found) {
                int tok = t.tokenAt(m.start());
                if (tok >= t.n || !want[t.clause[tok]] || m.kind() == FeeKind.WAGE) {
                    continue;
                }
                best = m;
                break;
            }
            if (best != null) {
                break;
            }
        }
        if (best == null) {
            return null;
        }
        OptionalDouble eur = rates.toEur(best.amount(), best.currency(), date);
        return new Fee(best.amount(), best.currency(), eur.isPresent() ? eur.getAsDouble() : null, best.kind(),
                best.min() != null ? best.min() : best.amount(), best.max() != null ? best.max() : best.amount(),
                best.addOns(), best.approximate());
    }

    /** Sets the flags of the clause ids. */
    private static void flag(boolean[] want, List<Integer> clauses) {
        for (int i = 0, n = clauses.size(); i < n; i++) {
            want[clauses.get(i)] = true;
        }
    }

    /** The sentences holding the flagged clauses, in text order, each once. */
    private static int[] sentencesOf(Tokens t, boolean[] want) {
        int[] out = new int[8];
        int n = 0;
        int last = -1;
        for (int c = 0; c < want.length; c++) {
            if (want[c]) {
                int s = t.sent[t.clauseFirst(c)];
                if (s != last) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = s;
                    last = s;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static List<String> evidence(Tokens t, int[] sents) {
        List<String> out = new ArrayList<>();
        for (int s : sents) {
            if (out.size() == 4) {
                break;
            }
            out.add(t.sentenceText(s));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ attributions

    private List<SourceRef> attributions(String text, Tokens t, List<SourceMention> sms, RawReport report,
                                         List<Person> subjects) {
        if (sms.isEmpty()) {
            return List.of();
        }
        Lexicon.Matches ci = CITE.match(t);
        // embedded posts: "... — LFC Transfer Room (@LFCTransferRoom) March 17, 2021"
        List<int[]> signatures = new ArrayList<>();
        if (text.indexOf("(@") >= 0) { // every signature holds "(@handle)"
            Matcher m = POST_SIGNATURE.matcher(text);
            while (m.find()) {
                signatures.add(new int[]{m.start(), m.end()});
            }
        }
        String own = report.source() == null ? null : report.source().id();
        LinkedHashMap<String, SourceRef> out = new LinkedHashMap<>();
        for (SourceMention sm : sms) {
            Source s = sm.source();
            if (s.id().equals(own)) {
                continue;
            }
            int a = t.tokenAt(sm.start());
            int b = a;
            while (b < t.n && t.start[b] < sm.end()) {
                b++;
            }
            int[] sig = null;
            for (int[] g : signatures) {
                if (sm.start() >= g[0] && sm.end() <= g[1]) {
                    sig = g;
                }
            }
            boolean cited;
            if (sig != null) {
                // the author of an embedded post is an origin only when the post cites nobody else and is about the move
                int postStart = Math.max(text.lastIndexOf('\n', sig[0]) + 1, 0);
                String post = text.substring(postStart, sig[0]);
                boolean citesOther = post.contains("[@") || post.contains("(@") || post.toLowerCase().contains("via @");
                boolean aboutSubject = false;
                String fpost = TextFold.fold(post);
                for (Person p : subjects) {
                    aboutSubject |= fpost.contains(p.key);
                }
                cited = !citesOther && aboutSubject;
            } else {
                boolean bracket = sm.start() > 0 && (text.charAt(sm.start() - 1) == '[' || text.charAt(sm.start() - 1) == '(')
                        && sm.via() == SourceMention.Via.HANDLE;
                boolean before = false;
                for (int k = a - 1; k >= 0 && k >= a - 3 && t.sent[k] == t.sent[a]; k--) {
                    if (ci.endsAt(k, CITE_BEFORE)) {
                        before = true;
                        break;
                    }
                    if (!DETERMINERS.contains(t.fold[k]) && t.type[k] != Tokens.PUNCT) {
                        break;
                    }
                }
                boolean after = b < t.n && ci.startsAt(b, CITE_AFTER);
                boolean dash = a > 0 && (t.fold[a - 1].equals("—") || t.fold[a - 1].equals("–"));
                cited = bracket || before || after || dash;
            }
            if (cited) {
                out.putIfAbsent(s.id(), new SourceRef(s.id(), s.name(), s.kind().wireName()));
            }
        }
        return new ArrayList<>(out.values());
    }
}
