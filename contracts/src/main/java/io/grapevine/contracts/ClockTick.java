package io.grapevine.contracts;

import java.time.Instant;

/**
 * A clock tick written into {@code rumours.claims.v1} so that stream time moves when no news arrives: one per
 * partition, keyed {@code __tick__-<partition>}, with its own CloudEvents type
 * ({@link io.grapevine.contracts.kafka.Topics#CLOCK_TICK_TYPE}). Consumers of claims skip records of that type
 * (or use them to advance their own stream time); a replay sees the same ticks, so it reaches the same state.
 *
 * @param partition the partition the tick was written to
 * @param at        the time the tick stands for
 */
public record ClockTick(int partition, Instant at) {

    /** Key prefix of tick records. */
    public static final String KEY_PREFIX = "__tick__-";

    public String key() {
        return KEY_PREFIX + partition;
    }
}
