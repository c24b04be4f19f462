package io.grapevine.query.rest;

import io.grapevine.query.service.ChangeFeed;
import io.grapevine.query.service.PipelineMonitor;
import io.grapevine.query.service.ReadModel;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ops dashboard's data. */
@Path("/api/v1/ops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ops")
public class OpsResource {

    private final PipelineMonitor monitor;
    private final ReadModel readModel;
    private final ChangeFeed feed;

    public OpsResource(PipelineMonitor monitor, ReadModel readModel, ChangeFeed feed) {
        this.monitor = monitor;
        this.readModel = readModel;
        this.feed = feed;
    }

    @GET
    @Path("/pipeline")
    @NonBlocking
    @Operation(summary = "Pipeline panel: ingest rate, dedupe consumer lag, dead letters, the services' health")
    public PipelineMonitor.PipelineStatus pipeline() {
        return monitor.latest();
    }

    @GET
    @Path("/read-model")
    @NonBlocking
    @Operation(summary = "Size of the read model and live stream connections")
    public ReadModelStatus readModel() {
        return new ReadModelStatus(readModel.isReady(), readModel.view().size(), feed.subscriberCount());
    }

    public record ReadModelStatus(boolean ready, int liveStories, int streamSubscribers) {
    }
}
