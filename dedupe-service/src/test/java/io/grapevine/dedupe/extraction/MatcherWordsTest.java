package io.grapevine.dedupe.extraction;

import io.grapevine.reference.ClubGazetteer;
import io.grapevine.reference.SourceCatalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words {@link MatcherWords} hands over give the gazetteer and the catalogue exactly what their own scan of the
 * text gives: on the development corpus, and on generated texts full of the places where the two tokenizers cut
 * differently (hyphens, apostrophes, possessives, elisions, handles, hashtags, URLs, numbers, combining marks).
 */
class MatcherWordsTest {

    private static final ClubGazetteer CLUBS = ClubGazetteer.load();
    private static final SourceCatalogue SOURCES = SourceCatalogue.load();

    /** Whether the words were handed over; asserts that the matchers found the same as when they scan the text. */
    private static boolean sameAsOwnScan(String text) {
        boolean handed = MatcherWords.handOver(Tokens.of(text), CLUBS.words(), SOURCES.words());
        var clubs = CLUBS.findMentions(text);
        var sources = SOURCES.findMentions(text);
        String copy = new String(text.toCharArray()); // another string: the matchers scan it themselves
        assertEquals(CLUBS.findMentions(copy), clubs, () -> "clubs of: " + text);
        assertEquals(SOURCES.findMentions(copy), sources, () -> "sources of: " + text);
        return handed;
    }

    @Test
    void theCorpusIsHandedOverAndReadAlike() throws IOException {
        List<String> scanned = new ArrayList<>();
        for (CorpusQualityTest.Item item : CorpusQualityTest.load()) {
            if (!sameAsOwnScan(item.report().text())) {
                scanned.add(item.id());
            }
        }
        assertEquals(List.of(), scanned, "every corpus text is handed over");
    }

    private static final String[] PIECES = {"Paris Saint-Germain", "Inter", "Inter's", "dell'Inter", "L'Equipe",
            "L’Équipe", "Sport-Bild", "@Gazzetta_it", "#LFC", "#news_Milan", "bbc.co.uk", "https://x.com/FabrizioRomano",
            "Fabrizio Romano", "Sky Sports", "Real Madrid", "Athletic Club", "O'Shea", "N’Golo", "Reds'", "Spurs's",
            "21-year-old", "51,3", "€45.5m", "'s", "’s", "s", "1", "é", "e\u0301", "\u0301", "\u0903", "\u20DD",
            "\uD835\uDC00", "_", "@", "#", "-", "‑", ".", ",", "'", "’", "  ", "\n", " ", " ", " ", "Bayern München",
            "BAYERN", "Man Utd", "a", "name@host.com", "x_@y", "Atlético", "MILAN", "Milan", "Gazzetta", "de",
            "Corriere dello Sport", "Sport1", "Kicker", "Liverpool", "⚪️", "🚨", "\uFE0F"};

    @Test
    void generatedTextsAreReadAlikeWhetherHandedOverOrNot() {
        Random random = new Random(20261128);
        int handed = 0;
        int texts = 20_000;
        for (int i = 0; i < texts; i++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            handed += sameAsOwnScan(sb.toString()) ? 1 : 0;
        }
        int scanned = texts - handed;
        assertTrue(handed > texts / 4 && scanned > texts / 20, "both paths taken: " + handed + " handed over, "
                + scanned + " scanned");
    }
}
