package io.grapevine.dedupe.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grapevine.dedupe.extraction.SimHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures the near-duplicate test on the extraction corpus: every pair of distinct reports is a negative, so any
 * pair within the threshold is a false positive. Light rewrites of each report (a syndicated copy with a new
 * first line, a copy with a word changed) measure the detection rate.
 */
class NearDuplicateRateTest {

    @Test
    void falsePositiveRateOnDistinctCorpusReportsIsMeasuredAndLow() throws IOException {
        List<String> texts = corpus();
        List<String> fps = texts.stream().map(SimHash::fingerprint).toList();
        int[] histogram = new int[65];
        long pairs = 0;
        for (int i = 0; i < fps.size(); i++) {
            for (int j = i + 1; j < fps.size(); j++) {
                if (texts.get(i).equals(texts.get(j))) {
                    continue;
                }
                histogram[NearDuplicates.distance(fps.get(i), fps.get(j))]++;
                pairs++;
            }
        }
        int copies = 0;
        int detected = 0;
        int[] copyHistogram = new int[65];
        for (String t : texts) {
            for (String copy : List.of(t + " Read more on our website.", "UPDATE: " + t,
                    t.replaceFirst("\\b(are|is|have|has)\\b", "were"))) {
                if (copy.equals(t)) {
                    continue;
                }
                copies++;
                copyHistogram[NearDuplicates.distance(SimHash.fingerprint(t), SimHash.fingerprint(copy))]++;
                if (NearDuplicates.nearDuplicate(SimHash.fingerprint(t), SimHash.fingerprint(copy))) {
                    detected++;
                }
            }
        }
        StringBuilder out = new StringBuilder("near-duplicates over " + texts.size() + " corpus reports, " + pairs + " distinct pairs\n");
        long cumulative = 0;
        long found = 0;
        for (int k = 0; k <= 20; k++) {
            cumulative += histogram[k];
            found += copyHistogram[k];
            out.append(String.format(Locale.ROOT, "  threshold %2d: false positives %d (%.4f%%), rewrites detected %.1f%%%n", k,
                    cumulative, 100.0 * cumulative / pairs, 100.0 * found / copies));
        }
        long fp = 0;
        for (int k = 0; k <= NearDuplicates.THRESHOLD; k++) {
            fp += histogram[k];
        }
        double fpRate = (double) fp / pairs;
        double recall = (double) detected / copies;
        out.append(String.format(Locale.ROOT, "threshold %d: false-positive rate %.4f%% (%d of %d pairs), light-rewrite detection %.1f%% (%d of %d)%n",
                NearDuplicates.THRESHOLD, 100 * fpRate, fp, pairs, 100 * recall, detected, copies));
        System.out.print(out);
        assertThat(fpRate).isLessThan(0.001);
        assertThat(recall).isGreaterThan(0.8);
    }

    private static List<String> corpus() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                NearDuplicateRateTest.class.getResourceAsStream("/corpus/dev-corpus.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = mapper.readTree(line);
                    texts.add(n.get("text").asText());
                }
            }
        }
        return texts;
    }
}
