package io.grapevine.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo set ({@code demo/reports.jsonl}) and its answer key ({@code demo/expected-stories.json}).
 *
 * @param lines   the report lines as they are pushed, in file order
 * @param reports the key's reports by external id
 * @param stories the key's stories by id
 */
record DemoSet(List<JsonNode> lines, Map<String, ExpectedReport> reports, Map<String, ExpectedStory> stories) {

    /** A claim a report must carry: the story it joins, the stage it states and the role it plays. */
    record ExpectedClaim(String story, String stage, String role) {
    }

    record ExpectedReport(String externalId, String url, String source, List<ExpectedClaim> claims) {

        Set<String> storyIds() {
            Set<String> ids = new LinkedHashSet<>();
            claims.forEach(c -> ids.add(c.story()));
            return ids;
        }
    }

    record ExpectedStory(String id, String player, String toClub, String fromClub, String window, boolean headline,
            Set<String> statuses, String stage, List<String> reports, JsonNode raw) {
    }

    static DemoSet load(Path root, ObjectMapper json) {
        Path demo = root.resolve("demo");
        try {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(demo.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(json.readTree(line));
                }
            }
            JsonNode key = json.readTree(demo.resolve("expected-stories.json").toFile());
            Map<String, ExpectedReport> reports = new LinkedHashMap<>();
            for (JsonNode r : key.get("reports")) {
                List<ExpectedClaim> claims = new ArrayList<>();
                for (JsonNode c : r.get("claims")) {
                    claims.add(new ExpectedClaim(c.get("story").asText(), c.get("stage").asText(), c.get("role").asText()));
                }
                reports.put(r.get("externalId").asText(), new ExpectedReport(r.get("externalId").asText(),
                        r.get("url").asText(), r.get("source").asText(), List.copyOf(claims)));
            }
            Map<String, ExpectedStory> stories = new LinkedHashMap<>();
            for (JsonNode s : key.get("stories")) {
                Set<String> statuses = new LinkedHashSet<>();
                s.get("status").forEach(n -> statuses.add(n.asText()));
                List<String> ids = new ArrayList<>();
                s.get("reports").forEach(n -> ids.add(n.asText()));
                stories.put(s.get("id").asText(), new ExpectedStory(s.get("id").asText(), s.get("player").asText(),
                        s.get("toClub").asText(), s.get("fromClub").asText(), s.get("window").asText(),
                        s.get("headline").asBoolean(), statuses, s.get("stage").asText(), List.copyOf(ids), s));
            }
            return new DemoSet(List.copyOf(lines), reports, stories);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo set under " + demo, e);
        }
    }
}
