package io.grapevine.query.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.contracts.kafka.Topic;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.query.QueryConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The pipeline panel's figures, sampled in the background every {@code grapevine.pipeline.interval}:
 * <ul>
 *   <li>reports per minute into ingest: growth of the end offsets of {@code rumours.raw.v1} between samples
 *       (independent of ingest's metric names), next to ingest's own counters when its /q/metrics answers;
 *   <li>dedupe consumer lag: end offsets minus the committed offsets of group {@code dedupe-service};
 *   <li>dead-letter counts: records held by every {@code *.dlq} topic;
 *   <li>ingest's and dedupe's /q/health (each check, e.g. per-source feed health) and whether they answer at all.
 * </ul>
 * Requests read the latest sample; nothing here blocks a request thread.
 */
@ApplicationScoped
public class PipelineMonitor {

    private static final Logger LOG = Logger.getLogger(PipelineMonitor.class);

    private final QueryConfig config;
    private final String bootstrapServers;
    private final HttpClient http;
    private ScheduledExecutorService scheduler;
    private Admin admin;
    private volatile PipelineStatus latest = PipelineStatus.empty();
    private long previousRawEnd = -1;
    private Instant previousRawAt;

    public PipelineMonitor(QueryConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.http = HttpClient.newBuilder().connectTimeout(config.pipeline().timeout()).build();
    }

    void onStart(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pipeline-monitor");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::sampleSafely, 0, config.pipeline().interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    public PipelineStatus latest() {
        return latest;
    }

    private void sampleSafely() {
        try {
            latest = sample();
        } catch (RuntimeException e) {
            LOG.debugf(e, "pipeline sample failed");
        }
    }

    PipelineStatus sample() {
        Instant now = Instant.now();
        ServiceStatus ingest = service("ingest-service", config.ingest().url());
        ServiceStatus dedupe = service("dedupe-service", config.dedupe().url());
        KafkaFigures kafka = kafka(now);
        return new PipelineStatus(now, ingest, dedupe, kafka);
    }

    private KafkaFigures kafka(Instant now) {
        try {
            Admin client = admin();
            Duration timeout = config.pipeline().timeout();
            Set<String> existing = client.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, Long> dlq = new LinkedHashMap<>();
            List<String> dlqTopics = Topics.events().stream().map(t -> t.deadLetter().name()).toList();
            for (String topic : dlqTopics) {
                dlq.put(topic, existing.contains(topic) ? held(client, topic, timeout) : 0L);
            }
            Long perMinute = null;
            long rawEnd = existing.contains(Topics.RAW_REPORTS.name())
                    ? sum(offsets(client, Topics.RAW_REPORTS.name(), OffsetSpec.latest(), timeout)) : 0;
            synchronized (this) {
                if (previousRawEnd >= 0 && previousRawAt != null) {
                    double minutes = Duration.between(previousRawAt, now).toMillis() / 60_000.0;
                    if (minutes > 0) {
                        perMinute = Math.round((rawEnd - previousRawEnd) / minutes);
                    }
                }
                previousRawEnd = rawEnd;
                previousRawAt = now;
            }
            Map<String, Long> lag = new LinkedHashMap<>();
            Map<TopicPartition, OffsetAndMetadata> committed = client
                    .listConsumerGroupOffsets(config.pipeline().dedupeGroup())
                    .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!committed.isEmpty()) {
                Map<TopicPartition, OffsetSpec> request = committed.keySet().stream()
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(request).all()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                for (var e : committed.entrySet()) {
                    long end = ends.get(e.getKey()).offset();
                    long at = e.getValue() == null ? 0 : e.getValue().offset();
                    lag.merge(e.getKey().topic(), Math.max(0, end - at), Long::sum);
                }
            }
            return new KafkaFigures(true, null, rawEnd, perMinute, config.pipeline().dedupeGroup(), lag,
                    lag.values().stream().mapToLong(Long::longValue).sum(), !committed.isEmpty(), dlq,
                    dlq.values().stream().mapToLong(Long::longValue).sum());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new KafkaFigures(false, e.getClass().getSimpleName() + ": " + e.getMessage(), 0, null,
                    config.pipeline().dedupeGroup(), Map.of(), 0, false, Map.of(), 0);
        }
    }

    private long held(Admin client, String topic, Duration timeout) throws Exception {
        Map<TopicPartition, Long> end = offsets(client, topic, OffsetSpec.latest(), timeout);
        Map<TopicPartition, Long> start = offsets(client, topic, OffsetSpec.earliest(), timeout);
        long held = 0;
        for (var e : end.entrySet()) {
            held += e.getValue() - start.getOrDefault(e.getKey(), 0L);
        }
        return held;
    }

    private static Map<TopicPartition, Long> offsets(Admin client, String topic, OffsetSpec spec, Duration timeout)
            throws Exception {
        var description = client.describeTopics(List.of(topic)).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, Long> out = new HashMap<>();
        client.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.pipeline().timeout().toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.pipeline().timeout().toMillis() * 2);
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "query-service-pipeline-monitor");
            admin = Admin.create(props);
        }
        return admin;
    }

    private ServiceStatus service(String name, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String health = "unreachable";
        List<Check> checks = new ArrayList<>();
        Map<String, Double> metrics = new LinkedHashMap<>();
        String error = null;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health"))
                    .timeout(config.pipeline().timeout()).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = ContractJson.MAPPER.readTree(response.body());
            health = body.path("status").asText(response.statusCode() == 200 ? "UP" : "DOWN");
            for (JsonNode check : body.path("checks")) {
                checks.add(new Check(check.path("name").asText(), check.path("status").asText(),
                        check.has("data") ? ContractJson.MAPPER.convertValue(check.get("data"), Map.class) : null));
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (error == null) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics"))
                        .timeout(config.pipeline().timeout()).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    metrics = PrometheusText.grapevineFigures(response.body());
                }
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return new ServiceStatus(name, base, error == null, health, error, checks, metrics);
    }

    /** What the panel shows. */
    public record PipelineStatus(Instant sampledAt, ServiceStatus ingest, ServiceStatus dedupe, KafkaFigures kafka) {
        static PipelineStatus empty() {
            return new PipelineStatus(null, null, null, null);
        }
    }

    /**
     * @param reachable false when /q/health did not answer (the panel shows "unreachable")
     * @param health    the aggregate status (UP, DOWN) or "unreachable"
     * @param metrics   the service's own grapevine_* counters and gauges, summed over their labels
     */
    public record ServiceStatus(String name, String url, boolean reachable, String health, String error,
            List<Check> checks, Map<String, Double> metrics) {
    }

    public record Check(String name, String status, Map<?, ?> data) {
    }

    public record KafkaFigures(boolean reachable, String error, long rawReportsTotal, Long rawReportsPerMinute,
            String dedupeGroup, Map<String, Long> dedupeLagByTopic, long dedupeLag, boolean dedupeGroupKnown,
            Map<String, Long> deadLetters, long deadLettersTotal) {
    }
}
