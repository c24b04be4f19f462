package io.grapevine.dedupe.story;

import io.grapevine.contracts.SourceRef;
import io.grapevine.reference.Source;
import io.grapevine.reference.SourceCatalogue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link SourceBook} over the source catalogue plus hits and misses: the in-memory form of the {@code source_record}
 * table. Not thread-safe; one per unit of work.
 */
public final class TrackRecords implements SourceBook {

    private final SourceCatalogue catalogue;
    private final Map<String, int[]> records = new HashMap<>();

    public TrackRecords(SourceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public TrackRecords put(String sourceId, int hits, int misses) {
        records.put(sourceId, new int[] {hits, misses});
        return this;
    }

    public void record(Settlement settlement) {
        int[] r = records.computeIfAbsent(settlement.source().id(), id -> new int[2]);
        r[settlement.hit() ? 0 : 1]++;
    }

    @Override
    public Standing standing(SourceRef ref) {
        int[] r = records.getOrDefault(ref.id(), new int[2]);
        Source s = catalogue.byId(ref.id()).orElse(null);
        if (s != null) {
            return new Standing(new SourceRef(s.id(), s.name(), s.kind().wireName()), s.prior(), r[0], r[1],
                    s.kind() == Source.Kind.OFFICIAL ? s.club() : null);
        }
        return new Standing(ref, defaultPrior(ref.kind()), r[0], r[1], null);
    }

    /** Prior of a source the catalogue does not know, by its kind. */
    public static double defaultPrior(String kind) {
        if (kind == null) {
            return SourceCatalogue.DEFAULT_PRIOR;
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "fan" -> 0.10;
            case "aggregator" -> 0.15;
            case "journalist" -> 0.30;
            default -> SourceCatalogue.DEFAULT_PRIOR;
        };
    }
}
