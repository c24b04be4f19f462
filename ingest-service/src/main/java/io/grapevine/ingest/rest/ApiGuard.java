package io.grapevine.ingest.rest;

import io.grapevine.ingest.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards {@code /api/**} before the body is read: a valid {@code X-API-Key} (else 401), the per-key rate limit (else
 * 429 with Retry-After), and a declared body size within the limit (else 413).
 */
@ApplicationScoped
public class ApiGuard {

    public static final String API_KEY_HEADER = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(ApiGuard.class);

    private final List<byte[]> keys;
    private final RateLimiter rateLimiter;
    private final long maxBodyBytes;

    public ApiGuard(@ConfigProperty(name = "grapevine.api-keys") Optional<List<String>> keys, RateLimiter rateLimiter,
            IngestConfig config) {
        this.keys = keys.orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.rateLimiter = rateLimiter;
        this.maxBodyBytes = config.limits().maxBodySize().asLongValue();
        if (this.keys.isEmpty()) {
            LOG.warn("grapevine.api-keys is empty: every /api request will be refused with 401");
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Response guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        String key = request.getHeaderString(API_KEY_HEADER);
        if (key == null || key.isBlank()) {
            return unauthorized(path, "The request has no " + API_KEY_HEADER + " header.");
        }
        if (!known(key.strip())) {
            return unauthorized(path, "The " + API_KEY_HEADER + " header does not hold a valid API key.");
        }
        long wait = rateLimiter.acquire(key.strip());
        if (wait > 0) {
            return Problem.of(429, "rate-limited", "Too many requests",
                            "The rate limit of this API key is exhausted; retry after " + wait + " s.", path)
                    .response().header(HttpHeaders.RETRY_AFTER, wait).build();
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                long declared = Long.parseLong(length.strip());
                if (declared > maxBodyBytes) {
                    return tooLarge(path, declared, maxBodyBytes);
                }
            } catch (NumberFormatException e) {
                return Problem.of(400, "bad-request", "Bad request", "Content-Length is not a number.", path)
                        .response().build();
            }
        }
        return null;
    }

    static Response tooLarge(String path, long size, long max) {
        return Problem.of(413, "payload-too-large", "Request too large",
                "The body has " + size + " bytes; the limit is " + max + " bytes.", path).response().build();
    }

    private boolean known(String key) {
        byte[] offered = key.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] candidate : keys) {
            match |= MessageDigest.isEqual(candidate, offered);
        }
        return match;
    }

    private static Response unauthorized(String path, String detail) {
        return Problem.of(401, "unauthorized", "Unauthorized", detail, path).response()
                .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + API_KEY_HEADER + "\"").build();
    }
}
