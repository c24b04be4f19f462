package io.grapevine.ingest.rest;

import io.grapevine.contracts.Channel;
import io.grapevine.ingest.FieldError;
import io.grapevine.ingest.IngestConfig;
import io.grapevine.ingest.Ingested;
import io.grapevine.ingest.service.IngestMetrics;
import io.grapevine.ingest.service.ReportIngestion;
import io.grapevine.ingest.service.ReportValidator;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** HTTP push: one report (a JSON object) or a batch (a JSON array) into {@code rumours.raw.v1}. */
@Path("/api/v1/reports")
public class ReportResource {

    private static final String PATH = "/api/v1/reports";

    /** The answer to a push: one entry per offered report, in request order. */
    public record PushAnswer(List<Ingested> reports) {
    }

    /** What is remembered about a published report. */
    public record ReportStatus(String id, String sourceId, String channel, String firstSeenAt) {
    }

    private final ReportIngestion ingestion;
    private final IngestMetrics metrics;
    private final long maxBodyBytes;

    public ReportResource(ReportIngestion ingestion, IngestMetrics metrics, IngestConfig config) {
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.maxBodyBytes = config.limits().maxBodySize().asLongValue();
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push one report (object) or a batch (array); answered 202 once Kafka acknowledged them")
    @APIResponse(responseCode = "202", description = "{\"reports\":[{\"id\":\"r-...\",\"status\":\"accepted|duplicate\"}]}")
    @APIResponse(responseCode = "400", description = "malformed JSON or fields (application/problem+json, errors[] names each field)")
    @APIResponse(responseCode = "401", description = "missing or wrong X-API-Key")
    @APIResponse(responseCode = "413", description = "over a size limit (text characters, reports per batch, body bytes)")
    @APIResponse(responseCode = "429", description = "rate limit of the key exhausted; see Retry-After")
    @APIResponse(responseCode = "503", description = "Kafka or the database did not acknowledge; nothing was accepted, retry")
    public Uni<Response> push(
            @Parameter(description = "push (default) or import") @QueryParam("channel") String channelName,
            byte[] body) {
        Channel channel;
        if (channelName == null || channelName.isBlank() || channelName.equalsIgnoreCase("push")) {
            channel = Channel.PUSH;
        } else if (channelName.equalsIgnoreCase("import")) {
            channel = Channel.IMPORT;
        } else {
            return Uni.createFrom().item(Problem.ofFields(400, "invalid-parameter", "Invalid parameter", PATH,
                    List.of(FieldError.invalid(null, "channel", "must be push or import"))).response().build());
        }
        if (body != null && body.length > maxBodyBytes) {
            return Uni.createFrom().item(ApiGuard.tooLarge(PATH, body.length, maxBodyBytes));
        }
        ReportValidator.Parsed parsed = ingestion.validator().parse(body);
        if (!parsed.ok()) {
            metrics.count(channel, "rejected", Math.max(1, parsed.errors().stream()
                    .map(FieldError::index).distinct().count()));
            Problem problem = parsed.tooLarge()
                    ? Problem.ofFields(413, "payload-too-large", "Request too large", PATH,
                            parsed.errors().stream().filter(FieldError::tooLarge).toList())
                    : Problem.ofFields(400, "invalid-report", "Invalid report", PATH, parsed.errors());
            return Uni.createFrom().item(problem.response().build());
        }
        return ingestion.ingest(parsed.reports(), channel)
                .map(answers -> Response.accepted(new PushAnswer(answers)).type(MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether a report id was published, when, from which source and channel")
    public Uni<Response> status(@PathParam("id") String id) {
        return ingestion.find(id).map(found -> found
                .map(seen -> Response.ok(new ReportStatus(seen.id(), seen.sourceId(), seen.channel(),
                        seen.firstSeenAt() == null ? null : seen.firstSeenAt().toInstant().toString())).build())
                .orElseGet(() -> Problem.of(404, "not-found", "Not found", "No report with id " + id
                        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "") + " was published.", PATH + "/" + id)
                        .response().build()));
    }
}
