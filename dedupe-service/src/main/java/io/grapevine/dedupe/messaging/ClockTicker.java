package io.grapevine.dedupe.messaging;

import io.grapevine.contracts.ClockTick;
import io.grapevine.contracts.kafka.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes a {@link ClockTick} into every partition of {@code rumours.claims.v1} periodically, so that stream time
 * (staleness, window expiry) moves when no news arrives. The tick is in the log, so a replay sees it too. Several
 * instances ticking is harmless: stream time only moves forward.
 */
@ApplicationScoped
public class ClockTicker {

    private static final Logger LOG = Logger.getLogger(ClockTicker.class);

    private final EventPublisher publisher;
    private final boolean enabled;
    private final Duration interval;
    private ScheduledExecutorService timer;

    public ClockTicker(EventPublisher publisher,
                       @ConfigProperty(name = "dedupe.ticker.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "dedupe.ticker.interval", defaultValue = "PT60S") Duration interval) {
        this.publisher = publisher;
        this.enabled = enabled;
        this.interval = interval;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dedupe-clock-ticker");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** One tick per partition, at the current time. */
    public void tick() {
        Instant now = Instant.now();
        for (int p = 0; p < Topics.CLAIMS.partitions(); p++) {
            publisher.tick(new ClockTick(p, now)).subscribe().with(ok -> { }, e -> LOG.warnf("clock tick not written: %s", e.getMessage()));
        }
    }
}
