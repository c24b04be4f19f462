package io.grapevine.ingest.rest;

import io.grapevine.ingest.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per API key: {@code requestsPerSecond} sustained, {@code burst} at once. */
@ApplicationScoped
public class RateLimiter {

    private record Limit(double perSecond, int burst) {
    }

    private final boolean enabled;
    private final Limit defaults;
    private final Map<String, Limit> overrides = new HashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime = System::nanoTime;

    public RateLimiter(IngestConfig config) {
        this.enabled = config.rateLimit().enabled();
        this.defaults = new Limit(config.rateLimit().requestsPerSecond(), config.rateLimit().burst());
        for (String entry : config.rateLimit().overrides().orElse(List.of())) {
            String[] parts = entry.strip().split(":");
            if (parts.length < 3) {
                throw new IllegalArgumentException("grapevine.ingest.rate-limit.overrides entries are key:rate:burst, got "
                        + entry);
            }
            String key = String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2));
            overrides.put(key, new Limit(Double.parseDouble(parts[parts.length - 2]),
                    Integer.parseInt(parts[parts.length - 1])));
        }
    }

    /** Takes one token; returns 0 when allowed, else the whole seconds to wait before a token is available. */
    public long acquire(String key) {
        if (!enabled) {
            return 0;
        }
        Limit limit = overrides.getOrDefault(key, defaults);
        return buckets.computeIfAbsent(key, k -> new Bucket(limit, nanoTime.getAsLong())).take(nanoTime.getAsLong());
    }

    private static final class Bucket {
        private final Limit limit;
        private double tokens;
        private long last;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.last = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.perSecond());
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / limit.perSecond()));
        }
    }
}
