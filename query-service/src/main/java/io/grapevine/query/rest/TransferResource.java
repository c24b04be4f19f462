package io.grapevine.query.rest;

import io.grapevine.query.service.ClubDirectory;
import io.grapevine.query.service.ReadModel;
import io.grapevine.query.view.StoryEntry;
import io.grapevine.query.view.TransferView;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Transfer stories: the list and the whole card. Answered from the in-memory view, on the event loop. */
@Path("/api/v1/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "transfers", description = "Consolidated, credibility-scored transfer stories")
public class TransferResource {

    private final ReadModel readModel;
    private final ClubDirectory clubs;

    public TransferResource(ReadModel readModel, ClubDirectory clubs) {
        this.readModel = readModel;
        this.clubs = clubs;
    }

    @GET
    @NonBlocking
    @Operation(summary = "List transfer stories",
            description = "Filtered, ordered and paged (cursor). Items carry the snapshot fields without the report list.")
    @APIResponse(responseCode = "200", description = "A page: {items, nextCursor}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response list(@BeanParam TransferParams params, @Context Request request) {
        return page(readModel.view(), params.query(clubs), request);
    }

    @GET
    @Path("/{id}")
    @NonBlocking
    @Operation(summary = "One transfer story, whole",
            description = "Evidence trail (reports with role, origin, stage, fee, quote, link), credibility explanation "
                    + "and history, fee range. A story merged into another redirects (301) to the surviving story.")
    @APIResponse(responseCode = "200", description = "The snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = io.grapevine.contracts.TransferSnapshot.class)))
    @APIResponse(responseCode = "301", description = "Merged: Location names the surviving story")
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No such story", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id, @Context Request request) {
        TransferView view = readModel.view();
        Optional<StoryEntry> entry = view.get(id);
        if (entry.isPresent()) {
            return Http.conditional(request, entry.get().detailJson(), entry.get().etag());
        }
        Optional<String> target = view.redirectOf(id);
        if (target.isPresent()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/api/v1/transfers/" + target.get())).build();
        }
        throw ProblemException.notFound("No transfer story " + id);
    }

    /**
     * Writes a page as {"items":[...],"count":n,"nextCursor":...} by concatenating the entries' pre-serialized JSON
     * into one exactly sized array. The ETag derives from the items' ids and versions (what determines the body),
     * so validating a page does not hash its bytes.
     */
    static Response page(TransferView view, TransferParams.Query query, Request request) {
        TransferView.Page page = view.query(query.filter(), query.sort(), query.limit(), query.cursor());
        byte[] head = "{\"items\":[".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("],\"count\":" + page.items().size()
                + (page.nextCursor() == null ? "" : ",\"nextCursor\":\"" + page.nextCursor() + "\"") + "}")
                .getBytes(StandardCharsets.UTF_8);
        int size = head.length + tail.length + Math.max(0, page.items().size() - 1);
        long hash = 0xcbf29ce484222325L;
        for (StoryEntry entry : page.items()) {
            size += entry.itemJson().length;
            hash = fnv(fnv(hash, entry.id()), Long.toString(entry.version()));
        }
        hash = fnv(hash, page.nextCursor() == null ? "" : page.nextCursor());
        byte[] body = new byte[size];
        int at = 0;
        System.arraycopy(head, 0, body, at, head.length);
        at += head.length;
        boolean first = true;
        for (StoryEntry entry : page.items()) {
            if (!first) {
                body[at++] = ',';
            }
            first = false;
            byte[] item = entry.itemJson();
            System.arraycopy(item, 0, body, at, item.length);
            at += item.length;
        }
        System.arraycopy(tail, 0, body, at, tail.length);
        return Http.conditional(request, body, "\"" + Long.toHexString(hash) + "-" + page.items().size() + "\"");
    }

    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= 0xff;
        return hash * 0x100000001b3L;
    }

    /** The list's JSON shape, for the OpenAPI document. */
    @Schema(name = "TransferPage")
    public record TransferPage(java.util.List<io.grapevine.query.view.TransferSummary> items, int count, String nextCursor) {
    }
}
