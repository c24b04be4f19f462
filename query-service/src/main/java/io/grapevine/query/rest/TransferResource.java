package io.grapevine.query.rest;

import io.grapevine.query.service.ClubDirectory;
import io.grapevine.query.service.ReadModel;
import io.grapevine.query.view.StoryEntry;
import io.grapevine.query.view.TransferView;
import io.netty.buffer.ByteBuf;
import io.quarkus.vertx.utils.NoBoundChecksBuffer;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.impl.VertxByteBufAllocator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    private static final byte[] HEAD = "{\"items\":[".getBytes(StandardCharsets.UTF_8);
    private static final PageCache FIRST_PAGES = new PageCache();

    /**
     * Writes a page as {"items":[...],"count":n,"nextCursor":...} by copying the entries' pre-serialized JSON: no
     * per-request serialization. The ETag combines the items' precomputed id-and-version hashes (what determines the
     * body), so it is known before the body is built and a 304 builds none. A first page that one index answers by
     * itself (a club, or every story) is kept with its ETag until that index changes ({@link PageCache}); any other
     * page is copied straight into a pooled (direct) buffer that the server writes to the socket and releases.
     */
    static Response page(TransferView view, TransferParams.Query query, Request request) {
        PageCache.Page cached = firstPage(view, query);
        if (cached != null) {
            Response.ResponseBuilder notModified = request.evaluatePreconditions(cached.tag());
            if (notModified != null) {
                return notModified.tag(cached.tag()).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
            }
            return Response.ok(cached.response(), MediaType.APPLICATION_JSON_TYPE).tag(cached.tag())
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        }
        Layout layout = layout(view.query(query.filter(), query.sort(), query.limit(), query.cursor()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(layout.tag());
        if (notModified != null) {
            return notModified.tag(layout.tag()).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        }
        ByteBuf body = VertxByteBufAllocator.POOLED_ALLOCATOR.directBuffer(layout.size(), layout.size());
        try {
            layout.writeTo(body.nioBuffer(0, layout.size()));
            body.writerIndex(layout.size());
            return Response.ok(new NoBoundChecksBuffer(body), MediaType.APPLICATION_JSON_TYPE).tag(layout.tag())
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        } catch (RuntimeException e) {
            body.release();
            throw e;
        }
    }

    /**
     * The page from the first-page cache (built and kept on a miss), or null when the query is not a first page that
     * one index answers by itself.
     */
    static PageCache.Page firstPage(TransferView view, TransferParams.Query query) {
        String index = query.cursor() == null ? view.coveringIndex(query.filter()) : null;
        long stamp = index == null ? -1 : view.stamp(index);
        if (stamp < 0) {
            return null;
        }
        PageCache.Page cached = FIRST_PAGES.get(view, index, query.sort(), query.limit(), stamp);
        if (cached == null) {
            Layout layout = layout(view.query(query.filter(), query.sort(), query.limit(), null));
            ByteBuffer body = ByteBuffer.allocateDirect(layout.size());
            layout.writeTo(body);
            cached = PageCache.Page.of(view, stamp, body.flip(), layout.tag());
            FIRST_PAGES.put(index, query.sort(), query.limit(), cached);
        }
        return cached;
    }

    private static Layout layout(TransferView.Page page) {
        List<StoryEntry> items = page.items();
        String next = page.nextCursor();
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < items.size(); i++) {
            hash = (hash ^ items.get(i).versionHash()) * 0x100000001b3L;
        }
        if (next != null) {
            for (int i = 0; i < next.length(); i++) {
                hash = (hash ^ next.charAt(i)) * 0x100000001b3L;
            }
        }
        byte[] tail = ("],\"count\":" + items.size() + (next == null ? "" : ",\"nextCursor\":\"" + next + "\"") + "}")
                .getBytes(StandardCharsets.UTF_8);
        return new Layout(items, tail, new EntityTag(Long.toHexString(hash) + "-" + items.size()));
    }

    /** A page's items, closing bytes and ETag: its size is known before anything is copied. */
    private record Layout(List<StoryEntry> items, byte[] tail, EntityTag tag) {

        int size() {
            int size = HEAD.length + tail.length + Math.max(0, items.size() - 1);
            for (int i = 0; i < items.size(); i++) {
                size += items.get(i).itemJson().length;
            }
            return size;
        }

        void writeTo(ByteBuffer out) {
            out.put(HEAD);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.put((byte) ',');
                }
                out.put(items.get(i).itemJson());
            }
            out.put(tail);
        }
    }

    /** The list's JSON shape, for the OpenAPI document. */
    @Schema(name = "TransferPage")
    public record TransferPage(java.util.List<io.grapevine.query.view.TransferSummary> items, int count, String nextCursor) {
    }
}
