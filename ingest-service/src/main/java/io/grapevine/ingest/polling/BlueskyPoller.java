package io.grapevine.ingest.polling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grapevine.contracts.Channel;
import io.grapevine.ingest.IngestConfig;
import io.grapevine.ingest.ReportInput;
import io.grapevine.ingest.SourceState;
import io.grapevine.ingest.text.HtmlText;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bluesky's public {@code app.bsky.feed.getAuthorFeed} (no replies). The API pages backwards in time with its own
 * {@code cursor}; what ingest keeps is the high-water mark ({@code indexedAt} of the newest post published), stored as
 * the source's cursor: a poll pages back until it reaches that mark, so nothing is skipped, and the post at the mark
 * itself is recognised as a duplicate by its id, so nothing is repeated. Reposts are left out (echoes).
 */
@ApplicationScoped
public class BlueskyPoller implements SourcePoller {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpFetcher http;
    private final String baseUrl;
    private final int maxPages;
    private final int maxTextChars;

    public BlueskyPoller(IngestConfig config) {
        this.http = new HttpFetcher(config.poll().timeout(), config.poll().maxResponseSize().asLongValue(),
                config.poll().userAgent());
        this.baseUrl = XPoller.trimSlash(config.bluesky().baseUrl());
        this.maxPages = Math.max(1, config.bluesky().maxPages());
        this.maxTextChars = config.limits().maxTextChars();
    }

    @Override
    public String name() {
        return "bluesky";
    }

    private record Post(String uri, String handle, String text, Instant createdAt, Instant indexedAt, String lang) {
    }

    @Override
    public Batch fetch(PolledSource source, SourceState state) throws PollException, InterruptedException {
        Instant mark = state.cursor == null ? null : FeedParser.parseDate(state.cursor);
        List<Post> posts = new ArrayList<>();
        int invalid = 0;
        String cursor = null;
        for (int page = 0; page < maxPages; page++) {
            String url = baseUrl + "/xrpc/app.bsky.feed.getAuthorFeed?actor=" + XPoller.enc(source.target())
                    + "&limit=50&filter=posts_no_replies" + (cursor == null ? "" : "&cursor=" + XPoller.enc(cursor));
            JsonNode body = get(url);
            boolean reachedMark = false;
            for (JsonNode item : body.path("feed")) {
                String reason = item.path("reason").path("$type").asText("");
                if (reason.endsWith("#reasonRepost")) {
                    continue;
                }
                JsonNode post = item.path("post");
                JsonNode record = post.path("record");
                Instant indexedAt = FeedParser.parseDate(post.path("indexedAt").asText(null));
                Instant createdAt = FeedParser.parseDate(record.path("createdAt").asText(null));
                boolean pinned = reason.endsWith("#reasonPin");
                if (mark != null && indexedAt != null && indexedAt.isBefore(mark)) {
                    reachedMark |= !pinned;
                    continue;
                }
                String uri = post.path("uri").asText(null);
                String text = record.path("text").asText("");
                JsonNode external = record.path("embed").path("external");
                if (external.isObject() && external.path("uri").isTextual() && !text.contains(external.path("uri").asText())) {
                    text = text + "\n" + external.path("title").asText("") + " " + external.path("uri").asText();
                }
                text = HtmlText.tidy(text);
                if (uri == null || text.isBlank()) {
                    invalid++;
                    continue;
                }
                String lang = record.path("langs").path(0).asText(null);
                posts.add(new Post(uri, post.path("author").path("handle").asText(source.target()), text, createdAt,
                        indexedAt, lang == null ? null : FeedParser.primaryLanguage(lang)));
            }
            cursor = body.path("cursor").asText(null);
            if (reachedMark || cursor == null || mark == null) {
                break;
            }
        }
        posts.sort(Comparator.comparing(Post::indexedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<ReportInput> reports = new ArrayList<>(posts.size());
        Instant newest = mark;
        for (Post post : posts) {
            String rkey = post.uri().substring(post.uri().lastIndexOf('/') + 1);
            String text = post.text().length() > maxTextChars ? post.text().substring(0, maxTextChars) : post.text();
            reports.add(new ReportInput(source.source().id(), "https://bsky.app/profile/" + post.handle() + "/post/" + rkey,
                    post.uri(), null, text, "@" + post.handle(), post.createdAt() != null ? post.createdAt() : post.indexedAt(),
                    post.lang()));
            if (post.indexedAt() != null && (newest == null || post.indexedAt().isAfter(newest))) {
                newest = post.indexedAt();
            }
        }
        String highWater = newest == null ? null : newest.toString();
        return new Batch(Channel.BLUESKY, "200 " + posts.size() + " posts", reports, invalid, s -> s.cursor = highWater);
    }

    private JsonNode get(String url) throws PollException, InterruptedException {
        HttpFetcher.Fetched response;
        try {
            response = http.get(url, Map.of("Accept", "application/json"));
        } catch (IOException | IllegalArgumentException e) {
            throw new PollException("cannot reach Bluesky: " + e, e);
        }
        if (response.status() == 429) {
            String reset = response.header("ratelimit-reset");
            Duration wait = reset != null && reset.matches("\\d+")
                    ? Duration.between(Instant.now(), Instant.ofEpochSecond(Long.parseLong(reset))) : Duration.ofMinutes(5);
            throw new PollException("Bluesky rate limit reached", wait.isNegative() ? Duration.ofMinutes(1) : wait);
        }
        if (response.status() / 100 != 2) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            throw new PollException("Bluesky answered " + response.status() + ": "
                    + (body.length() > 200 ? body.substring(0, 200) : body), (Duration) null);
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new PollException("Bluesky answered unreadable JSON: " + e.getMessage(), e);
        }
    }
}
