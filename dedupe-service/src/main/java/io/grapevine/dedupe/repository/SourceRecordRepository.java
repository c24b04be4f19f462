package io.grapevine.dedupe.repository;

import io.grapevine.contracts.SourceSnapshot;
import io.grapevine.dedupe.story.Standing;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sources' track records ({@code source_record}). Hits and misses are incremented in SQL, so instances that settle
 * stories of different partitions at the same time never lose an update.
 */
@ApplicationScoped
public class SourceRecordRepository {

    /** Hits and misses by source id. */
    public Uni<Map<String, int[]>> records() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT id, hits, misses FROM source_record", Object[].class)
                .getResultList()).map(rows -> {
                    Map<String, int[]> out = new HashMap<>();
                    for (Object[] r : rows) {
                        out.put((String) r[0], new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
                    }
                    return out;
                });
    }

    /** Adds a hit or a miss to a source's record, creating the row from its standing when it is the first. */
    public Uni<Void> settle(Standing standing, boolean hit) {
        String sql = "INSERT INTO source_record (id, name, kind, prior, hits, misses, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1) "
                + "ON CONFLICT (id) DO UPDATE SET hits = source_record.hits + EXCLUDED.hits, "
                + "misses = source_record.misses + EXCLUDED.misses, version = source_record.version + 1";
        return Panache.getSession().chain(s -> s.createNativeQuery(sql)
                .setParameter(1, standing.source().id())
                .setParameter(2, standing.source().name())
                .setParameter(3, standing.source().kind())
                .setParameter(4, standing.prior())
                .setParameter(5, hit ? 1 : 0)
                .setParameter(6, hit ? 0 : 1)
                .executeUpdate()).replaceWithVoid();
    }

    /** Current snapshots of the given sources. */
    public Uni<List<SourceSnapshot>> snapshots(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT id, name, kind, prior, hits, misses, version FROM source_record WHERE id IN (?1) ORDER BY id", Object[].class)
                .setParameter(1, ids).getResultList()).map(rows -> {
                    List<SourceSnapshot> out = new ArrayList<>();
                    for (Object[] r : rows) {
                        double prior = ((Number) r[3]).doubleValue();
                        int hits = ((Number) r[4]).intValue();
                        int misses = ((Number) r[5]).intValue();
                        out.add(new SourceSnapshot((String) r[0], (String) r[1], (String) r[2], prior, hits, misses,
                                new Standing(null, prior, hits, misses, null).reliability(), ((Number) r[6]).longValue()));
                    }
                    return out;
                });
    }
}
