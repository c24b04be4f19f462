package io.grapevine.ingest.polling;

import io.grapevine.ingest.FieldError;
import io.grapevine.ingest.IngestConfig;
import io.grapevine.ingest.Ingested;
import io.grapevine.ingest.ReportInput;
import io.grapevine.ingest.SourceState;
import io.grapevine.ingest.repository.SourceStateRepository;
import io.grapevine.ingest.service.ReportIngestion;
import io.grapevine.ingest.service.ReportValidator;
import io.grapevine.reference.SourceCatalogue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs the pollers: every tick, each source whose time has come is polled (at most {@code maxConcurrent} at once),
 * on its own safe Vert.x sub-context. A poll loads the source's state, fetches on a worker thread, publishes the
 * items through {@link ReportIngestion} (duplicates recognised by id), and only then advances and stores the state.
 * A failure backs off exponentially (honouring Retry-After) and leaves the state where it was.
 */
@ApplicationScoped
public class PollScheduler {

    private static final Logger LOG = Logger.getLogger(PollScheduler.class);
    private static final int CHUNK = 500;

    private final IngestConfig config;
    private final Vertx vertx;
    private final ReportIngestion ingestion;
    private final SourceStateRepository states;
    private final SourceMetrics metrics;
    private final Map<String, SourcePoller> pollers = new LinkedHashMap<>();
    private final Map<String, PolledSource> sources = new LinkedHashMap<>();
    private final Map<String, SourceState> status = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile boolean loaded;
    private long timer = -1;

    public PollScheduler(IngestConfig config, Vertx vertx, ReportIngestion ingestion, SourceStateRepository states,
            SourceMetrics metrics, FeedPoller feeds, XPoller x, BlueskyPoller bluesky) {
        this.config = config;
        this.vertx = vertx;
        this.ingestion = ingestion;
        this.states = states;
        this.metrics = metrics;
        for (SourcePoller poller : List.of(feeds, x, bluesky)) {
            pollers.put(poller.name(), poller);
        }
        for (PolledSource source : PollTargets.from(config, SourceCatalogue.load())) {
            sources.put(source.key(), source);
        }
    }

