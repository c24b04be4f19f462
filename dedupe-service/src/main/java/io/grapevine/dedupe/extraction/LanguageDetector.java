package io.grapevine.dedupe.extraction;

import java.util.HashMap;
import java.util.Map;

/** Guesses en/it/es/de/pt/fr from stopword counts over folded tokens. Stateless and thread-safe. */
public final class LanguageDetector {

    static final String[] LANGS = {"en", "it", "es", "de", "pt", "fr"};
    private static final Map<String, int[]> WEIGHTS = new HashMap<>();

    private static void add(int lang, String words) {
        for (String w : words.split(" ")) {
            WEIGHTS.computeIfAbsent(w, k -> new int[LANGS.length])[lang] += 1;
        }
    }

    static {
        add(0, "the and of to is are have has for with on his their will from after been this that was were who would could");
        add(1, "il di che per con del della ha un una e sono alla al dei gli le non lo nel nella dell' l' piu gia anche sara");
        add(2, "el la de que y los las por con del un una es para ha su al se lo como mas pero fichaje millones");
        add(3, "der die das und ist mit von den dem fur nicht ein eine auf im zum zur hat sich des bei nach wird soll");
        add(4, "o a os as de do da que e para com em um uma nao no na pelo ao e dos das foi mais clube");
        add(5, "le la les de des du et est un une pour avec en au que pas dans sur l' d' il a ete son sa");
    }

    private LanguageDetector() {
    }

    /** Per language of {@link #LANGS}, how often the word is listed as a stop word of it; null if never. */
    static int[] weights(String folded) {
        return WEIGHTS.get(folded);
    }

    /** ISO 639-1 code of the most likely of the six languages; "en" when nothing decides. */
    public static String detect(String text) {
        return detect(Tokens.of(text == null ? "" : text));
    }

    static String detect(Tokens t) {
        int[] score = new int[LANGS.length];
        int limit = Math.min(t.n, 400);
        for (int i = 0; i < limit; i++) {
            if (t.type[i] == Tokens.PUNCT) {
                continue;
            }
            int traits = t.traits(i);
            for (int l = 0; l < LANGS.length; l++) {
                score[l] += WordTraits.languageWeight(traits, l);
            }
        }
        int best = 0;
        for (int l = 1; l < LANGS.length; l++) {
            if (score[l] > score[best]) {
                best = l;
            }
        }
        return LANGS[best];
    }
}
