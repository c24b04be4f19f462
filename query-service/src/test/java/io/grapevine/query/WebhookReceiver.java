package io.grapevine.query;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A local HTTP receiver for webhook tests: records every request and answers with scripted statuses. */
final class WebhookReceiver implements AutoCloseable {

    record Received(Instant at, Map<String, String> headers, byte[] body, int answered) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedDeque<Integer> script = new ConcurrentLinkedDeque<>();
    private volatile int defaultStatus = 200;

    WebhookReceiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            Integer scripted = script.pollFirst();
            int status = scripted != null ? scripted : defaultStatus;
            received.add(new Received(Instant.now(), headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers, in order; then {@link #answerAlways}. */
    void answer(int... statuses) {
        for (int status : statuses) {
            script.addLast(status);
        }
    }

    void answerAlways(int status) {
        defaultStatus = status;
    }

    Received next(long seconds) throws InterruptedException {
        Received r = received.poll(seconds, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no webhook request within " + seconds + " s");
        }
        return r;
    }

    Received poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
