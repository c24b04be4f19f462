package io.grapevine.ingest.polling;

import io.grapevine.contracts.Channel;
import io.grapevine.ingest.IngestConfig;
import io.grapevine.ingest.ReportInput;
import io.grapevine.ingest.SourceState;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RSS/Atom: a conditional GET (If-None-Match / If-Modified-Since from the last answer), a hardened parse, HTML reduced
 * to text; the item's GUID (else its link) identifies it, so items already published are recognised as duplicates.
 */
@ApplicationScoped
public class FeedPoller implements SourcePoller {

    private final HttpFetcher http;
    private final int maxTextChars;

    public FeedPoller(IngestConfig config) {
        this.http = new HttpFetcher(config.poll().timeout(), config.poll().maxResponseSize().asLongValue(),
                config.poll().userAgent());
        this.maxTextChars = config.limits().maxTextChars();
    }

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public Batch fetch(PolledSource source, SourceState state) throws PollException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1");
        headers.put("If-None-Match", state.etag);
        headers.put("If-Modified-Since", state.lastModified);
        HttpFetcher.Fetched response;
        try {
            response = http.get(source.target(), headers);
        } catch (IOException | IllegalArgumentException e) {
            throw new PollException("cannot fetch " + source.target() + ": " + e, e);
        }
        if (response.status() == 304) {
            return new Batch(Channel.RSS, "304 not modified", List.of(), 0, s -> { });
        }
        if (response.status() == 429 || response.status() == 503) {
            throw new PollException("the feed answered " + response.status(), retryAfter(response.header("Retry-After")));
        }
        if (response.status() / 100 != 2) {
            throw new PollException("the feed answered " + response.status(), (Duration) null);
        }
        FeedParser.Feed feed;
        try {
            feed = FeedParser.parse(response.body());
        } catch (FeedParser.FeedException e) {
            throw new PollException("unreadable feed: " + e.getMessage(), e);
        }
        Channel channel = feed.format() == FeedParser.Format.ATOM ? Channel.ATOM : Channel.RSS;
        List<FeedParser.Item> items = new ArrayList<>(feed.items());
        items.sort(Comparator.comparing(FeedParser.Item::published, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<ReportInput> reports = new ArrayList<>(items.size());
        int invalid = 0;
        for (FeedParser.Item item : items) {
            String text = item.text() == null || item.text().isBlank() ? item.title() : item.text();
            String externalId = item.guid() != null ? item.guid() : item.link();
            if (text == null || text.isBlank() || externalId == null) {
                invalid++;
                continue;
            }
            if (text.length() > maxTextChars) {
                text = text.substring(0, maxTextChars);
            }
            String url = item.link() != null && item.link().matches("(?i)https?://.+") ? item.link() : null;
            reports.add(new ReportInput(source.source().id(), url, externalId, item.title(), text, item.author(),
                    item.published(), item.language()));
        }
        String etag = response.header("ETag");
        String lastModified = response.header("Last-Modified");
        return new Batch(channel, response.status() + " " + feed.format().name().toLowerCase(java.util.Locale.ROOT),
                reports, invalid, s -> {
                    s.etag = etag;
                    s.lastModified = lastModified;
                });
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }
}
