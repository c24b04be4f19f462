package io.grapevine.query.rest;

import io.grapevine.query.view.Sort;
import io.grapevine.query.view.TransferView;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.quarkus.vertx.utils.NoBoundChecksBuffer;
import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.core.EntityTag;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * First pages of the list that one index answers by itself (a club, or every story, with no other filter), kept as
 * their response bytes and ETag until that index changes: such a page is built once per change of its club instead
 * of once per request. Entries are checked against the index's stamp, so a stale page is never served. Bounded by a
 * byte budget: when a new page would exceed it, the cache starts over.
 *
 * <p>The bytes live in a direct buffer that is never released explicitly: each response writes a duplicate of it
 * (its own read position, the same memory) straight to the socket, and the memory goes with the last reference to
 * it once the cache has dropped it, as any direct {@link ByteBuffer} does.
 */
final class PageCache {

    static final long BUDGET_BYTES = 24L << 20;

    private record Key(String index, Sort sort, int limit) {
    }

    /** A page as sent: body and validator, for {@code view} at {@code stamp}. */
    record Page(TransferView view, long stamp, ByteBuf body, EntityTag tag) {

        static Page of(TransferView view, long stamp, ByteBuffer bytes, EntityTag tag) {
            return new Page(view, stamp, Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(bytes)), tag);
        }

        /** The body for one response (the shared bytes, a read position of its own). */
        Buffer response() {
            return new NoBoundChecksBuffer(body.duplicate());
        }

        int size() {
            return body.readableBytes();
        }

        /** The ETag header's value, as JAX-RS writes the tag (a strong, quoted validator). */
        String etagHeader() {
            return '"' + tag.getValue() + '"';
        }
    }

    private final ConcurrentHashMap<Key, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /** The cached page, if it is current for this view and stamp. */
    Page get(TransferView view, String index, Sort sort, int limit, long stamp) {
        Page page = pages.get(new Key(index, sort, limit));
        return page != null && page.view() == view && page.stamp() == stamp ? page : null;
    }

    void put(String index, Sort sort, int limit, Page page) {
        if (bytes.addAndGet(page.size()) > BUDGET_BYTES) {
            pages.clear();
            bytes.set(page.size());
        }
        Page previous = pages.put(new Key(index, sort, limit), page);
        if (previous != null) {
            bytes.addAndGet(-previous.size());
        }
    }
}
