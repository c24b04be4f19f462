package io.grapevine.query.repository;

import io.grapevine.contracts.TransferSnapshot;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code story} table: the durable form of the projection. Each write is one idempotent statement that applies
 * a snapshot only when its version is newer than the stored one, so redelivery, replay and concurrent replays
 * commute. (Plain SQL on the reactive client: an upsert guarded by a version is one statement, not an entity
 * life cycle.)
 */
@ApplicationScoped
public class StoryRepository {

    private static final String UPSERT = """
            INSERT INTO story (id, version, state, merged_into, player_id, to_club_id, from_club_id, season_window,
                               status, credibility, updated_at, snapshot, applied_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
            ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state,
                merged_into = EXCLUDED.merged_into, player_id = EXCLUDED.player_id, to_club_id = EXCLUDED.to_club_id,
                from_club_id = EXCLUDED.from_club_id, season_window = EXCLUDED.season_window,
                status = EXCLUDED.status, credibility = EXCLUDED.credibility, updated_at = EXCLUDED.updated_at,
                snapshot = EXCLUDED.snapshot, applied_at = now()
            WHERE story.version < EXCLUDED.version
            RETURNING id""";

    private final Pool pool;

    public StoryRepository(Pool pool) {
        this.pool = pool;
    }

    /** Stores the snapshot if it is newer than the stored version; true when it was applied. */
    public Uni<Boolean> upsert(TransferSnapshot s, String json) {
        return pool.preparedQuery(UPSERT).execute(tuple(s, json)).map(rows -> rows.rowCount() > 0);
    }

    /**
     * Stores many snapshots in one pipelined batch, in order (the same story may appear more than once); for each,
     * whether it was applied.
     */
    public Uni<boolean[]> upsertAll(List<TransferSnapshot> snapshots, List<String> jsons) {
        if (snapshots.isEmpty()) {
            return Uni.createFrom().item(new boolean[0]);
        }
        List<Tuple> tuples = new ArrayList<>(snapshots.size());
        for (int i = 0; i < snapshots.size(); i++) {
            tuples.add(tuple(snapshots.get(i), jsons.get(i)));
        }
        return pool.preparedQuery(UPSERT).executeBatch(tuples).map(first -> {
            boolean[] applied = new boolean[snapshots.size()];
            RowSet<Row> result = first;
            for (int i = 0; i < applied.length && result != null; i++) {
                applied[i] = result.rowCount() > 0;
                result = result.next();
            }
            return applied;
        });
    }

    private static Tuple tuple(TransferSnapshot s, String json) {
        String state = s.mergedInto() != null ? "merged" : "live";
        Tuple row = Tuple.tuple()
                .addString(s.id())
                .addLong(s.version())
                .addString(state)
                .addString(s.mergedInto())
                .addString(s.player() == null ? null : s.player().id())
                .addString(s.toClub() == null ? null : s.toClub().id())
                .addString(s.fromClub() == null ? null : s.fromClub().id())
                .addString(s.window())
                .addString(s.status() == null ? null : s.status().name().toLowerCase(java.util.Locale.ROOT))
                .addDouble(s.credibility())
                .addOffsetDateTime(s.updatedAt() == null ? null : s.updatedAt().atOffset(ZoneOffset.UTC))
                .addString(json);
        return row;
    }

    /**
     * Applies a tombstone: a live story becomes 'deleted' (keeping its version, so older snapshots stay ignored); a
     * merged story keeps its redirect. True when a live story was removed.
     */
    public Uni<Boolean> tombstone(String id) {
        return pool.preparedQuery("UPDATE story SET state = 'deleted', snapshot = NULL, applied_at = now() "
                        + "WHERE id = $1 AND state = 'live' RETURNING id")
                .execute(Tuple.of(id)).map(rows -> rows.rowCount() > 0);
    }

    /** Deletes the whole projection (before a rebuild). */
    public Uni<Void> deleteAll() {
        return pool.query("TRUNCATE story").execute().replaceWithVoid();
    }

    /** One page, in id order, of the rows the view holds: live stories (with their JSON) and merge redirects. */
    public Uni<List<StoredStory>> page(String afterId, int size) {
        return pool.preparedQuery("SELECT id, state, merged_into, snapshot FROM story "
                        + "WHERE state IN ('live', 'merged') AND id > $1 ORDER BY id LIMIT $2")
                .execute(Tuple.of(afterId, size))
                .map(StoryRepository::toStored);
    }

    private static List<StoredStory> toStored(RowSet<Row> rows) {
        List<StoredStory> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(new StoredStory(row.getString("id"), row.getString("state"), row.getString("merged_into"),
                    row.getString("snapshot")));
        }
        return out;
    }

    public record StoredStory(String id, String state, String mergedInto, String json) {
    }
}
