package io.grapevine.query.repository;

import io.grapevine.query.service.Delivery;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The {@code watch_delivery} table: every notification, its body and its delivery state. */
@ApplicationScoped
public class DeliveryRepository {

    /** A stored delivery: its state, the body to send, when to try next and when to give up. */
    public record Stored(Delivery delivery, byte[] body, Instant nextAttemptAt, Instant giveUpAt) {
    }

    /** Finished deliveries kept per watch (the API shows them). */
    public static final int RECENT = 20;

    private final Pool pool;

    public DeliveryRepository(Pool pool) {
        this.pool = pool;
    }

    /** Records a new delivery, then forgets the watch's finished deliveries beyond the latest {@link #RECENT}. */
    public Uni<Void> insert(Delivery d, byte[] body, Instant giveUpAt) {
        return pool.preparedQuery("""
                        INSERT INTO watch_delivery (id, watch_id, event, story_id, body, status, attempts, created_at,
                                                    next_attempt_at, give_up_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)""")
                .execute(Tuple.from(List.of(d.id(), d.watchId(), d.event(), d.storyId(), Buffer.buffer(body), status(d),
                        d.attempts(), utc(d.createdAt()), utc(giveUpAt))))
                .chain(() -> pool.preparedQuery("""
                                DELETE FROM watch_delivery WHERE watch_id = $1 AND finished_at IS NOT NULL AND id NOT IN
                                    (SELECT id FROM watch_delivery WHERE watch_id = $1 ORDER BY created_at DESC LIMIT $2)""")
                        .execute(Tuple.of(d.watchId(), RECENT)))
                .replaceWithVoid();
    }

    /**
     * Stores the delivery's state after an attempt; {@code nextAttemptAt} is null once it is finished. A finished row
     * and a state older than the stored one are left alone (two saves may reach the pool out of order).
     */
    public Uni<Void> save(Delivery d, Instant nextAttemptAt) {
        return pool.preparedQuery("""
                        UPDATE watch_delivery SET status = $2, attempts = $3, last_status_code = $4, last_error = $5,
                                                  finished_at = $6, next_attempt_at = $7
                        WHERE id = $1 AND finished_at IS NULL AND attempts <= $3""")
                .execute(Tuple.from(Arrays.asList(d.id(), status(d), d.attempts(),
                        d.lastStatusCode() == 0 ? null : d.lastStatusCode(), d.lastError(), utc(d.finishedAt()),
                        utc(nextAttemptAt))))
                .replaceWithVoid();
    }

    /** Every unfinished delivery and the latest {@link #RECENT} of each watch, newest first. */
    public Uni<List<Stored>> load() {
        return pool.preparedQuery("""
                        SELECT id, watch_id, event, story_id, body, status, attempts, last_status_code, last_error,
                               created_at, finished_at, next_attempt_at, give_up_at
                        FROM (SELECT *, row_number() OVER (PARTITION BY watch_id ORDER BY created_at DESC) AS rank
                              FROM watch_delivery) ranked
                        WHERE finished_at IS NULL OR rank <= $1
                        ORDER BY created_at DESC""")
                .execute(Tuple.of(RECENT)).map(rows -> {
                    List<Stored> out = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        Delivery d = Delivery.restore(r.getString("id"), r.getString("watch_id"), r.getString("event"),
                                r.getString("story_id"), instant(r, "created_at"),
                                Delivery.Status.valueOf(r.getString("status").toUpperCase(Locale.ROOT)),
                                r.getInteger("attempts"), r.getInteger("last_status_code") == null ? 0 : r.getInteger("last_status_code"),
                                r.getString("last_error"), instant(r, "finished_at"));
                        out.add(new Stored(d, r.getBuffer("body").getBytes(), instant(r, "next_attempt_at"),
                                instant(r, "give_up_at")));
                    }
                    return out;
                });
    }

    private static String status(Delivery d) {
        return d.status().name().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime at = r.getOffsetDateTime(column);
        return at == null ? null : at.toInstant();
    }
}
