package io.grapevine.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExchangeRatesTest {

    private static final ExchangeRates RATES = ExchangeRates.load();

    @Test
    void gbpInJanuary2024IsAboutOneSixteen() {
        assertThat(RATES.eurPerUnit("GBP", LocalDate.of(2024, 1, 15)).getAsDouble()).isCloseTo(1.16, within(0.01));
        assertThat(RATES.eurPerUnit("gbp", YearMonth.of(2024, 1)).getAsDouble()).isCloseTo(1.16, within(0.01));
        assertThat(RATES.eurPerUnit("£", LocalDate.of(2024, 1, 31)).getAsDouble()).isCloseTo(1.16, within(0.01));
    }

    @Test
    void eurIsTheIdentity() {
        assertThat(RATES.eurPerUnit("EUR", LocalDate.of(2019, 7, 1))).hasValue(1.0);
        assertThat(RATES.eurPerUnit("eur", LocalDate.of(1990, 7, 1))).hasValue(1.0);
        assertThat(RATES.toEur(50_000_000, "EUR", LocalDate.of(2021, 3, 18))).hasValue(50_000_000.0);
    }

    @Test
    void unknownCurrencyIsEmpty() {
        assertThat(RATES.eurPerUnit("XYZ", LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(RATES.eurPerUnit(null, LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(RATES.eurPerUnit(" ", LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(RATES.toEur(10, "XYZ", LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(RATES.toEur(Double.NaN, "GBP", LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBP", "USD", "BRL", "CHF", "TRY", "SAR", "ARS"})
    void everyMonthFrom2015To2026IsCovered(String currency) {
        assertThat(RATES.currencies()).contains(currency);
        for (YearMonth m = YearMonth.of(2015, 1); !m.isAfter(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
            OptionalDouble r = RATES.eurPerUnit(currency, m);
            assertThat(r).as(currency + " " + m).isPresent();
            assertThat(r.getAsDouble()).isPositive();
        }
    }

    @Test
    void ratesArePlausible() {
        assertThat(RATES.eurPerUnit("USD", LocalDate.of(2022, 9, 20)).getAsDouble()).isCloseTo(1.0, within(0.05));
        assertThat(RATES.eurPerUnit("GBP", LocalDate.of(2015, 7, 1)).getAsDouble()).isCloseTo(1.42, within(0.05));
        assertThat(RATES.eurPerUnit("CHF", LocalDate.of(2024, 6, 1)).getAsDouble()).isCloseTo(1.04, within(0.05));
        assertThat(RATES.eurPerUnit("SAR", LocalDate.of(2023, 8, 1)).getAsDouble())
                .isCloseTo(RATES.eurPerUnit("USD", LocalDate.of(2023, 8, 1)).getAsDouble() / 3.75, within(0.001));
        assertThat(RATES.eurPerUnit("BRL", LocalDate.of(2020, 5, 1)).getAsDouble()).isCloseTo(0.16, within(0.02));
        assertThat(RATES.eurPerUnit("TRY", LocalDate.of(2015, 1, 1)).getAsDouble())
                .isGreaterThan(10 * RATES.eurPerUnit("TRY", LocalDate.of(2024, 1, 1)).getAsDouble());
    }

    @Test
    void convertsFees() {
        // Bastoni, March 2021: GBP 43m is about EUR 50m
        assertThat(RATES.toEur(43_000_000, "GBP", LocalDate.of(2021, 3, 18)).getAsDouble())
                .isCloseTo(50_000_000, within(1_500_000.0));
        assertThat(RATES.toEur(100, "USD", LocalDate.of(2024, 1, 1)).getAsDouble()).isCloseTo(91.7, within(1.0));
    }

    @Test
    void missingMonthsTakeTheNearestEarlierMonthAndClampAtBothEnds() throws IOException {
        ExchangeRates r = ExchangeRates.read(new StringReader("""
                # approximate
                month,currency,eur_per_unit
                2020-01,GBP,1.10
                2020-03,GBP,1.20
                """));
        assertThat(r.eurPerUnit("GBP", LocalDate.of(2020, 2, 10))).hasValue(1.10);
        assertThat(r.eurPerUnit("GBP", LocalDate.of(2020, 3, 1))).hasValue(1.20);
        assertThat(r.eurPerUnit("GBP", LocalDate.of(2031, 1, 1))).hasValue(1.20);
        assertThat(r.eurPerUnit("GBP", LocalDate.of(2010, 1, 1))).hasValue(1.10);
        assertThat(r.eurPerUnit("GBP", (LocalDate) null)).hasValue(1.20);
        assertThat(RATES.eurPerUnit("GBP", LocalDate.of(2040, 1, 1)))
                .isEqualTo(RATES.eurPerUnit("GBP", YearMonth.of(2026, 12)));
    }

    @Test
    void rejectsMalformedTables() {
        assertThatThrownBy(() -> ExchangeRates.read(new StringReader("2020-01,GBP\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> ExchangeRates.read(new StringReader("2020-13,GBP,1.1\n")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeRates.read(new StringReader("2020-01,GBP,-1\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadIsCached() {
        assertThat(ExchangeRates.load()).isSameAs(RATES);
    }
}
