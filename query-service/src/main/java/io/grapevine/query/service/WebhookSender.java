package io.grapevine.query.service;

import io.grapevine.query.QueryConfig;
import io.grapevine.query.repository.DeliveryRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Delivers watch notifications: an HTTP POST of the JSON payload, signed with HMAC-SHA256, retried with
 * exponential backoff (with jitter) on network errors, 5xx, 408 and 429, and given up after a bounded time
 * ({@code grapevine.watches.give-up-after}) or at once on any other 4xx. Never blocks a thread. Every delivery and
 * each change of its state are stored ({@link DeliveryRepository}), so that one in progress when the service stops
 * is resumed at the next start.
 *
 * <p>Headers: {@code X-Grapevine-Event}, {@code X-Grapevine-Delivery} (same on every attempt),
 * {@code X-Grapevine-Timestamp} (epoch seconds of this attempt) and
 * {@code X-Grapevine-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    public static final String SIGNATURE = "X-Grapevine-Signature";
    public static final String TIMESTAMP = "X-Grapevine-Timestamp";
    public static final String DELIVERY = "X-Grapevine-Delivery";
    public static final String EVENT = "X-Grapevine-Event";

    private final HttpClient client;
    private final Vertx vertx;
    private final DeliveryRepository store;
    private final QueryConfig.Watches config;
    private final Counter delivered;
    private final Counter failed;
    private final Counter retried;

    public WebhookSender(Vertx vertx, QueryConfig config, MeterRegistry registry, DeliveryRepository store) {
        this.vertx = vertx;
        this.store = store;
        this.config = config.watches();
        this.client = HttpClient.newBuilder().connectTimeout(this.config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.delivered = registry.counter("grapevine.query.watch.deliveries", "outcome", "delivered");
        this.failed = registry.counter("grapevine.query.watch.deliveries", "outcome", "failed");
        this.retried = registry.counter("grapevine.query.watch.attempts", "outcome", "retried");
    }

    /**
     * Stores the delivery, then starts delivering it; the attempt history is recorded on {@code delivery}. A delivery
     * that cannot be stored is still sent, though it would not survive a restart.
     */
    public void send(Delivery delivery, String url, String secret, byte[] body) {
        Instant giveUpAt = Instant.now().plus(config.giveUpAfter());
        store.insert(delivery, body, giveUpAt).subscribe().with(
                stored -> attempt(delivery, URI.create(url), secret, body, giveUpAt),
                error -> {
                    LOG.warnf("watch %s: delivery %s not stored (%s); sending it anyway", delivery.watchId(), delivery.id(),
                            error.getMessage());
                    attempt(delivery, URI.create(url), secret, body, giveUpAt);
                });
    }

    /**
     * Resumes a delivery stored before a restart: its next attempt at the stored time (at once if that has passed),
     * then retries until the stored give-up time. One whose give-up time passed while the service was down gets one
     * more attempt.
     */
    public void resume(Delivery delivery, String url, String secret, byte[] body, Instant nextAttemptAt, Instant giveUpAt) {
        long wait = nextAttemptAt == null ? 0 : Duration.between(Instant.now(), nextAttemptAt).toMillis();
        vertx.setTimer(Math.max(1, wait), id -> attempt(delivery, URI.create(url), secret, body, giveUpAt));
    }

    private void attempt(Delivery delivery, URI url, String secret, byte[] body, Instant deadline) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "grapevine-query-service")
                .header(EVENT, delivery.event())
                .header(DELIVERY, delivery.id())
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, "sha256=" + sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        delivery.attempted();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                delivery.succeeded(response.statusCode());
                delivered.increment();
                save(delivery, null);
                return;
            }
            String reason = error != null ? error.getClass().getSimpleName() + ": " + error.getMessage()
                    : "HTTP " + response.statusCode();
            boolean retriable = error != null || response.statusCode() >= 500 || response.statusCode() == 408
                    || response.statusCode() == 429;
            Duration wait = backoff(delivery.attempts());
            if (!retriable || Instant.now().plus(wait).isAfter(deadline)) {
                delivery.gaveUp(error == null ? response.statusCode() : 0, reason);
                failed.increment();
                save(delivery, null);
                LOG.warnf("watch %s: gave up delivery %s to %s after %d attempts (%s)", delivery.watchId(),
                        delivery.id(), url, delivery.attempts(), reason);
                return;
            }
            delivery.retrying(error == null ? response.statusCode() : 0, reason);
            retried.increment();
            save(delivery, Instant.now().plus(wait));
            vertx.setTimer(Math.max(1, wait.toMillis()), id -> attempt(delivery, url, secret, body, deadline));
        });
    }

    private void save(Delivery delivery, Instant nextAttemptAt) {
        store.save(delivery, nextAttemptAt).subscribe().with(saved -> { }, error ->
                LOG.warnf("watch %s: state of delivery %s not stored (%s)", delivery.watchId(), delivery.id(), error.getMessage()));
    }

    /** initial * 2^(attempt-1), capped, with +-20% jitter. */
    Duration backoff(int attempts) {
        long initial = config.initialBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long base = Math.min(max, initial << Math.min(30, Math.max(0, attempts - 1)));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base * jitter));
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body} under the watch's secret. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
