package io.grapevine.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A trie of phrases keyed by folded words, with a value of type {@code V} at the end of each phrase; the matchers'
 * index of names. It is built with string keys ({@link #add}); {@link #freeze()} then numbers the words
 * ({@link #words()}) and keys every node's children by word id, so that a matcher walks it with the ids of the words
 * of a text and never builds a string. Not thread-safe while built; immutable and thread-safe once frozen and safely
 * published (the matchers hold it in a final field).
 */
final class WordTrie<V> {

    static final class Node<V> {
        private Map<String, Node<V>> building = new HashMap<>(4);
        private int[] childIds;
        private Node<V>[] children;
        /** One bit per child, at its word id modulo 64: a clear bit rules a word out without searching the ids. */
        private long childBits;
        V value;

        /** The child reached by a word, or null (always for {@link WordIndex#NONE}). */
        Node<V> child(int wordId) {
            if ((childBits & 1L << wordId) == 0) {
                return null;
            }
            int k = Arrays.binarySearch(childIds, wordId);
            return k >= 0 ? children[k] : null;
        }
    }

    private final Node<V> root = new Node<>();
    private WordIndex words;
    /** The root's children by word id: the start of every walk, taken at most words of a text. */
    private Node<V>[] firstWords;

    /** The node of a phrase of folded words, created as needed; before {@link #freeze()} only. */
    Node<V> add(List<String> phrase) {
        Node<V> n = root;
        for (String w : phrase) {
            n = n.building.computeIfAbsent(w, k -> new Node<>());
        }
        return n;
    }

    /** Every value, in no particular order. */
    void forEachValue(Consumer<? super V> action) {
        forEach(root, action);
    }

    private void forEach(Node<V> n, Consumer<? super V> action) {
        if (n.value != null) {
            action.accept(n.value);
        }
        for (Node<V> c : n.building != null ? n.building.values() : Arrays.asList(n.children)) {
            forEach(c, action);
        }
    }

    /** Numbers the words and keys the children by word id; the trie cannot grow afterwards. */
    void freeze() {
        Set<String> all = new HashSet<>();
        collectWords(root, all);
        words = new WordIndex(all);
        freeze(root);
        firstWords = newArray(words.size());
        for (int k = 0; k < root.childIds.length; k++) {
            firstWords[root.childIds[k]] = root.children[k];
        }
    }

    private static <V> void collectWords(Node<V> n, Set<String> into) {
        for (Map.Entry<String, Node<V>> e : n.building.entrySet()) {
            into.add(e.getKey());
            collectWords(e.getValue(), into);
        }
    }

    private void freeze(Node<V> n) {
        List<Map.Entry<String, Node<V>>> edges = new ArrayList<>(n.building.entrySet());
        edges.sort(Map.Entry.comparingByKey()); // ids are given in word order, so the ids come out sorted
        n.childIds = new int[edges.size()];
        n.children = newArray(edges.size());
        for (int k = 0; k < edges.size(); k++) {
            n.childIds[k] = words.id(edges.get(k).getKey());
            n.childBits |= 1L << n.childIds[k];
            n.children[k] = edges.get(k).getValue();
            freeze(n.children[k]);
        }
        n.building = null;
    }

    @SuppressWarnings("unchecked")
    private static <V> Node<V>[] newArray(int size) {
        return (Node<V>[]) new Node<?>[size];
    }

    /** The ids of the trie's words; after {@link #freeze()}. */
    WordIndex words() {
        return words;
    }

    /** The node of the one-word phrase, or null (always for {@link WordIndex#NONE}). */
    Node<V> first(int wordId) {
        return wordId >= 0 ? firstWords[wordId] : null;
    }
}
