package io.grapevine.ingest.service;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.RawReport;
import io.grapevine.ingest.IngestConfig;
import io.grapevine.ingest.Ingested;
import io.grapevine.ingest.ReportInput;
import io.grapevine.ingest.repository.SeenReportRepository;
import io.grapevine.reference.SourceCatalogue;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way into {@code rumours.raw.v1}, shared by push, import and the pollers. For a batch of validated reports:
 * resolve and identify each, then (through {@link PublishBatcher}, which merges concurrent requests) in ONE
 * transaction insert the ids not seen before and publish exactly those, committing only after Kafka acknowledged
 * them. A failed publish rolls the ids back, so a retry publishes them.
 */
@ApplicationScoped
public class ReportIngestion {

    private final SeenReportRepository seen;
    private final PublishBatcher batcher;
    private final IngestMetrics metrics;
    private final ReportPreparer preparer;
    private final ReportValidator validator;

    public ReportIngestion(SeenReportRepository seen, PublishBatcher batcher, IngestMetrics metrics,
            IngestConfig config) {
        this.seen = seen;
        this.batcher = batcher;
        this.metrics = metrics;
        this.preparer = new ReportPreparer(SourceCatalogue.load());
        this.validator = new ReportValidator(config.limits().maxTextChars(), config.limits().maxBatchReports(),
                Clock.systemUTC());
    }

    public ReportValidator validator() {
        return validator;
    }

    /** The reports as they would be published, without publishing them. */
    public List<RawReport> prepare(List<ReportInput> inputs, Channel channel) {
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<RawReport> prepared = new ArrayList<>(inputs.size());
        for (ReportInput input : inputs) {
            prepared.add(preparer.prepare(input, channel, receivedAt));
        }
        return prepared;
    }

    /**
     * Publishes the reports not seen before; answers per report, in order. A report repeated inside the batch is a
     * duplicate of its first occurrence.
     */
    public Uni<List<Ingested>> ingest(List<ReportInput> inputs, Channel channel) {
        List<RawReport> prepared = prepare(inputs, channel);
        Map<String, RawReport> unique = new LinkedHashMap<>();
        for (RawReport report : prepared) {
            unique.putIfAbsent(report.id(), report);
        }
        List<RawReport> candidates = List.copyOf(unique.values());
        return batcher.submit(candidates)
                .map(fresh -> {
                    List<Ingested> answers = new ArrayList<>(prepared.size());
                    Set<String> answered = new HashSet<>();
                    for (RawReport report : prepared) {
                        boolean accepted = fresh.contains(report.id()) && answered.add(report.id());
                        answers.add(new Ingested(report.id(), accepted ? Ingested.ACCEPTED : Ingested.DUPLICATE));
                    }
                    long accepted = answers.stream().filter(Ingested::accepted).count();
                    metrics.count(channel, Ingested.ACCEPTED, accepted);
                    metrics.count(channel, Ingested.DUPLICATE, answers.size() - accepted);
                    return answers;
                });
    }

    /** What is remembered about a report id. */
    public Uni<java.util.Optional<SeenReportRepository.Seen>> find(String id) {
        return seen.find(id);
    }
}
