package io.grapevine.ingest.service;

import io.grapevine.contracts.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters of what came in: {@code grapevine_ingest_reports_total{channel, outcome}} with outcome accepted,
 * duplicate or rejected. Per-source poller metrics live in {@code SourceMetrics}.
 */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(Channel channel, String outcome, long amount) {
        if (amount <= 0) {
            return;
        }
        String name = channel.name().toLowerCase(Locale.ROOT);
        counters.computeIfAbsent(name + "|" + outcome, k -> Counter.builder("grapevine.ingest.reports")
                .description("Reports offered to ingest-service, by channel and outcome")
                .tags(Tags.of("channel", name, "outcome", outcome))
                .register(registry)).increment(amount);
    }
}
