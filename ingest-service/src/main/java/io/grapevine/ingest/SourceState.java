package io.grapevine.ingest;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a poller knows about one polled source (a feed URL, an X account, a Bluesky actor), kept in ingest's schema
 * so a restart neither skips nor repeats: conditional-GET validators, the X since_id, the Bluesky high-water mark,
 * backoff and running totals.
 */
@Entity
@Table(name = "source_state")
public class SourceState {

    @Id
    public String key;
    public String channel;
    public String sourceId;
    public String target;
    public String etag;
    public String lastModified;
    public String sinceId;
    public String cursor;
    public String accountId;
    public int consecutiveFailures;
    public Instant nextPollAt;
    public Instant lastAttemptAt;
    public Instant lastSuccessAt;
    public String lastStatus;
    public String lastError;
    public long fetchedTotal;
    public long publishedTotal;
    public long duplicateTotal;
    public long rejectedTotal;

    public static SourceState fresh(String key, String channel, String sourceId, String target) {
        SourceState state = new SourceState();
        state.key = key;
        state.channel = channel;
        state.sourceId = sourceId;
        state.target = target;
        return state;
    }

    /** A detached copy, safe to hand to other threads. */
    public SourceState copy() {
        SourceState c = new SourceState();
        c.key = key;
        c.channel = channel;
        c.sourceId = sourceId;
        c.target = target;
        c.etag = etag;
        c.lastModified = lastModified;
        c.sinceId = sinceId;
        c.cursor = cursor;
        c.accountId = accountId;
        c.consecutiveFailures = consecutiveFailures;
        c.nextPollAt = nextPollAt;
        c.lastAttemptAt = lastAttemptAt;
        c.lastSuccessAt = lastSuccessAt;
        c.lastStatus = lastStatus;
        c.lastError = lastError;
        c.fetchedTotal = fetchedTotal;
        c.publishedTotal = publishedTotal;
        c.duplicateTotal = duplicateTotal;
        c.rejectedTotal = rejectedTotal;
        return c;
    }
}
