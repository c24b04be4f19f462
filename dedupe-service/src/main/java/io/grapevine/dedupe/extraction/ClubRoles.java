package io.grapevine.dedupe.extraction;

import io.grapevine.reference.Club;
import io.grapevine.reference.ClubGazetteer;
import io.grapevine.reference.ClubMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import static io.grapevine.dedupe.extraction.Vocabulary.*;

/**
 * The clubs a text names and the role each plays in a transfer, read from the words around it: "move to X", "X have
 * agreed a fee", "an offer from X" make X the destination; "X midfielder", "from X", "X want £60m" the seller;
 * "beating X to his signature" a rival; "a deal with X" a counterpart. Plain static functions over {@link Tokens};
 * the extractor then credits each club's clauses to a claim.
 */
final class ClubRoles {

    /** Words between a cue and a club's name: "join Saudi champions Al-Ittihad", "to the Premier League club". */
    private static final WordSet CLUB_DESCRIPTORS = WordSet.of("champions", "side", "giants", "outfit", "holders",
            "leaders", "club", "clubs", "league", "premier", "pro", "saudi", "italian", "spanish", "german", "french",
            "portuguese", "english", "turkish", "dutch", "bundesliga", "serie", "liga", "ligue", "relegated", "promoted",
            "newly-promoted", "mls", "champion", "rivals");
    /** "reports linking X with Y": Y wants him. */
    private static final WordSet LINKING = WordSet.of("linking", "links", "linked");
    /** By language, the club an ambiguous name stands for when the text does not tell ("Inter" in Italian). */
    private static final Map<String, String> AMBIGUOUS_DEFAULTS = Map.ofEntries(
            Map.entry("it:inter", "inter-milan"), Map.entry("it:milan", "ac-milan"),
            Map.entry("it:nerazzurri", "inter-milan"), Map.entry("it:i nerazzurri", "inter-milan"),
            Map.entry("en:inter", "inter-milan"), Map.entry("en:the nerazzurri", "inter-milan"),
            Map.entry("en:milan", "ac-milan"), Map.entry("es:milan", "ac-milan"), Map.entry("fr:milan", "ac-milan"),
            Map.entry("de:milan", "ac-milan"), Map.entry("pt:milan", "ac-milan"),
            Map.entry("en:nerazzurri", "inter-milan"), Map.entry("fr:inter", "inter-milan"),
            Map.entry("es:inter", "inter-milan"), Map.entry("de:inter", "inter-milan"),
            Map.entry("es:atletico", "atletico-madrid"), Map.entry("es:athletic", "athletic-bilbao"),
            Map.entry("pt:sporting", "sporting-cp"), Map.entry("de:die bayern", "bayern-munich"),
            Map.entry("en:atletico", "atletico-madrid"), Map.entry("en:sporting", "sporting-cp"),
            Map.entry("fr:paris", "paris-saint-germain"),
            Map.entry("es:madrid", "real-madrid"), Map.entry("es:el madrid", "real-madrid"), Map.entry("pt:santos", "santos"));

