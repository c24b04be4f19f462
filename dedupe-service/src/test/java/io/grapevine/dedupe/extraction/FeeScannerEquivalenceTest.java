package io.grapevine.dedupe.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FeeParser.Sum} and {@link FeeParser.AddOns}, the hand-written scanners, must read exactly what the regular
 * expressions they replaced read: the same match or none, with the same span for every part, at every start position
 * of many generated texts (a fixed seed: 200,000 sum-like texts and 5,000 add-on-like ones) and of the corpus texts.
 * {@link FeeParser#find} only ever asks a scanner for a match at some position, so agreeing at all of them means it
 * finds the same sums as with the regular expressions.
 */
class FeeScannerEquivalenceTest {

    /** The pattern FeeParser used before the scanner, verbatim: the oracle. */
    private static final String NUM = "(?=\\d{1,3}[ \\u00A0\\u202F.,]\\d)\\d{1,3}(?:[ \\u00A0\\u202F.,]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)"
            + "|\\d+(?:[.,]\\d+)?";
    private static final String PRE = "(?<pre>(?=[UR€£$CEGB])(?:"
            + "US\\$|R\\$|€|£|\\$|CHF\\s?|(?:EUR|GBP|USD|BRL)\\s?|R(?=\\s\\d{1,3}\\s\\d{3})))";
    private static final String MULT = "(?<mult>(?=[bmMk])(?:"
            + "bn|billion|miliardi|Mrd\\.?|mn|mln|million[s]?|milioni|milione|millones|millón|"
            + "Millionen|Million|Mio\\.?|milhões|milhão|millions|m|M|k))";
    private static final String POST = "(?<post>(?=[deiplrsEPR€])(?:"
            + "(?:(?:di|de|d'|d’|in)\\s?)?(?:euros?|Euro|EUR|€|pounds?|sterling|sterline|"
            + "libras?|Pfund|livres?|dollars?|dólares|reais|real|R\\$)))";
    private static final String SEP = "(?<sep>(?=[-–tabeyu])(?:-|–|to|a|bis|and|e|y|und|et))";
    private static final Pattern MONEY = Pattern.compile(
            "(?<![\\w.,])" + PRE + "?\\s?(?<num>" + NUM + ")"
                    + "(?:\\s?" + SEP + "\\s?(?:€|£|\\$)?(?<num2>" + NUM + "))?"
                    + "\\s?" + MULT + "?(?![\\p{L}])\\s?" + POST + "?(?![\\p{L}])");

    private static final String[] GROUPS = {"pre", "num", "sep", "num2", "mult", "post"};

    /** The add-ons pattern FeeParser used before the scanner, verbatim. */
    private static final Pattern ADDONS = Pattern.compile(
            "^\\s*(?:,\\s*)?(?:plus|più|piu|más|mas|mais|\\+|and|with|dazu kommen|zuzüglich|up to|e)?\\s*(?:up to|bis zu|fino a|hasta|até|jusqu'à)?\\s*"
                    + "(?:€|£|\\$)?\\s?(?<num>\\d+(?:[.,]\\d+)?)\\s?" + MULT + "?\\s?(?:(?:di|de|d')\\s?)?(?:euros?|Euro|€|pounds?)?\\s?"
                    + "(?:in|di|en|em|an|de|of)?\\s?(?:potential\\s|performance-related\\s)?"
                    + "(?<w>add-ons|add-ons|addons|bonus|bonuses|variables|variable|objetivos|objectifs|Boni|Bonuszahlungen|"
                    + "incentives|bônus|bonificaciones|clauses)",
            Pattern.CASE_INSENSITIVE);

    /** The spans the regex reads at {@code s} (start, end, then start and end of each group), or null. */
    private static int[] regexSpans(Matcher m, int s, int length) {
        m.region(s, length);
        if (!m.lookingAt()) {
            return null;
        }
        int[] spans = new int[2 + 2 * GROUPS.length];
        spans[0] = m.start();
        spans[1] = m.end();
        for (int g = 0; g < GROUPS.length; g++) {
            spans[2 + 2 * g] = m.start(GROUPS[g]);
            spans[3 + 2 * g] = m.end(GROUPS[g]);
        }
        return spans;
    }

    /** The same spans as the scanner reads them. */
    private static int[] scannerSpans(FeeParser.Sum sum, int s) {
        if (!sum.matchAt(s)) {
            return null;
        }
        return new int[] {sum.start, sum.end,
                sum.hasPre() ? sum.start : -1, sum.hasPre() ? sum.preEnd : -1,
                sum.numStart, sum.numEnd,
                sum.hasRange() ? sum.sepStart : -1, sum.hasRange() ? sum.sepEnd : -1,
                sum.hasRange() ? sum.num2Start : -1, sum.hasRange() ? sum.num2End : -1,
                sum.hasMult() ? sum.multStart : -1, sum.hasMult() ? sum.multEnd : -1,
                sum.hasPost() ? sum.postStart : -1, sum.hasPost() ? sum.postEnd : -1};
    }

    /**
     * Compares regex and scanner at every start position of {@code text}; counts the matches in {@code seen[0]} and
     * those with each group in the rest.
     */
    private static void assertSameEverywhere(String text, long[] seen) {
        Matcher m = MONEY.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        FeeParser.Sum sum = new FeeParser.Sum(text);
        for (int s = 0; s < text.length(); s++) {
            int[] expected = regexSpans(m, s, text.length());
            int[] actual = scannerSpans(sum, s);
            if (!Arrays.equals(expected, actual)) {
                assertThat(actual).as("at %d of [%s]", s, text).isEqualTo(expected);
            }
            if (expected != null) {
                seen[0]++;
                for (int g = 0; g < GROUPS.length; g++) {
                    if (expected[2 + 2 * g] >= 0) {
                        seen[1 + g]++;
                    }
                }
            }
        }
    }

    /** What the add-ons regex reads in {@code [from, to)} (end, then the spans of the amount and multiplier), or null. */
    private static int[] addOnsRegexSpans(Matcher m, int from, int to) {
        if (!m.region(from, to).lookingAt()) {
            return null;
        }
        return new int[] {m.end(), m.start("num"), m.end("num"), m.start("mult"), m.end("mult")};
    }

    private static int[] addOnsScannerSpans(FeeParser.AddOns addOns, int from, int to) {
        if (!addOns.matchAt(from, to)) {
            return null;
        }
        boolean mult = addOns.mult() != null;
        return new int[] {addOns.end, addOns.numStart, addOns.numEnd, mult ? addOns.multStart : -1,
                mult ? addOns.multEnd : -1};
    }

    /**
     * Compares regex and scanner for add-ons from every position of {@code text}, as far as FeeParser looks, and
     * from the start to every shorter end; counts the matches in {@code seen[0]} and those with a multiplier in
     * {@code seen[1]}.
     */
    private static void assertSameAddOnsEverywhere(String text, long[] seen) {
        Matcher m = ADDONS.matcher(text);
        FeeParser.AddOns addOns = new FeeParser.AddOns(text);
        int length = text.length();
        for (int i = 0; i < 2 * length; i++) {
            int from = i < length ? i : 0;
            int to = i < length ? Math.min(length, from + 80) : i - length;
            int[] expected = addOnsRegexSpans(m, from, to);
            int[] actual = addOnsScannerSpans(addOns, from, to);
            if (!Arrays.equals(expected, actual)) {
                assertThat(actual).as("add-ons in [%d, %d) of [%s]", from, to, text).isEqualTo(expected);
            }
            if (expected != null) {
                seen[0]++;
                seen[1] += expected[3] >= 0 ? 1 : 0;
            }
        }
    }

    /** The generated texts must have exercised every part of the grammar: {@code seen} counts matches, then parts. */
    private static void assertEveryPartSeen(long[] seen, long moreThan) {
        assertThat(Arrays.stream(seen).min().orElse(0)).as("matches, then matches with each part: %s",
                Arrays.toString(seen)).isGreaterThan(moreThan);
    }

    // pieces of generated texts: what the grammar reads, near misses, and what may stand around a sum
    private static final String[] PREFIXES = {"€", "£", "$", "US$", "R$", "R", "CHF", "EUR", "GBP", "USD", "BRL",
            "US", "CH", "EU", "Eur", "eur", "usd", "R$$", "€€", "r", "U"};
    private static final String[] SPACES = {"", "", "", " ", " ", "  ", "\t", "\n", "\u00A0", "\u202F", "\r"};
    private static final String[] GROUP_SEPARATORS = {" ", "\u00A0", "\u202F", ".", ",", "", "'", "  "};
    private static final String[] RANGE_SEPARATORS = {"-", "–", "—", "to", "a", "bis", "and", "e", "y", "und", "et",
            "an", "ett", "toe", "A", "To", "or", "/", "au", "tra"};
    private static final String[] MULTIPLIERS = {"bn", "billion", "miliardi", "Mrd.", "Mrd", "mn", "mln", "millions",
            "million", "milioni", "milione", "millones", "millón", "Millionen", "Million", "Mio.", "Mio", "milhões",
            "milhão", "m", "M", "k", "K", "B", "BN", "Bn", "MILLION", "MIO", "mio", "Mill", "mil", "mi", "millionaire",
            "mm", "kg", "km", "Mrd..", "Millionenfach", "milliard", "milliards", "bnx", "mé", "ma", "M€", "m€", "mΩ"};
    private static final String[] CURRENCY_WORDS = {"euros", "euro", "Euro", "EUR", "€", "pounds", "pound", "sterling",
            "sterline", "libras", "libra", "Pfund", "livres", "livre", "dollars", "dollar", "dólares", "reais", "real",
            "R$", "Euros", "EURO", "europe", "Eurosport", "dollaro", "realm", "Pfunde", "pfund", "£", "$", "R",
            "reales", "sterlina", "EURs", "eurosé", "€x"};
    private static final String[] PREPOSITIONS = {"di", "de", "d'", "d’", "in", "d", "da", "del", "i", "di'"};
    private static final String[] AROUND = {"", "", "", " ", "a", "x", "é", "ß", "_", ".", ",", "(", ")", "'", "-",
            ";", "Ω", "😀", "日", "0", "7", ":", "/", "+", "up to ", "between ", "fee of ", "R ", "5", "2024 ",
            " and ", " y ", " e ", "\u0301", "\uD800", "\uDC00", "ǅ", "ª", "ˆ"};

    private static final String[] ADD_ON_LEADS = {"plus", "più", "piu", "más", "mas", "mais", "+", "and", "with",
            "dazu kommen", "zuzüglich", "up to", "e", "PIÙ", "Più", "MÁS", "Mas", "pluss", "an", "w", "dazu", "zuzuglich",
            "upto", "&", "ed", "y"};
    private static final String[] ADD_ON_LIMITS = {"up to", "bis zu", "fino a", "hasta", "até", "jusqu'à", "ATÉ",
            "Bis Zu", "up  to", "jusqu’à", "fino", "hast"};
    private static final String[] ADD_ON_CURRENCY_WORDS = {"euros", "euro", "Euro", "€", "pounds", "pound", "EUROS",
            "Pounds", "eur", "£", "$", "europe", "poundsx"};
    private static final String[] ADD_ON_PREPOSITIONS = {"in", "di", "en", "em", "an", "de", "of", "In", "OF", "d'",
            "i", "ofs", "potential", "performance-related", "Potential", "potential-", "performance"};
    private static final String[] ADD_ON_WORDS = {"add-ons", "addons", "bonus", "bonuses", "variables", "variable",
            "objetivos", "objectifs", "Boni", "Bonuszahlungen", "incentives", "bônus", "bonificaciones", "clauses",
            "ADD-ONS", "Add-Ons", "BONUS", "BÔNUS", "Bônus", "add-on", "addon", "bon", "clause", "incentive", "BONI",
            "variab", "objectif"};

    /** A text shaped like add-ons after a sum, each part present or not, with noise around and between the parts. */
    private static String addOnsLike(Random r) {
        StringBuilder sb = new StringBuilder(pick(r, SPACES));
        if (r.nextInt(3) == 0) {
            sb.append(',').append(pick(r, SPACES));
        }
        if (r.nextBoolean()) {
            sb.append(randomCase(r, pick(r, ADD_ON_LEADS))).append(pick(r, SPACES));
        }
        if (r.nextInt(3) == 0) {
            sb.append(randomCase(r, pick(r, ADD_ON_LIMITS))).append(pick(r, SPACES));
        }
        if (r.nextBoolean()) {
            sb.append("€£$R".charAt(r.nextInt(4))).append(pick(r, SPACES));
        }
        sb.append(number(r)).append(pick(r, SPACES));
        if (r.nextBoolean()) {
            sb.append(randomCase(r, pick(r, MULTIPLIERS))).append(pick(r, SPACES));
        }
        if (r.nextInt(3) == 0) {
            sb.append(pick(r, PREPOSITIONS)).append(pick(r, SPACES));
        }
        if (r.nextBoolean()) {
            sb.append(randomCase(r, pick(r, ADD_ON_CURRENCY_WORDS))).append(pick(r, SPACES));
        }
        for (int k = r.nextInt(3); k > 0; k--) {
            sb.append(randomCase(r, pick(r, ADD_ON_PREPOSITIONS))).append(pick(r, SPACES));
        }
        sb.append(randomCase(r, pick(r, ADD_ON_WORDS))).append(pick(r, AROUND));
        return sb.toString();
    }

    private static String pick(Random r, String[] pool) {
        return pool[r.nextInt(pool.length)];
    }

    /** A number in any of the shapes the grammar reads, or almost. */
    private static String number(Random r) {
        StringBuilder sb = new StringBuilder();
        digits(r, sb, r.nextInt(3) == 0 ? 1 + r.nextInt(12) : 1 + r.nextInt(3));
        if (r.nextInt(3) == 0) {
            String sep = pick(r, GROUP_SEPARATORS);
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                sb.append(r.nextInt(8) == 0 ? pick(r, GROUP_SEPARATORS) : sep);
                digits(r, sb, r.nextInt(6) == 0 ? 2 + 2 * r.nextInt(2) : 3); // groups of 3, now and then 2 or 4
            }
        }
        if (r.nextInt(3) == 0) {
            sb.append(r.nextBoolean() ? '.' : ',');
            digits(r, sb, r.nextInt(5));
        }
        return sb.toString();
    }

    private static void digits(Random r, StringBuilder sb, int n) {
        for (int k = 0; k < n; k++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
    }

    private static String randomCase(Random r, String s) {
        if (r.nextInt(8) != 0) {
            return s;
        }
        return r.nextBoolean() ? s.toUpperCase() : s.substring(0, 1).toUpperCase() + s.substring(1);
    }

    /** A text shaped like a sum, each part present or not, with noise around and between the parts. */
    private static String sumLike(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(r, AROUND));
        if (r.nextInt(3) > 0) {
            sb.append(pick(r, PREFIXES)).append(pick(r, SPACES));
        }
        sb.append(pick(r, SPACES)).append(number(r));
        if (r.nextInt(3) == 0) {
            sb.append(pick(r, SPACES)).append(randomCase(r, pick(r, RANGE_SEPARATORS))).append(pick(r, SPACES));
            if (r.nextInt(3) == 0) {
                sb.append("€£$R".charAt(r.nextInt(4)));
            }
            sb.append(number(r));
        }
        sb.append(pick(r, SPACES));
        if (r.nextInt(3) > 0) {
            sb.append(randomCase(r, pick(r, MULTIPLIERS)));
        }
        sb.append(pick(r, SPACES));
        if (r.nextBoolean()) {
            if (r.nextInt(3) == 0) {
                sb.append(pick(r, PREPOSITIONS)).append(pick(r, SPACES));
            }
            sb.append(randomCase(r, pick(r, CURRENCY_WORDS)));
        }
        sb.append(pick(r, AROUND));
        if (r.nextInt(4) == 0) {
            sb.append(sumLike(r));
        }
        return sb.toString();
    }

    /** Characters in any order, mostly those the grammar cares about. */
    private static String charSoup(Random r) {
        String alphabet = "0123456789 .,-–€£$RUSDCHFEGBPLbnmMkilodeuyast'’\u00A0\u202F\t\nxéΩ😀_";
        StringBuilder sb = new StringBuilder();
        for (int k = 1 + r.nextInt(24); k > 0; k--) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void sameMatchesOnGeneratedTexts() {
        Random r = new Random(20240611);
        int cases = 200_000;
        long[] seen = new long[1 + GROUPS.length];
        for (int i = 0; i < cases; i++) {
            assertSameEverywhere(i % 4 == 3 ? charSoup(r) : sumLike(r), seen);
        }
        assertEveryPartSeen(seen, cases / 20);
    }

    @Test
    void sameAddOnsOnGeneratedTexts() {
        Random r = new Random(20240612);
        int cases = 5_000;
        long[] seen = new long[2];
        for (int i = 0; i < cases; i++) {
            String addOns = addOnsLike(r);
            assertSameAddOnsEverywhere(r.nextInt(3) == 0 ? sumLike(r) + addOns : addOns, seen);
        }
        assertEveryPartSeen(seen, cases / 20);
    }

    @Test
    void sameMatchesOnTheCorpora() throws IOException {
        long[] seen = new long[1 + GROUPS.length];
        long[] addOnsSeen = new long[2];
        for (String text : corpusTexts()) {
            assertSameEverywhere(text, seen);
            assertSameAddOnsEverywhere(text, addOnsSeen);
        }
        assertThat(seen[0]).isGreaterThan(300);
        assertThat(addOnsSeen[0]).isGreaterThan(0);
    }

    @Test
    void sameMatchesOnTheExamples() {
        String text = "€40-45 million euros, £43M, 50 milioni di euro, R$ 2 777 824 224,00, between £35m and £40m, "
                + "US$145.98 million, 51,3 milioni, CHF 20 Mio., 3-1 in 2023, 10 to €12bn, 7 Millionen Euro, "
                + "R 2 777 824, 5\tm euros, 7  milioni, 8\nMio. Euro, 1.000.000, 2 777 824 224,001, 70m, 5 km";
        long[] seen = new long[1 + GROUPS.length];
        assertSameEverywhere(text, seen);
        assertEveryPartSeen(seen, 0);
    }

    private static List<String> corpusTexts() throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String resource : new String[] {"/corpus/dev-corpus.jsonl", "/corpus/held-out.jsonl"}) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    FeeScannerEquivalenceTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        JsonNode text = om.readTree(line).get("text");
                        texts.add(text.asText());
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(300);
        return texts;
    }
}
