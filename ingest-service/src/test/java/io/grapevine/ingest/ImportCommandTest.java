package io.grapevine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.RawReport;
import io.grapevine.ingest.importer.ImportCommand;
import io.grapevine.testkit.GrapevineTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk import client against the running service, the real broker and database. */
@QuarkusTest
@QuarkusTestResource(GrapevineTestInfrastructure.class)
class ImportCommandTest {

    @TestHTTPResource("/")
    URL url;

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run importFile(Path file, String... options) throws Exception {
        Path keyFile = dir.resolve("api-key");
        Files.writeString(keyFile, "import-key\n");
        List<String> args = new ArrayList<>(List.of(file.toString(), "--url", url.toString(), "--api-key-file",
                keyFile.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ImportCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String report(String tag, int n) {
        return "{\"source\":\"marca.com\",\"externalId\":\"imp-" + tag + "-" + n + "\",\"title\":\"Fichaje " + n
                + "\",\"text\":\"El Real Madrid sigue de cerca al defensa " + tag + " número " + n
                + " y ya ha presentado una oferta por el jugador.\",\"publishedAt\":\"2024-01-0" + (1 + n % 9) + "\"}";
    }

    @Test
    void importsReportsAndNamesEachRejectedLine() throws Exception {
        String tag = Fixtures.unique();
        Path file = dir.resolve("reports.jsonl");
        Files.write(file, List.of(
                report(tag, 1),
                report(tag, 2),
                "",
                "{\"source\":\"marca.com\",\"text\": oops}",
                "{\"source\":\"marca.com\",\"title\":\"no text\"}",
                report(tag, 3),
                report(tag, 1),
                "[1,2]",
                "{\"source\":\"marca.com\",\"text\":\"bad date " + tag + "\",\"publishedAt\":\"soon\",\"url\":\"nope\"}",
                report(tag, 4)));

        Run run = importFile(file, "--batch", "3");

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(ImportCommand.REJECTED_LINES);
        assertThat(run.out()).contains("10 lines, 4 accepted, 1 duplicates, 4 rejected, 1 blank");
        assertThat(run.out()).contains("line 4: invalid JSON");
        assertThat(run.out()).contains("line 5: text is required");
        assertThat(run.out()).contains("line 8: not a JSON object");
        assertThat(run.out()).containsPattern("line 9: .*publishedAt must be an ISO-8601 time.*url must be an absolute");
        assertThat(run.err()).contains("[##############################] 100.0%");

        List<RawReport> published = Fixtures.published(4, r -> r.externalId() != null
                && r.externalId().startsWith("imp-" + tag)).stream().map(r -> r.value()).toList();
        assertThat(published).allSatisfy(r -> {
            assertThat(r.channel()).isEqualTo(Channel.IMPORT);
            assertThat(r.source().id()).isEqualTo("marca");
            assertThat(r.language()).isEqualTo("es");
        });

        // running it again finds nothing new
        Run again = importFile(file);
        assertThat(again.out()).contains("Nothing new");
    }

    @Test
    void anInterruptedImportResumesAfterTheLastAcknowledgedLine() throws Exception {
        String tag = Fixtures.unique();
        Path file = dir.resolve("big.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            lines.add(report(tag, i));
        }
        Files.write(file, lines);

        Run first = importFile(file, "--batch", "2", "--limit", "5", "--no-progress");
        assertThat(first.status()).isEqualTo(ImportCommand.OK);
        assertThat(first.out()).contains("Stopped after 5 lines").contains("5 lines, 5 accepted, 0 duplicates");
        String checkpoint = Files.readString(dir.resolve("big.jsonl.progress"));
        assertThat(checkpoint).contains("\"line\" : 5");

        // the file grows while we are away; the import continues from line 6 and sends nothing twice
        Files.writeString(file, report(tag, 10) + "\n", java.nio.file.StandardOpenOption.APPEND);
        Run second = importFile(file, "--batch", "2", "--no-progress");
        assertThat(second.status()).isEqualTo(ImportCommand.OK);
        assertThat(second.err()).contains("Resuming");
        assertThat(second.out()).contains("10 lines, 10 accepted, 0 duplicates, 0 rejected");

        assertThat(Fixtures.allPublished(r -> r.externalId() != null && r.externalId().startsWith("imp-" + tag + "-"),
                Duration.ofSeconds(3))).hasSize(10);

        // a changed file is not resumed blindly
        Files.writeString(file, report(tag, 99) + "\n" + String.join("\n", lines));
        Run changed = importFile(file, "--no-progress");
        assertThat(changed.status()).isEqualTo(ImportCommand.FAILED);
        assertThat(changed.err()).contains("changed since").contains("--restart");
    }

    @Test
    void aWrongKeyStopsTheImportWithAClearMessage() throws Exception {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, report("k", 1) + "\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ImportCommand.run(new String[] {file.toString(), "--url", url.toString(), "--api-key", "wrong"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(ImportCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("API key was refused (401)");
    }
}
