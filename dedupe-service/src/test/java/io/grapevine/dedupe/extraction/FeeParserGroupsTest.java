package io.grapevine.dedupe.extraction;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** FeeParser reads the groups of its MONEY pattern by number: the numbers must name the same groups. */
class FeeParserGroupsTest {

    @Test
    void groupNumbersNameTheSameGroups() {
        String text = "€40-45 million euros, £43M, 50 milioni di euro, R$ 2 777 824 224,00, between £35m and £40m, "
                + "US$145.98 million, 51,3 milioni, CHF 20 Mio., 3-1 in 2023, 10 to €12bn, 7 Millionen Euro";
        String[] names = {"pre", "num", "sep", "num2", "mult", "post"};
        int[] numbers = {FeeParser.PRE_GROUP, FeeParser.NUM_GROUP, FeeParser.SEP_GROUP, FeeParser.NUM2_GROUP,
                FeeParser.MULT_GROUP, FeeParser.POST_GROUP};
        Matcher m = FeeParser.MONEY.matcher(text);
        int matches = 0;
        while (m.find()) {
            matches++;
            for (int i = 0; i < names.length; i++) {
                assertThat(m.start(numbers[i])).as(names[i]).isEqualTo(m.start(names[i]));
                assertThat(m.end(numbers[i])).as(names[i]).isEqualTo(m.end(names[i]));
            }
        }
        assertThat(matches).isGreaterThan(10);
    }
}
