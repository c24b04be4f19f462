package io.grapevine.query.rest;

import io.grapevine.query.service.ClubDirectory;
import io.grapevine.query.service.ReadModel;
import io.grapevine.query.view.TransferFilter;
import io.grapevine.query.view.TransferView;
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

/** Players that have transfer stories. */
@Path("/api/v1/players")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "players")
public class PlayerResource {

    private final ReadModel readModel;
    private final ClubDirectory clubs;

    public PlayerResource(ReadModel readModel, ClubDirectory clubs) {
        this.readModel = readModel;
        this.clubs = clubs;
    }

    @GET
    @NonBlocking
    @Operation(summary = "Search players", description = "By name (case- and accent-insensitive, partial) or id; most stories first.")
    public Response search(@QueryParam("q") @Parameter(description = "Name or id; blank lists every player") String q,
            @QueryParam("limit") @Parameter(description = "1..200, default 20") String limit, @Context Request request) {
        int size = Limits.parse(limit, 20);
        List<TransferView.PlayerSummary> found = readModel.view().players(q == null ? "" : q, size);
        return Http.conditionalJson(request, new Items<>(found));
    }

    @GET
    @Path("/{id}/transfers")
    @NonBlocking
    @Operation(summary = "A player's transfer stories", description = "Every suitor's story; same filters, order and paging as the list.")
    public Response transfers(@PathParam("id") String id, @BeanParam TransferParams params, @Context Request request) {
        if (!readModel.view().knowsPlayer(id)) {
            throw ProblemException.notFound("No transfer stories for player " + id);
        }
        TransferParams.Query query = params.query(clubs);
        TransferFilter f = query.filter();
        TransferFilter withPlayer = new TransferFilter(id, f.club(), f.toClub(), f.fromClub(), f.statuses(), f.stages(),
                f.minCredibility(), f.window(), f.since());
        return TransferResource.page(readModel.view(),
                new TransferParams.Query(withPlayer, query.sort(), query.limit(), query.cursor()), request);
    }

    public record Items<T>(List<T> items) {
    }
}
