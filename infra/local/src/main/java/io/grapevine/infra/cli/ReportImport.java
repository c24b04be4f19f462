package io.grapevine.infra.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs ingest-service's bulk importer (progress bar, resumable, a summary of rejected lines) against the
 * running ingest API, from the packaged service's own libraries.
 */
final class ReportImport {

    static final String MAIN_CLASS = "io.grapevine.ingest.importer.ImportCommand";

    private ReportImport() {
    }

    static int run(Path file, String ingestUrl, String apiKey, PrintStream out, String... options) {
        Path app = Path.of(System.getProperty("grapevine.root", ".")).toAbsolutePath()
                .resolve("ingest-service/target/quarkus-app");
        String classpath = app.resolve("app").resolve("*") + java.io.File.pathSeparator + app.resolve("lib/main/*");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, MAIN_CLASS,
                file.toAbsolutePath().toString(), "--url", ingestUrl, "--api-key", apiKey));
        command.addAll(List.of(options));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            int exit = process.waitFor();
            if (exit != 0) {
                out.println("  The import ended with exit code " + exit + ".");
            }
            return exit;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run the importer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
