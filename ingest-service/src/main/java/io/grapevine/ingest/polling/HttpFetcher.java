package io.grapevine.ingest.polling;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Blocking HTTP GET for the pollers (run on worker threads), with a timeout and a cap on the body size. */
public final class HttpFetcher {

    /** A response, its body read up to the cap. */
    public record Fetched(int status, HttpHeaders headers, byte[] body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;

    public HttpFetcher(Duration timeout, long maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    public Fetched get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
                .header("User-Agent", userAgent);
        headers.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new IOException("the response from " + url + " is larger than " + maxBytes + " bytes");
            }
            return new Fetched(response.statusCode(), response.headers(), body);
        }
    }
}
