package io.grapevine.query.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The {@code source_standing} table: the latest {@code sources.v1} snapshot per source. */
@ApplicationScoped
public class SourceRepository {

    private final Pool pool;

    public SourceRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Boolean> upsert(String id, long version, String json) {
        return pool.preparedQuery("""
                        INSERT INTO source_standing (id, version, snapshot) VALUES ($1, $2, $3)
                        ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, snapshot = EXCLUDED.snapshot
                        WHERE source_standing.version < EXCLUDED.version RETURNING id""")
                .execute(Tuple.of(id, version, json)).map(rows -> rows.rowCount() > 0);
    }

    public Uni<Void> delete(String id) {
        return pool.preparedQuery("DELETE FROM source_standing WHERE id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    public Uni<Void> deleteAll() {
        return pool.query("TRUNCATE source_standing").execute().replaceWithVoid();
    }

    public Uni<List<String>> all() {
        return pool.query("SELECT snapshot FROM source_standing").execute().map(rows -> {
            List<String> out = new ArrayList<>(rows.size());
            for (Row row : rows) {
                out.add(row.getString(0));
            }
            return out;
        });
    }
}
