package io.grapevine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.grapevine.contracts.Channel;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.dedupe.extraction.ClaimExtractor;
import io.grapevine.dedupe.extraction.Extraction;
import io.grapevine.dedupe.extraction.InMemoryPlayerRegistry;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the extractor says about a fixed set of texts (claims, no-claim reason, language, fingerprint), one line
 * per text, in a stable order: run it before and after a change to the extraction core and diff the two files to
 * prove a speed-up changed no output.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat cp.txt) io.grapevine.bench.ExtractionSnapshot /tmp/before.txt \
 *      dedupe-service/src/test/resources/corpus/dev-corpus.jsonl demo/reports.jsonl \
 *      dedupe-service/src/test/resources/fixtures/seed-bastoni-paraphrase.txt
 * </pre>
 * JSONL files hold one report per line (the corpus's or the demo's fields); any other file is one report. The
 * benchmark's articles and every two-sentence slice of them are always included.
 */
public final class ExtractionSnapshot {

    private static final Instant BENCH_TIME = Instant.parse("2023-08-01T10:00:00Z");

    private ExtractionSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        List<RawReport> reports = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            if (file.toString().endsWith(".jsonl")) {
                int line = 0;
                for (String json : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    line++;
                    if (!json.isBlank()) {
                        reports.add(fromJson(file.getFileName() + ":" + line, ContractJson.MAPPER.readTree(json)));
                    }
                }
            } else {
                reports.add(report(file.getFileName().toString(), null, Files.readString(file), null, BENCH_TIME));
            }
        }
        for (int i = 0; i < ExtractionBenchmark.ARTICLES.size(); i++) {
            String article = ExtractionBenchmark.ARTICLES.get(i);
            reports.add(report("bench-" + i, null, article, null, BENCH_TIME));
            String[] sentences = article.split("(?<=[.!?])\\s+");
            for (int s = 0; s + 1 < sentences.length; s++) {
                reports.add(report("bench-" + i + "-slice-" + s, null, sentences[s] + " " + sentences[s + 1], null, BENCH_TIME));
            }
        }
        ClaimExtractor extractor = ClaimExtractor.withDefaults(new InMemoryPlayerRegistry());
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), false, StandardCharsets.UTF_8)) {
            for (RawReport r : reports) {
                Extraction e = extractor.analyse(r);
                out.println(r.id() + "\t" + e.language() + "\t" + e.fingerprint() + "\t" + e.noClaimReason() + "\t"
                        + ContractJson.MAPPER.writeValueAsString(e.claims()));
            }
        }
        System.out.printf("%d reports analysed into %s%n", reports.size(), args[0]);
    }

    private static RawReport fromJson(String id, JsonNode n) {
        String date = text(n, "publishedAt");
        Instant at = date == null ? BENCH_TIME
                : date.length() == 10 ? LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(date);
        String lang = text(n, "language") != null ? text(n, "language") : text(n, "lang");
        return report(text(n, "id") != null ? text(n, "id") : id, text(n, "title"), text(n, "text"), lang, at);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static RawReport report(String id, String title, String text, String lang, Instant at) {
        return new RawReport(id, new SourceRef("unknown-bench", "bench", "outlet"), Channel.IMPORT, null, null, title,
                text, null, at, at, lang);
    }
}