    private ClubRoles() {
    }

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
        String surface = Names.fold(ambiguous.surface());
        String last = surface.substring(surface.lastIndexOf(' ') + 1);
        for (ClubMention n : named) {
            if (t.sent[t.tokenAt(n.start())] != sentence || hasWord(Names.fold(n.surface()), last, " ")
                    || !wordOfNames(candidate, last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word is one of the words of a club's name or aliases. */
    private static boolean wordOfNames(Club club, String folded) {
        if (hasWord(Names.fold(club.name()), folded, NAME_SEPARATORS)) {
            return true;
        }
        for (String alias : club.aliases()) {
            if (hasWord(Names.fold(alias), folded, NAME_SEPARATORS)) {
                return true;
            }
        }
        return false;
    }

    /** What separates the words of a club's name ("St. Pauli", "Saint-Étienne"). */
    private static final String NAME_SEPARATORS = " .-";

    /** Whether {@code word} is one of the parts of {@code text} between separator chars (never an empty word). */
    private static boolean hasWord(String text, String word, String separators) {
        for (int k = 0; k < word.length(); k++) {
            if (separators.indexOf(word.charAt(k)) >= 0) {
                return false; // no part holds a separator
            }
        }
        int from = 0;
        for (int at = word.isEmpty() ? -1 : text.indexOf(word); at >= 0; at = text.indexOf(word, from)) {
            int end = at + word.length();
            if ((at == 0 || separators.indexOf(text.charAt(at - 1)) >= 0)
                    && (end == text.length() || separators.indexOf(text.charAt(end)) >= 0)) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    /** Whether token k is a capitalised word of the sentence of token a that may be part of a name. */
    static boolean nameWordBeside(Tokens t, int k, int a) {
        return k >= 0 && k < t.n && t.type[k] == Tokens.WORD && t.cap[k] && t.sent[k] == t.sent[a]
                && (t.traits(k) & WordTraits.STOP) == 0 && Character.isLetter(t.text.charAt(t.start[k]));
    }

    /**
     * The clubs a text names, each resolved to one club when its name is unambiguous or the text tells which one an
     * ambiguous name stands for ("United" after "Manchester United", "Inter" in Italian), else left unresolved; not the
     * words of a person's name ("Milan Skriniar", "Bruno Guimarães").
     */
    static List<ClubInText> mentions(ClubGazetteer clubs, String text, Tokens t, String lang, Lexicon.Matches cb) {
        List<ClubMention> raw = clubs.findMentions(text);
        // clubs named unambiguously, with the sentences that name them and the words they are named by
        Map<String, List<ClubMention>> sure = new HashMap<>();
        for (ClubMention m : raw) {
            m.club().ifPresent(c -> sure.computeIfAbsent(c.id(), k -> new ArrayList<>(2)).add(m));
        }
        Set<String> corroborated = corroboratedClubs(raw);
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
            if (namesTheTown(t, a, lang, cb, m)) {
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
                } else if (hits == 0 && m.candidates().size() == 1 && corroborated.contains(m.candidates().get(0).id())) {
                    club = m.candidates().get(0); // "in Columbus ... to the Crew": two names of one club agree
                } else if (m.candidates().size() == 1 && articleBeforeCapitalised(t, a)) {
                    club = m.candidates().get(0); // "la primera oferta del Como": the town's club, not "como"
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

    /**
     * Italian writing names an Italian club, and Spanish writing a Spanish one, with an article ("al Torino", "el
     * Sevilla"); after a bare "a", "in" or "en" a capitalised name is the town ("riportare a Torino il difensore",
     * "viaje a Sevilla para pasar el reconocimiento"), unless the preposition ends a longer cue of the club
     * vocabulary. Not other clubs: "farà ritorno a Leverkusen", and Argentine clubs often go without an article
     * ("volver a Boca").
     */
    private static boolean namesTheTown(Tokens t, int a, String lang, Lexicon.Matches cb, ClubMention m) {
        String country = "it".equals(lang) ? "IT" : "es".equals(lang) ? "ES" : null;
        if (country == null || a == 0 || !t.cap[a] || t.cap[a - 1] || !TOWN_PREPOSITIONS.contains(t.fold[a - 1])
                || cb.endCats[a - 1] != 0 && cb.endStart[a - 1] < a - 1) {
            return false;
        }
        for (Club c : m.candidates()) {
            if (!country.equals(c.country())) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet TOWN_PREPOSITIONS = WordSet.of("a", "in", "en");

    /**
     * The clubs named by two ambiguous names of theirs that end in different words and could each stand for that club
     * alone ("Columbus" and "the Crew"): two names that agree tell which club is meant.
     */
    private static Set<String> corroboratedClubs(List<ClubMention> mentions) {
        Map<String, String> lastWordByClub = new HashMap<>();
        Set<String> corroborated = new HashSet<>();
        for (ClubMention m : mentions) {
            if (m.club().isEmpty() && m.candidates().size() == 1) {
                String surface = Names.fold(m.surface());
                String last = surface.substring(surface.lastIndexOf(' ') + 1);
                String seen = lastWordByClub.putIfAbsent(m.candidates().get(0).id(), last);
                if (seen != null && !seen.equals(last)) {
                    corroborated.add(m.candidates().get(0).id());
                }
            }
        }
        return corroborated;
    }

    /** Articles, alone or joined to a preposition, that stand before a club's name ("del Como", "il Lens"). */
    private static final WordSet CLUB_ARTICLES = WordSet.of("del", "dal", "al", "il", "el", "le", "du", "au");

    /**
     * Whether the word at token a is written with a capital inside its sentence, right after an article: an ambiguous
     * name with one club ("Como", "Lens") is then that club.
     */
    private static boolean articleBeforeCapitalised(Tokens t, int a) {
        return a > 0 && t.cap[a] && a != t.sentenceFirst(t.sent[a]) && CLUB_ARTICLES.contains(t.fold[a - 1])
                && t.end[a - 1] + 1 == t.start[a];
    }

    /** Reads the role of club mention c in a transfer from the words around it (destination, seller, rival, counterpart). */
    static void assign(ClubInText c, Tokens t, Lexicon.Matches cb, Lexicon.Matches ca, Lexicon.Matches pl, List<ClubInText> cms,
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
                c.pursuer = true;
                return;
            }
        }
        // "na mira do Aston Villa e do Tottenham", "dans le viseur du Real Betis et de la Fiorentina": a club joined to a
        // destination by a conjunction and an "of" like the one that club had is a destination too (the repeated "of"
        // is no seller's)
        int of = c.a - 1;
        while (of > 0 && t.is(of, WordTraits.DETERMINER)) {
            of--;
        }
        if (of >= 2 && CLUB_OF.contains(t.fold[of]) && CONJUNCTIONS.contains(t.fold[of - 1]) && clubAt[of - 2] >= 0) {
            ClubInText joined = cms.get(clubAt[of - 2]);
            if (joined.dest && joined.a > 0 && CLUB_OF.contains(t.fold[joined.a - 1])) {
                c.dest = true;
                return;
            }
        }
        // "wanted by both Liverpool and Tottenham", "intéresse Naples et la Juventus": a club joined to a destination
        // named right after its cue is one too
        int conj = c.a - 1;
        while (conj > 0 && t.is(conj, WordTraits.DETERMINER)) {
            conj--;
        }
        if (conj >= 1 && CONJUNCTIONS.contains(t.fold[conj]) && clubAt[conj - 1] >= 0) {
            ClubInText joined = cms.get(clubAt[conj - 1]);
            if (joined.dest && joined.a > 0 && cb.endsAt(joined.a - 1, DEST_BEFORE)) {
                c.dest = true;
                return;
            }
        }
        // German puts the verb last: in "Dortmund hat Sancho an United verkauft" the subject sells and "an" names the
        // buyer (elsewhere "an" is no cue: "Ablöse an Tottenham" is money paid to the seller)
        if (saleVerbLast(t, t.clause[c.a])) {
            int before = c.a - 1;
            while (before >= 0 && t.is(before, WordTraits.DETERMINER)) {
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
        int j = t.is(c.a, WordTraits.DETERMINER) && cb.endsAt(c.a, DEST_BEFORE | SELL_BEFORE | RIVAL_BEFORE | POSS_PREP
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
        if (j >= 0 && cb.endsAt(j, NO_ROLE)) {
            return; // "the 2-0 win over Fulham": an opponent on the pitch; "currently on loan at Cagliari"
        }
        boolean weakBefore = false;
        // "Desde el Real Betis niegan ...": a sentence that opens "from the club" quotes it; what follows tells its role
        boolean quoted = j >= 0 && cb.endsAt(j, SELL_BEFORE) && cb.endStart[j] == j && t.fold[j].equals("desde")
                && j == t.sentenceFirst(t.sent[j]);
        if (j >= 0 && !quoted && t.clause[j] == t.clause[c.a] && cb.endsAt(j, DEST_BEFORE | SELL_BEFORE | RIVAL_BEFORE
                | COUNTER_BEFORE | POSS_PREP | SELL_WEAK)) {
            long cats = cb.endCats[j];
            int ps = cb.endStart[j];
            if ((cats & RIVAL_BEFORE) != 0) {
                c.rival = true;
                return;
            } else if ((cats & DEST_BEFORE) != 0) {
                if (ps == j && RECIPIENT.contains(t.fold[j])
                        && (offerBefore(t, cb, ps) || anyBefore(t, ps, k -> payingWord(t, k)) || moneyGoes(t, c.b)
                        || proposedTo(t, c.b) || offerFollows(t, c.b)
                        || ps == t.clauseFirst(t.clause[ps]) && sumFollows(t, c.b))) {
                    // "an offer of €90m to Eintracht", "une offre à l'Eintracht", "pagar los 60 millones a la Real
                    // Sociedad", "all'Atalanta vanno 58 milioni", "...: al Torino 25 milioni più bonus": the offer
                    // or the money goes to the seller; "All'Udinese è stata proposta un'offerta", "han presentado al
                    // Valencia una oferta": so does a proposal
                    c.seller = true;
                } else {
                    c.dest = true;
                    c.pursuer = (cats & BID_BY) != 0;
                    c.heading = (cats & HEADING) != 0;
                }
                return;
            } else if ((cats & SELL_BEFORE) != 0) {
                if ((cats & FROM) != 0 && offerBefore(t, cb, ps) && !ofPlayer(t, ps, pl, nameTok)) {
                    c.dest = true;
                    c.pursuer = true;
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
                    c.pursuer = true;
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
        boolean counterpart = weakBefore && (cb.endCats[j] & COUNTER_BEFORE) != 0;
        while (k < t.n && steps < 9 && t.clause[k] == t.clause[c.a]) {
            if (counterpart && TOWARDS_THE_DEAL.contains(t.fold[k])) {
                break; // "in talks with Manchester City over a loan move for X": the move is not City's
            }
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
                    }
                    return;
                }
                k = e + 1;
                steps++;
                continue;
            }
            if (!t.is(k, WordTraits.COORD) && !t.is(k, WordTraits.DETERMINER)) {
                onlyCoord = false;
            }
            if (t.type[k] == Tokens.PUNCT && !t.is(k, WordTraits.COORD) && !t.fold[k].equals("'")
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

    /**
     * German verbs of selling or loaning out, or of receiving, accepting or turning down an offer, as they close a
     * clause: the subject is the selling club. Not "abgegeben": "ein Angebot abgegeben" is a bid made.
     */
    private static final WordSet SALE_VERBS_LAST = WordSet.of("verkauft", "verkaufen", "verliehen", "verleihen",
            "ausgeliehen", "ausleihen",
            "angenommen", "akzeptiert", "abgelehnt", "erhalten", "aus");

    private static final WordSet GERMAN_AUXILIARIES = WordSet.of("hat", "haben", "hatte", "hatten", "will", "wollen",
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
    private static final WordSet PAY_WORDS = WordSet.of("pay", "pays", "paying", "paid", "pagar", "pagara", "pagare",
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
    private static final WordSet MONEY_GOES = WordSet.of("va", "vanno", "andranno", "andrebbero", "van", "iran", "vao",
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

    /** "è stato/stata/stati/state" (folded) before "proposto": a proposal made to the club named before. */
    private static final WordSet PROPOSED_AUXILIARY = WordSet.of("stato", "stata", "stati", "state");

    /** Whether "è stata proposta" (or its other forms) starts at token k. */
    private static boolean proposedTo(Tokens t, int k) {
        return k + 2 < t.n && t.fold[k].equals("e") && PROPOSED_AUXILIARY.contains(t.fold[k + 1])
                && t.fold[k + 2].startsWith("propost");
    }

    /** Whether an offer, after an article, starts at token k ("al Valencia una oferta", "all'Atalanta un'offerta"). */
    private static boolean offerFollows(Tokens t, int k) {
        if (k < t.n && INDEFINITE_ARTICLES.contains(t.fold[k])) {
            k++;
        }
        return k < t.n && OFFER_WORDS.contains(t.fold[k]);
    }

    private static final WordSet INDEFINITE_ARTICLES = WordSet.of("un", "un'", "una", "uma", "une", "ein", "eine", "einen");

    /** Whether a sum starts at token k ("22 milioni", "€22m"): after "al Torino" opening a clause, what it is paid. */
    private static boolean sumFollows(Tokens t, int k) {
        return k < t.n && (t.type[k] == Tokens.NUM || t.sumAt(k));
    }

    /**
     * The words that lead from the counterpart of talks to what is said of the deal, not of the counterpart: a
     * preposition ("with Manchester City over a loan move"), a German passive ("mit Mainz wird noch verhandelt").
     */
    private static final WordSet TOWARDS_THE_DEAL = WordSet.of("over", "about", "regarding", "for", "per", "por", "pour",
            "fur", "uber", "sobre", "su", "wird", "werden", "wurde");

    /** One-word "to" of a club receiving something: after an offer, the club that is offered money. */
    private static final WordSet RECIPIENT = WordSet.of("to", "à", "a", "au", "al", "alla", "all'");

    private static final WordSet OFFER_WORDS = WordSet.of("bid", "offer", "approach", "interest", "proposal", "enquiry",
            "offerta", "oferta", "angebot", "proposta", "offre", "bids", "offers", "interes", "interesse",
            "interet");
}
