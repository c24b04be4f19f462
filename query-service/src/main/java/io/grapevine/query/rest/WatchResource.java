package io.grapevine.query.rest;

import io.grapevine.query.Watch;
import io.grapevine.query.service.ApiKeys;
import io.grapevine.query.service.Delivery;
import io.grapevine.query.service.WatchService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Watches (API key): notify a URL when a player's or club's story crosses a threshold or changes status. */
@Path("/api/v1/watches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "watches")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, apiKeyName = "X-API-Key",
        in = SecuritySchemeIn.HEADER)
@SecurityRequirement(name = "apiKey")
public class WatchResource {

    private final WatchService watches;
    private final ApiKeys keys;

    public WatchResource(WatchService watches, ApiKeys keys) {
        this.watches = watches;
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a watch", description = "A player and/or a club, a threshold (0..1) and a callback URL. "
            + "Notifications are POSTed as JSON with X-Grapevine-Signature: sha256=HMAC-SHA256(secret, timestamp + '.' + body). "
            + "The secret is returned once, in this response; give your own or let the service draw one.")
    public Uni<Response> create(@RequestBody(required = true) WatchRequest request, @Context HttpHeaders headers) {
        Http.requireApiKey(keys, headers);
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        if (request == null) {
            throw ProblemException.badRequest(List.of(new Problem.InvalidParam("body", "a JSON watch is required")));
        }
        String player = blankToNull(request.playerId());
        String club = blankToNull(request.clubId());
        if (player == null && club == null) {
            invalid.add(new Problem.InvalidParam("playerId", "a playerId or a clubId is required"));
        }
        if (request.threshold() == null || !(request.threshold() >= 0 && request.threshold() <= 1)) {
            invalid.add(new Problem.InvalidParam("threshold", "must be a number between 0 and 1"));
        }
        URI url = null;
        try {
            url = request.callbackUrl() == null ? null : URI.create(request.callbackUrl().trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (url == null || !url.isAbsolute() || url.getHost() == null
                || !List.of("http", "https").contains(url.getScheme().toLowerCase(Locale.ROOT))) {
            invalid.add(new Problem.InvalidParam("callbackUrl", "must be an absolute http or https URL"));
        }
        String secret = blankToNull(request.secret());
        if (secret != null && secret.length() < 16) {
            invalid.add(new Problem.InvalidParam("secret", "must be at least 16 characters"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest(invalid);
        }
        return watches.create(player, club, request.threshold(), url.toString(), secret)
                .map(w -> Response.created(URI.create("/api/v1/watches/" + w.id))
                        .entity(new Created(w.id, w.playerId, w.clubId, w.threshold, w.callbackUrl, w.createdAt, w.secret))
                        .build());
    }

    @GET
    @Operation(summary = "List watches (without their secrets)")
    public PlayerResource.Items<WatchView> list(@Context HttpHeaders headers) {
        Http.requireApiKey(keys, headers);
        return new PlayerResource.Items<>(watches.all().stream().sorted(Comparator.comparing((Watch w) -> w.createdAt)
                .thenComparing(w -> w.id)).map(w -> view(w, false)).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One watch, with its recent deliveries")
    public WatchView get(@PathParam("id") String id, @Context HttpHeaders headers) {
        Http.requireApiKey(keys, headers);
        return watches.byId(id).map(w -> view(w, true))
                .orElseThrow(() -> ProblemException.notFound("No watch " + id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a watch")
    public Uni<Response> delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        Http.requireApiKey(keys, headers);
        return watches.delete(id).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("No watch " + id);
            }
            return Response.noContent().build();
        });
    }

    private WatchView view(Watch w, boolean withDeliveries) {
        return new WatchView(w.id, w.playerId, w.clubId, w.threshold, w.callbackUrl, w.createdAt,
                withDeliveries ? watches.recentDeliveries(w.id).stream().map(Delivery::view).toList() : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public record WatchRequest(String playerId, String clubId, Double threshold, String callbackUrl, String secret) {
    }

    public record Created(String id, String playerId, String clubId, double threshold, String callbackUrl,
            Instant createdAt, String secret) {
    }

    public record WatchView(String id, String playerId, String clubId, double threshold, String callbackUrl,
            Instant createdAt, List<Delivery.View> recentDeliveries) {
    }
}
