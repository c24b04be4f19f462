package io.grapevine.dedupe.extraction;

import io.grapevine.reference.TextFold;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SliceFold}, the fast folding of the text around a sum, must agree with {@link TextFold} on every slice. */
class FeeParserSliceFoldTest {

    static void assertSameAsTextFold(String text, int from, int to) {
        assertThat(SliceFold.fold(text, from, to))
                .as("[%s]", text.substring(from, to))
                .isEqualTo(TextFold.fold(text.substring(from, to)));
    }

    @Test
    void usualSlices() {
        String text = "Il Newcastle ha presentato un'offerta da 70 milioni di euro per Sandro Tonali. "
                + "Chelsea have agreed a British-record fee of £100m plus £15m in add-ons with Brighton for Moisés Caicedo.";
        for (int from = 0; from < text.length(); from++) {
            for (int to = from; to <= Math.min(text.length(), from + 50); to++) {
                assertSameAsTextFold(text, from, to);
            }
        }
    }

    @Test
    void slicesTheFastPathHandsToTextFold() {
        String[] texts = {"  Bayern  München ", "Straße", "\u00A0€50m", "a\tweek", "up\nfront", "Œuvre ﬁnal",
                "caf\u0065\u0301", "İstanbul", "ΣΟΦΙΑ", "😀 £40m", "R$\u202F2 777 824 224,00", "", " ", "ǅ Ǆ"};
        for (String t : texts) {
            for (int from = 0; from <= t.length(); from++) {
                for (int to = from; to <= t.length(); to++) {
                    assertSameAsTextFold(t, from, to);
                }
            }
        }
    }

    @Test
    void randomMixes() {
        String alphabet = "aZ é€£’–ßæİıŁ\u00A0\t\n\u0301\u0085ΣΩ😀,.-'0";
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            int from = random.nextInt(t.length() + 1);
            assertSameAsTextFold(t, from, from + random.nextInt(t.length() - from + 1));
        }
    }
}
