package io.grapevine.bench;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.Claim;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.SourceRef;
import io.grapevine.dedupe.extraction.ClaimExtractor;
import io.grapevine.dedupe.extraction.InMemoryPlayerRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Claim extraction of ~3 KB articles on one thread (reports per second), on one of two sets of articles
 * ({@link #articles}): "paragraphs", ten paragraphs written by the team in the style of transfer journalism
 * (English, Italian, Spanish, German), each article a different order of them; "corpus", the development corpus's
 * texts joined into articles ({@link CorpusArticles}), where no text comes back and the caches of known words help
 * less. Any other value is a file: a JSONL corpus joined into articles the same way, or one article
 * ({@code -p articles=path} in JMH).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    static final String[] PARAGRAPHS = {
            "Liverpool are reportedly weighing up a move for Inter Milan defender Alessandro Bastoni, who has impressed "
                    + "this season for Antonio Conte's side. According to La Gazzetta Dello Sport, Liverpool would need to spend "
                    + "€50 million to land the Italian. Bayern Munich and Barcelona are also interested in the defender.",
            "Inter Milan, however, have given no sign that they are willing to let the 21-year-old go, and Conte is a "
                    + "big admirer of his compatriot. Jurgen Klopp would like to pair Bastoni with Virgil van Dijk next season.",
            "Chelsea have agreed a British-record fee of £100m plus £15m in add-ons with Brighton for Moisés Caicedo. "
                    + "The Ecuador international will undergo a medical on Monday, per Fabrizio Romano.",
            "Arsenal have had a second bid for Brighton midfielder Moises Caicedo turned down. The Gunners offered £70m "
                    + "but Brighton insist the 21-year-old is not for sale this month.",
            "Manchester City won 3-1 at home on Saturday, with Phil Foden scoring twice before half-time and Erling "
                    + "Haaland adding a late third. Pep Guardiola said afterwards that his side had controlled the game.",
            "Il Newcastle ha presentato un'offerta da 70 milioni di euro per Sandro Tonali. Il Milan valuta la proposta "
                    + "e il centrocampista ha già aperto al trasferimento in Premier League.",
            "El Real Madrid ha alcanzado un acuerdo con el Borussia Dortmund para el fichaje de Jude Bellingham por 103 "
                    + "millones de euros más variables, según Marca.",
            "Der FC Bayern hat ein zweites Angebot für Harry Kane abgegeben. Laut Sky bieten die Münchner rund 80 "
                    + "Millionen Euro plus Bonuszahlungen, Tottenham lehnte jedoch ab.",
            "Virgil van Dijk is out for the season after knee surgery, Joel Matip has been injury prone and January "
                    + "signing Ozan Kabak is still unproven in the Premier League, leaving the champions short at the back.",
            "Tottenham have rejected a £100m offer from Manchester City for Harry Kane, and chairman Daniel Levy has no "
                    + "intention of selling the England captain this summer, The Athletic's David Ornstein reports.",
    };

    static final List<String> ARTICLES = build();
    /** The article sets by name. */
    static final String PARAGRAPHS_SET = "paragraphs";
    static final String CORPUS_SET = "corpus";
    /** The articles' minimum length. */
    private static final int ARTICLE_LENGTH = 3000;

    private static List<String> build() {
        List<String> out = new ArrayList<>();
        for (int start = 0; start < PARAGRAPHS.length; start++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; sb.length() < ARTICLE_LENGTH; k++) {
                sb.append(PARAGRAPHS[(start + k * 3) % PARAGRAPHS.length]).append("\n\n");
            }
            out.add(sb.toString());
        }
        return out;
    }

    static List<String> articles(String set) {
        return switch (set) {
            case PARAGRAPHS_SET -> ARTICLES;
            case CORPUS_SET -> CorpusArticles.load(ARTICLE_LENGTH);
            default -> CorpusArticles.load(java.nio.file.Path.of(set), ARTICLE_LENGTH); // a file of one's own
        };
    }

    static int averageLength(String set) {
        return (int) articles(set).stream().mapToInt(String::length).average().orElse(0);
    }

    /** The article set; outside JMH, the system property {@code grapevine.bench.articles} (default paragraphs). */
    @Param({PARAGRAPHS_SET, CORPUS_SET})
    public String articles = System.getProperty("grapevine.bench.articles", PARAGRAPHS_SET);

    private ClaimExtractor extractor;
    private RawReport[] reports;
    private int next;

    @Setup
    public void setUp() {
        extractor = ClaimExtractor.withDefaults(new InMemoryPlayerRegistry());
        Instant at = Instant.parse("2023-08-01T10:00:00Z");
        List<String> texts = articles(articles);
        reports = new RawReport[texts.size()];
        for (int i = 0; i < reports.length; i++) {
            reports[i] = new RawReport("bench-" + i, new SourceRef("unknown-bench", "bench", "outlet"), Channel.IMPORT,
                    null, null, null, texts.get(i), null, at, at, null);
        }
    }

    @Benchmark
    public List<Claim> extract() {
        RawReport r = reports[next];
        next = (next + 1) % reports.length;
        return extractor.extract(r);
    }
}
