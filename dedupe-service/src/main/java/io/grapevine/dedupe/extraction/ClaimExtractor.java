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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.grapevine.dedupe.extraction.Vocabulary.*;

/**
 * From a {@link RawReport} to the transfer {@link Claim}s it makes: who (the player), where to (destination club,
 * and the selling club when stated), how much (fee, converted to EUR at the report's date), how far (stage), how
 * sure (hedges), on whose word (attributions), with the sentences that say so.
 *
 * <p>Plain Java, no framework: the catalogues and the player registry are passed in. Thread-safe (the only mutable
 * collaborator is the registry, which must be thread-safe itself). One pass of a tokenizer, whose words the
 * gazetteer's and the source catalogue's trie matchers read too ({@link MatcherWords}), six lexicon passes (tries
 * over folded words), and the fee scanners on sentences that contain a digit.
 */
public final class ClaimExtractor {

    static final WordSet STOP = WordSet.copyOf(java.util.Arrays.asList(("the a an according however meanwhile if he his it its this that they "
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
            + "merseyside munich london bavaria riyadh turin stamford bridge old nou camp allianz arena san siro "
            + "parc princes des luz estadio stock exchange il la le lo el los las der die das o os as les un une uno una ein "
            + "eine i gli secondo segun laut selon segundo ufficiale salta trattativa visite infortunio understand madrid "
            + "blues reds gunners hammers seagulls citizens whites sky sports news gazzetta corriere marca kicker bild record "
            + "telegraph guardian times bbc goal standard evening mail sun mirror equipe rmc ge sport var fifa uefa efl epl "
            + "ucl mls we our you i me my she her them what when where why how who which there these those ha he's "
            + "nerazzurri blaugrana bianconeri rossoneri tifosi der fc cf ac sc afc dem den am im zum zur vom vor nach beim "
            + "und oder aber kein nicht ist sind war das ein eine einer einen auf aus mit bei um fur ohne gegen "
            + "i'm i've i'll it's that's offerte sans tyneside teesside merseyside wearside midlands berichte bericht presentata presentato interroge elland road lane mestalla valdebebas alvalade formello bombonera dragao rocher capitale ecco anche dopo prima poi ora gia non piu molto oggi domani ieri mio mrd mln zuletzt montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz juni juli "
            + "oktober dezember strasse spekulationen geruchte european europeen europeo europeu ja loan nessuna nessuno ninguna ninguno nenhum nenhuma aucun aucune keine "
            + "pero como tras desde hasta hoy manana ayer ya aun muy "
            + "mas mais apos ate hoje amanha ontem ja ainda muito "
            + "mais apres avant depuis aujourd hui demain hier deja encore tres "
            + "deadline sources source report reports striker defender midfielder winger forward goalkeeper captain "
            + "statement stadium arena talks deal fee bid offer move transfer agreement here we go lfc done euro euros "
            + "millionen millones milioni milhoes millions million reais ablose medizincheck angebot wechsel verein klub "
            + "boni bonus ausstiegsklausel klausel vertrag british-record club-record "
            + "jahr jahre jahren zukunft kandidat sommer winter saison mannschaft medien berichten angaben summe "
            + "ablosesumme wunschspieler zugang abgang interesse gesprache verhandlungen einigung anfrage zusage absage "
            + "leihe kaufoption kaufpflicht").split(" ")));

    /** "is a (new) ... player", "è un giocatore del", "est un joueur du": a player's membership of a club. */
    private static final WordSet MEMBERSHIP_WORDS = WordSet.of("is", "now", "officially", "a", "e", "un", "ufficialmente",
            "es", "ya", "ist", "ein", "est", "desormais", "um", "oficialmente", "new", "nuovo", "nuevo", "neuer", "nouveau",
            "novo", "o", "el", "il", "le", "the", "der");
    private static final WordSet PLAYER_NOUNS = WordSet.of("player", "giocatore", "jugador", "spieler", "joueur", "jogador",
            "reforco", "refuerzo", "rinforzo", "acquisto", "fichaje", "recrue", "neuzugang");
    /** What the club a bid is made to does with it: receives, refuses, weighs it (six languages, folded). */
    private static final WordSet RECEIVING = WordSet.of("received", "receives", "receive", "receiving", "recebeu",
            "recebe", "recebido", "recibio", "recibe", "recibido", "ricevuto", "riceve", "ricevere", "recu", "recoit",
            "erhalten", "erhielt", "erhalt", "respinto", "respinge", "rechazado", "rechazo", "rejeitou", "recusou",
            "abgelehnt", "refuse", "rejected", "considering", "weighing", "valuta", "estudia", "studia", "analisa",
            "examine", "examining");
    /** German "at" before a club, and the lists a player stands on there ("steht bei Y auf dem Zettel"). */
    private static final WordSet BEI = WordSet.of("bei", "beim");
    private static final WordSet WISH_LISTS = WordSet.of("zettel", "liste", "wunschliste", "einkaufsliste", "radar");

    /** "is" in six languages (folded: "é" is "e"). */
    private static final WordSet BEING = WordSet.of("is", "e", "es", "ist", "est");

    /** The nouns of a deal before an Italian "Surname-Club" pair ("l'affare Lookman-Inter"). */
    private static final WordSet DEAL_NOUNS = WordSet.of("affare", "trattativa", "operazione", "asse", "pista");

    /** The verbs that follow a new subject after "and" ({@code splitAtASecondSubject}): auxiliaries, and denials. */
    /** Prepositions before the player a clause is about ("a fee for X", "talks over X"). */
    private static final WordSet FOR_WORDS = WordSet.of("for", "over", "about");

    /** Adverbs between "and" and the verb of the same subject ("and are now", "and have also"). */
    private static final WordSet GOING_ON = WordSet.of("now", "also", "already", "still");

    private static final WordSet SUBJECT_VERBS = WordSet.of("have", "has", "had", "are", "is", "were", "was", "will",
            "would", "could", "deny", "denied", "insist", "insisted", "hanno", "han", "haben", "hat", "ont", "tem", "teem");

