package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.FeeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sums of money in transfer writing: "€50 million", "£43M", "$145.98 million", "£40-45m", "between £35m and
 * £40m", "50 milioni di euro", "50 Millionen Euro", "50 millones de euros", "51,3 milioni", "R$ 300 milhões",
 * "R$ 2 777 824 224,00", "€45m plus €5m in add-ons", "in the region of £30m". Two precompiled patterns; stateless
 * and thread-safe.
 */
public final class FeeParser {

    /** One sum found in a text, with its character span. */
    public record Money(int start, int end, double amount, String currency, Double min, Double max, Double addOns,
                        boolean approximate, FeeKind kind, boolean explicitCurrency) {
    }

    /**
     * A number grouped in thousands ("2 777 824 224,00", "1.000.000"; the look-ahead skips that reading quickly when
     * there is no separator) or not.
     */
    private static final String NUM = "(?=\\d{1,3}[ \\u00A0\\u202F.,]\\d)\\d{1,3}(?:[ \\u00A0\\u202F.,]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)"
            + "|\\d+(?:[.,]\\d+)?";
    /** First characters of the currency prefixes: US$, R$, R, €, £, $, CHF, EUR, GBP, USD, BRL. */
    private static final String PRE_FIRST = "UR€£$CEGB";
    private static final String PRE = "(?<pre>" + firstCharsThen(PRE_FIRST,
            "US\\$|R\\$|€|£|\\$|CHF\\s?|(?:EUR|GBP|USD|BRL)\\s?|R(?=\\s\\d{1,3}\\s\\d{3})") + ")";
    /** First characters of the multipliers, the currency words after a number and the range separators. */
    private static final String MULT_FIRST = "bmMk";
    private static final String POST_FIRST = "deiplrsEPR€";
    private static final String SEP_FIRST = "-–tabeyu";
    /** Also in ADDONS, which ignores case: there the look-ahead's class does too, so the guard still holds. */
    private static final String MULT = "(?<mult>" + firstCharsThen(MULT_FIRST,
            "bn|billion|miliardi|Mrd\\.?|mn|mln|million[s]?|milioni|milione|millones|millón|"
            + "Millionen|Million|Mio\\.?|milhões|milhão|millions|m|M|k") + ")";
    private static final String POST = "(?<post>" + firstCharsThen(POST_FIRST,
            "(?:(?:di|de|d'|d’|in)\\s?)?(?:euros?|Euro|EUR|€|pounds?|sterling|sterline|"
            + "libras?|Pfund|livres?|dollars?|dólares|reais|real|R\\$)") + ")";
    private static final String SEP = "(?<sep>" + firstCharsThen(SEP_FIRST, "-|–|to|a|bis|and|e|y|und|et") + ")";

    /** Package-private for FeeParserGroupsTest. */
    static final Pattern MONEY = Pattern.compile(
            "(?<![\\w.,])" + PRE + "?\\s?(?<num>" + NUM + ")"
                    + "(?:\\s?" + SEP + "\\s?(?:€|£|\\$)?(?<num2>" + NUM + "))?"
                    + "\\s?" + MULT + "?(?![\\p{L}])\\s?" + POST + "?(?![\\p{L}])");

    /**
     * Numbers of the named groups of {@link #MONEY}: {@code group(int)} reads an array where {@code group(String)}
     * costs two hash look-ups, and {@link #find} reads several groups per match. They are found once, on a sum in
     * which every group takes part with a span of its own, so they follow any change to the pattern (and class
     * initialisation fails if that no longer holds).
     */
    static final int PRE_GROUP;
    static final int NUM_GROUP;
    static final int SEP_GROUP;
    static final int NUM2_GROUP;
    static final int MULT_GROUP;
    static final int POST_GROUP;

    static {
        Matcher probe = MONEY.matcher("€40-45 million euros");
        if (!probe.matches()) {
            throw new IllegalStateException("MONEY no longer matches its probe");
        }
        PRE_GROUP = groupNumber(probe, "pre");
        NUM_GROUP = groupNumber(probe, "num");
        SEP_GROUP = groupNumber(probe, "sep");
        NUM2_GROUP = groupNumber(probe, "num2");
        MULT_GROUP = groupNumber(probe, "mult");
        POST_GROUP = groupNumber(probe, "post");
    }

