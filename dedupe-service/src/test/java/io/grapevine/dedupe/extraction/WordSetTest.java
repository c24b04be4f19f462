package io.grapevine.dedupe.extraction;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordSetTest {

    @Test
    void holdsItsWordsAndNoOthersEvenWhenHashesCollide() {
        WordSet set = WordSet.of("Aa", "the", "dell'", "über"); // "Aa" and "BB" share a hash code
        assertTrue(set.contains("Aa"));
        assertTrue(set.contains(new String("the".toCharArray())));
        assertTrue(set.contains("dell'"));
        assertTrue(set.contains("über"));
        assertFalse(set.contains("BB"));
        assertFalse(set.contains("th"));
        assertFalse(set.contains(""));
    }

    @Test
    void answersAsAHashSetDoesOnRandomWords() {
        Random random = new Random(7);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            members.add(word(random));
        }
        members.add(members.get(0)); // a repeated member is held once
        WordSet set = WordSet.copyOf(members);
        Set<String> oracle = new HashSet<>(members);
        for (int i = 0; i < 100_000; i++) {
            String w = word(random);
            assertEquals(oracle.contains(w), set.contains(w), w);
        }
        members.forEach(m -> assertTrue(set.contains(m), m));
    }

    private static String word(Random random) {
        char[] w = new char[1 + random.nextInt(3)];
        for (int k = 0; k < w.length; k++) {
            w[k] = (char) ('a' + random.nextInt(6));
        }
        return new String(w);
    }
}
