package io.grapevine.ingest.health;

import io.grapevine.ingest.SourceState;
import io.grapevine.ingest.polling.PolledSource;
import io.grapevine.ingest.polling.PollScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The pollers' sources in {@code /q/health}: always UP (a failing feed must not take the push API out of a load
 * balancer), with {@code status: degraded} and each failing source's error when some fail.
 */
@Readiness
@ApplicationScoped
public class SourcesHealthCheck implements HealthCheck {

    private final PollScheduler scheduler;

    public SourcesHealthCheck(PollScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("ingest-sources").up();
        int failing = 0;
        int ok = 0;
        for (PolledSource source : scheduler.sources()) {
            SourceState state = scheduler.status(source.key()).orElse(null);
            if (state == null) {
                continue;
            }
            if (state.consecutiveFailures > 0) {
                failing++;
                builder.withData(source.key(), "failing (" + state.consecutiveFailures + " in a row): " + state.lastError);
            } else if (state.lastSuccessAt != null) {
                ok++;
            }
        }
        return builder
                .withData("status", failing == 0 ? "ok" : "degraded")
                .withData("sources", scheduler.sources().size())
                .withData("healthy", ok)
                .withData("failing", failing)
                .build();
    }
}
