package io.grapevine.ingest.repository;

import io.grapevine.contracts.RawReport;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The ids of the reports ingest-service has published ({@code seen_report}). Marking is insert-if-absent inside the
 * caller's transaction: a concurrent request for the same id waits on the row until that transaction ends, so
 * exactly one of them publishes.
 */
@ApplicationScoped
public class SeenReportRepository {

    /** Rows per INSERT statement. */
    private static final int CHUNK = 1000;

    /** A published report as remembered. */
    public record Seen(String id, String sourceId, String channel, OffsetDateTime firstSeenAt) {
    }

    /**
     * Inserts the ids not seen before and returns them; must run inside a transaction
     * ({@code Panache.withTransaction}). The reports' ids must be distinct. One constant statement per chunk (the ids
     * and source ids travel as two comma-separated lists, which they can hold: both are slugs), so PostgreSQL and the
     * client reuse one prepared statement whatever the batch size.
     */
    public Uni<Set<String>> markNew(List<RawReport> reports) {
        if (reports.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        Set<String> inserted = new HashSet<>();
        Uni<Void> chain = relaxedCommit
                ? Panache.getSession().chain(session -> session.createNativeQuery(RELAXED).executeUpdate()).replaceWithVoid()
                : Uni.createFrom().voidItem();
        for (int i = 0; i < reports.size(); i += CHUNK) {
            List<RawReport> chunk = reports.subList(i, Math.min(reports.size(), i + CHUNK));
            chain = chain.chain(() -> insertChunk(chunk).invoke(inserted::addAll).replaceWithVoid());
        }
        return chain.replaceWith(inserted);
    }

    /**
     * The seen ids are a memory of what Kafka already holds, not the record of it: committing them without waiting for
     * the WAL flush loses at most the last fraction of a second of ids if PostgreSQL itself crashes, and the only
     * consequence is that a report re-sent in that case is published again (consumers are idempotent by report id).
     */
    private static final String RELAXED = "SET LOCAL synchronous_commit TO OFF";

    private final boolean relaxedCommit;

    public SeenReportRepository(io.grapevine.ingest.IngestConfig config) {
        this.relaxedCommit = config.seenIds().relaxedCommit();
    }

    private static final String INSERT = "INSERT INTO seen_report (id, source_id, channel, first_seen_at) "
            + "SELECT t.id, t.source_id, ?3, ?4 FROM unnest(string_to_array(?1, ','), string_to_array(?2, ',')) "
            + "AS t(id, source_id) ON CONFLICT (id) DO NOTHING RETURNING id";

    private Uni<List<String>> insertChunk(List<RawReport> chunk) {
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
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT, String.class)
                .setParameter(1, ids.toString())
                .setParameter(2, sources.toString())
                .setParameter(3, first.channel().name().toLowerCase(java.util.Locale.ROOT))
                .setParameter(4, first.receivedAt().atOffset(ZoneOffset.UTC))
                .getResultList());
    }

    /** The remembered report with this id; must run inside a session. */
    public Uni<Optional<Seen>> find(String id) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT id, source_id, channel, first_seen_at FROM seen_report WHERE id = ?1", Object[].class)
                .setParameter(1, id)
                .getResultList()
                .map(rows -> rows.isEmpty() ? Optional.<Seen>empty() : Optional.of(new Seen((String) rows.get(0)[0],
                        (String) rows.get(0)[1], (String) rows.get(0)[2], toOffset(rows.get(0)[3])))));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
