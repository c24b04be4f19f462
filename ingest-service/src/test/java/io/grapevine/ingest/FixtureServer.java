package io.grapevine.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for the internet: serves realistic RSS, Atom, X API v2 and Bluesky responses from
 * {@code src/test/resources/fixtures}, with ETag / Last-Modified handling. Tests switch a path to its next "phase"
 * (a newer version of the feed) and read which requests arrived through {@code /control}.
 */
public class FixtureServer implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final Map<String, Integer> phases = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.ofEntries(
                Map.entry("fixture.base-url", base),
                Map.entry("grapevine.ingest.feeds.enabled", "true"),
                Map.entry("grapevine.ingest.feeds.catalogue", "false"),
                Map.entry("grapevine.ingest.feeds.extra", String.join(",",
                        "sky-sports|" + base + "/feeds/sky.rss",
                        "the-athletic|" + base + "/feeds/athletic.atom",
                        "bbc-sport|" + base + "/feeds/xxe.rss",
                        "bbc-sport|" + base + "/feeds/bomb.rss",
                        "marca.com|" + base + "/feeds/broken.rss")),
                Map.entry("grapevine.ingest.x.enabled", "true"),
                Map.entry("grapevine.ingest.x.base-url", base + "/x"),
                Map.entry("grapevine.ingest.x.bearer-token", "fixture-token"),
                Map.entry("grapevine.ingest.x.handles", "FabrizioRomano"),
                Map.entry("grapevine.ingest.bluesky.enabled", "true"),
                Map.entry("grapevine.ingest.bluesky.base-url", base + "/bsky"),
                Map.entry("grapevine.ingest.bluesky.actors", "fabrizioromano.bsky.social=fabrizio-romano"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (path.equals("/control/phase")) {
                String[] kv = query.split("=");
                phases.put(kv[0], Integer.parseInt(kv[1]));
                send(exchange, 200, "text/plain", "ok");
                return;
            }
            if (path.equals("/control/requests")) {
                send(exchange, 200, "text/plain", String.join("\n", requests));
                return;
            }
            requests.add(path + (query == null ? "" : "?" + query)
                    + " | If-None-Match=" + exchange.getRequestHeaders().getFirst("If-None-Match")
                    + " | If-Modified-Since=" + exchange.getRequestHeaders().getFirst("If-Modified-Since")
                    + " | Authorization=" + exchange.getRequestHeaders().getFirst("Authorization"));
            switch (path) {
                case "/feeds/sky.rss" -> conditional(exchange, "sky", "application/rss+xml");
                case "/feeds/athletic.atom" -> conditional(exchange, "athletic", "application/atom+xml");
                case "/feeds/xxe.rss" -> send(exchange, 200, "application/rss+xml", fixture("xxe.rss"));
                case "/feeds/bomb.rss" -> send(exchange, 200, "application/rss+xml", fixture("bomb.rss"));
                case "/feeds/broken.rss" -> send(exchange, 500, "text/plain", "upstream exploded");
                case "/x/2/users/by/username/FabrizioRomano" -> x(exchange, "x-user.json");
                case "/x/2/users/330262748/tweets" -> x(exchange, query.contains("since_id=1745000000000000002")
                        ? (phase("x") >= 2 ? "x-tweets-2.json" : "x-tweets-empty.json") : "x-tweets-1.json");
                case "/bsky/xrpc/app.bsky.feed.getAuthorFeed" -> send(exchange, 200, "application/json",
                        query.contains("cursor=") ? "{\"feed\":[]}" : fixture("bsky-feed-" + Math.max(1, phase("bsky")) + ".json"));
                default -> send(exchange, 404, "text/plain", "no fixture at " + path);
            }
        }
    }

    private int phase(String name) {
        return phases.getOrDefault(name, 1);
    }

    private void x(HttpExchange exchange, String fixture) throws IOException {
        if (!"Bearer fixture-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "application/json", "{\"title\":\"Unauthorized\",\"status\":401}");
            return;
        }
        send(exchange, 200, "application/json", fixture(fixture));
    }

    /** Serves {name}-{phase}.xml with an ETag (RSS) or Last-Modified (Atom) and answers 304 when unchanged. */
    private void conditional(HttpExchange exchange, String name, String type) throws IOException {
        int phase = Math.max(1, phase(name));
        String etag = "\"" + name + "-v" + phase + "\"";
        String lastModified = "Mon, 1" + phase + " Jan 2024 10:00:00 GMT";
        boolean rss = name.equals("sky");
        if (rss && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                || !rss && lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
            exchange.getResponseHeaders().add(rss ? "ETag" : "Last-Modified", rss ? etag : lastModified);
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().add(rss ? "ETag" : "Last-Modified", rss ? etag : lastModified);
        send(exchange, 200, type, fixture(name + "-" + phase + (rss ? ".rss" : ".atom")));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FixtureServer.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
