package io.grapevine.infra.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the team's demo reports ({@code demo/reports.jsonl}) through the ingest API. */
final class DemoData {

    private DemoData() {
    }

    static void load(Path root, String ingestUrl, String apiKey, PrintStream out) {
        Path file = root.resolve("demo").resolve("reports.jsonl");
        if (!Files.exists(file)) {
            out.println("  No demo data at " + file + "; skipping.");
            return;
        }
        out.println("  Loading demo data from " + root.relativize(file));
        // always from the first line: reports already in Kafka come back as duplicates, so this is idempotent
        // and a reset system gets the demo again
        ReportImport.run(file, ingestUrl, apiKey, out, "--restart");
    }
}
