package io.grapevine.dedupe.extraction;

import io.grapevine.reference.TextFold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.grapevine.dedupe.extraction.Vocabulary.*;

/**
 * The people a text names and how strongly each reads as the subject of a transfer: names from capitalised words
 * (particles, initials, German compounds, accents folded), then the cues around each occurrence ("a move for X",
 * "Brighton's X", "X, 21,", "X has agreed to join", "the agent of X"), and the roles that make a person no player
 * (manager, pundit, official). Plain static functions over {@link Tokens}; the extractor keeps the results.
 */
final class PeopleFinder {

    /** The tails of German compounds that describe a player before his name ("Eintracht-Talent", "BVB-Star"). */
    private static final WordSet ROLE_TAILS = WordSet.of("talent", "star", "profi", "juwel", "sturmer", "sturmstar",
            "verteidiger", "keeper", "torjager", "youngster", "kapitan", "leihspieler", "neuzugang", "spieler");
    private static final WordSet GERMAN_ARTICLES = WordSet.of("der", "die", "das", "den", "dem", "des", "einen", "einem",
            "eines", "einer");

    /** Subject phrases after a name that make it the subject only when a club follows ("X to Chelsea"). */
    private static final WordSet WEAK_SUBJ = WordSet.of("to", "al", "alla", "all'", "verso", "e", "sara", "sera",
            "will be", "is still", "resta", "moves", "is heading");

    private PeopleFinder() {
    }

    /**
     * The people a text names, by registry key: each run of capitalised name words that is no club, source or
     * vocabulary, with its occurrences and its score as the subject of a transfer (3 or more: a subject). Marks the
     * tokens of names in {@code nameTok}.
     */
    static Map<String, Person> find(Tokens t, Lexicon.Matches pl, Lexicon.Matches pa, int[] clubAt, List<ClubInText> cms,
                                    boolean[] sourceTok, boolean[] nameTok, boolean[] sentenceHasStage) {
        Map<String, Person> people = new LinkedHashMap<>();
        int i = 0;
        while (i < t.n) {
            if (!nameWord(t, i, clubAt, sourceTok) || vocabulary(i, pl)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.n && j - i < 4 && t.sent[j] == t.sent[i]) {
                if (nameWord(t, j, clubAt, sourceTok) && t.start[j] <= t.end[j - 1] + 1) {
                    j++;
                } else if (t.type[j] == Tokens.WORD && Tokens.isParticle(t.fold[j]) && !t.cap[j] && j + 1 < t.n
                        && nameWord(t, j + 1, clubAt, sourceTok) && !fullNameFollows(t, j + 1, clubAt, sourceTok)) {
                    j += 2;
                } else if (t.type[j] == Tokens.WORD && Tokens.isParticle(t.fold[j]) && !t.cap[j] && j + 2 < t.n
                        && t.type[j + 1] == Tokens.WORD && Tokens.isParticle(t.fold[j + 1]) && !t.cap[j + 1]
                        && nameWord(t, j + 2, clubAt, sourceTok) && !fullNameFollows(t, j + 2, clubAt, sourceTok)) {
                    j += 3; // two particles: "Micky van de Ven", "Pablo de la Fuente"
                } else if (t.type[j] == Tokens.WORD && Tokens.isParticle(t.fold[j]) && t.cap[j] && j + 1 < t.n
                        && t.start[j] == t.end[j - 1] + 1 && t.start[j + 1] == t.end[j] + 1
                        && nameWord(t, j + 1, clubAt, sourceTok)) {
                    j += 2; // "Said El Mala": a capitalised particle inside a name
                } else {
                    break;
                }
            }
            int a = i;
            int b = j;
            i = j;
            if (b - a == 1 && a > 0 && GERMAN_ARTICLES.contains(t.fold[a - 1]) && !(a > 1 && Tokens.isParticle(t.fold[a - 2]))) {
                continue; // "für den Linksverteidiger": a German noun after its article ("van den Berg" keeps his)
            }
            int hy = lastHyphen(t.text, t.start[a] + 1, t.end[a] - 1);
            int described = a; // where the words that tell who he is start, for the cues before them
            if (hy > t.start[a] && ROLE_TAILS.contains(Names.fold(t.text.substring(hy + 1, t.end[a])))) {
                if (b - a == 1) {
                    continue; // "das Offensiv-Juwel": what he is, without his name
                }
                a++; // "Eintracht-Talent Can Uzun", "BVB-Star X": the first word says what he is
                hy = -1;
            }
            if (hy > t.start[a] && hy + 1 < t.end[a] && Character.isLowerCase(t.text.charAt(hy + 1))) {
                continue; // "British-record", "Italy-born"
            }
            // "and El Khannouss is keen": a capitalised particle inside a sentence belongs to the surname after it
            if (b - a == 1 && a > 0 && t.cap[a - 1] && t.type[a - 1] == Tokens.WORD && Tokens.isParticle(t.fold[a - 1])
                    && t.end[a - 1] + 1 == t.start[a] && a - 1 != t.sentenceFirst(t.sent[a]) && clubAt[a - 1] < 0
                    && !sourceTok[a - 1]) {
                a--;
            }
            // a lone capitalised word opening a sentence is usually not a name ("Trattativa", "Understand")
            if (b - a == 1 && (a == t.sentenceFirst(t.sent[a]) || a == 0)
                    && (pl.startCats[a] != 0 || pa.startCats[a] != 0 || t.fold[a].length() < 3)) {
                continue;
            }
            // "Senegal midfielder Habib Diarra", "England captain Harry Kane": a lone word before the position of the
            // name that follows describes the player (his country), it is no name
            if (b - a == 1 && pl.startsAt(b, POSITION) && pl.startEnd[b] + 1 < t.n
                    && nameWord(t, pl.startEnd[b] + 1, clubAt, sourceTok)) {
                continue;
            }
            // "Stuttgarts Innenverteidiger Finn Jeltsch": German capitalises the position, which ends what describes him
            for (int k = a + 1; k < b - 1; k++) {
                if (pl.startsAt(k, POSITION) && pl.startEnd[k] < b - 1) {
                    a = pl.startEnd[k] + 1;
                    described = a;
                    break;
                }
            }
            for (int k = a; k < b; k++) {
                nameTok[k] = true;
            }
            String surface = t.text.substring(t.start[a], t.end[b - 1]);
            String key = surnameKey(t, a, b, surface);
            Person p = people.computeIfAbsent(key, Person::new);
            if (b - a > p.fullTokens) {
                p.fullTokens = b - a;
                p.fullName = surface;
            }
            if (p.mention == null) {
                p.mention = surface;
            }
            p.occurrences.add(new int[]{a, b});
            p.sentences.add(t.sent[a]);
            scoreOccurrence(p, described, b, t, pl, pa, clubAt, cms, sentenceHasStage);
        }
        return people;
    }

