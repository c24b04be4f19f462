package io.grapevine.query.service;

import java.time.Instant;

/** One notification of a watch and how its delivery went (mutable, thread-safe; serialized for the API). */
public final class Delivery {

    public enum Status { PENDING, RETRYING, DELIVERED, FAILED }

    private final String id;
    private final String watchId;
    private final String event;
    private final String storyId;
    private final Instant createdAt;
    private volatile Status status = Status.PENDING;
    private volatile int attempts;
    private volatile int lastStatusCode;
    private volatile String lastError;
    private volatile Instant finishedAt;

    public Delivery(String id, String watchId, String event, String storyId) {
        this(id, watchId, event, storyId, Instant.now());
    }

    private Delivery(String id, String watchId, String event, String storyId, Instant createdAt) {
        this.id = id;
        this.watchId = watchId;
        this.event = event;
        this.storyId = storyId;
        this.createdAt = createdAt;
    }

    /** A delivery as stored, to resume it or to show it after a restart. */
    public static Delivery restore(String id, String watchId, String event, String storyId, Instant createdAt,
            Status status, int attempts, int lastStatusCode, String lastError, Instant finishedAt) {
        Delivery d = new Delivery(id, watchId, event, storyId, createdAt);
        d.status = status;
        d.attempts = attempts;
        d.lastStatusCode = lastStatusCode;
        d.lastError = lastError;
        d.finishedAt = finishedAt;
        return d;
    }

    /** Not yet delivered nor given up. */
    public boolean unfinished() {
        return status == Status.PENDING || status == Status.RETRYING;
    }

    synchronized void attempted() {
        attempts++;
    }

    void succeeded(int statusCode) {
        lastStatusCode = statusCode;
        lastError = null;
        finishedAt = Instant.now();
        status = Status.DELIVERED;
    }

    void retrying(int statusCode, String error) {
        lastStatusCode = statusCode;
        lastError = error;
        status = Status.RETRYING;
    }

    void gaveUp(int statusCode, String error) {
        lastStatusCode = statusCode;
        lastError = error;
        finishedAt = Instant.now();
        status = Status.FAILED;
    }

    public String id() { return id; }

    public String watchId() { return watchId; }

    public String event() { return event; }

    public String storyId() { return storyId; }

    public Instant createdAt() { return createdAt; }

    public Status status() { return status; }

    public int attempts() { return attempts; }

    public int lastStatusCode() { return lastStatusCode; }

    public String lastError() { return lastError; }

    public Instant finishedAt() { return finishedAt; }

    /** The API's view of it. */
    public View view() {
        return new View(id, event, storyId, status.name().toLowerCase(java.util.Locale.ROOT), attempts,
                lastStatusCode == 0 ? null : lastStatusCode, lastError, createdAt, finishedAt);
    }

    public record View(String id, String event, String storyId, String status, int attempts, Integer lastStatusCode,
            String lastError, Instant createdAt, Instant finishedAt) {
    }
}
