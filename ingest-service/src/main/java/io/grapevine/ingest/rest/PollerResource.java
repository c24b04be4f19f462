package io.grapevine.ingest.rest;

import io.grapevine.ingest.SourceState;
import io.grapevine.ingest.polling.PollScheduler;
import io.grapevine.ingest.polling.PolledSource;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The pollers' sources and their state; a poll can be run on demand. */
@Path("/api/v1/pollers")
@Produces(MediaType.APPLICATION_JSON)
public class PollerResource {

    /** One polled source as shown to operators. */
    public record PollerView(String key, String poller, String sourceId, String sourceName, String target,
            long intervalSeconds, String lastStatus, String lastError, int consecutiveFailures, Instant lastAttemptAt,
            Instant lastSuccessAt, Instant nextPollAt, long fetched, long published, long duplicates, long rejected) {

        static PollerView of(PolledSource source, SourceState s) {
            return s == null
                    ? new PollerView(source.key(), source.poller(), source.source().id(), source.source().name(),
                            source.target(), source.interval().toSeconds(), "never polled", null, 0, null, null, null, 0,
                            0, 0, 0)
                    : new PollerView(source.key(), source.poller(), source.source().id(), source.source().name(),
                            source.target(), source.interval().toSeconds(), s.lastStatus, s.lastError,
                            s.consecutiveFailures, s.lastAttemptAt, s.lastSuccessAt, s.nextPollAt, s.fetchedTotal,
                            s.publishedTotal, s.duplicateTotal, s.rejectedTotal);
        }
    }

    private final PollScheduler scheduler;

    public PollerResource(PollScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @GET
    @Operation(summary = "Every polled source (feeds, X accounts, Bluesky actors) with its state and totals")
    public List<PollerView> list() {
        return scheduler.sources().stream()
                .map(source -> PollerView.of(source, scheduler.status(source.key()).orElse(null)))
                .toList();
    }

    @POST
    @Path("/poll")
    @Operation(summary = "Polls one source now, e.g. key=feed:https://example.org/rss; answers its new state")
    public Uni<Response> poll(@QueryParam("key") String key) {
        if (key == null || scheduler.source(key).isEmpty()) {
            return Uni.createFrom().item(Problem.of(404, "not-found", "Not found", "No polled source with key " + key
                    + "; GET /api/v1/pollers lists them.", "/api/v1/pollers/poll").response().build());
        }
        return Uni.createFrom().completionStage(() -> scheduler.pollNow(key))
                .map(state -> Response.ok(PollerView.of(scheduler.source(key).get(), state)).build())
                .onFailure(IllegalStateException.class).recoverWithItem(e -> Problem.of(409, "conflict", "Conflict",
                        e.getMessage(), "/api/v1/pollers/poll").response().build());
    }
}
