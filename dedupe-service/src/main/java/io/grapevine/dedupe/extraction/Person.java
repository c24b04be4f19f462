package io.grapevine.dedupe.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A person a text names: his registry key, the fullest form of his name, his occurrences and subject score. */
final class Person {
    final String key;
    String fullName;
    int fullTokens;
    String mention;
    int score;
    boolean nonPlayer;
    ClubInText clubOf;
    final List<int[]> occurrences = new ArrayList<>();
    final Set<Integer> sentences = new HashSet<>();

    Person(String key) {
        this.key = key;
    }
}
