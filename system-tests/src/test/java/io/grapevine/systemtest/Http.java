package io.grapevine.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain HTTP against the running services, JSON in and out. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final ObjectMapper json;

    Http(ObjectMapper json) {
        this.json = json;
    }

    record Answer(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build());
    }

    Answer post(String url, String apiKey, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    JsonNode read(Answer answer) {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON (" + answer.status() + "): " + abbreviate(answer.body()), e);
        }
    }

    /** Every story the query API lists, following the cursor, by id. */
    Map<String, JsonNode> allStories(String queryUrl) {
        Map<String, JsonNode> stories = new LinkedHashMap<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            String url = queryUrl + "/api/v1/transfers?limit=200" + (cursor == null ? "" : "&cursor=" + encode(cursor));
            Answer answer = get(url);
            if (answer.status() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + answer.status() + ": " + abbreviate(answer.body()));
            }
            JsonNode body = read(answer);
            body.get("items").forEach(item -> stories.put(item.get("id").asText(), item));
            JsonNode next = body.get("nextCursor");
            if (next == null || next.isNull()) {
                return stories;
            }
            cursor = next.asText();
        }
        throw new IllegalStateException("more than 100 pages of stories");
    }

    /** The whole story (with its evidence trail), or null when the query API does not know it. */
    JsonNode story(String queryUrl, String id) {
        Answer answer = get(queryUrl + "/api/v1/transfers/" + encode(id));
        if (answer.status() == 404) {
            return null;
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("GET /api/v1/transfers/" + id + " answered " + answer.status() + ": "
                    + abbreviate(answer.body()));
        }
        return read(answer);
    }

    static List<String> reportIds(JsonNode story) {
        List<String> ids = new ArrayList<>();
        if (story != null && story.has("reports")) {
            story.get("reports").forEach(r -> ids.add(r.get("id").asText()));
        }
        return ids;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
