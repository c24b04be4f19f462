package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.FeeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds sums of money in transfer writing: "€50 million", "£43M", "$145.98 million", "£40-45m", "between £35m and
 * £40m", "50 milioni di euro", "50 Millionen Euro", "50 millones de euros", "51,3 milioni", "R$ 300 milhões",
 * "R$ 2 777 824 224,00", "€45m plus €5m in add-ons", "in the region of £30m". A sum and its add-ons are read by two
 * small hand-written scanners, {@link Sum} and {@link AddOns}, which read exactly what the regular expressions in
 * their Javadoc would, at a fraction of the cost. Stateless and thread-safe.
 */
public final class FeeParser {

    /** One sum found in a text, with its character span. */
    public record Money(int start, int end, double amount, String currency, Double min, Double max, Double addOns,
                        boolean approximate, FeeKind kind, boolean explicitCurrency) {
    }

    /** First characters of the currency prefixes, multipliers, currency words after a number and range separators. */
    private static final String PRE_FIRST = "UR€£$CEGB";
    private static final String MULT_FIRST = "bmMk";
    private static final String POST_FIRST = "deiplrsEPR€";
    private static final String SEP_FIRST = "-–tabeyu";

    /**
     * The alternatives of MULT, SEP and POST in {@link Sum}, in the order they are tried, which decides the reading
     * where several fit ("Mrd." before "Mrd").
     */
    private static final String[] MULTIPLIERS = {"bn", "billion", "miliardi", "Mrd.", "Mrd", "mn", "mln", "millions",
            "million", "milioni", "milione", "millones", "millón", "Millionen", "Million", "Mio.", "Mio", "milhões",
            "milhão", "m", "M", "k"};
    private static final String[] RANGE_SEPARATORS = {"-", "–", "to", "a", "bis", "and", "e", "y", "und", "et"};
    private static final String[] CURRENCY_WORD_PREPOSITIONS = {"di", "de", "d'", "d’", "in"};
    private static final String[] CURRENCY_WORDS = {"euros", "euro", "Euro", "EUR", "€", "pounds", "pound", "sterling",
            "sterline", "libras", "libra", "Pfund", "livres", "livre", "dollars", "dollar", "dólares", "reais", "real",
            "R$"};

    /**
     * The words of {@link AddOns} in the order they are tried (its multipliers are {@link #MULTIPLIERS}): what may
     * lead to the amount, then come after it.
     */
    private static final String[] ADD_ON_LEADS = {"plus", "più", "piu", "más", "mas", "mais", "+", "and", "with",
            "dazu kommen", "zuzüglich", "up to", "e"};
    private static final String[] ADD_ON_LIMITS = {"up to", "bis zu", "fino a", "hasta", "até", "jusqu'à"};
    private static final String[] ADD_ON_CURRENCY_PREPOSITIONS = {"di", "de", "d'"};
    private static final String[] ADD_ON_CURRENCY_WORDS = {"euros", "euro", "Euro", "€", "pounds", "pound"};
    private static final String[] ADD_ON_PREPOSITIONS = {"in", "di", "en", "em", "an", "de", "of"};
    private static final String[] ADD_ON_QUALIFIERS = {"potential", "performance-related"};
    private static final String[] ADD_ON_WORDS = {"add-ons", "addons", "bonus", "bonuses", "variables", "variable",
            "objetivos", "objectifs", "Boni", "Bonuszahlungen", "incentives", "bônus", "bonificaciones", "clauses"};

    /**
     * Characters that can start {@link AddOns} after its leading spaces and comma, in lower case: the first letter
     * of a lead or a limit, "+", a currency sign or a digit. Most sums are followed by words that start otherwise.
     */
    private static final String ADD_ON_FIRST = "+€£$0123456789pmawdzuebfhj";

    /** How far after a sum {@link AddOns} looks. */
    private static final int ADDONS_REACH = 80;

