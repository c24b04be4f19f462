package io.grapevine.ingest.repository;

import io.grapevine.contracts.RawReport;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    /** Rows per INSERT statement (4 parameters each, well under PostgreSQL's 65535). */
    private static final int CHUNK = 1000;

    /** A published report as remembered. */
    public record Seen(String id, String sourceId, String channel, OffsetDateTime firstSeenAt) {
    }

    /**
     * Inserts the ids not seen before and returns them; must run inside a transaction
     * ({@code Panache.withTransaction}). The reports' ids must be distinct.
     */
    public Uni<Set<String>> markNew(List<RawReport> reports) {
        if (reports.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        List<List<RawReport>> chunks = new ArrayList<>();
        for (int i = 0; i < reports.size(); i += CHUNK) {
            chunks.add(reports.subList(i, Math.min(reports.size(), i + CHUNK)));
        }
        Set<String> inserted = new HashSet<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (List<RawReport> chunk : chunks) {
            chain = chain.chain(() -> insertChunk(chunk).invoke(inserted::addAll).replaceWithVoid());
        }
        return chain.replaceWith(inserted);
    }

    private Uni<List<String>> insertChunk(List<RawReport> chunk) {
        StringBuilder sql = new StringBuilder(64 + chunk.size() * 24)
                .append("WITH ins AS (INSERT INTO seen_report (id, source_id, channel, first_seen_at) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
            int p = i * 4;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(", ?").append(p + 4).append(")");
        }
        sql.append(" ON CONFLICT (id) DO NOTHING RETURNING id) SELECT id FROM ins");
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<String> query = session.createNativeQuery(sql.toString(), String.class);
            for (int i = 0; i < chunk.size(); i++) {
                RawReport r = chunk.get(i);
                int p = i * 4;
                query.setParameter(p + 1, r.id());
                query.setParameter(p + 2, r.source().id());
                query.setParameter(p + 3, r.channel().name().toLowerCase(java.util.Locale.ROOT));
                query.setParameter(p + 4, r.receivedAt().atOffset(ZoneOffset.UTC));
            }
            return query.getResultList();
        });
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
