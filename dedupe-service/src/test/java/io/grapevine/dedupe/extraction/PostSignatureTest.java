package io.grapevine.dedupe.extraction;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scan for an embedded post's dash and name finds what the regex it replaces finds. */
class PostSignatureTest {

    private static final Pattern DASH_AND_NAME = Pattern.compile("[—–-]\\s*[^()\\n—]{1,60}\\z");
    private static final String[] PARTS = {"—", "–", "-", " ", "  ", "\n", "\t", "\r", "(", ")", "Fabrizio Romano", "é",
            "x", "LFC Transfer Room ", "a name far too long to be the name of the author of a post, longer than sixty chars ",
            "\u00a0", "- ", " — "};

    @Test
    void findsTheSameDashAsTheRegexOnGeneratedTexts() {
        Random random = new Random(7);
        int found = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            int to = text.length();
            int from = to > 0 && random.nextInt(3) == 0 ? random.nextInt(to) : 0;
            Matcher m = DASH_AND_NAME.matcher(text).region(from, to);
            int expected = m.find() ? m.start() : -1;
            found += expected >= 0 ? 1 : 0;
            assertEquals(expected, ClaimExtractor.dashAndName(text.toString(), from, to), () -> "in <" + text + ">");
        }
        assertTrue(found > 10_000, "the generated texts hold signatures: " + found);
    }

    @Test
    void readsARealSignature() {
        String text = "Bastoni would be a great signing. — LFC Transfer Room (@LFCTransferRoom) March 17, 2021";
        assertEquals(text.indexOf('—'), ClaimExtractor.dashAndName(text, 0, text.indexOf("(@")));
        assertEquals(-1, ClaimExtractor.dashAndName("no dash here (", 0, 13));
    }
}
