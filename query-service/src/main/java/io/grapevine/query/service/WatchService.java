package io.grapevine.query.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.query.StoryChange;
import io.grapevine.query.Watch;
import io.grapevine.query.repository.DeliveryRepository;
import io.grapevine.query.repository.WatchRepository;
import io.grapevine.query.view.StoryEntry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Watches: registered in the {@code watch} table, mirrored in memory, and checked against every change of the
 * view. A watch fires when a story of its player or club crosses its credibility threshold (either way; a new story
 * at or above it counts as crossing) or changes status. Deliveries are stored in {@code watch_delivery}: at start
 * the recent ones are shown again and the unfinished ones resumed.
 */
@ApplicationScoped
public class WatchService {

    private static final Logger LOG = Logger.getLogger(WatchService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WatchRepository repository;
    private final DeliveryRepository deliveryStore;
    private final WebhookSender sender;
    private final ChangeFeed feed;
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final Map<String, Deque<Delivery>> deliveries = new ConcurrentHashMap<>();

    public WatchService(WatchRepository repository, DeliveryRepository deliveryStore, WebhookSender sender, ChangeFeed feed) {
        this.repository = repository;
        this.deliveryStore = deliveryStore;
        this.sender = sender;
        this.feed = feed;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        List<Watch> stored = VertxContextSupport.subscribeAndAwait(this::listStored);
        stored.forEach(w -> watches.put(w.id, w));
        int resumed = resumeStoredDeliveries();
        feed.subscribe(null, this::onChange);
        LOG.infof("%d watches loaded, %d unfinished deliveries resumed", stored.size(), resumed);
    }

    /** Shows the stored recent deliveries again and resumes the unfinished ones; returns how many were resumed. */
    public int resumeStoredDeliveries() {
        List<DeliveryRepository.Stored> stored = deliveryStore.load().await().atMost(java.time.Duration.ofMinutes(1));
        int resumed = 0;
        for (int i = stored.size() - 1; i >= 0; i--) { // oldest first, as they were added
            DeliveryRepository.Stored s = stored.get(i);
            Watch watch = watches.get(s.delivery().watchId());
            if (watch == null || !remember(s.delivery())) {
                continue;
            }
            if (s.delivery().unfinished()) {
                sender.resume(s.delivery(), watch.callbackUrl, watch.secret, s.body(), s.nextAttemptAt(), s.giveUpAt());
                resumed++;
            }
        }
        return resumed;
    }

    /** Adds the delivery to its watch's recent ones (newest first); false when it is already there. */
    private boolean remember(Delivery delivery) {
        Deque<Delivery> recent = deliveries.computeIfAbsent(delivery.watchId(), id -> new ArrayDeque<>());
        synchronized (recent) {
            for (Delivery d : recent) {
                if (d.id().equals(delivery.id())) {
                    return false;
                }
            }
            recent.addFirst(delivery);
            while (recent.size() > DeliveryRepository.RECENT) {
                recent.removeLast();
            }
        }
        return true;
    }

    @WithSession
    Uni<List<Watch>> listStored() {
        return repository.listAll();
    }

    @WithTransaction
    public Uni<Watch> create(String playerId, String clubId, double threshold, String callbackUrl, String secret) {
        Watch watch = new Watch();
        watch.id = UUID.randomUUID().toString();
        watch.playerId = playerId;
        watch.clubId = clubId;
        watch.threshold = threshold;
        watch.callbackUrl = callbackUrl;
        watch.secret = secret != null ? secret : newSecret();
        watch.createdAt = Instant.now();
        return repository.persist(watch).invoke(w -> watches.put(w.id, w));
    }

    @WithTransaction
    public Uni<Boolean> delete(String id) {
        return repository.deleteById(id).invoke(deleted -> {
            watches.remove(id);
            deliveries.remove(id);
        });
    }

    public Collection<Watch> all() {
        return watches.values();
    }

    public java.util.Optional<Watch> byId(String id) {
        return java.util.Optional.ofNullable(watches.get(id));
    }

    public List<Delivery> recentDeliveries(String watchId) {
        Deque<Delivery> recent = deliveries.get(watchId);
        if (recent == null) {
            return List.of();
        }
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    void onChange(StoryChange change) {
        if (change.kind() != StoryChange.Kind.UPDATED || watches.isEmpty()) {
            return;
        }
        StoryEntry now = change.current();
        StoryEntry before = change.previous();
        for (Watch watch : watches.values()) {
            if (!concerns(watch, now.fields())) {
                continue;
            }
            String event = trigger(watch.threshold, before == null ? null : before.fields(), now.fields());
            if (event != null) {
                notify(watch, event, before == null ? null : before.fields(), now.snapshot());
            }
        }
    }

    static boolean concerns(Watch watch, TransferSnapshot s) {
        if (watch.playerId != null && (s.player() == null || !watch.playerId.equals(s.player().id()))) {
            return false;
        }
        if (watch.clubId != null) {
            boolean to = s.toClub() != null && watch.clubId.equals(s.toClub().id());
            boolean from = s.fromClub() != null && watch.clubId.equals(s.fromClub().id());
            return to || from;
        }
        return true;
    }

    /** The event a change raises for a threshold, or null. */
    static String trigger(double threshold, TransferSnapshot before, TransferSnapshot now) {
        boolean aboveNow = now.credibility() >= threshold;
        boolean aboveBefore = before != null && before.credibility() >= threshold;
        if (aboveNow && !aboveBefore) {
            return "credibility-crossed-above";
        }
        if (!aboveNow && aboveBefore) {
            return "credibility-crossed-below";
        }
        if (before != null && before.status() != now.status()) {
            return "status-changed";
        }
        return null;
    }

    private void notify(Watch watch, String event, TransferSnapshot before, TransferSnapshot now) {
        Delivery delivery = new Delivery(UUID.randomUUID().toString(), watch.id, event, now.id());
        remember(delivery);
        Notification body = new Notification(delivery.id(), watch.id, event, watch.threshold,
                before == null ? null : new Previous(before.credibility(),
                        before.status() == null ? null : before.status().name().toLowerCase(java.util.Locale.ROOT), before.version()),
                now, Instant.now());
        try {
            sender.send(delivery, watch.callbackUrl, watch.secret, ContractJson.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            LOG.errorf(e, "watch %s: cannot serialize the notification", watch.id);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The body POSTed to a watch's URL. */
    public record Notification(String deliveryId, String watchId, String event, double threshold, Previous previous,
            TransferSnapshot snapshot, Instant sentAt) {
    }

    public record Previous(double credibility, String status, long version) {
    }
}