    /**
     * Whether a first name and a surname start at token k: then the particle before them is a preposition, not part
     * of a name ("eine Leihe von Julien Duranville", "la cessione di Nicolò Barella"), where a particle inside a name
     * has one word after it ("Virgil van Dijk").
     */
    private static boolean fullNameFollows(Tokens t, int k, int[] clubAt, boolean[] sourceTok) {
        return k + 1 < t.n && t.sent[k + 1] == t.sent[k] && t.start[k + 1] == t.end[k] + 1
                && nameWord(t, k + 1, clubAt, sourceTok);
    }

    /**
     * {@link Names#surnameKey} of the name in tokens [a, b): read from the tokens' folded words when the last two are
     * plain ASCII letters one space apart (the usual case), so the name need not be folded again.
     */
    private static String surnameKey(Tokens t, int a, int b, String surface) {
        int last = b - 1;
        if (!asciiLetters(t, last)) {
            return Names.surnameKey(surface);
        }
        if (last == a) {
            return t.fold[last];
        }
        if (!asciiLetters(t, last - 1) || t.start[last] != t.end[last - 1] + 1 || t.text.charAt(t.end[last - 1]) != ' ') {
            return Names.surnameKey(surface);
        }
        return Tokens.isParticle(t.fold[last - 1]) ? t.fold[last - 1] + " " + t.fold[last] : t.fold[last];
    }

