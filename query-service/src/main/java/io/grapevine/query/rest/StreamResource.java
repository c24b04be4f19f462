package io.grapevine.query.rest;

import io.grapevine.query.QueryConfig;
import io.grapevine.query.StoryChange;
import io.grapevine.query.service.ChangeFeed;
import io.grapevine.query.service.ClubDirectory;
import io.grapevine.query.view.TransferFilter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The live stream of story changes as Server-Sent Events, with the list's filters.
 *
 * <p>Events: {@code ready} (first; its id is the position to resume from), {@code transfer} (a story was created or
 * changed; data = the list item), {@code removed} (data = {"id"}), {@code merged} (data = {"id","mergedInto"}),
 * {@code reset} (the Last-Event-ID could not be resumed: reload the list). A change is sent when the story matches
 * the filters before or after it, so a client also learns that a story left its selection.
 */
@Path("/api/v1/stream")
@Singleton
@Tag(name = "stream")
public class StreamResource {

    private final ChangeFeed feed;
    private final ClubDirectory clubs;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Vertx vertx;
    private final long keepAliveTimer;

    public StreamResource(ChangeFeed feed, ClubDirectory clubs, Vertx vertx, QueryConfig config, MeterRegistry registry) {
        this.feed = feed;
        this.clubs = clubs;
        this.vertx = vertx;
        this.keepAliveTimer = vertx.setPeriodic(Math.max(100, config.stream().keepAlive().toMillis()),
                id -> connections.forEach(Connection::keepAlive));
        Gauge.builder("grapevine.query.stream.connections", connections, Set::size).register(registry);
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(keepAliveTimer);
        connections.forEach(Connection::close);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events of story changes",
            description = "Same filters as the list. Resumable: reconnect with the Last-Event-ID header (or the "
                    + "lastEventId query parameter) to receive the changes missed meanwhile.")
    public void stream(@BeanParam TransferParams params,
            @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @QueryParam("lastEventId") @Parameter(description = "Alternative to the Last-Event-ID header") String lastEventIdParam,
            @Context SseEventSink sink, @Context Sse sse) {
        TransferFilter filter = params.filter(clubs);
        String lastEventId = lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam;
        Connection connection = new Connection(filter, sink, sse);
        connections.add(connection);
        ChangeFeed.Subscription subscription = feed.subscribe(lastEventId, connection);
        connection.start(subscription);
    }

    /** One client: its filter and a send order that puts the replay before anything that arrives meanwhile. */
    private final class Connection implements Consumer<StoryChange> {
        private final TransferFilter filter;
        private final SseEventSink sink;
        private final Sse sse;
        private List<StoryChange> pending = new ArrayList<>();

        Connection(TransferFilter filter, SseEventSink sink, Sse sse) {
            this.filter = filter;
            this.sink = sink;
            this.sse = sse;
        }

        synchronized void start(ChangeFeed.Subscription subscription) {
            if (subscription.replay().isEmpty()) {
                send(sse.newEventBuilder().name("reset").id(feed.eventId(subscription.position()))
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data("{\"reason\":\"the last event id cannot be resumed; reload the list\"}").build());
            } else {
                OutboundSseEvent.Builder ready = sse.newEventBuilder().name("ready").mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data("{\"resumed\":" + !subscription.replay().get().isEmpty() + "}");
                if (subscription.replay().get().isEmpty()) {
                    ready.id(feed.eventId(subscription.position()));
                }
                send(ready.build());
                subscription.replay().get().forEach(this::deliver);
            }
            pending.forEach(this::deliver);
            pending = null;
        }

        @Override
        public synchronized void accept(StoryChange change) {
            if (pending != null) {
                pending.add(change);
            } else {
                deliver(change);
            }
        }

        private void deliver(StoryChange change) {
            if (!matches(change)) {
                return;
            }
            String data = switch (change.kind()) {
                case UPDATED -> new String(change.current().itemJson(), StandardCharsets.UTF_8);
                case REMOVED -> "{\"id\":\"" + json(change.id()) + "\"}";
                case MERGED -> "{\"id\":\"" + json(change.id()) + "\",\"mergedInto\":\"" + json(change.mergedInto()) + "\"}";
            };
            send(sse.newEventBuilder().name(change.kind().eventName()).id(feed.eventId(change))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build());
        }

        private boolean matches(StoryChange change) {
            if (change.current() != null && filter.matches(change.current())) {
                return true;
            }
            if (change.previous() != null) {
                return filter.matches(change.previous());
            }
            return change.current() == null && filter.equals(TransferFilter.ANY);
        }

        synchronized void keepAlive() {
            if (pending == null) {
                send(sse.newEventBuilder().comment("keep-alive").build());
            }
        }

        private void send(OutboundSseEvent event) {
            if (sink.isClosed()) {
                close();
                return;
            }
            sink.send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    close();
                }
            });
        }

        void close() {
            feed.unsubscribe(this);
            connections.remove(this);
            if (!sink.isClosed()) {
                sink.close();
            }
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
