package io.grapevine.query.view;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Orders of the story list; every order is its key descending, then the story id ascending (a total order). */
public enum Sort {
    /** Most credible first. */
    CREDIBILITY,
    /** Latest report first. */
    RECENT,
    /** Most recent independent activity first (see {@link StoryEntry#heatAt}). */
    HEAT;

    public double key(StoryEntry entry) {
        return switch (this) {
            case CREDIBILITY -> entry.fields().credibility();
            case RECENT -> entry.lastSeenMillis();
            case HEAT -> entry.heatKey();
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sort> parse(String value) {
        for (Sort sort : values()) {
            if (sort.wireName().equalsIgnoreCase(value)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    /** A position in one of the orders. */
    public record Key(double key, String id) implements Comparable<Key> {
        static final Comparator<Key> ORDER = Comparator.comparingDouble(Key::key).reversed().thenComparing(Key::id);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}
