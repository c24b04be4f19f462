package io.grapevine.query.rest;

import io.grapevine.contracts.SourceSnapshot;
import io.grapevine.query.service.SourceStandings;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The source leaderboard. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources")
public class SourceResource {

    private static final Map<String, Comparator<SourceSnapshot>> ORDERS = Map.of(
            "reliability", Comparator.comparingDouble(SourceSnapshot::reliability),
            "prior", Comparator.comparingDouble(SourceSnapshot::prior),
            "hits", Comparator.comparingInt(SourceSnapshot::hits),
            "misses", Comparator.comparingInt(SourceSnapshot::misses),
            "resolved", Comparator.comparingInt(s -> s.hits() + s.misses()),
            "name", Comparator.comparing(SourceSnapshot::name, String.CASE_INSENSITIVE_ORDER));

    private final SourceStandings standings;

    public SourceResource(SourceStandings standings) {
        this.standings = standings;
    }

    @GET
    @NonBlocking
    @Operation(summary = "Every source with its prior, track record and current reliability")
    public Response list(
            @QueryParam("sort") @Parameter(description = "reliability (default), prior, hits, misses, resolved or name") String sort,
            @QueryParam("order") @Parameter(description = "desc (default; asc for name) or asc") String order,
            @QueryParam("kind") @Parameter(description = "official, journalist, outlet, aggregator or fan") String kind,
            @Context Request request) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        String by = sort == null || sort.isBlank() ? "reliability" : sort.trim().toLowerCase(Locale.ROOT);
        Comparator<SourceSnapshot> comparator = ORDERS.get(by);
        if (comparator == null) {
            invalid.add(new Problem.InvalidParam("sort", "must be one of reliability, prior, hits, misses, resolved, name"));
        }
        String direction = order == null || order.isBlank() ? (by.equals("name") ? "asc" : "desc")
                : order.trim().toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
            invalid.add(new Problem.InvalidParam("order", "must be asc or desc"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest(invalid);
        }
        if (direction.equals("desc")) {
            comparator = comparator.reversed();
        }
        comparator = comparator.thenComparing(SourceSnapshot::id);
        List<SourceSnapshot> all = standings.all().stream()
                .filter(s -> kind == null || kind.isBlank() || kind.trim().equalsIgnoreCase(s.kind()))
                .sorted(comparator).toList();
        return Http.conditionalJson(request, new PlayerResource.Items<>(all));
    }
}
