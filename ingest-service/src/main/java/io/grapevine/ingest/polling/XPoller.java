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
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * X API v2: resolves the handle to a user id once ({@code GET /2/users/by/username/:username}), then reads the user
 * timeline ({@code GET /2/users/:id/tweets}) since the stored {@code since_id}, following {@code next_token} for up
 * to {@code maxPages} pages. Retweets and replies are left out (they are echoes or chatter). The since_id advances
 * only after the posts are published.
 */
@ApplicationScoped
public class XPoller implements SourcePoller {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELDS = "tweet.fields=created_at,lang,author_id,entities,note_tweet";

    private final HttpFetcher http;
    private final String baseUrl;
    private final String token;
    private final int maxPages;
    private final int maxTextChars;

    public XPoller(IngestConfig config) {
        this.http = new HttpFetcher(config.poll().timeout(), config.poll().maxResponseSize().asLongValue(),
                config.poll().userAgent());
        this.baseUrl = trimSlash(config.x().baseUrl());
        this.token = config.x().bearerToken().orElse(null);
        this.maxPages = Math.max(1, config.x().maxPages());
        this.maxTextChars = config.limits().maxTextChars();
    }

    @Override
    public String name() {
        return "x";
    }

    @Override
    public Batch fetch(PolledSource source, SourceState state) throws PollException, InterruptedException {
        if (token == null || token.isBlank()) {
            throw new PollException("no bearer token configured (grapevine.ingest.x.bearer-token)", (Duration) null);
        }
        String handle = source.target();
        String userId = state.accountId;
        if (userId == null) {
            JsonNode user = get(baseUrl + "/2/users/by/username/" + enc(handle));
            userId = user.path("data").path("id").asText(null);
            if (userId == null) {
                throw new PollException("X has no user " + handle + ": " + errors(user), (Duration) null);
            }
        }
        List<JsonNode> posts = new ArrayList<>();
        String newest = state.sinceId;
        String pageToken = null;
        for (int page = 0; page < maxPages; page++) {
            StringBuilder url = new StringBuilder(baseUrl).append("/2/users/").append(enc(userId))
                    .append("/tweets?max_results=100&exclude=retweets,replies&").append(FIELDS);
            if (state.sinceId != null) {
                url.append("&since_id=").append(enc(state.sinceId));
            }
            if (pageToken != null) {
                url.append("&pagination_token=").append(enc(pageToken));
            }
            JsonNode body = get(url.toString());
            for (JsonNode post : body.path("data")) {
                posts.add(post);
                newest = max(newest, post.path("id").asText(null));
            }
            newest = max(newest, body.path("meta").path("newest_id").asText(null));
            pageToken = body.path("meta").path("next_token").asText(null);
            // without a since_id (first poll) one page of the latest posts is enough
            if (pageToken == null || state.sinceId == null) {
                break;
            }
        }
        Collections.reverse(posts); // the API answers newest first
        List<ReportInput> reports = new ArrayList<>(posts.size());
        int invalid = 0;
        for (JsonNode post : posts) {
            String id = post.path("id").asText(null);
            String text = post.path("note_tweet").path("text").asText(post.path("text").asText(""));
            for (JsonNode url : post.path("entities").path("urls")) {
                String shortUrl = url.path("url").asText(null);
                String expanded = url.path("expanded_url").asText(null);
                if (shortUrl != null && expanded != null) {
                    text = text.replace(shortUrl, expanded);
                }
            }
            text = HtmlText.toText(text);
            if (id == null || text.isBlank()) {
                invalid++;
                continue;
            }
            String lang = post.path("lang").asText(null);
            if (lang != null && !lang.matches("[a-z]{2}")) {
                lang = null; // und, zxx, qme, ...
            }
            Instant created = FeedParser.parseDate(post.path("created_at").asText(null));
            reports.add(new ReportInput(source.source().id(), "https://x.com/" + handle + "/status/" + id, id, null,
                    text.length() > maxTextChars ? text.substring(0, maxTextChars) : text, "@" + handle, created, lang));
        }
        String account = userId;
        String since = newest;
        return new Batch(Channel.X, "200 " + posts.size() + " posts", reports, invalid, s -> {
            s.accountId = account;
            s.sinceId = since;
        });
    }

    private JsonNode get(String url) throws PollException, InterruptedException {
        HttpFetcher.Fetched response;
        try {
            response = http.get(url, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"));
        } catch (IOException | IllegalArgumentException e) {
            throw new PollException("cannot reach X: " + e, e);
        }
        if (response.status() == 429) {
            String reset = response.header("x-rate-limit-reset");
            Duration wait = null;
            if (reset != null && reset.matches("\\d+")) {
                wait = Duration.between(Instant.now(), Instant.ofEpochSecond(Long.parseLong(reset)));
            }
            throw new PollException("X rate limit reached", wait == null || wait.isNegative() ? Duration.ofMinutes(15) : wait);
        }
        if (response.status() / 100 != 2) {
            throw new PollException("X answered " + response.status() + ": " + snippet(response.body()), (Duration) null);
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new PollException("X answered unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static String errors(JsonNode body) {
        JsonNode errors = body.path("errors");
        return errors.isMissingNode() ? body.toString() : errors.toString();
    }

    private static String snippet(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    /** The larger of two numeric post ids (snowflakes compare as numbers). */
    static String max(String a, String b) {
        if (a == null || !a.matches("\\d+")) {
            return b != null && b.matches("\\d+") ? b : a;
        }
        if (b == null || !b.matches("\\d+")) {
            return a;
        }
        return new BigInteger(a).compareTo(new BigInteger(b)) >= 0 ? a : b;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
