package io.grapevine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.grapevine.contracts.kafka.ContractJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles of about 3 KB joined from the texts of a corpus file (JSONL, the development corpus's fields), one
 * language per article, in the file's order. Unlike the benchmark's ten paragraphs, every text in them is different:
 * more distinct words, players and clubs per article, as in a day's real feed. Any other file is one article.
 */
final class CorpusArticles {

    /** The corpus file; the system property {@value #PROPERTY} overrides where it is looked for. */
    static final String PROPERTY = "grapevine.bench.corpus";
    private static final String IN_REPOSITORY = "dedupe-service/src/test/resources/corpus/dev-corpus.jsonl";

    private CorpusArticles() {
    }

    /** The development corpus's articles. */
    static List<String> load(int minLength) {
        return load(corpus(), minLength);
    }

    static List<String> load(Path file, int minLength) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        try {
            if (!file.toString().endsWith(".jsonl")) {
                return List.of(Files.readString(file, StandardCharsets.UTF_8));
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode report = ContractJson.MAPPER.readTree(line);
                    byLanguage.computeIfAbsent(report.path("lang").asText("en"), l -> new ArrayList<>())
                            .add(report.path("text").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> articles = new ArrayList<>();
        for (List<String> texts : byLanguage.values()) {
            StringBuilder article = new StringBuilder();
            for (String text : texts) {
                article.append(text).append("\n\n");
                if (article.length() >= minLength) {
                    articles.add(article.toString());
                    article.setLength(0);
                }
            }
        }
        return articles;
    }

    private static Path corpus() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(IN_REPOSITORY);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the development corpus (" + IN_REPOSITORY + ") is not found from "
                + Path.of("").toAbsolutePath() + "; set -D" + PROPERTY);
    }
}
