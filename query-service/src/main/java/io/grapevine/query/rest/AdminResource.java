package io.grapevine.query.rest;

import io.grapevine.query.service.ApiKeys;
import io.grapevine.query.service.Rebuilder;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on the read model (API key). */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ops")
public class AdminResource {

    private final Rebuilder rebuilder;
    private final ApiKeys keys;

    public AdminResource(Rebuilder rebuilder, ApiKeys keys) {
        this.rebuilder = rebuilder;
        this.keys = keys;
    }

    @POST
    @Path("/rebuild")
    @Blocking
    @Operation(summary = "Delete the read model and rebuild it by replaying transfers.v1 and sources.v1 from the start",
            description = "Synchronous; answers with what was replayed. 409 while another rebuild runs.")
    public Rebuilder.Result rebuild(@Context HttpHeaders headers) {
        Http.requireApiKey(keys, headers);
        return rebuilder.rebuild().orElseThrow(() -> new ProblemException(409, "Conflict", "A rebuild is already running."));
    }
}