    private static final Pattern ADDON_TAIL = Pattern.compile(
            "^\\s*(?:in\\s|of\\s|en\\s|di\\s|em\\s|de\\s)?(?:potential\\s)?(?:add-ons|bonus|variables|objetivos|boni|incentives).*");

    private static final Pattern WAGE_AFTER = Pattern.compile("^\\s*(?:a|per|each|every)\\s+(?:week|year|season|month).*");

    private FeeParser() {
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
        Sum m = new Sum(text);
        int consumedUntil = -1;
        int from = Math.max(0, firstDigit - MAX_LEAD);
        while (next(m, from)) {
            from = m.end;
            if (m.start < consumedUntil) {
                continue;
            }
            boolean hasCurrency = m.hasPre() || m.hasPost();
            if (!hasCurrency && (!m.hasMult() || m.multEnd - m.multStart == 1)) {
                continue; // no currency and no multiplier, or only "70m": a distance or a height more often than money
            }
            String currency = currency(m.pre(), m.post());
            boolean explicit = currency != null;
            if (currency == null) {
                if (defaultCurrency == null) {
                    continue;
                }
                currency = defaultCurrency;
            }
            boolean hasMult = m.hasMult();
            double factor = factor(m.mult());
            double a = parseNumber(text.substring(m.numStart, m.numEnd), hasMult) * factor;
            Double min = null;
            Double max = null;
            if (m.hasRange()) {
                String sep = text.substring(m.sepStart, m.sepEnd);
                boolean wordSep = sep.length() > 1 || Character.isLetter(sep.charAt(0));
                boolean between = wordSep && !sep.equals("to") && !sep.equals("bis") && !sep.equals("a")
                        && !precededByBetween(text, m.start);
                double b = parseNumber(text.substring(m.num2Start, m.num2End), hasMult) * factor;
                if (between || b < a) {
                    // "£80m up front and £10m" is not a range: re-match from the second number
                    from = m.num2Start;
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
            int end = m.end;
            Double addOns = null;
            AddOns ad = new AddOns(text);
            if (ad.matchAt(end, Math.min(text.length(), end + ADDONS_REACH))) {
                addOns = parseNumber(text.substring(ad.numStart, ad.numEnd), true) * factorOrSame(ad.mult(), factor);
                end = ad.end;
            }
            boolean approx = approximate(text, m.start);
            out.add(new Money(m.start, end, a, currency, min, max, addOns, approx, kind(text, m.start, end), explicit));
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
     * Moves {@code m} to the next match starting at or after {@code from} that can give a sum, the leftmost one, but
     * trying only the start positions where that is possible: every match holds a digit within its first
     * {@value #MAX_LEAD} characters, so only the positions just before and at digits are considered, and of those
     * only the ones {@link #worthTrying} lets through (about one per sum instead of every character).
     */
    private static boolean next(Sum m, int from) {
        String text = m.text;
        int len = text.length();
        int tried = from; // first position not yet considered
        for (int q = from; q < len; q++) {
            if (!isDigit(text.charAt(q))) {
                continue;
            }
            for (int s = Math.max(tried, q - MAX_LEAD); s <= q; s++) {
                if (worthTrying(text, s) && m.matchAt(s)) {
                    return true;
                }
            }
            tried = q + 1;
        }
        return false;
    }

    /**
     * False when trying {@link Sum#matchAt} at {@code s} is certainly useless: either it cannot match there, as the
     * start of the grammar tells (no letter, digit, '_', '.' or ',' before it, then the first character of a currency
     * prefix, a space and a digit, or a digit), or it would only read a {@linkplain #isBareNumber bare number}. A
     * cheap test that skips the inside of words and numbers and most numbers that are not sums ("2024", "3 goals").
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
     * True when {@link Sum#matchAt}, tried at the digits starting at {@code d} (or at a space just before them), can
     * only read a number without currency or multiplier, which {@link #find} rejects, in a match ending at most one
     * character after the digits. Skipping that attempt changes nothing: {@link #find} would go on from the end of
     * the match, and the only position before it that {@link #worthTrying} does not reject outright is {@code d}
     * itself, skipped the same way.
     * <p>
     * That is the case when the digits are not followed by a decimal part or a group of thousands, and after them
     * and at most one space comes no character that can start a multiplier, a currency word, or a range separator
     * with a second number close behind. Then NUM reads the digits (or fewer, backing off before a letter), the
     * optional parts stay empty and the match can take at most the one space. Anything less plain is left to the
     * scanner.
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
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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

    private static final String[] BETWEEN = {"between", "tra", "fra", "entre", "zwischen"};

    /** Whether "between" (in one of five languages) is the word before {@code at}, as in "entre 8 et 10 millions". */
    private static boolean precededByBetween(String text, int at) {
        String before = SliceFold.fold(text, Math.max(0, at - 12), at).stripTrailing();
        for (String word : BETWEEN) {
            int from = before.length() - word.length();
            if (before.endsWith(word) && (from == 0 || !Character.isLetter(before.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
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
                || before.contains("pede") || before.contains("holding out") || before.contains("exig")
                || before.contains("por debajo") || before.contains("almeno") || before.contains("at least")
                || before.contains("mindestens") || before.contains("au moins") || before.contains("pelo menos")
                || before.contains("como minimo") || before.contains("nicht unter") || before.contains("not below")
                || before.contains("non meno di") || before.contains("no menos de") || before.contains("pas moins de")
                || before.contains("nao menos de")) {
            return FeeKind.ASKING_PRICE;
        }
        if (before.contains("valu") || before.contains(" rate ") || before.contains(" rates ") || before.contains("price tag")
                || after.startsWith("price tag") || after.startsWith("price-tag")
                || before.contains("worth ")
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

    /**
     * A scanner for one sum of money at a given start, with the spans of its parts (-1 for an absent part). It reads
     * exactly what {@code java.util.regex} would read with this pattern ({@code lookingAt} at the start, the text
     * before it visible), which FeeScannerEquivalenceTest keeps as its oracle:
     * <pre>
     * (?&lt;![\w.,]) PRE? \s? NUM (?: \s? SEP \s? [€£$]? NUM )? \s? MULT? (?![\p{L}]) \s? POST? (?![\p{L}])
     *
     * PRE  = US\$ | R\$ | € | £ | \$ | CHF\s? | (?:EUR|GBP|USD|BRL)\s? | R(?=\s\d{1,3}\s\d{3})
     * NUM  = \d{1,3}(?:[ \u00A0\u202F.,]\d{3})+(?:[.,]\d{1,2})?(?!\d) | \d+(?:[.,]\d+)?
     * SEP  = {@link #RANGE_SEPARATORS}, MULT = {@link #MULTIPLIERS}
     * POST = (?:(?:di|de|d'|d’|in)\s?)? (?:{@link #CURRENCY_WORDS})
     * </pre>
     * ({@code \d}, {@code \w} and {@code \s} in their ASCII sense). Like the regex engine it tries an optional part
     * first present, then absent, quantifiers longest first and alternatives in order, and takes the first reading
     * that gets to the end: each step below is a method that tries its choices in that order and hands the rest of
     * the text to the next step, so a step that fails sends the scan back to the next choice of the one before it.
     */
    static final class Sum {
        final String text;
        int start;
        int end;
        int preEnd;
        int numStart;
        int numEnd;
        int sepStart;
        int sepEnd;
        int num2Start;
        int num2End;
        int multStart;
        int multEnd;
        int postStart;
        int postEnd;

        Sum(String text) {
            this.text = text;
        }

        boolean hasPre() {
            return preEnd > start;
        }

        boolean hasRange() {
            return sepStart >= 0;
        }

        boolean hasMult() {
            return multStart >= 0;
        }

        boolean hasPost() {
            return postStart >= 0;
        }

        String pre() {
            return hasPre() ? text.substring(start, preEnd) : null;
        }

        String mult() {
            return hasMult() ? text.substring(multStart, multEnd) : null;
        }

        String post() {
            return hasPost() ? text.substring(postStart, postEnd) : null;
        }

        /** Whether a sum starts at {@code s}; if so, the fields hold its spans. */
        boolean matchAt(int s) {
            if (s > 0 && isWordOrDecimalChar(text.charAt(s - 1))) {
                return false;
            }
            start = s;
            if (isCurrencyCodeAt(s)) {
                // the code may take a space: first with it, then without
                if (isSpaceAt(s + 3) && numberAfterPrefix(s + 4) || numberAfterPrefix(s + 3)) {
                    return true;
                }
            } else {
                int sign = currencySignEnd(s);
                if (sign > s && numberAfterPrefix(sign)) {
                    return true;
                }
            }
            return numberAfterPrefix(s);
        }

        /** CHF, EUR, GBP, USD or BRL at {@code s}. */
        private boolean isCurrencyCodeAt(int s) {
            return text.startsWith("CHF", s) || text.startsWith("EUR", s) || text.startsWith("GBP", s)
                    || text.startsWith("USD", s) || text.startsWith("BRL", s);
        }

        /** The end of the other currency prefixes at {@code s} ("US$", "R$", "€", "£", "$", "R"), or {@code s}. */
        private int currencySignEnd(int s) {
            char c = charAt(s);
            if (c == '€' || c == '£' || c == '$') {
                return s + 1;
            }
            if (text.startsWith("US$", s)) {
                return s + 3;
            }
            if (text.startsWith("R$", s)) {
                return s + 2;
            }
            return c == 'R' && isSpaceThenThousands(s + 1) ? s + 1 : s;
        }

        /** {@code \s\d{1,3}\s\d{3}} at {@code i}: the "R 2 777 824" of a Brazilian sum. */
        private boolean isSpaceThenThousands(int i) {
            if (!isSpaceAt(i)) {
                return false;
            }
            int j = i + 1;
            while (j < i + 4 && isDigitAt(j)) {
                j++;
            }
            // fewer digits than the whole run leave a digit where the space should be
            return j > i + 1 && isSpaceAt(j) && isDigitAt(j + 1) && isDigitAt(j + 2) && isDigitAt(j + 3);
        }

        /** {@code \s? NUM ...} after the prefix, which ends at {@code p}. */
        private boolean numberAfterPrefix(int p) {
            if (isSpaceAt(p) && number(p + 1, false) || number(p, false)) {
                preEnd = p;
                return true;
            }
            return false;
        }

        /**
         * NUM at {@code p}, each of its readings followed by the rest of the sum: the range and what follows for the
         * first number, only what follows for the second.
         */
        private boolean number(int p, boolean second) {
            int digitsEnd = digitsEnd(p);
            if (digitsEnd == p) {
                return false;
            }
            // grouped in thousands: only possible when \d{1,3} takes the whole run, as a separator must follow
            if (digitsEnd - p <= 3) {
                int groupsEnd = digitsEnd;
                while (isThousandsSeparatorAt(groupsEnd) && digitsEnd(groupsEnd + 1) >= groupsEnd + 4) {
                    groupsEnd += 4;
                }
                for (int e = groupsEnd; e > digitsEnd; e -= 4) {
                    if (isDecimalPointAt(e) && isDigitAt(e + 1)
                            && (isDigitAt(e + 2) && groupedNumberEndsAt(p, e + 3, second)
                            || groupedNumberEndsAt(p, e + 2, second))
                            || groupedNumberEndsAt(p, e, second)) {
                        return true;
                    }
                }
            }
            // plain, with or without decimals
            for (int e = digitsEnd; e > p; e--) {
                if (isDecimalPointAt(e)) {
                    for (int f = digitsEnd(e + 1); f > e + 1; f--) {
                        if (numberEndsAt(p, f, second)) {
                            return true;
                        }
                    }
                }
                if (numberEndsAt(p, e, second)) {
                    return true;
                }
            }
            return false;
        }

        /** The {@code (?!\d)} that closes a grouped NUM. */
        private boolean groupedNumberEndsAt(int p, int e, boolean second) {
            return !isDigitAt(e) && numberEndsAt(p, e, second);
        }

        private boolean numberEndsAt(int p, int e, boolean second) {
            if (second) {
                if (multiplierThenCurrencyWord(e)) {
                    num2Start = p;
                    num2End = e;
                    return true;
                }
            } else if (rangeThenRest(e)) {
                numStart = p;
                numEnd = e;
                return true;
            }
            return false;
        }

        /** {@code (?: \s? SEP \s? [€£$]? NUM )? \s? MULT? ...} after the first number. */
        private boolean rangeThenRest(int i) {
            if (isSpaceAt(i) && range(i + 1) || range(i)) {
                return true;
            }
            sepStart = -1;
            num2Start = -1;
            return multiplierThenCurrencyWord(i);
        }

        /** {@code SEP \s? [€£$]? NUM ...} at {@code j}. */
        private boolean range(int j) {
            if (SEP_FIRST.indexOf(charAt(j)) < 0) {
                return false;
            }
            for (String sep : RANGE_SEPARATORS) {
                if (text.startsWith(sep, j)) {
                    int k = j + sep.length();
                    if (isSpaceAt(k) && secondNumber(k + 1) || secondNumber(k)) {
                        sepStart = j;
                        sepEnd = k;
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean secondNumber(int l) {
            char c = charAt(l);
            return (c == '€' || c == '£' || c == '$') && number(l + 1, true) || number(l, true);
        }

        /** {@code \s? MULT? (?![\p{L}]) \s? POST? (?![\p{L}])} after the number(s). */
        private boolean multiplierThenCurrencyWord(int i) {
            return isSpaceAt(i) && multiplier(i + 1) || multiplier(i);
        }

        private boolean multiplier(int k) {
            char c = charAt(k);
            if (MULT_FIRST.indexOf(c) >= 0) {
                for (String mult : MULTIPLIERS) {
                    if (mult.charAt(0) == c && text.startsWith(mult, k) && afterMultiplier(k + mult.length())) {
                        multStart = k;
                        multEnd = k + mult.length();
                        return true;
                    }
                }
            }
            if (afterMultiplier(k)) {
                multStart = -1;
                return true;
            }
            return false;
        }

        /** {@code (?![\p{L}]) \s? POST? (?![\p{L}])} at {@code m}. */
        private boolean afterMultiplier(int m) {
            return !isLetterAt(m) && (isSpaceAt(m) && currencyWord(m + 1) || currencyWord(m));
        }

        /** {@code POST? (?![\p{L}])} at {@code l}: the last step, which sets the end. */
        private boolean currencyWord(int l) {
            if (POST_FIRST.indexOf(charAt(l)) >= 0) {
                for (String prep : CURRENCY_WORD_PREPOSITIONS) {
                    if (text.startsWith(prep, l)) {
                        int w = l + prep.length();
                        if (isSpaceAt(w) && currencyWordProper(l, w + 1) || currencyWordProper(l, w)) {
                            return true;
                        }
                    }
                }
                if (currencyWordProper(l, l)) {
                    return true;
                }
            }
            if (isLetterAt(l)) {
                return false;
            }
            postStart = -1;
            end = l;
            return true;
        }

        /** One of {@link #CURRENCY_WORDS} at {@code w}, not followed by a letter; the POST part starts at {@code l}. */
        private boolean currencyWordProper(int l, int w) {
            char c = charAt(w);
            for (String word : CURRENCY_WORDS) {
                int e = w + word.length();
                if (word.charAt(0) == c && text.startsWith(word, w) && !isLetterAt(e)) {
                    postStart = l;
                    postEnd = e;
                    end = e;
                    return true;
                }
            }
            return false;
        }

        /** The character at {@code i}, or 0 past the end. */
        private char charAt(int i) {
            return i < text.length() ? text.charAt(i) : 0;
        }

        private boolean isDigitAt(int i) {
            return isDigit(charAt(i));
        }

        private boolean isSpaceAt(int i) {
            return isRegexSpace(charAt(i));
        }

        private boolean isDecimalPointAt(int i) {
            char c = charAt(i);
            return c == '.' || c == ',';
        }

        private boolean isThousandsSeparatorAt(int i) {
            char c = charAt(i);
            return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '.' || c == ',';
        }

        /** {@code \p{L}} at {@code i}, which reads a whole code point. */
        private boolean isLetterAt(int i) {
            return i < text.length() && Character.isLetter(text.codePointAt(i));
        }

        /** The end of the run of digits starting at {@code i}. */
        private int digitsEnd(int i) {
            while (isDigitAt(i)) {
                i++;
            }
            return i;
        }
    }

    /**
     * A scanner for the add-ons announced right after a sum ("plus €5m in add-ons", ", with up to £10m in bonuses")
     * in {@code [from, to)}, with the spans of its amount and multiplier. It reads exactly what {@code java.util.regex}
     * would read ({@code lookingAt} on that region) with this pattern, ignoring the case of ASCII letters, which
     * FeeScannerEquivalenceTest keeps as its oracle:
     * <pre>
     * \s* (?:,\s*)? (?:LEADS)? \s* (?:LIMITS)? \s* [€£$]? \s? \d+(?:[.,]\d+)?
     * \s? MULT? \s? (?:(?:di|de|d')\s?)? (?:CURRENCY_WORDS)? \s? (?:PREPOSITIONS)? \s? (?:QUALIFIERS\s)? WORDS
     * </pre>
     * (the lists are the {@code ADD_ON_} ones and {@link #MULTIPLIERS}). Nothing before the amount can read a digit,
     * so the amount starts at the first digit, however the words before it are read: they only have to lead there.
     * The amount takes all its digits, as nothing after it can start with a digit, '.' or ','. After it, each step
     * tries its choices in the regex engine's order, as in {@link Sum}.
     */
    static final class AddOns {
        private final String text;
        private int to;
        int numStart;
        int numEnd;
        int multStart;
        int multEnd;
        int end;

        AddOns(String text) {
            this.text = text;
        }

        String mult() {
            return multStart >= 0 ? text.substring(multStart, multEnd) : null;
        }

        /** Whether add-ons are announced at {@code from}, reading no further than {@code to}. */
        boolean matchAt(int from, int to) {
            this.to = to;
            numStart = amountStart(from);
            if (numStart < 0) {
                return false;
            }
            numEnd = digitsEnd(numStart);
            if ((charAt(numEnd) == '.' || charAt(numEnd) == ',') && isDigit(charAt(numEnd + 1))) {
                numEnd = digitsEnd(numEnd + 1);
            }
            return isSpaceAt(numEnd) && multiplier(numEnd + 1) || multiplier(numEnd);
        }

        /** Where the amount starts, if what comes before it reads as {@code \s*(?:,\s*)?(?:LEADS)?\s*...[€£$]?\s?}. */
        private int amountStart(int from) {
            int i = spacesEnd(from);
            if (charAt(i) == ',') {
                i = spacesEnd(i + 1);
            }
            if (ADD_ON_FIRST.indexOf(asciiLower(charAt(i))) < 0) {
                return -1;
            }
            for (String lead : ADD_ON_LEADS) {
                if (startsWith(lead, i)) {
                    int amount = amountAfterLead(spacesEnd(i + lead.length()));
                    if (amount >= 0) {
                        return amount;
                    }
                }
            }
            return amountAfterLead(i);
        }

        private int amountAfterLead(int j) {
            for (String limit : ADD_ON_LIMITS) {
                if (startsWith(limit, j)) {
                    int amount = amountAfterLimit(spacesEnd(j + limit.length()));
                    if (amount >= 0) {
                        return amount;
                    }
                }
            }
            return amountAfterLimit(j);
        }

        /** The spaces before {@code k} are read: a currency sign and a space may come before the digits. */
        private int amountAfterLimit(int k) {
            char c = charAt(k);
            if (c == '€' || c == '£' || c == '$') {
                k += isSpaceAt(k + 1) ? 2 : 1;
            }
            return isDigit(charAt(k)) ? k : -1;
        }

        /** {@code MULT? \s? ...} at {@code k}. */
        private boolean multiplier(int k) {
            for (String mult : MULTIPLIERS) {
                if (startsWith(mult, k) && afterMultiplier(k + mult.length())) {
                    multStart = k;
                    multEnd = k + mult.length();
                    return true;
                }
            }
            multStart = -1;
            return afterMultiplier(k);
        }

        /** {@code \s? (?:(?:di|de|d')\s?)? (?:CURRENCY_WORDS)? ...} at {@code m}. */
        private boolean afterMultiplier(int m) {
            return isSpaceAt(m) && currencyWord(m + 1) || currencyWord(m);
        }

        private boolean currencyWord(int l) {
            for (String prep : ADD_ON_CURRENCY_PREPOSITIONS) {
                if (startsWith(prep, l)) {
                    int w = l + prep.length();
                    if (isSpaceAt(w) && currencyWordProper(w + 1) || currencyWordProper(w)) {
                        return true;
                    }
                }
            }
            return currencyWordProper(l);
        }

        private boolean currencyWordProper(int w) {
            for (String word : ADD_ON_CURRENCY_WORDS) {
                if (startsWith(word, w) && afterCurrencyWord(w + word.length())) {
                    return true;
                }
            }
            return afterCurrencyWord(w);
        }

        /** {@code \s? (?:PREPOSITIONS)? \s? (?:QUALIFIERS\s)? WORDS} at {@code x}. */
        private boolean afterCurrencyWord(int x) {
            return isSpaceAt(x) && preposition(x + 1) || preposition(x);
        }

        private boolean preposition(int y) {
            for (String prep : ADD_ON_PREPOSITIONS) {
                if (startsWith(prep, y) && afterPreposition(y + prep.length())) {
                    return true;
                }
            }
            return afterPreposition(y);
        }

        private boolean afterPreposition(int z) {
            return isSpaceAt(z) && qualifier(z + 1) || qualifier(z);
        }

        private boolean qualifier(int q) {
            for (String qualifier : ADD_ON_QUALIFIERS) {
                int r = q + qualifier.length();
                if (startsWith(qualifier, q) && isSpaceAt(r) && word(r + 1)) {
                    return true;
                }
            }
            return word(q);
        }

        /** The last step, which sets the end. */
        private boolean word(int w) {
            for (String word : ADD_ON_WORDS) {
                if (startsWith(word, w)) {
                    end = w + word.length();
                    return true;
                }
            }
            return false;
        }

        /** {@code word} at {@code i}, ignoring the case of ASCII letters, within the region. */
        private boolean startsWith(String word, int i) {
            int n = word.length();
            if (i + n > to) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (asciiLower(text.charAt(i + k)) != asciiLower(word.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /** The character at {@code i}, or 0 past the end of the region. */
        private char charAt(int i) {
            return i < to ? text.charAt(i) : 0;
        }

        private boolean isSpaceAt(int i) {
            return isRegexSpace(charAt(i));
        }

        private int spacesEnd(int i) {
            while (isSpaceAt(i)) {
                i++;
            }
            return i;
        }

        private int digitsEnd(int i) {
            while (isDigit(charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
