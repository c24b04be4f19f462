package io.grapevine.ingest.text;

import io.grapevine.reference.TextFold;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Detects the language of a report from its most frequent function words, for the languages transfer news is
 * written in here (English, Italian, Spanish, German, French, Portuguese, Dutch). Words shared by several
 * languages ("de", "a", "la") count for each, so only the distinctive ones decide. Returns null when the text has
 * too few known words to tell.
 */
public final class LanguageDetector {

    private static final Map<String, Set<String>> PROFILES = new LinkedHashMap<>();

    static {
        PROFILES.put("en", Set.of("the", "and", "of", "to", "is", "in", "for", "with", "that", "has", "have", "are",
                "was", "will", "from", "his", "on", "be", "at", "by", "this", "it", "they", "their", "been", "would",
                "club", "deal", "agreed", "talks", "understand", "which", "after", "about", "but", "not", "set", "who"));
        PROFILES.put("it", Set.of("il", "di", "che", "per", "con", "gli", "della", "del", "dello", "delle", "nella",
                "nel", "sono", "anche", "alla", "dei", "una", "non", "più", "piu", "ha", "lo", "ma", "è", "tra", "come",
                "questo", "stato", "dal", "sul", "ai", "degli", "già", "gia", "squadra", "calciomercato", "accordo",
                "trattativa", "milioni"));
        PROFILES.put("es", Set.of("el", "los", "las", "del", "que", "por", "una", "con", "para", "es", "se", "su",
                "al", "lo", "como", "más", "mas", "pero", "sus", "ha", "este", "esta", "fichaje", "según", "segun",
                "millones", "también", "tambien", "equipo", "ya", "muy", "hay", "club", "acuerdo", "y"));
        PROFILES.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich",
                "des", "auf", "für", "fur", "ein", "eine", "einen", "dem", "im", "auch", "wird", "hat", "bei", "nach",
                "noch", "wie", "aus", "über", "uber", "soll", "millionen", "verein", "wechsel", "laut", "bereits"));
        PROFILES.put("fr", Set.of("le", "les", "des", "est", "une", "dans", "pour", "que", "qui", "sur", "pas",
                "par", "avec", "au", "aux", "du", "ce", "il", "sont", "son", "sa", "ses", "mais", "plus", "été", "ete",
                "selon", "millions", "mercato", "accord", "avoir", "entre", "et", "à", "cette"));
        PROFILES.put("pt", Set.of("o", "os", "da", "do", "das", "dos", "que", "em", "para", "com", "uma", "um", "não",
                "nao", "no", "na", "nos", "ao", "é", "mais", "por", "se", "foi", "como", "pelo", "pela", "milhões",
                "milhoes", "clube", "negócio", "negocio", "também", "tambem", "já", "ja", "e"));
        PROFILES.put("nl", Set.of("de", "het", "een", "van", "en", "is", "dat", "op", "te", "zijn", "voor", "met",
                "niet", "aan", "er", "ook", "bij", "naar", "wordt", "heeft", "nog", "uit", "maar", "om", "door",
                "miljoen", "club", "volgens", "overstap"));
    }

    private LanguageDetector() {
    }

    /** ISO 639-1 code, or null when the text does not say. */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, Integer> scores = new HashMap<>();
        int words = 0;
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        for (String raw : sample.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            words++;
            String folded = raw;
            for (Map.Entry<String, Set<String>> profile : PROFILES.entrySet()) {
                if (profile.getValue().contains(folded) || profile.getValue().contains(TextFold.fold(folded))) {
                    scores.merge(profile.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestScore = 0;
        int second = 0;
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            if (score.getValue() > bestScore) {
                second = bestScore;
                bestScore = score.getValue();
                best = score.getKey();
            } else if (score.getValue() > second) {
                second = score.getValue();
            }
        }
        if (best == null || bestScore < 2 || bestScore == second || bestScore * 10 < words) {
            return null;
        }
        return best;
    }
}
