package io.grapevine.ingest.repository;

import io.grapevine.contracts.RawReport;
import io.grapevine.ingest.IngestConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The ids of the reports ingest-service has published ({@code seen_report}). Marking is insert-if-absent inside a
 * transaction that also holds the publish: a concurrent request for the same id waits on the row until that
 * transaction ends, so exactly one of them publishes, and ids whose publish failed are not kept.
 *
 * <p>Plain SQL on the reactive PostgreSQL pool, without an ORM session: this runs once per flush on the push path,
 * where a session's set-up cost a quarter of the service's CPU.
 */
@ApplicationScoped
public class SeenReportRepository {

    /** Rows per INSERT statement. */
    private static final int CHUNK = 1000;

    /** A published report as remembered. */
    public record Seen(String id, String sourceId, String channel, OffsetDateTime firstSeenAt) {
    }

    /**
     * The seen ids are a memory of what Kafka already holds, not the record of it: committing them without waiting for
     * the WAL flush loses at most the last fraction of a second of ids if PostgreSQL itself crashes, and the only
     * consequence is that a report re-sent in that case is published again (consumers are idempotent by report id).
     */
    private static final String RELAXED = "SET LOCAL synchronous_commit TO OFF";

    /**
     * One constant statement per chunk (the ids and source ids travel as two comma-separated lists, which they can
     * hold: both are slugs), so PostgreSQL and the client reuse one prepared statement whatever the batch size.
     */
    private static final String INSERT = "INSERT INTO seen_report (id, source_id, channel, first_seen_at) "
            + "SELECT t.id, t.source_id, $3, $4 FROM unnest(string_to_array($1, ','), string_to_array($2, ',')) "
            + "AS t(id, source_id) ON CONFLICT (id) DO NOTHING RETURNING id";

    private final Pool pool;
    private final boolean relaxedCommit;

    public SeenReportRepository(Pool pool, IngestConfig config) {
        this.pool = pool;
        this.relaxedCommit = config.seenIds().relaxedCommit();
    }

    /**
     * Inserts the ids not seen before and, in the same transaction, hands them to {@code publish}; the transaction
     * commits only when that succeeds. Completes with the new ids. The reports' ids must be distinct.
     */
    public Uni<Set<String>> markNewAnd(List<RawReport> reports, Function<Set<String>, Uni<Void>> publish) {
        if (reports.isEmpty()) {
            return publish.apply(Set.of()).replaceWith(Set.of());
        }
        return pool.withTransaction(connection -> {
            Set<String> inserted = new HashSet<>();
            Uni<Void> chain = relaxedCommit
                    ? connection.query(RELAXED).execute().replaceWithVoid()
                    : Uni.createFrom().voidItem();
            for (int i = 0; i < reports.size(); i += CHUNK) {
                List<RawReport> chunk = reports.subList(i, Math.min(reports.size(), i + CHUNK));
                chain = chain.chain(() -> insertChunk(connection, chunk, inserted));
            }
            return chain.chain(() -> publish.apply(inserted)).replaceWith(inserted);
        });
    }

    private static Uni<Void> insertChunk(SqlConnection connection, List<RawReport> chunk, Set<String> inserted) {
        StringBuilder ids = new StringBuilder(chunk.size() * 19);
        StringBuilder sources = new StringBuilder(chunk.size() * 16);
        for (RawReport r : chunk) {
            if (r.id().indexOf(',') >= 0 || r.source().id().indexOf(',') >= 0) {
                throw new IllegalArgumentException("ids must not contain commas: " + r.id() + " " + r.source().id());
            }
            ids.append(ids.length() == 0 ? "" : ",").append(r.id());
            sources.append(sources.length() == 0 ? "" : ",").append(r.source().id());
        }
        RawReport first = chunk.get(0);
        return connection.preparedQuery(INSERT)
                .execute(Tuple.of(ids.toString(), sources.toString(), first.channel().name().toLowerCase(Locale.ROOT),
                        first.receivedAt().atOffset(ZoneOffset.UTC)))
                .invoke(rows -> {
                    for (Row row : rows) {
                        inserted.add(row.getString(0));
                    }
                })
                .replaceWithVoid();
    }

    /** The remembered report with this id. */
    public Uni<Optional<Seen>> find(String id) {
        return pool.preparedQuery("SELECT id, source_id, channel, first_seen_at FROM seen_report WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    var it = rows.iterator();
                    if (!it.hasNext()) {
                        return Optional.<Seen>empty();
                    }
                    Row row = it.next();
                    return Optional.of(new Seen(row.getString(0), row.getString(1), row.getString(2),
                            row.getOffsetDateTime(3)));
                });
    }
}
