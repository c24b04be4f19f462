package io.grapevine.query.rest;

import io.grapevine.query.service.ClubDirectory;
import io.grapevine.query.service.ReadModel;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The hot path of {@code GET /api/v1/transfers}: a first page held by the first-page cache (a club's stories, or all of
 * them, in one order) is written at the router, ahead of the JAX-RS pipeline, whose per-request work (parameter
 * injection, writer look-up, response building) costs more than copying the cached page. It answers exactly what
 * {@link TransferResource#list} would (same parameters, body, ETag and headers; CORS and metrics still apply, being
 * router-level). Every other request falls through to the resource unchanged: a cursor or another filter, an invalid
 * parameter (the resource writes the problem), and any conditional request (the resource evaluates If-None-Match).
 */
@ApplicationScoped
public class FirstPageRoute {

    private static final String JSON = "application/json";

    private final ReadModel readModel;
    private final ClubDirectory clubs;

    public FirstPageRoute(ReadModel readModel, ClubDirectory clubs) {
        this.readModel = readModel;
        this.clubs = clubs;
    }

    void register(@Observes Router router) {
        router.get("/api/v1/transfers").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.request().headers().contains(HttpHeaders.IF_NONE_MATCH)) {
            ctx.next();
            return;
        }
        TransferParams.Query query;
        try {
            query = params(ctx.queryParams()).query(clubs);
        } catch (ProblemException invalid) {
            ctx.next();
            return;
        }
        PageCache.Page page = TransferResource.firstPage(readModel.view(), query);
        if (page == null) {
            ctx.next();
            return;
        }
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.ETAG, page.etagHeader())
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(page.response());
    }

    /** The parameters as JAX-RS binds them: the first value of each. */
    private static TransferParams params(MultiMap query) {
        TransferParams p = new TransferParams();
        p.player = query.get("player");
        p.club = query.get("club");
        p.toClub = query.get("toClub");
        p.fromClub = query.get("fromClub");
        p.status = query.get("status");
        p.stage = query.get("stage");
        p.minCredibility = query.get("minCredibility");
        p.window = query.get("window");
        p.since = query.get("since");
        p.sort = query.get("sort");
        p.limit = query.get("limit");
        p.cursor = query.get("cursor");
        return p;
    }
}
