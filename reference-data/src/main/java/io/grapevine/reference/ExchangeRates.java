package io.grapevine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Monthly EUR exchange rates ({@code /reference/exchange-rates.csv}: {@code month,currency,eur_per_unit}, lines
 * starting with {@code #} are comments), used to put transfer fees quoted in other currencies on one scale.
 *
 * <p>Lookup rules: {@code EUR} is always 1.0; a month missing from the table takes the nearest earlier month;
 * dates after the last month clamp to the last month, dates before the first month to the first month (a fee
 * from 2010 gets the 2015 rate rather than nothing). Unknown currencies give an empty result. Currency codes are
 * case-insensitive, and the symbols {@code £ $ € R$ ₺ CHF} are understood.
 *
 * <p>Immutable and thread-safe; {@link #load()} reads the classpath resource once and caches it.
 */
public final class ExchangeRates {

    /** Classpath location of the table. */
    public static final String RESOURCE = "/reference/exchange-rates.csv";

    private static final Map<String, String> SYMBOLS = Map.of(
            "£", "GBP", "$", "USD", "US$", "USD", "€", "EUR", "R$", "BRL", "₺", "TRY", "SFR", "CHF", "FR.", "CHF");

    private static final class Holder {
        static final ExchangeRates INSTANCE = fromResource(RESOURCE);
    }

    private final Map<String, NavigableMap<YearMonth, Double>> rates;

    private ExchangeRates(Map<String, NavigableMap<YearMonth, Double>> rates) {
        Map<String, NavigableMap<YearMonth, Double>> copy = new HashMap<>();
        rates.forEach((k, v) -> copy.put(k, Collections.unmodifiableNavigableMap(new TreeMap<>(v))));
        this.rates = Map.copyOf(copy);
    }

    /** The table from the classpath resource {@value #RESOURCE}, read once and cached. */
    public static ExchangeRates load() {
        return Holder.INSTANCE;
    }

    /** Parses a table in the CSV format of {@value #RESOURCE}. */
    public static ExchangeRates read(Reader csv) throws IOException {
        Map<String, NavigableMap<YearMonth, Double>> rates = new HashMap<>();
        BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.regionMatches(true, 0, "month,", 0, 6)) {
                continue;
            }
            String[] cols = l.split(",", -1);
            if (cols.length != 3) {
                throw new IllegalArgumentException("line " + lineNo + ": expected month,currency,eur_per_unit: " + l);
            }
            try {
                YearMonth month = YearMonth.parse(cols[0].strip());
                String currency = cols[1].strip().toUpperCase(Locale.ROOT);
                double rate = Double.parseDouble(cols[2].strip());
                if (currency.isEmpty() || !(rate > 0) || Double.isInfinite(rate)) {
                    throw new IllegalArgumentException("line " + lineNo + ": bad currency or rate: " + l);
                }
                rates.computeIfAbsent(currency, c -> new TreeMap<>()).put(month, rate);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage() + ": " + l, e);
            }
        }
        return new ExchangeRates(rates);
    }

    private static ExchangeRates fromResource(String resource) {
        try (InputStream in = ExchangeRates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Currency codes with rates (EUR itself excluded). */
    public Set<String> currencies() {
        return rates.keySet();
    }

    /**
     * EUR per one unit of the currency in the month of {@code date} (see the class comment for missing months).
     * A {@code null} date means the latest known month.
     */
    public OptionalDouble eurPerUnit(String currency, LocalDate date) {
        return eurPerUnit(currency, date == null ? null : YearMonth.from(date));
    }

    /** EUR per one unit of the currency in a month; {@code null} means the latest known month. */
    public OptionalDouble eurPerUnit(String currency, YearMonth month) {
        String code = normalise(currency);
        if (code == null) {
            return OptionalDouble.empty();
        }
        if (code.equals("EUR")) {
            return OptionalDouble.of(1.0);
        }
        NavigableMap<YearMonth, Double> table = rates.get(code);
        if (table == null || table.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (month == null) {
            return OptionalDouble.of(table.lastEntry().getValue());
        }
        Map.Entry<YearMonth, Double> e = table.floorEntry(month);
        if (e == null) {
            e = table.firstEntry();
        }
        return OptionalDouble.of(e.getValue());
    }

    /** {@code amount} of {@code currency} in EUR at the rate of the month of {@code date}; empty when unknown. */
    public OptionalDouble toEur(double amount, String currency, LocalDate date) {
        if (!Double.isFinite(amount)) {
            return OptionalDouble.empty();
        }
        OptionalDouble rate = eurPerUnit(currency, date);
        return rate.isPresent() ? OptionalDouble.of(amount * rate.getAsDouble()) : OptionalDouble.empty();
    }

    private static String normalise(String currency) {
        if (currency == null) {
            return null;
        }
        String c = currency.strip().toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            return null;
        }
        return SYMBOLS.getOrDefault(c, c);
    }
}