    /** "To" a buying club after a sale ("la venta de X al Bayer Leverkusen", "a venda de X ao Chelsea"). */
    private static final WordSet SOLD_TO = WordSet.of("to", "al", "ao", "au", "a", "all'", "alla", "an", "zum");

    /** A club's word for confirming, right after its name (six languages, folded). */
    private static final WordSet CONFIRMING = WordSet.of("confirm", "confirms", "confirmed", "conferma", "confirma",
            "confirmou", "bestatigt", "confirme");

    /** Conjunctions that open a subordinate clause, whose subject a club may be ("after Leeds struck ..."). */
    private static final WordSet SUBORDINATORS = WordSet.of("after", "as", "once", "since", "because", "dopo", "después",
            "apres", "nachdem");

    /** Quotation marks, and the words of a speaker talking of himself. */
    private static final String QUOTE_MARKS = "\"“”«»„";
    private static final WordSet FIRST_PERSON = WordSet.of("i", "i'm", "i've", "i'll", "je", "j'", "ich", "io", "eu",
            "yo", "soy", "bin", "suis", "sou");

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

    /** The chars {@code TextFold.foldLoose} keeps inside a word. */
    private static boolean looseWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '#' || c == '@' || c == '_';
    }

    /** The last words of {@link #COUNTRIES}: a name that ends in none of them names no country. */
    private static final WordSet COUNTRY_LAST_WORDS = WordSet.copyOf(COUNTRIES.stream()
            .map(c -> c.substring(c.lastIndexOf(' ') + 1)).toList());

    private static final WordSet PLACE_PREPOSITIONS = WordSet.of("at", "in", "em", "no", "na", "nel", "nella", "alla",
            "al", "à", "au", "en", "sur", "bei", "beim", "im");

    /**
     * The signature of an embedded post, "— LFC Transfer Room (@LFCTransferRoom) March 17, 2021", in two parts found
     * from its "(@": what follows it (the handle and the date), then the dash and the name before it. One pattern
     * tried at every char of the text cost a sixth of a 3 KB article's extraction.
     */
    private static final Pattern SIGNATURE_HANDLE_AND_DATE = Pattern.compile(
            "\\(@\\w{1,30}\\)\\s+\\p{Lu}\\p{Ll}+\\.? \\d{1,2}, \\d{4}");
    /** How far before its "(@" a signature's dash is looked for (the name takes at most 60 chars). */
    private static final int SIGNATURE_REACH = 200;

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
        /** Per clause, one bit for each subject it names (the subjects in order of score; the 64 first). */
        long[] subjectsNamed;
        /** Per sentence, whether it names a club as a destination ({@link #namesADestination}). */
        boolean[] sentenceNamesADestination;
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
            fingerprint = SimHash.fingerprint(t);
            lang = report.language() != null && !report.language().isBlank() ? report.language() : LanguageDetector.detect(t);
            st = STAGES.match(t);
            splitAtASecondSubject();
            clauseReadings = new ClauseReading[t.clauses];
            pl = PLAYER.match(t);
            pa = PLAYER_AFTER.match(t);
            MatcherWords.handOver(t, clubs.words(), sources.words());
            Lexicon.Matches cb = CLUB.match(t);
            cms = ClubRoles.mentions(clubs, full, t, lang, cb);
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
            coordinatedPlayers();
            speakersOfTheirOwnFuture();
            examinedPlayers();
            playersOfNewClubs();
            Lexicon.Matches ca = CLUB_AFTER.match(t);
            for (ClubInText c : cms) {
                if (c.club != null) {
                    ClubRoles.assign(c, t, cb, ca, pl, cms, clubAt, nameTok);
                }
            }
            subjectsDealingWithCounterparts();
            examiningClubs();
            subjectsOfBuyingWords();
            biddersFacingSellers();
            receiversOfAnotherClubsBid();
            jointPartiesOfAnAgreement();
            confirmersOfAMoveElsewhere();
            sellersOfASale();
            wishListsOfClubs();
            theOnlyClubOfAnInterest();
        }

        /**
         * "X steht bei Aston Villa und Al-Ahli auf dem Zettel": the clubs on whose list he stands want him ("bei" names
         * his club elsewhere: "steht bei Wolfsburg unter Vertrag").
         */
        private void wishListsOfClubs() {
            for (ClubInText c : cms) {
                int before = c.a - 1;
                while (before > 0 && t.is(before, WordTraits.DETERMINER)) {
                    before--;
                }
                if (c.club == null || before < 0 || !BEI.contains(t.fold[before])) {
                    continue;
                }
                for (int k = c.b; k < t.n && t.clause[k] == t.clause[c.a]; k++) {
                    if (WISH_LISTS.contains(t.fold[k]) && k >= 2 && t.fold[k - 2].equals("auf")) {
                        onTheList(c, k);
                        break;
                    }
                }
            }
        }

        /** Makes the club, and the clubs joined to it by "und" before the list, the clubs that want him. */
        private void onTheList(ClubInText c, int list) {
            ClubInText last = c;
            for (ClubInText o : cms) {
                if (o == c || o.a > last.b && o.a < list && o.club != null && joinedByAnd(last.b, o.a)) {
                    o.seller = false;
                    o.sellerWeak = false;
                    o.dest = true;
                    last = o;
                }
            }
        }

        /**
         * "Laut Kicker hat der SC Freiburg X von Werder Bremen auf dem Zettel": in a clause that speaks only of
         * interest, a club with no role that is the only such club of its sentence, which credits no destination, is
         * the interested club.
         */
        private void theOnlyClubOfAnInterest() {
            for (ClubInText c : cms) {
                int clause = t.clause[c.a];
                if (c.club == null || c.hasRole() || !clauseHas(clause, S_INTEREST)
                        || clauseHas(clause, STAGE_ANY & ~S_INTEREST) || pl.startsAt(c.b, POSITION)) {
                    continue; // not "the Aston Villa playmaker": his club
                }
                boolean alone = true;
                for (ClubInText o : cms) {
                    alone &= o == c || t.sent[o.a] != t.sent[c.a] || !(o.dest || o.rival || o.club != null && !o.hasRole());
                }
                if (alone) {
                    c.dest = true;
                }
            }
        }

        /**
         * "El Sevilla ha cerrado la venta de Loïc Badé al Bayer Leverkusen": a club that opens its clause and makes
         * "the sale of" a player named in it sells him. A club it deals "with" before the sale buys ("L'Atalanta ha
         * raggiunto l'accordo con l'Al-Qadsiah per la cessione di X", the counterpart its "with" cue marked).
         */
        private void sellersOfASale() {
            for (ClubInText c : cms) {
                if (c.club == null || c.seller || !opensClause(c)) {
                    continue;
                }
                int last = t.clauseLast(t.clause[c.a]);
                ClubInText with = null;
                for (int k = c.b; k < last; k++) {
                    if (clubAt[k] >= 0) {
                        ClubInText o = cms.get(clubAt[k]);
                        if (with != null || o.club == null || !o.counter) {
                            break; // another club's clause part
                        }
                        with = o;
                        k = o.b - 1;
                        continue;
                    }
                    if (pl.endsAt(k, SALE_OF) && nameTok[k + 1]) {
                        c.dest = false;
                        c.counter = false;
                        c.seller = true;
                        if (with != null) {
                            with.seller = false;
                            with.sellerWeak = false;
                            with.counter = false;
                            with.dest = true;
                        }
                        soldTo(k + 1, last);
                        break;
                    }
                }
            }
        }

        /** "la venda de Estêvão ao Chelsea": the next club in tokens [from, last] buys, when the player goes "to" it. */
        private void soldTo(int from, int last) {
            for (int k = from; k <= last; k++) {
                if (clubAt[k] >= 0) {
                    ClubInText d = cms.get(clubAt[k]);
                    if (SOLD_TO.contains(t.fold[k - 1])
                            || t.is(k - 1, WordTraits.DETERMINER) && SOLD_TO.contains(t.fold[k - 2])) {
                        d.seller = false;
                        d.sellerWeak = false;
                        d.dest = true;
                    }
                    return;
                }
            }
        }

        /**
         * "Sporting CP confirm Viktor Gyökeres has completed his move to Arsenal": a club that opens the sentence and
         * confirms a move the sentence sends the player elsewhere ({@link ClubInText#heading}) sells him.
         */
        private void confirmersOfAMoveElsewhere() {
            for (ClubInText c : cms) {
                if (c.club == null || c.hasRole() || c.b >= t.n || !CONFIRMING.contains(t.fold[c.b])
                        || !opensClause(c)) {
                    continue;
                }
                for (ClubInText other : cms) {
                    if (other.a > c.b && t.sent[other.a] == t.sent[c.a] && other.heading && other.club != null
                            && !other.club.equals(c.club)) {
                        c.seller = true;
                        break;
                    }
                }
            }
        }

        /**
         * "Arsenal have made a £50m bid for X and Chelsea have denied any interest": after a clause that has said what
         * happened, "and" with a new subject (a capitalised name and a verb of its own) starts a clause, so that what
         * the second subject does (here, a denial) is not read as what the first did. Not a subject shared by two
         * names ("Bayern Munich and Barcelona are interested"): nothing happened before the "and" there. The same
         * subject going on to a second player starts a clause too ("Leeds have agreed a fee for X and are now in talks
         * over Y"), so that Y does not take X's stage and fee.
         */
        private void splitAtASecondSubject() {
            boolean[] at = null;
            boolean said = false;
            boolean named = false; // a name after "for", "over" or "about" since the stage was said
            for (int k = 0; k < t.n; k++) {
                if (k > 0 && t.clause[k] != t.clause[k - 1]) {
                    said = false;
                    named = false;
                }
                said |= (st.startCats[k] & STAGE_ANY) != 0;
                named |= said && k > 0 && t.cap[k] && t.type[k] == Tokens.WORD && FOR_WORDS.contains(t.fold[k - 1]);
                if (said && t.is(k, WordTraits.AND) && !t.cap[k]
                        && (subjectWithVerbAt(k + 1) || named && verbGoesOnAt(k + 1))) {
                    if (at == null) {
                        at = new boolean[t.n];
                    }
                    at[k] = true;
                    said = false;
                    named = false;
                }
            }
            if (at != null) {
                t.splitClauses(at);
            }
        }

        /** Whether a capitalised name of one to four words (perhaps after an article), then its own verb, starts at k. */
        /** Whether a verb of the subject before starts at token k, after an adverb or two ("and are now in talks"). */
        private boolean verbGoesOnAt(int k) {
            while (k < t.n && GOING_ON.contains(t.fold[k])) {
                k++;
            }
            return k < t.n && t.clause[k] == t.clause[k - 1] && SUBJECT_VERBS.contains(t.fold[k]);
        }

        private boolean subjectWithVerbAt(int k) {
            if (k < t.n && t.is(k, WordTraits.DETERMINER)) {
                k++;
            }
            int words = 0;
            while (k < t.n && words < 4 && t.type[k] == Tokens.WORD && t.cap[k] && t.clause[k] == t.clause[k - 1]) {
                k++;
                words++;
            }
            return words > 0 && k < t.n && t.clause[k] == t.clause[k - 1] && SUBJECT_VERBS.contains(t.fold[k]);
        }

        /**
         * "Nicolas Jackson is on his way to Bayern. Chelsea and the Bavarians have agreed a loan": of two clubs joined by
         * "and" as the parties of an agreement or talks, the one the text sends the player to elsewhere
         * ({@link ClubInText#heading}) buys, and the other sells. Without such a mention the sentence cannot tell, and
         * only two clubs already read as destinations of an agreement are split, in the order named.
         */
        private void jointPartiesOfAnAgreement() {
            for (int i = 0; i + 1 < cms.size(); i++) {
                ClubInText x = cms.get(i);
                ClubInText y = cms.get(i + 1);
                int clause = t.clause[x.a];
                if (x.club == null || y.club == null || x.club.equals(y.club) || t.clause[y.a] != clause || !x.dest
                        || !y.dest || !joinedByAnd(x.b, y.a) || !clauseHas(clause, S_AGREEMENT | S_TALKS)
                        || clauseHas(clause, S_DENIED | S_COLLAPSED)) {
                    continue;
                }
                boolean xHeading = headingElsewhere(x.club, x, y);
                boolean yHeading = headingElsewhere(y.club, x, y);
                // with nothing else to tell, the buyer of an agreement read as two destinations is the one named
                // first ("Manchester City and Wolves have shaken hands on a fee for X": 2 in 3 corpus texts name
                // the buyer first); two clubs in talks may both be buying ("both clubs have held talks")
                if (xHeading == yHeading && (xHeading || !clauseHas(clause, S_AGREEMENT))) {
                    continue;
                }
                ClubInText seller = yHeading && !xHeading ? x : y;
                seller.dest = false;
                seller.counter = false;
                seller.seller = true;
            }
        }

        /** Whether tokens [from, to) are a conjunction, and perhaps an article ("y el", "und der"). */
        private boolean joinedByAnd(int from, int to) {
            return (to == from + 1 || to == from + 2 && t.is(from + 1, WordTraits.DETERMINER))
                    && t.is(from, WordTraits.AND);
        }

        /** Whether a mention of the club other than the two given sends the player there. */
        private boolean headingElsewhere(Club club, ClubInText x, ClubInText y) {
            for (ClubInText c : cms) {
                if (c != x && c != y && c.heading && club.equals(c.club)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Liverpool have denied reports of a bid from Real Madrid for X", "O FC Porto recebeu uma proposta do
         * Galatasaray por X", "Il Lecce ha respinto l'offerta del Galatasaray": the club that opens the clause and
         * receives, refuses, weighs or denies another club's bid in the same clause is the player's club, which
         * sells; the bidder is the destination. Not a club that matches or beats the bid: it bids too. The same for
         * reports it denies that link its player with another club ("Spurs have moved quickly to shut down reports
         * linking X with Real Madrid"), and for talks or an agreement with another club that it denies ("L'Atalanta
         * smentisce qualsiasi accordo con la Juventus per X"): in the corpus such a denier is the player's club in
         * six texts of nine, and one of the three others says it made no offer itself, which keeps it the buyer.
         */
        private void receiversOfAnotherClubsBid() {
            for (ClubInText other : cms) {
                if (!(other.pursuer || other.counter || other.dest) || other.club == null) {
                    continue;
                }
                ClubInText first = null; // the clause's first club ("Dementi aus Freiburg: Der SC Freiburg hat ...")
                for (ClubInText c : cms) {
                    if (t.clause[c.a] == t.clause[other.a]) {
                        first = c;
                        break;
                    }
                }
                if (first == other || !(first.dest || !first.hasRole()) || first.pursuer
                        || first.club == null || first.club.equals(other.club) || !opensClause(first)) {
                    continue;
                }
                boolean denied = deniedBetween(first.b, other.a);
                boolean received = other.pursuer ? denied || anyWordBetween(RECEIVING, first.b, other.a)
                        // a denier of talks that says it made no offer itself is the buyer ("desmiente haber
                        // presentado una oferta por X y niega cualquier contacto con el Athletic")
                        : other.counter ? denied && !stageBetween(S_BID, first.b, other.a)
                        // "have denied that they are in talks with Napoli": the denier talks, and buys
                        && !anyWordBetween(THAT, first.b, other.a)
                        // Spanish writing has the buyer deny contact ("desmiente cualquier contacto con el Celta por
                        // X"), unless the text speaks for the seller ("no está en venta", "no hemos recibido ninguna
                        // oferta"); elsewhere the club denying talks is the player's ("smentisce i contatti con")
                        && (!"es".equals(lang) || speaksForTheSeller())
                        // a move of its player to the other club, denied ("Wolfsburg have dismissed speculation over
                        // a move for X to Dortmund")
                        : denied;
                if (received) {
                    first.dest = false;
                    first.seller = true;
                    other.dest = true;
                    other.counter = false;
                }
            }
        }

        /** Whether the text says the player is not for sale or that an offer was (not) received. */
        private boolean speaksForTheSeller() {
            for (int k = 0; k < t.n; k++) {
                if ((st.startCats[k] & RESIST) != 0 || RECEIVING.contains(t.fold[k])) {
                    return true;
                }
            }
            return false;
        }

        private boolean stageBetween(long stage, int from, int to) {
            for (int k = from; k < to; k++) {
                if ((st.startCats[k] & stage) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether token k is a pictograph or another symbol (an emoji, "✅"), not a letter or punctuation. */
        private boolean symbol(int k) {
            if (t.type[k] != Tokens.PUNCT) {
                return false;
            }
            int type = Character.getType(t.text.codePointAt(t.start[k]));
            return type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK;
        }

        private boolean anyWordBetween(WordSet words, int from, int to) {
            for (int k = from; k < to; k++) {
                if (words.contains(t.fold[k])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a denial's word stands among tokens [from, to) or ends the clause of token to (German verb last). */
        private boolean deniedBetween(int from, int to) {
            int last = t.clauseLast(t.clause[to]); // the clause's last word, or the one before its full stop
            return stageBetween(S_DENIED, from, to) || stageBetween(S_DENIED, Math.max(to, last - 1), last + 1);
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
         * "weighing up moves for goalkeeper Bart Verbruggen and defender Jan Paul van Hecke": a player named with his
         * position right after "and" and a subject shares the subject's cue.
         */
        private void coordinatedPlayers() {
            for (Person p : people.values()) {
                if (p.score >= 3 || p.nonPlayer) {
                    continue;
                }
                for (int[] o : p.occurrences) {
                    int k = o[0] - 1;
                    if (k < 1 || !pl.endsAt(k, POSITION)) {
                        continue;
                    }
                    int and = pl.endStart[k] - 1;
                    if (and < 1 || !t.is(and, WordTraits.AND) || t.clause[and] != t.clause[o[0]]) {
                        continue;
                    }
                    for (Person q : people.values()) {
                        if (q != p && q.score >= 3 && !q.nonPlayer && endsAt(q, and)) {
                            p.score += 3;
                            break;
                        }
                    }
                    if (p.score >= 3) {
                        break;
                    }
                }
            }
        }

        /** Whether one of the person's occurrences ends right before token k. */
        private static boolean endsAt(Person q, int k) {
            for (int[] o : q.occurrences) {
                if (o[1] == k) {
                    return true;
                }
            }
            return false;
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
                ClubInText buyer = clubBefore(c);
                if (buyer != null) {
                    if (k == t.sentenceFirst(t.sent[k])) {
                        buyer.dest = true; // "Napoli-Siviglia, si tratta per X": the buyer, then the seller
                        c.seller = true;
                    }
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

        /** The club named before c's in its token ("Napoli-Siviglia" pairs two clubs, no player), or null. */
        private ClubInText clubBefore(ClubInText c) {
            for (ClubInText o : cms) {
                if (o != c && o.a == c.a && o.nameStart < c.nameStart && o.club != null) {
                    return o;
                }
            }
            return null;
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
            while (before >= 0 && t.is(before, WordTraits.DETERMINER)) {
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
            while (k >= first && (t.is(k, WordTraits.DETERMINER) || symbol(k))) {
                k--; // "the", and the emoji that open a post ("🚨 Manchester United reach agreement ...")
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
         * "X passe sa visite médicale avec l'AS Monaco", "X is having a medical with Fulham": in a clause about a
         * medical and no other step, the club he has it with is his new club when the text names no other. (With
         * another step, "agreement with Brighton, medical booked", the club dealt with sells.)
         */
        private void examiningClubs() {
            for (ClubInText c : cms) {
                int clause = t.clause[c.a];
                if (!c.counter || c.club == null || !clauseHas(clause, S_MEDICAL)
                        || clauseHas(clause, STAGE_ANY & ~S_MEDICAL)) {
                    continue;
                }
                boolean otherDestination = false;
                for (ClubInText o : cms) {
                    otherDestination |= o.dest && o.club != null && !o.club.equals(c.club);
                }
                if (!otherDestination) {
                    c.counter = false;
                    c.dest = true;
                }
            }
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
                        && ClubRoles.nameWordBeside(t, k + 1, k))) {
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
                if (!p.nonPlayer && p.score >= 3 && !(mayNameACountry(p) && COUNTRIES.contains(Names.fold(name)))) {
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
            subjectsNamed = new long[t.clauses];
            for (int i = 0; i < subjects.size() && i < Long.SIZE; i++) {
                for (int[] o : subjects.get(i).occurrences) {
                    subjectsNamed[t.clause[o[0]]] |= 1L << i;
                }
            }
            date = reportDate(report);
            defaultCurrency = "en".equals(lang) ? null : "EUR";
            attributions = ClaimExtractor.this.attributions(full, t, sms, report, subjects);
            info = new ReportInfo(report.id(), report.source(), report.url(), report.title(), report.publishedAt(), fingerprint);
            when = report.publishedAt() != null ? report.publishedAt() : report.receivedAt();
            for (int i = 0; i < subjects.size(); i++) {
                claimsAbout(subjects.get(i), i);
            }
            if (claims.isEmpty()) {
                String reason = droppedForExtension || anyExtension ? "contract extension"
                        : noDestination ? "no destination club" : noClaimReason(anyExtension, true, anyHistory, false);
                return new Extraction(List.of(), reason, lang, fingerprint);
            }
            return new Extraction(claims, null, lang, fingerprint);
        }

        /**
         * Whether one of the person's occurrences ends in the last word of a country's name ("England"): folding the
         * whole name to compare it with the countries costs more than the rest of the check.
         */
        private boolean mayNameACountry(Person p) {
            for (int[] o : p.occurrences) {
                String last = t.fold[o[1] - 1];
                int cut = last.length();
                while (cut > 0 && looseWordChar(last.charAt(cut - 1))) {
                    cut--;
                }
                if (COUNTRY_LAST_WORDS.contains(last.substring(cut))) {
                    return true;
                }
            }
            return false;
        }

        private void debug() {
            for (Person p : people.values()) {
                System.err.println("  person " + p.fullName + " score=" + p.score + " nonPlayer=" + p.nonPlayer
                        + " clubOf=" + (p.clubOf == null || p.clubOf.club == null ? null : p.clubOf.club.id()));
            }
            for (ClubInText c : cms) {
                System.err.println("  club " + t.text.substring(t.start[c.a], t.end[c.b - 1]) + " -> "
                        + (c.club == null ? null : c.club.id()) + " dest=" + c.dest + " seller=" + c.seller + " weak="
                        + c.sellerWeak + " rival=" + c.rival + " counter=" + c.counter + " pursuer=" + c.pursuer);
            }
        }

        /** The claims about one subject: one per club credited as his destination (or as interested). */
        private void claimsAbout(Person p, int rank) {
            boolean primaryPerson = rank == 0;
            // sentences about this player: where he is named, and those naming no subject: the run of them right
            // after his own on the same line ("• Sunderland are in talks over X. A fee of £15m is being discussed."),
            // and for the main subject those after no sentence that sends another subject to a club
            List<Integer> sents = new ArrayList<>();
            boolean afterHis = false;
            boolean afterOther = false;
            for (int s = 0; s < t.sentences; s++) {
                boolean his = p.sentences.contains(s);
                boolean noSubject = !subjectSentences.contains(s);
                boolean run = noSubject && !t.lineBefore[t.sentenceFirst(s)];
                afterHis = his || afterHis && run;
                afterOther = !his && !noSubject && namesADestination(s) || afterOther && run;
                if (his || noSubject && (afterHis || primaryPerson && !afterOther)) {
                    sents.add(s);
                }
            }
            PlayerRef ref = playerRef(p);
            Club seller = p.clubOf != null ? p.clubOf.club : agreeingSeller(p, ref, when, t, pl, cms, sents);
            Credits credits = credit(sents, seller, p);
            if (credits.destClubs.isEmpty() || !primaryPerson && !creditedWhereNamed(credits, p)) {
                noDestination = true;
                return;
            }
            String primary = credits.primary();
            int first = claims.size();
            for (Map.Entry<String, List<Integer>> e : credits.credited.entrySet()) {
                claim(p, rank, ref, credits, e.getKey(), e.getKey().equals(primary), e.getValue());
            }
            priceForEveryInterestedClub(first, sents);
            if (p.fullTokens >= 2) {
                players.remember(ref);
            }
            // only a described club is remembered ("Brighton midfielder X"): a club read from roles may be wrong,
            // and the registry would then turn later readings wrong too
            if (p.clubOf != null && p.clubOf.club != null && when != null) {
                players.rememberClub(ref.id(), p.clubOf.club.id(), when);
            }
        }

        /**
         * "Everton, Brentford and Bologna are keeping tabs on X. Rangers would want around £20m": the seller's price
         * (a valuation, an asking price, a release clause) is what each interested club would pay, not only the first,
         * rivals named in passing too ("Chelsea and Arsenal have also been linked"), and what a club in talks without
         * a fee of its own would pay ("in talks with Aston Villa. Villa would accept around £20m"). The price is a
         * claim's fee, or else one stated in the player's sentences ("Leicester are holding out for £35m").
         */
        private void priceForEveryInterestedClub(int first, List<Integer> sents) {
            boolean wanting = false;
            Fee price = null;
            for (int i = first; i < claims.size(); i++) {
                Fee f = claims.get(i).fee();
                wanting |= wantsThePrice(claims.get(i));
                price = price == null && f != null && isPrice(f.kind()) ? f : price;
            }
            if (!wanting) {
                return; // the sentences are not read for a price no claim would take
            }
            for (int i = 0; i < sents.size() && price == null; i++) {
                for (FeeParser.Money m : moneyIn(t, sents.get(i), feesBySentence, defaultCurrency)) {
                    if (isPrice(m.kind())) {
                        price = toFee(m, date);
                        break;
                    }
                }
            }
            for (int i = first; price != null && i < claims.size(); i++) {
                Claim c = claims.get(i);
                if (wantsThePrice(c)) {
                    claims.set(i, new Claim(c.id(), c.report(), c.player(), c.toClub(), c.fromClub(), price, c.stage(),
                            c.hedges(), c.attributions(), c.language(), c.evidence(), c.publishedAt()));
                }
            }
        }

        private static boolean wantsThePrice(Claim c) {
            return c.fee() == null && (c.stage() == Stage.INTEREST || c.stage() == Stage.TALKS);
        }

        /** Whether sentence s names a club as a destination or a rival bidder; read once per report. */
        private boolean namesADestination(int s) {
            if (sentenceNamesADestination == null) {
                sentenceNamesADestination = new boolean[t.sentences];
                for (ClubInText c : cms) {
                    sentenceNamesADestination[t.sent[c.a]] |= c.dest || c.rival;
                }
            }
            return sentenceNamesADestination[s];
        }

        /**
         * Whether a destination is credited in a sentence naming p: the sentences after his own may add a fee or a
         * stage, but a club they alone name is not his.
         */
        private boolean creditedWhereNamed(Credits credits, Person p) {
            for (List<Integer> clauses : credits.credited.values()) {
                for (int c : clauses) {
                    if (p.sentences.contains(t.sent[t.clauseFirst(c)])) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The clubs the sentences credit as destinations, clause by clause, and the seller when none was known. */
        private Credits credit(List<Integer> sents, Club knownSeller, Person p) {
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
            if (cr.seller == null && cr.destClubs.isEmpty()) {
                creditCounterpart(sents, cr, p); // talks of his own: the counterpart is no seller
                cr.destClubs.keySet().forEach(sellerVotes::remove);
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
                creditCounterpart(sents, cr, p);
            }
            return cr;
        }

        /** Credits the clause's destination and rival clubs and votes for its sellers; false when it credits none. */
        private boolean creditClause(int c, Credits cr, Map<String, Integer> sellerVotes) {
            boolean any = false;
            // the clause's club mentions in order; one mention covers consecutive tokens, and a token may hold two
            // ("Napoli-Siviglia": clubAt names the last)
            for (int k = t.clauseFirst(c), ci = -1; k <= t.clauseLast(c); k++) {
                if (clubAt[k] < 0 || clubAt[k] == ci) {
                    continue;
                }
                int first = clubAt[k];
                while (first > 0 && cms.get(first - 1).a == k) {
                    first--;
                }
                ci = clubAt[k];
                for (int i = first; i <= ci; i++) {
                    any |= creditMention(cms.get(i), c, cr, sellerVotes);
                }
            }
            return any;
        }

        /** Credits one mention of clause c as {@link #creditClause} does; true when it credits a club. */
        private boolean creditMention(ClubInText m, int c, Credits cr, Map<String, Integer> sellerVotes) {
            if (m.club == null) {
                return false;
            }
            if ((m.seller || m.sellerWeak) && !m.dest && !m.rival) {
                sellerVotes.merge(m.club.id(), m.seller ? 2 : 1, Integer::sum);
            }
            if (m.counter && !m.dest && !m.rival) {
                sellerVotes.merge(m.club.id(), 1, Integer::sum);
            }
            if (!m.dest && !m.rival || cr.seller != null && cr.seller.id().equals(m.club.id())) {
                return false;
            }
            cr.destClubs.put(m.club.id(), m.club);
            cr.credited.computeIfAbsent(m.club.id(), x -> new ArrayList<>()).add(c);
            cr.rivalOnly.merge(m.club.id(), m.rival && !m.dest, (x, y) -> x && y);
            return true;
        }

        /** "Dortmund have confirmed an agreement with Real Madrid": the seller's counterpart buys. */
        private void creditCounterpart(List<Integer> sents, Credits cr, Person p) {
            for (int s : sents) {
                for (int k = t.sentenceFirst(s); k <= t.sentenceLast(s); k++) {
                    if (clubAt[k] >= 0) {
                        ClubInText m = cms.get(clubAt[k]);
                        if (m.counter && m.club != null && (cr.seller != null ? !m.club.id().equals(cr.seller.id())
                                : talksOfHisOwn(p, m))) {
                            cr.destClubs.put(m.club.id(), m.club);
                            cr.credited.computeIfAbsent(m.club.id(), x -> new ArrayList<>()).add(t.clause[k]);
                            cr.rivalOnly.put(m.club.id(), false);
                        }
                    }
                }
            }
            cr.unassigned.removeIf(c -> cr.credited.values().stream().anyMatch(l -> l.contains(c)));
        }

        /**
         * Whether the player himself, named before the counterpart in its clause with no club before it, holds the
         * talks ("X está em conversações avançadas com o Hamburgo"): the counterpart is then his destination.
         */
        private boolean talksOfHisOwn(Person p, ClubInText counterpart) {
            int clause = t.clause[counterpart.a];
            for (int k = t.clauseFirst(clause); k < counterpart.a; k++) {
                if (clubAt[k] >= 0) {
                    return false;
                }
            }
            for (int[] o : p.occurrences) {
                if (t.clause[o[0]] == clause && o[0] < counterpart.a) {
                    return true;
                }
            }
            return false;
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
        private void claim(Person p, int rank, PlayerRef ref, Credits cr, String clubId, boolean primary,
                           List<Integer> clauses) {
            // the claim's clauses: those crediting the club, and for the primary club those crediting none
            boolean[] want = new boolean[t.clauses];
            flag(want, clauses);
            if (primary) {
                flag(want, cr.unassigned);
            }
            boolean[] own = withoutOtherPlayers(want, rank);
            ClauseFacts f = facts(own);
            if (f.anyStage) {
                want = own;
            } else {
                f = facts(want);
            }
            int[] sentences = sentencesOf(t, want);
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

        /**
         * The clauses without those that name another subject and not this one (the subject of that rank): in "Leeds
         * have agreed a £20m fee for X and are now in talks over Y", X's clause gives Y no stage and no fee (though it
         * names Y's destination).
         */
        private boolean[] withoutOtherPlayers(boolean[] want, int rank) {
            if (rank >= Long.SIZE) {
                return want; // not told apart
            }
            long self = 1L << rank;
            boolean[] own = want.clone();
            for (int c = 0; c < own.length; c++) {
                if ((subjectsNamed[c] & self) == 0 && (subjectsNamed[c] & ~self) != 0) {
                    own[c] = false;
                }
            }
            return own;
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
            boolean playerRefuses = false;
            long cats = 0;
            List<String> hedges = List.of();
            for (int k = first; k <= last; k++) {
                long m = st.startCats[k];
                if (m == 0) {
                    negated |= negator(t, k);
                    playerRefuses |= REFUSALS.contains(t.fold[k]) && namedJustBefore(t, nameTok, k) && objectFollows(t, k);
                    continue;
                }
                if (negated) {
                    m &= ~NEGATABLE; // "no offer has been submitted yet": the rest of the clause says what did not happen
                }
                int after = st.startEnd[k] + 1;
                if (after < t.n && t.fold[after].equals("?")) {
                    m &= ~STAGE_ANY; // a question ("UFFICIALE? Quasi."), not a statement
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
            if (playerRefuses && (cats & S_BID) != 0) {
                cats = cats & ~S_BID | S_COLLAPSED; // "X has turned down a lucrative proposal from Al-Qadsiah"
            }
            if ((cats & (S_MEDICAL | FUTURE)) == (S_MEDICAL | FUTURE)) {
                cats = cats & ~S_MEDICAL | S_AGREEMENT; // "sosterrà le visite mediche nei prossimi giorni"
            }
            return new ClauseReading(cats, extension, hedges);
        }
    }

    /** Verbs of refusal: with the player as their subject, the offer he refuses ends the deal. */
    private static final WordSet REFUSALS = WordSet.of("rejected", "rejects", "declined", "declines", "refused",
            "refuses", "turned", "rebuffed", "rifiutato", "rifiuta", "rechazado", "rechazo", "rechaza", "recusou",
            "recusa", "refuse", "decline");

    /** Whether a person's name ends right before token k, or before its auxiliary ("X has turned down"). */
    private static boolean namedJustBefore(Tokens t, boolean[] nameTok, int k) {
        int before = k - 1;
        if (before > 0 && AUXILIARIES.contains(t.fold[before])) {
            before--;
        }
        return before >= 0 && nameTok[before];
    }

    /**
     * Whether the refusal at token k takes an object ("rejected a proposal", "turned down an offer"), not a passive's
     * "by" ("had a bid for X rejected by Brighton").
     */
    private static boolean objectFollows(Tokens t, int k) {
        int next = k + 1 < t.n && t.fold[k + 1].equals("down") ? k + 2 : k + 1;
        return next < t.n && ARTICLES_BEFORE_AN_OFFER.contains(t.fold[next]);
    }

    private static final WordSet ARTICLES_BEFORE_AN_OFFER = WordSet.of("a", "an", "the", "any", "un", "una", "uno",
            "um", "uma", "une", "l'", "la", "il", "le", "o", "their", "his", "all", "ogni", "toda", "todas");

    private static final WordSet AUXILIARIES = WordSet.of("has", "have", "had", "ha", "a", "hat");

    /** Words after "who is/are" that put what follows ahead: "who is set to undergo a medical". */
    private static final WordSet AHEAD = WordSet.of("set", "due", "expected", "scheduled", "poised", "about");

    /**
     * Whether the relative clause opened at token {@code first} tells what a person named just before it will do
     * next ("Victor Osimhen, who will fly to Istanbul for his medical") or who is after him now ("who is wanted by
     * Arsenal"), and so speaks of the move; what he has done
     * ("who underwent a medical last summer", "who has a release clause") does not.
     */
    private static boolean aboutTheNextStep(Tokens t, boolean[] nameTok, int first) {
        if (first < 2 || !nameTok[first - 2] || !t.fold[first - 1].equals(",") || !t.fold[first].equals("who")
                || first + 2 > t.clauseLast(t.clause[first])) {
            return false;
        }
        String verb = t.fold[first + 1];
        String next = t.fold[first + 2];
        // "who is wanted by", "who has been linked with", "who has attracted interest from": pursued now
        boolean pursued = (verb.equals("is") || verb.equals("are")) && PURSUED.contains(next)
                || verb.equals("has") && (next.equals("attracted")
                || next.equals("been") && first + 3 < t.n && PURSUED.contains(t.fold[first + 3]));
        return verb.equals("will") || pursued || ((verb.equals("is") || verb.equals("are")) && AHEAD.contains(next));
    }

    private static final WordSet PURSUED = WordSet.of("wanted", "coveted", "targeted", "tracked", "monitored", "linked",
            "courted", "chased");

    /** Stages a negation takes back; a denial, a collapse and resistance say their own "no". */
    private static final long NEGATABLE = STAGE_ANY & ~(S_DENIED | S_COLLAPSED);

    /** A word that negates what follows in its clause. */
    private static boolean negator(Tokens t, int k) {
        return (t.traits(k) & WordTraits.NEGATOR) != 0
                && !(k + 1 < t.n && (t.traits(k + 1) & WordTraits.NOT_NEGATED) != 0);
    }

    private Fee fee(Tokens t, boolean[] want, int[] sents, Map<Integer, List<FeeParser.Money>> cache,
                    String defaultCurrency, LocalDate date) {
        for (int s : sents) {
            for (FeeParser.Money m : moneyIn(t, s, cache, defaultCurrency)) {
                int tok = t.tokenAt(m.start());
                if (tok < t.n && want[t.clause[tok]] && m.kind() != FeeKind.WAGE) {
                    return toFee(m, date);
                }
            }
        }
        return null;
    }

    /** The sums of sentence s, found once per report. */
    private static List<FeeParser.Money> moneyIn(Tokens t, int s, Map<Integer, List<FeeParser.Money>> cache,
                                                 String defaultCurrency) {
        return cache.computeIfAbsent(s, x -> {
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
    }

    private Fee toFee(FeeParser.Money m, LocalDate date) {
        OptionalDouble eur = rates.toEur(m.amount(), m.currency(), date);
        return new Fee(m.amount(), m.currency(), eur.isPresent() ? eur.getAsDouble() : null, m.kind(),
                m.min() != null ? m.min() : m.amount(), m.max() != null ? m.max() : m.amount(), m.addOns(),
                m.approximate());
    }

    private static boolean isPrice(FeeKind kind) {
        return kind == FeeKind.VALUATION || kind == FeeKind.ASKING_PRICE || kind == FeeKind.RELEASE_CLAUSE;
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
        List<int[]> signatures = postSignatures(text);
        Boolean[] postCites = new Boolean[signatures.size()]; // per signature: its name and handle are read alike
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
            int sig = -1;
            for (int g = 0; g < signatures.size(); g++) {
                if (sm.start() >= signatures.get(g)[0] && sm.end() <= signatures.get(g)[1]) {
                    sig = g;
                }
            }
            boolean cited;
            if (sig >= 0) {
                if (postCites[sig] == null) {
                    postCites[sig] = postCitesItsAuthor(text, signatures.get(sig)[0], subjects);
                }
                cited = postCites[sig];
            } else {
                boolean bracket = sm.start() > 0 && (text.charAt(sm.start() - 1) == '[' || text.charAt(sm.start() - 1) == '(')
                        && sm.via() == SourceMention.Via.HANDLE;
                boolean before = false;
                for (int k = a - 1; k >= 0 && k >= a - 3 && t.sent[k] == t.sent[a]; k--) {
                    if (ci.endsAt(k, CITE_BEFORE)) {
                        before = true;
                        break;
                    }
                    if (!t.is(k, WordTraits.DETERMINER) && t.type[k] != Tokens.PUNCT) {
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

    /**
     * Whether the author of the embedded post signed at {@code signatureStart} is an origin: only when the post cites
     * nobody else and is about the move.
     */
    private static boolean postCitesItsAuthor(String text, int signatureStart, List<Person> subjects) {
        int postStart = Math.max(text.lastIndexOf('\n', signatureStart) + 1, 0);
        String post = text.substring(postStart, signatureStart);
        if (post.contains("[@") || post.contains("(@") || post.toLowerCase().contains("via @")) {
            return false;
        }
        String fpost = TextFold.fold(post);
        for (Person p : subjects) {
            if (fpost.contains(p.key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the signature's dash and name end at {@code to}, searched from {@code from}: the first dash followed by
     * white space and a name of 1 to 60 chars without "(", ")", "—" or a line break, up to {@code to}; or -1. (It is
     * the regex {@code [—–-]\s*[^()\n—]{1,60}\z} found in the region, without trying it at every char.)
     */
    static int dashAndName(String text, int from, int to) {
        int nameFrom = from; // where the longest run of chars a name may hold, ending at `to`, starts
        for (int p = to - 1; p >= from; p--) {
            char c = text.charAt(p);
            if (c == '(' || c == ')' || c == '\n' || c == '—') {
                nameFrom = p + 1;
                break;
            }
        }
        for (int d = from; d < to - 1; d++) {
            char c = text.charAt(d);
            if (c != '—' && c != '–' && c != '-') {
                continue;
            }
            int spaceEnd = d + 1;
            while (spaceEnd < to && FeeParser.isRegexSpace(text.charAt(spaceEnd))) {
                spaceEnd++;
            }
            // the name starts after the dash, after nothing but white space, and within the run and 60 chars of `to`
            if (Math.max(Math.max(nameFrom, to - 60), d + 1) <= Math.min(spaceEnd, to - 1)) {
                return d;
            }
        }
        return -1;
    }

    /** The spans of embedded posts' signatures, in text order ({@link #SIGNATURE_HANDLE_AND_DATE}). */
    private static List<int[]> postSignatures(String text) {
        List<int[]> out = new ArrayList<>();
        int searched = 0;
        for (int at = text.indexOf("(@"); at >= 0; at = text.indexOf("(@", Math.max(at + 1, searched))) {
            Matcher tail = SIGNATURE_HANDLE_AND_DATE.matcher(text).region(at, text.length());
            if (!tail.lookingAt()) {
                continue;
            }
            // the name holds no "(", so the dash and the name can only be those before this very "(@"
            int dash = dashAndName(text, Math.max(searched, at - SIGNATURE_REACH), at);
            if (dash >= 0) {
                out.add(new int[]{dash, tail.end()});
                searched = tail.end();
            }
        }
        return out;
    }
}
