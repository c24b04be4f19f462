package io.grapevine.dedupe.extraction;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers that are not sums are skipped without running the regex; the sums next to them, and the odd readings of
 * spaces and separators after a number, must come out as before.
 */
class FeeParserBareNumberTest {

    private static String sums(String text) {
        return FeeParser.find(text, "EUR").stream()
                .map(m -> m.start() + "-" + m.end() + " " + m.amount() + " " + m.currency())
                .collect(Collectors.joining("; "));
    }

    @Test
    void numbersAroundSums() {
        assertThat(sums("Won 3-1 in 2023; the 21-year-old cost 5 to 6 million euros.")).isEqualTo("38-58 5500000.0 EUR");
        // "2023 €" reads as a sum in euros; "2024 £" does not, the "£ 7m" after it does
        assertThat(sums("In 2023 €5m, 2024 £ 7m and 12 goals at 19")).isEqualTo("3-9 2023.0 EUR; 18-22 7000000.0 GBP");
        assertThat(sums("1 000 000 euros or 2 777 824 224,00 reais"))
                .isEqualTo("0-15 1000000.0 EUR; 19-41 2.777824224E9 BRL");
        // one space, of any kind, may stand between a number and its multiplier; two may not
        assertThat(sums("5\tm euros, 7  milioni, 8\nMio. Euro")).isEqualTo("0-9 5000000.0 EUR; 23-34 8000000.0 EUR");
        assertThat(sums("40-45 million, 30 - €35m, 10 a 12 milioni"))
                .isEqualTo("0-13 4.25E7 EUR; 26-41 1.1E7 EUR");
        assertThat(sums("Born 1999 and 50 e 60 milioni di euro")).isEqualTo("19-37 6.0E7 EUR");
    }
}