    private static final Pattern ADDONS = Pattern.compile(
            "^\\s*(?:,\\s*)?(?:plus|più|piu|más|mas|mais|\\+|and|with|dazu kommen|zuzüglich|up to|e)?\\s*(?:up to|bis zu|fino a|hasta|até|jusqu'à)?\\s*"
                    + "(?:€|£|\\$)?\\s?(?<num>\\d+(?:[.,]\\d+)?)\\s?" + MULT + "?\\s?(?:(?:di|de|d')\\s?)?(?:euros?|Euro|€|pounds?)?\\s?"
                    + "(?:in|di|en|em|an|de|of)?\\s?(?:potential\\s|performance-related\\s)?"
                    + "(?<w>add-ons|add-ons|addons|bonus|bonuses|variables|variable|objetivos|objectifs|Boni|Bonuszahlungen|"
                    + "incentives|bônus|bonificaciones|clauses)",
            Pattern.CASE_INSENSITIVE);

    /** How far after a sum {@link #ADDONS} looks. */
    private static final int ADDONS_REACH = 80;

    /** Characters that can start {@link #ADDONS} after its leading spaces (either case for the letters). */
    private static final String ADDONS_FIRST = ",+€£$0123456789pmawdzuebfhj";

    private static final Pattern ADDON_TAIL = Pattern.compile(
            "^\\s*(?:in\\s|of\\s|en\\s|di\\s|em\\s|de\\s)?(?:potential\\s)?(?:add-ons|bonus|variables|objetivos|boni|incentives).*");

    private static final Pattern WAGE_AFTER = Pattern.compile("^\\s*(?:a|per|each|every)\\s+(?:week|year|season|month).*");

    private FeeParser() {
    }

    /**
     * {@code alternatives} behind a look-ahead on the characters they can start with: the same matches, only faster,
     * as the regex engine otherwise compares every alternative in turn at every position it tries (a dozen or two
     * failed comparisons after each number). {@code firstChars} must list the first character of every alternative.
     */
    private static String firstCharsThen(String firstChars, String alternatives) {
        return "(?=[" + firstChars + "])(?:" + alternatives + ")";
    }

