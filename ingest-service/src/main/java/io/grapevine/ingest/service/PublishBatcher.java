package io.grapevine.ingest.service;

import io.grapevine.contracts.RawReport;
import io.grapevine.ingest.IngestConfig;
import io.grapevine.ingest.messaging.RawReportPublisher;
import io.grapevine.ingest.repository.SeenReportRepository;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Group commit: the reports of concurrent requests that arrive while earlier flushes are running are merged into one
 * flush — one PostgreSQL transaction (insert the ids not seen before) around one publish (wait for Kafka's acks). A
 * lone request is flushed at once, so there is no added wait at low load; under load, the number of transactions
 * and broker round trips no longer grows with the number of requests. Every request is answered only after the
 * flush holding its reports committed; if the flush fails, every request in it fails (and nothing of it is marked).
 */
@ApplicationScoped
public class PublishBatcher {

    private static final Logger LOG = Logger.getLogger(PublishBatcher.class);

    private record Pending(List<RawReport> reports, CompletableFuture<Set<String>> done) {
    }

    private final Vertx vertx;
    private final SeenReportRepository seen;
    private final RawReportPublisher publisher;
    private final int maxFlushes;
    private final int maxReports;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    public PublishBatcher(Vertx vertx, SeenReportRepository seen, RawReportPublisher publisher, IngestConfig config) {
        this.vertx = vertx;
        this.seen = seen;
        this.publisher = publisher;
        this.maxFlushes = Math.max(1, config.publish().maxConcurrentFlushes());
        this.maxReports = Math.max(1, config.publish().maxReportsPerFlush());
    }

    /**
     * Publishes the reports whose ids were not seen before; completes with those ids once Kafka acknowledged them and
     * their ids are committed. An id offered by several concurrent requests is given to the first one only.
     */
    public Uni<Set<String>> submit(List<RawReport> reports) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Set<String>> done = new CompletableFuture<>();
            queue.add(new Pending(reports, done));
            drain();
            Context caller = Vertx.currentContext();
            Uni<Set<String>> answer = Uni.createFrom().completionStage(done);
            if (caller == null) {
                return answer;
            }
            Executor back = command -> caller.runOnContext(ignored -> command.run());
            return answer.emitOn(back);
        });
    }

    private void drain() {
        while (!queue.isEmpty()) {
            int running = inFlight.get();
            if (running >= maxFlushes) {
                return; // a running flush drains again when it ends
            }
            if (!inFlight.compareAndSet(running, running + 1)) {
                continue;
            }
            List<Pending> group = take();
            if (group.isEmpty()) {
                inFlight.decrementAndGet();
                continue;
            }
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            context.runOnContext(ignored -> flush(group).subscribe().with(
                    done -> finished(),
                    failure -> finished()));
        }
    }

    private void finished() {
        inFlight.decrementAndGet();
        drain();
    }

    private List<Pending> take() {
        List<Pending> group = new ArrayList<>();
        int reports = 0;
        Pending next;
        while ((next = queue.peek()) != null && (group.isEmpty() || reports + next.reports().size() <= maxReports)) {
            if (queue.remove(next)) {
                group.add(next);
                reports += next.reports().size();
            }
        }
        return group;
    }

    private Uni<Void> flush(List<Pending> group) {
        Map<String, RawReport> unique = new LinkedHashMap<>();
        for (Pending pending : group) {
            for (RawReport report : pending.reports()) {
                unique.putIfAbsent(report.id(), report);
            }
        }
        List<RawReport> candidates = List.copyOf(unique.values());
        return seen.markNewAnd(candidates, fresh -> publisher
                        .publish(candidates.stream().filter(r -> fresh.contains(r.id())).toList()))
                .invoke(fresh -> {
                    Set<String> claimed = new HashSet<>();
                    for (Pending pending : group) {
                        Set<String> mine = new HashSet<>();
                        for (RawReport report : pending.reports()) {
                            if (fresh.contains(report.id()) && claimed.add(report.id())) {
                                mine.add(report.id());
                            }
                        }
                        pending.done().complete(mine);
                    }
                })
                .onFailure().invoke(failure -> {
                    LOG.debugf("flush of %d reports failed: %s", candidates.size(), failure.toString());
                    group.forEach(pending -> pending.done().completeExceptionally(failure));
                })
                .replaceWithVoid();
    }
}
