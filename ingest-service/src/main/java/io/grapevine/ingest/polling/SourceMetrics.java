package io.grapevine.ingest.polling;

import io.grapevine.ingest.SourceState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per polled source, tagged {@code poller}, {@code source} (catalogue id) and {@code target} (feed URL, handle,
 * actor): {@code grapevine_ingest_source_fetched_total}, {@code ..._published_total}, {@code ..._duplicates_total},
 * {@code ..._rejected_total}, and the gauges {@code grapevine_ingest_source_last_success_seconds} (epoch seconds, 0
 * before the first success) and {@code grapevine_ingest_source_consecutive_failures}.
 */
@ApplicationScoped
public class SourceMetrics {

    private final MeterRegistry registry;
    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    private record Meters(Counter fetched, Counter published, Counter duplicates, Counter rejected, AtomicLong lastSuccess,
            AtomicLong failures) {
    }

    public SourceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the meters of a source (so they show before its first poll). */
    public void register(PolledSource source) {
        meters(source);
    }

    public void polled(PolledSource source, int fetched, int published, int duplicates, int rejected, SourceState state) {
        Meters m = meters(source);
        m.fetched.increment(fetched);
        m.published.increment(published);
        m.duplicates.increment(duplicates);
        m.rejected.increment(rejected);
        update(source, state);
    }

    public void update(PolledSource source, SourceState state) {
        Meters m = meters(source);
        m.lastSuccess.set(state.lastSuccessAt == null ? 0 : state.lastSuccessAt.getEpochSecond());
        m.failures.set(state.consecutiveFailures);
    }

    private Meters meters(PolledSource source) {
        return meters.computeIfAbsent(source.key(), key -> {
            Tags tags = Tags.of("poller", source.poller(), "source", source.source().id(), "target", source.target());
            AtomicLong lastSuccess = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            Gauge.builder("grapevine.ingest.source.last.success.seconds", lastSuccess, AtomicLong::get)
                    .description("When the source was last polled successfully (epoch seconds, 0 = never)")
                    .tags(tags).register(registry);
            Gauge.builder("grapevine.ingest.source.consecutive.failures", failures, AtomicLong::get)
                    .description("Failed polls of the source since its last success").tags(tags).register(registry);
            return new Meters(
                    counter("grapevine.ingest.source.fetched", "Items fetched from the source", tags),
                    counter("grapevine.ingest.source.published", "Items of the source published to rumours.raw.v1", tags),
                    counter("grapevine.ingest.source.duplicates", "Items of the source already published before", tags),
                    counter("grapevine.ingest.source.rejected", "Items of the source that could not become a report", tags),
                    lastSuccess, failures);
        });
    }

    private Counter counter(String name, String description, Tags tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }
}
