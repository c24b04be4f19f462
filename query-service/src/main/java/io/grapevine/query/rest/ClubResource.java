package io.grapevine.query.rest;

import io.grapevine.query.service.ClubDirectory;
import io.grapevine.query.service.ReadModel;
import io.grapevine.query.view.ClubFilter;
import io.grapevine.query.view.TransferFilter;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Clubs: the gazetteer and the clubs the stories name. */
@Path("/api/v1/clubs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clubs")
public class ClubResource {

    private final ReadModel readModel;
    private final ClubDirectory clubs;

    public ClubResource(ReadModel readModel, ClubDirectory clubs) {
        this.readModel = readModel;
        this.clubs = clubs;
    }

    @GET
    @NonBlocking
    @Operation(summary = "Search clubs", description = "By name, alias or id (case- and accent-insensitive, partial), "
            + "with their live stories in and out; blank q lists the clubs that have stories.")
    public Response search(@QueryParam("q") String q,
            @QueryParam("limit") @Parameter(description = "1..200, default 20") String limit, @Context Request request) {
        int size = Limits.parse(limit, 20);
        return Http.conditionalJson(request, new PlayerResource.Items<>(clubs.search(q, size)));
    }

    @GET
    @Path("/{id}/transfers")
    @NonBlocking
    @Operation(summary = "A club's transfer stories", description = "direction=in (arrivals), out (departures) or both "
            + "(default); the list's other filters, order and paging apply.")
    public Response transfers(@PathParam("id") String id,
            @QueryParam("direction") @Parameter(description = "in, out or both (default)") String direction,
            @BeanParam TransferParams params, @Context Request request) {
        if (clubs.byId(id).isEmpty()) {
            throw ProblemException.notFound("No club " + id);
        }
        String dir = direction == null || direction.isBlank() ? "both" : direction.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("in", "out", "both").contains(dir)) {
            throw ProblemException.badRequest(List.of(new Problem.InvalidParam("direction", "must be in, out or both")));
        }
        TransferParams.Query query = params.query(clubs);
        TransferFilter f = query.filter();
        ClubFilter club = ClubFilter.byId(id);
        TransferFilter filter = new TransferFilter(f.player(),
                dir.equals("both") ? club : f.club(),
                dir.equals("in") ? club : f.toClub(),
                dir.equals("out") ? club : f.fromClub(),
                f.statuses(), f.stages(), f.minCredibility(), f.window(), f.since());
        return TransferResource.page(readModel.view(),
                new TransferParams.Query(filter, query.sort(), query.limit(), query.cursor()), request);
    }
}
