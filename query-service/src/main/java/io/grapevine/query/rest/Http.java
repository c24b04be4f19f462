package io.grapevine.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.query.service.ApiKeys;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.Map;

/** Conditional JSON responses (ETag / If-None-Match) and the API-key check. */
final class Http {

    static final String API_KEY_HEADER = "X-API-Key";

    private Http() {
    }

    /** 200 with the body and its ETag, or 304 when the client's If-None-Match matches. */
    static Response conditional(Request request, byte[] body, String etag) {
        EntityTag tag = new EntityTag(etag == null ? hash(body) : stripQuotes(etag));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    static Response conditionalJson(Request request, Object value) {
        return conditional(request, json(value), null);
    }

    static byte[] json(Object value) {
        try {
            return ContractJson.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireApiKey(ApiKeys keys, HttpHeaders headers) {
        String presented = headers.getHeaderString(API_KEY_HEADER);
        if (presented == null) {
            String auth = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
            if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                presented = auth.substring(7).trim();
            }
        }
        if (!keys.accepts(presented)) {
            throw new ProblemException(401, "Unauthorized",
                    presented == null ? "This operation needs an API key (header X-API-Key)." : "The API key is not valid.",
                    null, Map.of(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"X-API-Key\""));
        }
    }

    private static String stripQuotes(String etag) {
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }

    /** FNV-1a, 64 bits: a cheap validator for bodies assembled per request. */
    static String hash(byte[] body) {
        long h = 0xcbf29ce484222325L;
        for (byte b : body) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return Long.toHexString(h);
    }
}