    private static boolean asciiLetters(Tokens t, int k) {
        for (int p = t.start[k]; p < t.end[k]; p++) {
            char c = t.text.charAt(p);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /** The last '-' in text[from, to], or -1. */
    private static int lastHyphen(String text, int from, int to) {
        for (int p = to; p >= from; p--) {
            if (text.charAt(p) == '-') {
                return p;
            }
        }
        return -1;
    }

    private static boolean vocabulary(int i, Lexicon.Matches pl) {
        return (pl.startCats[i] & (POSITION | NONPLAYER | OBJ_STRONG)) != 0;
    }

    private static boolean nameWord(Tokens t, int i, int[] clubAt, boolean[] sourceTok) {
        if (t.type[i] != Tokens.WORD || !t.cap[i] || clubAt[i] >= 0 || sourceTok[i]) {
            return false;
        }
        if ((t.traits(i) & WordTraits.STOP) != 0 && !(i > 0 && t.cap[i - 1] && Tokens.isParticle(t.fold[i - 1])
                && t.end[i - 1] + 1 == t.start[i])) {
            return false; // a stop word is no name, unless a capitalised particle comes before it ("Koni De Winter")
        }
        int s = t.start[i];
        int e = t.end[i];
        if (e - s == 1 && !(i + 1 < t.n && t.fold[i + 1].equals("."))) {
            return false; // a lone letter is a name only as an initial ("J. Félix"), not the "M" of "20 M€"
        }
        if (e - s >= 2) {
            boolean allCaps = true;
            for (int k = s; k < e; k++) {
                if (Character.isLowerCase(t.text.charAt(k))) {
                    allCaps = false;
                    break;
                }
            }
            if (allCaps) {
                return false;
            }
        }
        return true;
    }


    /** Words after which "signing" is the verb: "close to signing", "keen on signing", "talk of signing". */
    private static final WordSet BEFORE_SIGNING_VERB = WordSet.of("to", "in", "on", "of", "about", "after", "from",
            "without", "by", "into", "over", "towards");

    /**
     * Whether the phrase that ends at token {@code j} is "signing" as a verb ("close to signing X"), which names what
     * a club wants, rather than the noun of a past move ("January signing X").
     */
    static boolean signingVerb(Tokens t, Lexicon.Matches pl, int j) {
        int s = pl.endStart[j];
        return s == j && s > 0 && t.fold[j].equals("signing") && BEFORE_SIGNING_VERB.contains(t.fold[s - 1]);
    }

    private static void scoreOccurrence(Person p, int a, int b, Tokens t, Lexicon.Matches pl, Lexicon.Matches pa,
                                        int[] clubAt, List<ClubInText> cms, boolean[] sentenceHasStage) {
        int score = 0;
        boolean seenPos = false;
        ClubInText clubBefore = null;
        int j = a - 1;
        int steps = 0;
        int sent = t.sent[a];
        while (j >= 0 && steps < 7 && t.sent[j] == sent) {
            if (clubAt[j] >= 0) {
                ClubInText c = cms.get(clubAt[j]);
                if (clubBefore == null) {
                    clubBefore = c;
                }
                j = c.a - 1;
                steps++;
                continue;
            }
            if (pl.endsAt(j, POSITION)) {
                seenPos = true;
                j = pl.endStart[j] - 1;
                steps++;
                if (j >= 0 && t.type[j] == Tokens.WORD && t.cap[j] && clubAt[j] < 0 && pl.startCats[j] == 0) {
                    j--; // "Senegal midfielder X": his country
                }
                continue;
            }
            if (pl.endsAt(j, NONPLAYER | REPLACED)) {
                p.nonPlayer = true;
                return;
            }
            if (CLUB_OF.contains(t.fold[j]) && clubAt[j + 1] >= 0 && j > 0 && pl.endsAt(j - 1, POSITION)) {
                j--; // "le milieu de Lyon Corentin Tolisso": his position, then his club
                continue;
            }
            if (seenPos && t.is(j, WordTraits.DETERMINER) && !t.cap[j]) {
                j--; // "suit avec attention le milieu de Lyon X"
                steps++;
                continue;
            }
            if (pl.endsAt(j, DESCRIPTOR) || t.type[j] == Tokens.NUM || t.type[j] == Tokens.POSS
                    || (t.cap[j] && (t.traits(j) & WordTraits.STOP) != 0 && !t.fold[j].equals("the"))) {
                j = pl.endsAt(j, DESCRIPTOR) ? pl.endStart[j] - 1 : j - 1;
                steps++;
                continue;
            }
            break;
        }
        if (j >= 0 && t.sent[j] == sent) {
            boolean signingVerb = signingVerb(t, pl, j);
            if (pl.endsAt(j, PAST_SIGNING) && !signingVerb) {
                return; // "January signing Ozan Kabak": history, not a rumour
            }
            if (pl.endsAt(j, OBJ_STRONG) || signingVerb) {
                score += 3;
            } else if (pl.endsAt(j, OBJ_WEAK)) {
                String w = t.fold[j];
                score += w.equals("for") || w.equals("over") || w.equals("on") || w.equals("about") || w.equals("uber")
                        || sumOf(t, j) ? 2 : 1;
            }
        }
        if (seenPos) {
            score += 1;
        }
        if (clubBefore != null && (seenPos || t.type[a - 1] == Tokens.POSS)) {
            score += 1;
            if (p.clubOf == null && clubBefore.club != null) {
                p.clubOf = clubBefore;
            }
        }
        if (roleFollows(t, b, pl)) {
            p.nonPlayer = true; // "a move for Ruben Amorim as head coach"
            return;
        }
        int k = b;
        if (k + 2 < t.n && t.fold[k].equals(",") && t.type[k + 1] == Tokens.NUM && t.fold[k + 2].equals(",")) {
            score += 1;
            k += 3;
        } else if (k + 1 < t.n && t.fold[k].equals(",") && pl.startsAt(k + 1, POSITION)) {
            // "Luis Díaz, extremo del Liverpool", "Gabriel Barbosa, avançado do Cruzeiro": his position, then his club
            score += 1;
            int q = pl.startEnd[k + 1] + 1;
            if (q < t.n && clubAt[q] < 0) {
                q++; // "del", "do", "of"
            }
            if (q < t.n && clubAt[q] >= 0 && t.sent[q] == sent) {
                score += 1;
                ClubInText club = cms.get(clubAt[q]);
                if (p.clubOf == null && club.club != null) {
                    p.clubOf = club;
                }
            }
        } else if (k + 2 < t.n && t.fold[k].equals(",")) {
            // "Viktor Gyökeres, the Sporting striker, ...": his club, then his position
            int q = t.is(k + 1, WordTraits.DETERMINER) ? k + 2 : k + 1;
            ClubInText club = q < t.n && t.sent[q] == sent && clubAt[q] >= 0 ? cms.get(clubAt[q]) : null;
            if (club != null && club.a == q && pl.startsAt(club.b, POSITION)) {
                score += 2;
                if (p.clubOf == null && club.club != null) {
                    p.clubOf = club;
                }
            }
        }
        if (possessive(t, k) && (movesOwner(t, k + 1) || k + 3 < t.n && t.sumAt(k + 1) && pa.startsAt(k + 3, PRICE_NOUN))) {
            score += 3; // "Oscar Bobb's proposed £25m move to Fulham", "Antoine Semenyo's £65m release clause"
        }
        if (k < t.n && t.sent[k] == sent) {
            if (pa.startsAt(k, MANAGER_POSS)) {
                p.nonPlayer = true;
                return;
            }
            if (pa.startsAt(k, SUBJ)) {
                int e = pa.startEnd[k];
                if (weakSubject(t, pa, k)) {
                    int q = e + 1;
                    if (q < t.n && t.is(q, WordTraits.DETERMINER)) {
                        q++;
                    }
                    if (q < t.n && clubAt[q] >= 0) {
                        score += 3;
                    }
                } else {
                    score += 3;
                }
            } else {
                int q = afterDescription(t, k, pl, clubAt);
                if (q == k && t.fold[k].equals(",") && k + 1 < t.n && t.sent[k + 1] == sent) {
                    q = k + 1; // a headline's "Paulo Dybala, en el radar de Boca"
                }
                if (q > k && pa.startsAt(q, SUBJ) && !weakSubject(t, pa, q)) {
                    score += 3; // "Rayan Cherki, the 'petit prince' of the Groupama Stadium, is edging closer to ..."
                }
            }
        }
        if (sentenceHasStage[sent]) {
            score += 1;
        }
        p.score += score;
    }

    /** Whether token k is a possessive: "'s", or the bare apostrophe after a name ending in s ("Arne Engels'"). */
    private static boolean possessive(Tokens t, int k) {
        if (k >= t.n || k == 0) {
            return false;
        }
        if (t.type[k] == Tokens.POSS) {
            return true;
        }
        char c = t.text.charAt(t.start[k]);
        return (c == '\'' || c == '’') && t.end[k] == t.start[k] + 1 && t.start[k] == t.end[k - 1]
                && Character.toLowerCase(t.text.charAt(t.start[k] - 1)) == 's';
    }

    /**
     * Whether a move of the owner of a possessive starts at token k: "proposed £25m move to", "loan switch from"
     * (the move leads somewhere, so that a manager's "move for a striker" is not his own).
     */
    private static boolean movesOwner(Tokens t, int k) {
        while (k < t.n && MOVE_ADJECTIVES.contains(t.fold[k])) {
            k++;
        }
        if (k + 1 < t.n && t.sumAt(k)) {
            k += 2;
        }
        return k + 1 < t.n && MOVE_NOUNS.contains(t.fold[k]) && (t.fold[k + 1].equals("to") || t.fold[k + 1].equals("from"));
    }

    private static final WordSet MOVE_ADJECTIVES = WordSet.of("proposed", "potential", "mooted", "possible", "planned",
            "dream", "shock", "loan", "permanent");

    /** Whether the subject's phrase starting at token k only counts before a club ("to", "alla", "sarà"). */
    private static boolean weakSubject(Tokens t, Lexicon.Matches pa, int k) {
        return WEAK_SUBJ.contains(TextFold.fold(t.text.substring(t.start[k], t.end[pa.startEnd[k]])));
    }

    /**
     * The token after a description set off by commas right after a name (", the 'petit prince' of the Groupama
     * Stadium,", ", currently on loan at RB Leipzig,"), when it names no role that is no player's; else k.
     */
    private static int afterDescription(Tokens t, int k, Lexicon.Matches pl, int[] clubAt) {
        if (!",".equals(t.fold[k])) {
            return k;
        }
        for (int q = k + 1; q < t.n && q <= k + 12 && t.sent[q] == t.sent[k]; q++) {
            if ((pl.startCats[q] & NONPLAYER) != 0) {
                return k;
            }
            if (",".equals(t.fold[q])) {
                return q > k + 1 && q + 1 < t.n ? q + 1 : k;
            }
        }
        return k;
    }

    private static final WordSet SUM_ENDS = WordSet.of("euros", "euro", "eur", "pounds", "sterling", "sterline", "libras",
            "dollars", "dolares", "reais", "millions", "million", "millones", "milioni", "milhoes");

    /** "la cláusula de 50,4 millones de euros de Dembélé": a sum, then "of", then the player it is paid for. */
    private static boolean sumOf(Tokens t, int j) {
        String w = t.fold[j];
        return (w.equals("of") || w.equals("de") || w.equals("di")) && j > 0 && SUM_ENDS.contains(t.fold[j - 1]);
    }

    private static final WordSet AS = WordSet.of("as", "come", "como", "als", "comme");
    private static final WordSet ROLE_FILLERS = WordSet.of("the", "their", "his", "a", "an", "new", "il", "nuovo", "el",
            "nuevo", "der", "neuer", "le", "nouveau", "o", "novo");

    /**
     * Whether the name ending before token k is followed, in its sentence, by a role that is no player's: "Ruben
     * Amorim... as head coach", "come nuovo allenatore", "als neuer Trainer".
     */
    private static boolean roleFollows(Tokens t, int k, Lexicon.Matches pl) {
        int q = k;
        while (q < t.n && q < k + 3 && t.type[q] == Tokens.PUNCT && t.sent[q] == t.sent[k - 1]) {
            q++;
        }
        if (q >= t.n || t.sent[q] != t.sent[k - 1] || !AS.contains(t.fold[q])) {
            return false;
        }
        for (int r = q + 1; r < t.n && r <= q + 3; r++) {
            if (pl.startsAt(r, NONPLAYER)) {
                return true;
            }
            if (!ROLE_FILLERS.contains(t.fold[r])) {
                return false;
            }
        }
        return false;
    }
}
