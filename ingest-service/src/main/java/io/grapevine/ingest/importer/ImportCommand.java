package io.grapevine.ingest.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Bulk import of a JSON Lines file (one report per line, the fields of the push API) through
 * {@code POST /api/v1/reports?channel=import}, in batches. Draws a progress bar on stderr, and keeps a checkpoint
 * next to the file ({@code FILE.progress}) holding the last line whose batch the server acknowledged, so running the
 * same command again after an interruption resumes there. Ends with the counts and each rejected line with the
 * reason. Needs only the JDK and Jackson on the class path.
 *
 * <pre>
 * java -cp 'ingest-service/target/quarkus-app/app/*:ingest-service/target/quarkus-app/lib/main/*' \
 *     io.grapevine.ingest.importer.ImportCommand reports.jsonl [--url http://127.0.0.1:8081] \
 *     [--api-key-file .grapevine/api-key | --api-key KEY] [--batch 500] [--limit N] [--restart] [--no-progress]
 * </pre>
 *
 * Exit status: 0 everything imported, 2 imported but some lines were rejected, 1 stopped by an error (run again to
 * resume), 64 wrong usage.
 */
public final class ImportCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REJECTED_LINES = 2;
    public static final int USAGE = 64;

    static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BATCH_BYTES = 8L * 1024 * 1024;
    private static final int MAX_LINE_BYTES = 32 * 1024 * 1024;
    private static final int MAX_KEPT_REJECTS = 10_000;
    private static final int MAX_ATTEMPTS = 10;
    private static final int MAX_CONNECT_ATTEMPTS = 4;
    private static final String USAGE_TEXT = """
            usage: grapevine import FILE.jsonl [options]
              --url URL            ingest-service base URL (default $GRAPEVINE_INGEST_URL or http://127.0.0.1:8081)
              --api-key-file PATH  file holding the API key (default .grapevine/api-key)
              --api-key KEY        the API key itself (default $GRAPEVINE_API_KEY)
              --batch N            reports per request, 1..1000 (default 500)
              --limit N            stop after N more lines (a trial run; run again to continue)
              --restart            ignore the checkpoint FILE.progress and start from the first line
              --no-progress        no progress bar
            Each line is one report: {"source":..,"url":..,"externalId":..,"title":..,"text":..,"author":..,
            "publishedAt":..,"language":..}. Blank lines are skipped. Interrupted? Run the same command again.""";

    private final PrintStream out;
    private final PrintStream err;

    private Path file;
    private URI endpoint;
    private String apiKey;
    private int batchSize = 500;
    private long limit = Long.MAX_VALUE;
    private boolean restart;
    private boolean progressBar = true;

    private Checkpoint checkpoint;
    private HttpClient http;
    private long fileSize;
    private long startedNanos;
    private long importedThisRun;
    private long lastDraw;
    private volatile boolean finished;
    private int connectFailures;
    private long currentLine;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        ImportCommand command = new ImportCommand(System.out, System.err);
        Thread hook = new Thread(command::onInterrupt, "import-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        int status = command.run(args);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // already exiting
        }
        System.exit(status);
    }

    /** Runs the import; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new ImportCommand(out, err).run(args);
    }

    int run(String[] args) {
        try {
            if (!parseArgs(args)) {
                return USAGE;
            }
        } catch (IllegalArgumentException e) {
            err.println("grapevine import: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            return importFile();
        } catch (ImportFailure e) {
            clearBar();
            err.println("grapevine import: " + e.getMessage());
            if (checkpoint != null && checkpoint.line > 0) {
                err.println("Lines up to " + checkpoint.line + " are imported; run the same command again to resume.");
            }
            return FAILED;
        } catch (IOException e) {
            clearBar();
            err.println("grapevine import: " + e);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    private boolean parseArgs(String[] args) throws IllegalArgumentException {
        String url = System.getenv().getOrDefault("GRAPEVINE_INGEST_URL", "http://127.0.0.1:8081");
        String keyFile = ".grapevine/api-key";
        String key = System.getenv("GRAPEVINE_API_KEY");
        boolean keyFileGiven = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    out.println(USAGE_TEXT);
                    return false;
                }
                case "--url" -> url = value(args, ++i, arg);
                case "--api-key-file" -> {
                    keyFile = value(args, ++i, arg);
                    keyFileGiven = true;
                }
                case "--api-key" -> key = value(args, ++i, arg);
                case "--batch" -> batchSize = number(value(args, ++i, arg), arg, 1, 1000);
                case "--limit" -> limit = number(value(args, ++i, arg), arg, 1, Integer.MAX_VALUE);
                case "--restart" -> restart = true;
                case "--no-progress" -> progressBar = false;
                default -> {
                    if (arg.startsWith("-") || file != null) {
                        throw new IllegalArgumentException("unexpected argument " + arg);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("which file? give FILE.jsonl");
        }
        if (keyFileGiven || key == null || key.isBlank()) {
            try {
                key = Files.readString(Path.of(keyFile)).strip();
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no API key: " + keyFile + " does not exist (is ./grapevine up running?)"
                        + " - give --api-key-file or --api-key");
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the API key from " + keyFile + ": " + e.getMessage());
            }
        }
        if (key.isBlank()) {
            throw new IllegalArgumentException("the API key is empty");
        }
        apiKey = key;
        try {
            String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            endpoint = URI.create(base + "/api/v1/reports?channel=import");
            if (endpoint.getHost() == null) {
                throw new IllegalArgumentException("--url must be an absolute URL like http://127.0.0.1:8081");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url must be an absolute URL like http://127.0.0.1:8081");
        }
        return true;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String value, String option, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be within " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number");
        }
    }

    // ------------------------------------------------------------------------------------------------ the import

    /** A line waiting in the current batch. */
    private record Pending(long line, String json) {
    }

    private int importFile() throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new ImportFailure("no such file: " + file);
        }
        fileSize = Files.size(file);
        Path progress = Checkpoint.pathFor(file);
        checkpoint = restart ? null : Checkpoint.read(progress);
        if (checkpoint != null && !checkpoint.matches(file)) {
            throw new ImportFailure(file + " changed since " + progress + " was written (its first "
                    + checkpoint.offset + " bytes differ); use --restart to import it from the start");
        }
        if (checkpoint == null) {
            checkpoint = new Checkpoint();
            checkpoint.file = file.toAbsolutePath().toString();
        } else if (checkpoint.offset >= fileSize) {
            out.println("Nothing new in " + file + ": every line up to " + checkpoint.line
                    + " was imported before (" + progress + "). Use --restart to import it again.");
            return summary(progress);
        } else if (checkpoint.line > 0) {
            err.println("Resuming " + file + " after line " + checkpoint.line + " (" + progress + ")");
        }
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        startedNanos = System.nanoTime();
        long linesThisRun = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            skipFully(in, checkpoint.offset);
            long offset = checkpoint.offset;
            long line = checkpoint.line;
            List<Pending> batch = new ArrayList<>(batchSize);
            long batchBytes = 0;
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            while (linesThisRun < limit) {
                buffer.reset();
                long read = readLine(in, buffer);
                if (read < 0) {
                    break;
                }
                offset += read;
                line++;
                currentLine = line;
                linesThisRun++;
                String text = buffer.size() > MAX_LINE_BYTES ? null : buffer.toString(StandardCharsets.UTF_8);
                if (line == 1 && text != null && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text == null) {
                    reject(line, "the line is longer than " + MAX_LINE_BYTES + " bytes");
                } else if (text.isBlank()) {
                    checkpoint.blank++;
                } else {
                    String problem = localProblem(text);
                    if (problem != null) {
                        reject(line, problem);
                    } else {
                        batch.add(new Pending(line, text.strip()));
                        batchBytes += text.length() + 1;
                    }
                }
                if (batch.size() >= batchSize || batchBytes >= MAX_BATCH_BYTES) {
                    send(batch);
                    batch.clear();
                    batchBytes = 0;
                    advance(line, offset);
                }
                draw(offset, false);
            }
            if (!batch.isEmpty()) {
                send(batch);
            }
            advance(line, offset);
            checkpoint.complete = offset >= fileSize;
            checkpoint.write(progress);
        }
        finished = true;
        draw(checkpoint.offset, true);
        if (!checkpoint.complete) {
            out.println("Stopped after " + linesThisRun + " lines (--limit); run the same command again to continue.");
        }
        return summary(progress);
    }

    private void advance(long line, long offset) throws IOException {
        checkpoint.line = line;
        checkpoint.offset = offset;
        checkpoint.write(Checkpoint.pathFor(file));
    }

    /** Why a line cannot be a report before the server sees it; null when it may be one. */
    private static String localProblem(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
            return "invalid JSON: " + message;
        }
        if (node == null || !node.isObject()) {
            return "not a JSON object (each line is one report)";
        }
        return null;
    }

    private void reject(long line, String reason) {
        checkpoint.rejectedCount++;
        if (checkpoint.rejected.size() < MAX_KEPT_REJECTS) {
            checkpoint.rejected.add(new Checkpoint.Rejected(line, reason));
        }
    }

    /** Sends a batch until every line in it is accepted, a duplicate or rejected with a reason. */
    private void send(List<Pending> lines) throws IOException, InterruptedException {
        List<Pending> remaining = new ArrayList<>(lines);
        int attempt = 0;
        while (!remaining.isEmpty()) {
            String body = "[" + String.join(",", remaining.stream().map(Pending::json).toList()) + "]";
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                // nobody listens: a few quick retries (a restarting service), then a clear message
                String why = "cannot connect to " + endpoint.getScheme() + "://" + endpoint.getAuthority()
                        + " (is ingest-service running? ./grapevine up)";
                if (++connectFailures >= MAX_CONNECT_ATTEMPTS) {
                    throw new ImportFailure(why);
                }
                attempt = retry(attempt, null, why);
                continue;
            } catch (IOException e) {
                attempt = retry(attempt, null, "request failed: " + e);
                continue;
            }
            connectFailures = 0;
            int status = response.statusCode();
            if (status == 202) {
                JsonNode answers = JSON.readTree(response.body()).path("reports");
                for (JsonNode answer : answers) {
                    if ("accepted".equals(answer.path("status").asText())) {
                        checkpoint.accepted++;
                    } else {
                        checkpoint.duplicates++;
                    }
                }
                importedThisRun += remaining.size();
                return;
            }
            if (status == 401 || status == 403) {
                throw new ImportFailure("the API key was refused (" + status + "): " + detail(response.body()));
            }
            if (status == 429 || status == 503 || status >= 500 || status == 408) {
                attempt = retry(attempt, response.headers().firstValue("Retry-After").orElse(null),
                        "the server answered " + status + ": " + detail(response.body()));
                continue;
            }
            if (status == 400 || status == 413) {
                JsonNode problem = JSON.readTree(response.body());
                List<Integer> bad = new ArrayList<>();
                for (JsonNode error : problem.path("errors")) {
                    if (error.path("index").isInt()) {
                        int index = error.path("index").asInt();
                        if (index >= 0 && index < remaining.size()) {
                            if (!bad.contains(index)) {
                                bad.add(index);
                            }
                            String field = error.path("field").asText("");
                            String name = field.contains(".") ? field.substring(field.indexOf('.') + 1) : field;
                            rejectOrAppend(remaining.get(index).line(), name + " " + error.path("detail").asText());
                        }
                    }
                }
                if (!bad.isEmpty()) {
                    List<Pending> next = new ArrayList<>();
                    for (int i = 0; i < remaining.size(); i++) {
                        if (!bad.contains(i)) {
                            next.add(remaining.get(i));
                        }
                    }
                    remaining = next;
                    continue;
                }
                if (remaining.size() > 1) {
                    // the request as a whole was refused (too large): halve it
                    int half = remaining.size() / 2;
                    send(new ArrayList<>(remaining.subList(0, half)));
                    send(new ArrayList<>(remaining.subList(half, remaining.size())));
                    return;
                }
                reject(remaining.get(0).line(), detail(response.body()));
                return;
            }
            throw new ImportFailure("the server answered " + status + ": " + detail(response.body()));
        }
    }

    /** Several problems of one line become one reject entry. */
    private void rejectOrAppend(long line, String reason) {
        for (int i = checkpoint.rejected.size() - 1; i >= 0 && i >= checkpoint.rejected.size() - 1000; i--) {
            Checkpoint.Rejected r = checkpoint.rejected.get(i);
            if (r.line() == line) {
                checkpoint.rejected.set(i, new Checkpoint.Rejected(line, r.reason() + "; " + reason));
                return;
            }
        }
        reject(line, reason);
    }

    private int retry(int attempt, String retryAfter, String why) throws InterruptedException {
        if (attempt + 1 >= MAX_ATTEMPTS) {
            throw new ImportFailure(why + " (gave up after " + MAX_ATTEMPTS + " attempts)");
        }
        long seconds = Math.min(30, 1L << attempt);
        if (retryAfter != null && retryAfter.strip().matches("\\d+")) {
            seconds = Math.max(1, Math.min(300, Long.parseLong(retryAfter.strip())));
        }
        clearBar();
        err.println(why + "; retrying in " + seconds + " s");
        Thread.sleep(seconds * 1000);
        return attempt + 1;
    }

    private static String detail(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("detail")) {
                return node.get("detail").asText();
            }
        } catch (IOException ignored) {
            // not JSON
        }
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private int summary(Path progress) {
        clearBar();
        double seconds = startedNanos == 0 ? 0 : (System.nanoTime() - startedNanos) / 1e9;
        out.printf(Locale.ROOT, "Imported %s: %d lines, %d accepted, %d duplicates, %d rejected, %d blank%s%n",
                file, checkpoint.line, checkpoint.accepted, checkpoint.duplicates, checkpoint.rejectedCount,
                checkpoint.blank, importedThisRun > 0 && seconds > 0
                        ? String.format(Locale.ROOT, " (this run: %d reports in %.1f s, %.0f/s)", importedThisRun,
                                seconds, importedThisRun / seconds) : "");
        if (checkpoint.rejectedCount > 0) {
            out.println("Rejected lines:");
            checkpoint.rejected.stream().sorted(java.util.Comparator.comparingLong(Checkpoint.Rejected::line))
                    .forEach(r -> out.println("  line " + r.line() + ": " + r.reason()));
            if (checkpoint.rejectedCount > checkpoint.rejected.size()) {
                out.println("  ... and " + (checkpoint.rejectedCount - checkpoint.rejected.size()) + " more");
            }
        }
        out.println("Checkpoint: " + progress);
        return checkpoint.rejectedCount > 0 ? REJECTED_LINES : OK;
    }

    private void onInterrupt() {
        if (!finished && checkpoint != null && startedNanos != 0) {
            clearBar();
            err.println("Interrupted. Lines up to " + checkpoint.line + " are imported; run the same command again to resume.");
        }
    }

    // ------------------------------------------------------------------------------------------------ progress

    private void draw(long offset, boolean force) {
        if (!progressBar) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double fraction = fileSize == 0 ? 1 : Math.min(1, (double) offset / fileSize);
        int width = 30;
        int filled = (int) Math.round(fraction * width);
        double seconds = Math.max(1e-3, (now - startedNanos) / 1e9);
        err.printf(Locale.ROOT, "\r[%s%s] %5.1f%%  line %d  %.0f reports/s  ok %d  dup %d  rejected %d ",
                "#".repeat(filled), ".".repeat(width - filled), fraction * 100, Math.max(currentLine, checkpoint.line),
                importedThisRun / seconds, checkpoint.accepted, checkpoint.duplicates, checkpoint.rejectedCount);
        if (force) {
            err.println();
        }
        err.flush();
    }

    private void clearBar() {
        if (progressBar && lastDraw != 0) {
            err.print("\r" + " ".repeat(110) + "\r");
            err.flush();
        }
    }

    // ------------------------------------------------------------------------------------------------ I/O

    /** Reads one line (without its terminator) into {@code line}; returns the bytes consumed, -1 at the end. */
    private static long readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        long consumed = 0;
        int b;
        while ((b = in.read()) != -1) {
            consumed++;
            if (b == '\n') {
                return consumed;
            }
            if (line.size() <= MAX_LINE_BYTES) {
                line.write(b);
            }
        }
        if (consumed == 0) {
            return -1;
        }
        return consumed;
    }

    private static void skipFully(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() == -1) {
                    throw new IOException("the file is shorter than its checkpoint");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    static String sha256(Path file, long bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long left = bytes;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                digest.update(buffer, 0, n);
                left -= n;
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A failure that stops the import (the checkpoint keeps what was done). */
    static final class ImportFailure extends RuntimeException {
        ImportFailure(String message) {
            super(message);
        }
    }

    /** The checkpoint file: what was imported so far, as JSON next to the input. */
    static final class Checkpoint {
        /** The prefix whose hash identifies the file (the file may grow; its start must not change). */
        static final long HASHED_PREFIX = 1L << 20;

        record Rejected(long line, String reason) {
        }

        String file;
        long line;
        long offset;
        String prefixSha256;
        long accepted;
        long duplicates;
        long blank;
        long rejectedCount;
        boolean complete;
        List<Rejected> rejected = new ArrayList<>();

        static Path pathFor(Path file) {
            return file.resolveSibling(file.getFileName() + ".progress");
        }

        static Checkpoint read(Path path) throws IOException {
            if (!Files.exists(path)) {
                return null;
            }
            JsonNode node = JSON.readTree(path.toFile());
            Checkpoint c = new Checkpoint();
            c.file = node.path("file").asText(null);
            c.line = node.path("line").asLong();
            c.offset = node.path("offset").asLong();
            c.prefixSha256 = node.path("prefixSha256").asText(null);
            c.accepted = node.path("accepted").asLong();
            c.duplicates = node.path("duplicates").asLong();
            c.blank = node.path("blank").asLong();
            c.rejectedCount = node.path("rejectedCount").asLong();
            c.complete = node.path("complete").asBoolean();
            for (JsonNode r : node.path("rejected")) {
                c.rejected.add(new Rejected(r.path("line").asLong(), r.path("reason").asText()));
            }
            return c;
        }

        boolean matches(Path path) throws IOException {
            return prefixSha256 == null || Files.size(path) >= offset
                    && prefixSha256.equals(sha256(path, Math.min(offset, HASHED_PREFIX)));
        }

        void write(Path path) throws IOException {
            prefixSha256 = sha256(Path.of(file), Math.min(offset, HASHED_PREFIX));
            ObjectNode node = JSON.createObjectNode();
            node.put("file", file);
            node.put("line", line);
            node.put("offset", offset);
            node.put("prefixSha256", prefixSha256);
            node.put("accepted", accepted);
            node.put("duplicates", duplicates);
            node.put("blank", blank);
            node.put("rejectedCount", rejectedCount);
            node.put("complete", complete);
            node.put("updatedAt", Instant.now().toString());
            ArrayNode list = node.putArray("rejected");
            for (Rejected r : rejected) {
                list.addObject().put("line", r.line()).put("reason", r.reason());
            }
            Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