    /** The only group of the match with the span of the group named {@code name}. */
    private static int groupNumber(Matcher m, String name) {
        int found = -1;
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) == m.start(name) && m.end(g) == m.end(name)) {
                if (found >= 0) {
                    throw new IllegalStateException("groups " + found + " and " + g + " share the span of " + name);
                }
                found = g;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("no group has the span of " + name);
        }
        return found;
    }

    /**
     * Every sum in the text.
     *
     * @param defaultCurrency currency of a bare "80 milioni" (no currency stated), or null to skip those
     */
    public static List<Money> find(String text, String defaultCurrency) {
        List<Money> out = new ArrayList<>(2);
        int firstDigit = text == null ? -1 : indexOfDigit(text, 0, text.length());
        if (firstDigit < 0) {
            return out;
        }
        Matcher m = MONEY.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int consumedUntil = -1;
        int from = Math.max(0, firstDigit - MAX_LEAD);
        while (next(m, text, from)) {
            from = m.end();
            if (m.start() < consumedUntil) {
                continue;
            }
            String pre = m.group(PRE_GROUP);
            String post = m.group(POST_GROUP);
            String mult = m.group(MULT_GROUP);
            boolean hasCurrency = pre != null || post != null;
            if (!hasCurrency && mult == null) {
                continue;
            }
            if (!hasCurrency && (mult.equals("m") || mult.equals("M") || mult.equals("k"))) {
                continue; // "70m" alone: distance or height more often than money
            }
            if (mult != null && (mult.equals("m") || mult.equals("M")) && pre == null && post == null) {
                continue;
            }
            String currency = currency(pre, post);
            boolean explicit = currency != null;
            if (currency == null) {
                if (defaultCurrency == null) {
                    continue;
                }
                currency = defaultCurrency;
            }
            boolean hasMult = mult != null;
            double factor = factor(mult);
            double a = parseNumber(m.group(NUM_GROUP), hasMult) * factor;
            Double min = null;
            Double max = null;
            String num2 = m.group(NUM2_GROUP);
            String sep = m.group(SEP_GROUP);
            if (num2 != null) {
                boolean wordSep = sep.length() > 1 || Character.isLetter(sep.charAt(0));
                boolean between = wordSep && !sep.equals("to") && !sep.equals("bis") && !sep.equals("a")
                        && !precededByBetween(text, m.start());
                double b = parseNumber(num2, hasMult) * factor;
                if (between || b < a) {
                    // "£80m up front and £10m" is not a range: re-match from the second number
                    from = m.start(NUM2_GROUP);
                    continue;
                }
                min = a;
                max = b;
                a = (a + b) / 2;
            }
            if (a <= 0) {
                continue;
            }
            if (a < 1000 && !hasMult) {
                continue; // "€50" is not a transfer fee
            }
            int end = m.end();
            Double addOns = null;
            int addOnsLimit = Math.min(text.length(), end + ADDONS_REACH);
            if (mayStartAddOns(text, end, addOnsLimit)) {
                Matcher ad = ADDONS.matcher(text);
                ad.region(end, addOnsLimit);
                if (ad.lookingAt()) {
                    double v = parseNumber(ad.group("num"), true) * factorOrSame(ad.group("mult"), factor);
                    addOns = v;
                    end = ad.end();
                }
            }
            boolean approx = approximate(text, m.start());
            out.add(new Money(m.start(), end, a, currency, min, max, addOns, approx, kind(text, m.start(), end), explicit));
            consumedUntil = end;
        }
        if (out.size() < 2) {
            return out;
        }
        // an amount announced as add-ons right after another ("£100m up front and £10m in add-ons")
        List<Money> merged = new ArrayList<>(out.size());
        for (Money x : out) {
            if (!merged.isEmpty() && isRangeEnd(text, merged.get(merged.size() - 1), x)) {
                Money p = merged.remove(merged.size() - 1);
                double lo = p.amount();
                double hi = x.amount();
                merged.add(new Money(p.start(), x.end(), (lo + hi) / 2, p.currency(), lo, hi, x.addOns(),
                        p.approximate(), p.kind(), p.explicitCurrency()));
            } else if (!merged.isEmpty() && isAddOnOf(text, merged.get(merged.size() - 1), x)) {
                Money p = merged.remove(merged.size() - 1);
                merged.add(new Money(p.start(), x.end(), p.amount(), p.currency(), p.min(), p.max(), x.amount(),
                        p.approximate(), p.kind(), p.explicitCurrency()));
            } else {
                merged.add(x);
            }
        }
        return merged;
    }

    /** Longest lead a match can have before its first digit: a currency prefix ("US$", "CHF ", "EUR ") and a space. */
    private static final int MAX_LEAD = 6;

    /**
     * The next match of {@link #MONEY} starting at or after {@code from} that can give a sum, as {@code Matcher.find}
     * would find it, but trying only the start positions where that is possible: every match holds a digit within
     * its first {@value #MAX_LEAD} characters, so only the positions just before and at digits are considered, and of
     * those only the ones {@link #worthTrying} lets through (about one per sum instead of every character).
     */
    private static boolean next(Matcher m, String text, int from) {
        int len = text.length();
        int tried = from; // first position not yet considered
        for (int q = from; q < len; q++) {
            if (!isDigit(text.charAt(q))) {
                continue;
            }
            for (int s = Math.max(tried, q - MAX_LEAD); s <= q; s++) {
                if (worthTrying(text, s)) {
                    m.region(s, len);
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
            tried = q + 1;
        }
        return false;
    }

    /**
     * False when trying {@link #MONEY} at {@code s} is certainly useless: either it cannot match there, as the start
     * of the pattern tells (the look-behind {@code (?<![\w.,])}, then the first character of a currency prefix, a
     * space and a digit, or a digit), or it would only read a {@linkplain #isBareNumber bare number}. A cheap test
     * that spares the regex the inside of words and numbers and most numbers that are not sums ("2024", "3 goals").
     */
    private static boolean worthTrying(String text, int s) {
        if (s > 0 && isWordOrDecimalChar(text.charAt(s - 1))) {
            return false;
        }
        char c = text.charAt(s);
        if (isDigit(c)) {
            return !isBareNumber(text, s);
        }
        if (isRegexSpace(c)) {
            return s + 1 < text.length() && isDigit(text.charAt(s + 1)) && !isBareNumber(text, s + 1);
        }
        return PRE_FIRST.indexOf(c) >= 0;
    }

    /**
     * True when {@link #MONEY}, tried at the digits starting at {@code d} (or at a space just before them), can only
     * read a number without currency or multiplier, which {@link #find} rejects, in a match ending at most one
     * character after the digits. Skipping that attempt changes nothing: {@link #find} would go on from the end of
     * the match, and the only position before it that {@link #worthTrying} does not reject outright is {@code d}
     * itself, skipped the same way.
     * <p>
     * That is the case when the digits are not followed by a decimal part or a group of thousands, and after them
     * and at most one space comes no character that can start a multiplier, a currency word, or a range separator
     * with a second number close behind. Then NUM reads the digits (or fewer, backtracking before a letter), the
     * optional groups stay empty and the match can take at most the one space. Anything less plain is left to the
     * regex.
     */
    private static boolean isBareNumber(String text, int d) {
        int len = text.length();
        int j = d;
        while (j < len && isDigit(text.charAt(j))) {
            j++;
        }
        if (j == len) {
            return true;
        }
        char c = text.charAt(j);
        if (isNumberSeparator(c) && j + 1 < len && isDigit(text.charAt(j + 1))) {
            return false; // "51,3", "2 777 824": NUM may read on
        }
        if (isRegexSpace(c)) {
            if (++j == len) {
                return true;
            }
            c = text.charAt(j);
            if (isRegexSpace(c)) {
                return false; // the pattern may take a second space before a currency word
            }
        }
        if (MULT_FIRST.indexOf(c) >= 0 || POST_FIRST.indexOf(c) >= 0) {
            return false;
        }
        // a range needs its second number: a separator of up to 3 characters, a space and a currency sign before it
        return SEP_FIRST.indexOf(c) < 0 || indexOfDigit(text, j + 1, Math.min(len, j + 6)) < 0;
    }

    /** A character NUM can read between two digits, or a no-break space (a superset does no harm where it is used). */
    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    /** {@code [\w.,]} of a pattern without UNICODE_CHARACTER_CLASS: ASCII letters and digits, '_', '.' and ','. */
    private static boolean isWordOrDecimalChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '.' || c == ',';
    }

    /** {@code \d} of a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} of a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * False when {@link #ADDONS} certainly cannot match in {@code [from, to)}: the first character after the spaces
     * must be able to start it (a comma, "+", a currency symbol, a digit or the first letter of one of its words),
     * and its amount needs a digit. Most sums are followed by plain words, where the regex is skipped.
     */
    private static boolean mayStartAddOns(String text, int from, int to) {
        int i = from;
        while (i < to && isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i == to || ADDONS_FIRST.indexOf(asciiLower(text.charAt(i))) < 0) {
            return false;
        }
        for (; i < to; i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case as CASE_INSENSITIVE without UNICODE_CASE sees it: ASCII letters only. */
    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** "£40m to £45m", "£40m-£45m", "between £35m and £40m". */
    private static boolean isRangeEnd(String text, Money prev, Money x) {
        if (!x.currency().equals(prev.currency()) || prev.min() != null || x.amount() <= prev.amount()) {
            return false;
        }
        if (lettersAndDigits(text, prev.end(), x.start()) > 3) {
            return false; // they survive folding one for one, and no separator below has more than 3
        }
        String gap = SliceFold.fold(text, prev.end(), x.start()).strip();
        if (gap.equals("-") || gap.equals("–") || gap.equals("to") || gap.equals("bis") || gap.equals("a")) {
            return true;
        }
        return (gap.equals("and") || gap.equals("e") || gap.equals("y") || gap.equals("und") || gap.equals("et"))
                && precededByBetween(text, prev.start());
    }

    /** The number of ASCII letters and digits in {@code text[from, to)}. */
    private static int lettersAndDigits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                n++;
            }
        }
        return n;
    }

    private static boolean isAddOnOf(String text, Money prev, Money x) {
        if (x.start() - prev.end() > 40 || !x.currency().equals(prev.currency())) {
            return false;
        }
        String tail = text.substring(x.end(), Math.min(text.length(), x.end() + 30)).toLowerCase(Locale.ROOT);
        return ADDON_TAIL.matcher(tail).matches()
                || text.substring(prev.end(), x.start()).toLowerCase(Locale.ROOT).contains("up front");
    }

    /** The first digit in {@code [from, to)}, or -1. */
    private static int indexOfDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean precededByBetween(String text, int at) {
        String before = SliceFold.fold(text, Math.max(0, at - 12), at);
        return before.endsWith("between ") || before.endsWith("tra ") || before.endsWith("entre ")
                || before.endsWith("zwischen ") || before.endsWith("between") || before.endsWith("fra ");
    }

    private static String currency(String pre, String post) {
        String p = pre == null ? null : pre.strip();
        if (p != null) {
            switch (p) {
                case "€", "EUR": return "EUR";
                case "£", "GBP": return "GBP";
                case "$", "US$", "USD": return "USD";
                case "R$", "BRL", "R": return "BRL";
                case "CHF": return "CHF";
                default: break;
            }
        }
        if (post != null) {
            String q = post.toLowerCase(Locale.ROOT);
            if (q.contains("eur") || q.contains("€")) {
                return "EUR";
            }
            if (q.contains("pound") || q.contains("sterl") || q.contains("libra") || q.contains("pfund") || q.contains("livre")) {
                return "GBP";
            }
            if (q.contains("dollar") || q.contains("dólar")) {
                return "USD";
            }
            if (q.contains("rea") || q.contains("r$")) {
                return "BRL";
            }
        }
        return null;
    }

    private static double factor(String mult) {
        if (mult == null) {
            return 1;
        }
        String m = mult.toLowerCase(Locale.ROOT);
        if (m.equals("k")) {
            return 1e3;
        }
        if (m.startsWith("b") || m.startsWith("mrd") || m.startsWith("miliard")) {
            return 1e9;
        }
        return 1e6;
    }

    private static double factorOrSame(String mult, double same) {
        return mult == null ? same : factor(mult);
    }

    /** Parses "50", "50.5", "50,5", "2 777 824 224,00", "1.000.000", "145.98". */
    static double parseNumber(String s, boolean scaled) {
        String t = s.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        int dots = count(t, '.');
        int commas = count(t, ',');
        if (dots > 0 && commas > 0) {
            if (t.lastIndexOf(',') > t.lastIndexOf('.')) {
                t = t.replace(".", "").replace(',', '.');
            } else {
                t = t.replace(",", "");
            }
        } else if (commas > 0) {
            String after = t.substring(t.lastIndexOf(',') + 1);
            t = commas == 1 && (scaled || after.length() != 3) ? t.replace(',', '.') : t.replace(",", "");
        } else if (dots > 0) {
            String after = t.substring(t.lastIndexOf('.') + 1);
            if (dots > 1 || (!scaled && after.length() == 3)) {
                t = t.replace(".", "");
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    /** Phrases before a sum that make it approximate, folded as the text around a sum is (no accents). */
    private static final String[] APPROX = {"in the region of", "around", "about", "roughly", "circa", "approximately",
            "close to", "nearly", "almost", "some", "up to", "intorno ai", "intorno a", "circa", "alrededor de", "unos",
            "rund", "etwa", "ungefahr", "cerca de", "a volta de", "environ", "autour de", "pres de", "rondaria los",
            "more than", "over", "in excess of", "worth around", "thought to be worth", "reported to be"};

    /** The last character of each of {@link #APPROX}. */
    private static final char[] APPROX_LAST = new char[APPROX.length];

    static {
        for (int i = 0; i < APPROX.length; i++) {
            APPROX_LAST[i] = APPROX[i].charAt(APPROX[i].length() - 1);
        }
    }

    private static boolean approximate(String text, int at) {
        String before = SliceFold.fold(text, Math.max(0, at - 20), at).strip();
        if (before.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        for (int i = 0; i < APPROX.length; i++) {
            if (APPROX_LAST[i] == last && before.endsWith(APPROX[i])) { // the char test spares most endsWith calls
                return true;
            }
        }
        return false;
    }

    private static FeeKind kind(String text, int start, int end) {
        String before = SliceFold.fold(text, Math.max(0, start - 45), start);
        String after = SliceFold.fold(text, end, Math.min(text.length(), end + 25));
        if (mayBeWageAfter(after) && WAGE_AFTER.matcher(after).matches() || after.contains("a week")
                || before.contains("salary") || before.contains("wage") || before.contains("stipendio")
                || before.contains("ingaggio") || before.contains("salario") || before.contains("gehalt")
                || before.contains("salaire")) {
            return FeeKind.WAGE;
        }
        if (before.contains("release clause") || before.contains("clausola") || before.contains("clausula")
                || before.contains("ausstiegsklausel") || before.contains("clause")) {
            return FeeKind.RELEASE_CLAUSE;
        }
        if (after.startsWith("release clause") || after.startsWith("clausola")) {
            return FeeKind.RELEASE_CLAUSE;
        }
        if (before.contains("asking") || before.contains("demand") || before.contains("want") || before.contains("chiede")
                || before.contains("pide") || before.contains("fordert") || before.contains("reclame")
                || before.contains("pede") || before.contains("holding out")) {
            return FeeKind.ASKING_PRICE;
        }
        if (before.contains("valu") || before.contains("value") || before.contains("price tag") || before.contains("worth ")
                && before.contains("rated")) {
            return FeeKind.VALUATION;
        }
        if (before.contains("bid") || before.contains("offer") || before.contains("offert") || before.contains("propos")
                || before.contains("angebot") || before.contains("oferta") || before.contains("offre")) {
            return FeeKind.BID;
        }
        return FeeKind.FEE;
    }

    /**
     * False when {@link #WAGE_AFTER} certainly cannot match the folded text after a sum ("a week", "per year", "each
     * season", "every month"): folding lower-cases and drops leading spaces, so the first letter tells.
     */
    private static boolean mayBeWageAfter(String foldedAfter) {
        return !foldedAfter.isEmpty() && "ape".indexOf(foldedAfter.charAt(0)) >= 0;
    }
}
