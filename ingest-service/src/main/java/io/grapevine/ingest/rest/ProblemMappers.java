package io.grapevine.ingest.rest;

import io.grapevine.ingest.messaging.RawReportPublisher;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of the API answered as {@code application/problem+json}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response publishFailed(RawReportPublisher.PublishException e, UriInfo uri) {
        LOG.warnf("publish failed: %s", e.getMessage());
        return Problem.of(503, "not-acknowledged", "Not acknowledged",
                        "Kafka did not acknowledge the reports; none of them was accepted. Retry the request.",
                        uri.getPath())
                .response().header(HttpHeaders.RETRY_AFTER, 5).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        return Problem.of(status, "http-" + status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(), uri.getPath())
                .response().build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof WebApplicationException w) {
            return webApplication(w, uri);
        }
        LOG.errorf(e, "request to %s failed", uri.getPath());
        boolean storage = e.getClass().getName().startsWith("io.vertx") || e.getClass().getName().startsWith("org.hibernate");
        return storage
                ? Problem.of(503, "unavailable", "Service unavailable",
                        "The report store did not answer; nothing was accepted. Retry the request.", uri.getPath())
                        .response().header(HttpHeaders.RETRY_AFTER, 5).build()
                : Problem.of(500, "internal", "Internal error", "The request could not be processed.", uri.getPath())
                        .response().build();
    }
}
