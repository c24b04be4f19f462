package io.grapevine.query.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trivial endpoint: the baseline the benchmark compares the real reads with. */
@Path("/api/v1/ping")
@Tag(name = "ops")
public class PingResource {

    @GET
    @NonBlocking
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Liveness of the HTTP layer (constant answer)")
    public String ping() {
        return "pong";
    }
}