    void start(@Observes StartupEvent event) {
        sources.values().forEach(metrics::register);
        if (sources.isEmpty()) {
            LOG.info("no pollers enabled (grapevine.ingest.feeds/x/bluesky.enabled)");
            return;
        }
        LOG.infof("polling %d sources%s", sources.size(), config.poll().schedulerEnabled() ? "" : " on demand only");
        if (config.poll().schedulerEnabled()) {
            timer = vertx.setPeriodic(config.poll().tick().toMillis(), id -> tick());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The polled sources, in configuration order. */
    public Collection<PolledSource> sources() {
        return sources.values();
    }

    /** The last known state of a source; empty before its first poll. */
    public Optional<SourceState> status(String key) {
        SourceState state = status.get(key);
        return Optional.ofNullable(state == null ? null : state.copy());
    }

    public Optional<PolledSource> source(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    private void tick() {
        if (!loaded) {
            if (loading.compareAndSet(false, true)) {
                onSafeContext(() -> Panache.withSession(states::listAll).invoke(all -> {
                    all.forEach(s -> {
                        if (sources.containsKey(s.key)) {
                            status.put(s.key, s.copy());
                            metrics.update(sources.get(s.key), s);
                        }
                    });
                    loaded = true;
                }).onFailure().invoke(e -> loading.set(false)));
            }
            return;
        }
        Instant now = Instant.now();
        for (PolledSource source : sources.values()) {
            if (inFlight.size() >= config.poll().maxConcurrent()) {
                return;
            }
            SourceState state = status.get(source.key());
            boolean due = state == null || state.nextPollAt == null || !state.nextPollAt.isAfter(now);
            if (due && inFlight.add(source.key())) {
                onSafeContext(() -> poll(source).eventually(() -> inFlight.remove(source.key())));
            }
        }
    }

    /** Polls one source now (admin API, tests). Fails when it is unknown or already being polled. */
    public CompletionStage<SourceState> pollNow(String key) {
        PolledSource source = sources.get(key);
        if (source == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no polled source " + key));
        }
        if (!inFlight.add(key)) {
            return CompletableFuture.failedFuture(new IllegalStateException(key + " is being polled right now"));
        }
        CompletableFuture<SourceState> done = new CompletableFuture<>();
        onSafeContext(() -> poll(source).eventually(() -> inFlight.remove(key))
                .invoke(done::complete).onFailure().invoke(done::completeExceptionally));
        return done;
    }

    private void onSafeContext(Supplier<Uni<?>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.get().subscribe().with(
                done -> { },
                failure -> LOG.warnf(failure, "poll run failed")));
    }

    private record Counts(int fetched, int published, int duplicates, int rejected) {
    }

    /** One poll of one source; never fails for a source's fault (that is recorded in its state). */
    Uni<SourceState> poll(PolledSource source) {
        SourcePoller poller = pollers.get(source.poller());
        return Panache.withSession(() -> states.findById(source.key()))
                .map(found -> found == null
                        ? SourceState.fresh(source.key(), source.poller(), source.source().id(), source.target())
                        : found.copy())
                .chain(state -> {
                    Instant started = Instant.now();
                    state.lastAttemptAt = started;
                    SourceState snapshot = state.copy();
                    Executor back = callerContext();
                    return Uni.createFrom().item(() -> {
                                try {
                                    return poller.fetch(source, snapshot);
                                } catch (SourcePoller.PollException e) {
                                    throw new PollFailure(e);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new PollFailure(new SourcePoller.PollException("interrupted", e));
                                }
                            })
                            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                            .emitOn(back)
                            .chain(batch -> publish(batch).map(counts -> {
                                succeeded(source, state, batch, counts, started);
                                return state;
                            }))
                            .onFailure().recoverWithItem(failure -> {
                                failed(source, state, failure, started);
                                return state;
                            })
                            .chain(done -> Panache.withTransaction(() -> states.save(done))
                                    .replaceWith(done)
                                    .onFailure().recoverWithItem(e -> {
                                        LOG.warnf("could not store the state of %s: %s", source.key(), e.toString());
                                        return done;
                                    }));
                })
                .invoke(state -> {
                    status.put(source.key(), state.copy());
                    metrics.update(source, state);
                });
    }

    private Uni<Counts> publish(SourcePoller.Batch batch) {
        ReportValidator validator = ingestion.validator();
        List<ReportInput> valid = new ArrayList<>(batch.items().size());
        int rejected = batch.invalid();
        for (ReportInput item : batch.items()) {
            List<FieldError> errors = new ArrayList<>();
            validator.check(null, item, errors);
            if (errors.isEmpty()) {
                valid.add(ReportValidator.normalise(item));
            } else {
                rejected++;
                LOG.debugf("rejected item %s: %s", item.externalId(), errors);
            }
        }
        int fetched = batch.items().size() + batch.invalid();
        int rejectedTotal = rejected;
        Uni<int[]> chain = Uni.createFrom().item(new int[2]);
        for (int from = 0; from < valid.size(); from += CHUNK) {
            List<ReportInput> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            chain = chain.chain(sums -> ingestion.ingest(chunk, batch.channel()).map(answers -> {
                for (Ingested answer : answers) {
                    sums[answer.accepted() ? 0 : 1]++;
                }
                return sums;
            }));
        }
        return chain.map(sums -> new Counts(fetched, sums[0], sums[1], rejectedTotal));
    }

    private void succeeded(PolledSource source, SourceState state, SourcePoller.Batch batch, Counts counts,
            Instant started) {
        batch.afterPublish().accept(state);
        state.consecutiveFailures = 0;
        state.lastSuccessAt = Instant.now();
        state.lastStatus = batch.status();
        state.lastError = null;
        state.nextPollAt = started.plus(jitter(source.interval()));
        state.fetchedTotal += counts.fetched();
        state.publishedTotal += counts.published();
        state.duplicateTotal += counts.duplicates();
        state.rejectedTotal += counts.rejected();
        metrics.polled(source, counts.fetched(), counts.published(), counts.duplicates(), counts.rejected(), state);
        LOG.debugf("%s: %s, %d fetched, %d published, %d duplicates, %d rejected", source.key(), batch.status(),
                counts.fetched(), counts.published(), counts.duplicates(), counts.rejected());
    }

    private void failed(PolledSource source, SourceState state, Throwable failure, Instant started) {
        Throwable cause = failure instanceof PollFailure pf ? pf.getCause() : failure;
        state.consecutiveFailures++;
        state.lastStatus = "failed";
        state.lastError = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        Duration base = source.interval().compareTo(Duration.ofMinutes(1)) < 0 ? source.interval() : Duration.ofMinutes(1);
        Duration backoff = base.multipliedBy(1L << Math.min(20, state.consecutiveFailures - 1));
        if (backoff.compareTo(config.poll().maxBackoff()) > 0) {
            backoff = config.poll().maxBackoff();
        }
        if (cause instanceof SourcePoller.PollException pe && pe.retryAfter() != null
                && pe.retryAfter().compareTo(backoff) > 0) {
            backoff = pe.retryAfter();
        }
        state.nextPollAt = started.plus(backoff);
        metrics.polled(source, 0, 0, 0, 0, state);
        LOG.warnf("%s: poll failed (%d in a row, next in %s): %s", source.key(), state.consecutiveFailures, backoff,
                state.lastError);
    }

    private static Duration jitter(Duration interval) {
        long ms = interval.toMillis();
        return Duration.ofMillis(ms + (ms >= 10_000 ? ThreadLocalRandom.current().nextLong(ms / 10) : 0));
    }

    private static Executor callerContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
    }

    /** Carries a poll failure through the Uni. */
    private static final class PollFailure extends RuntimeException {
        PollFailure(SourcePoller.PollException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
