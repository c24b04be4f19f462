package io.grapevine.query;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Stands in for the other services of the pipeline panel: a stub ingest-service answering /q/health (with a
 * failing feed) and /q/metrics, and a dedupe-service URL where nothing listens (it must show as unreachable).
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final String HEALTH = """
            {"status":"DOWN","checks":[
              {"name":"feed gazzetta-dello-sport","status":"UP","data":{"lastPoll":"2025-01-01T10:00:00Z"}},
              {"name":"feed lfc-transfer-room","status":"DOWN","data":{"error":"HTTP 503"}}]}""";
    static final String METRICS = """
            # HELP grapevine_ingest_reports_total Reports accepted
            # TYPE grapevine_ingest_reports_total counter
            grapevine_ingest_reports_total{source="gazzetta-dello-sport"} 40.0
            grapevine_ingest_reports_total{source="lfc-transfer-room"} 2.0
            jvm_threads_live_threads 31.0
            """;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/q/health", exchange -> {
            byte[] body = HEALTH.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/q/metrics", exchange -> {
            byte[] body = METRICS.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return Map.of(
                "grapevine.ingest.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "grapevine.dedupe.url", "http://127.0.0.1:1");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
