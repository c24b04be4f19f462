package io.grapevine.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Subscribes to a Server-Sent Events stream and records every event it delivers, until closed. */
final class SseRecorder implements AutoCloseable {

    /** One received event: its name ({@code message} when unnamed), id and data. */
    record Event(String name, String id, String data) {
    }

    private final List<Event> events = new ArrayList<>();
    private final CountDownLatch firstEvent = new CountDownLatch(1);
    private volatile InputStream body;
    private volatile Throwable failure;
    private volatile int status;
    private final Thread reader;

    private SseRecorder(String url) {
        reader = new Thread(() -> read(url), "sse-recorder");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects and waits for the stream's first event (the server's {@code ready}). */
    static SseRecorder connect(String url, Duration timeout) throws InterruptedException {
        SseRecorder recorder = new SseRecorder(url);
        if (!recorder.firstEvent.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            recorder.close();
            throw new IllegalStateException("no event from " + url + " within " + timeout + " (HTTP status "
                    + recorder.status + (recorder.failure == null ? "" : ", " + recorder.failure) + ")");
        }
        return recorder;
    }

    private void read(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<InputStream> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            body = response.body();
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String name = null;
            String id = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null || name != null) {
                        synchronized (events) {
                            events.add(new Event(name == null ? "message" : name, id, data == null ? "" : data.toString()));
                        }
                        firstEvent.countDown();
                    }
                    name = null;
                    id = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    continue; // comment (keep-alive)
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    String part = line.substring(5);
                    part = part.startsWith(" ") ? part.substring(1) : part;
                    data = data == null ? new StringBuilder(part) : data.append('\n').append(part);
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public void close() {
        InputStream stream = body;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // closing a stream the server may already have ended
            }
        }
        reader.interrupt();
    }
}
