package io.grapevine.ingest.bench;

import io.grapevine.infra.InfraEndpoints;
import io.grapevine.infra.LocalInfrastructure;
import io.grapevine.infra.PortAllocator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Speed of ingest-service next to Kafka's own ProducerPerformance, against ONE broker started for the run, both at
 * their steady rate (on two cores the JIT compilers of the broker and of the service take tens of seconds under load):
 * <ol>
 *   <li>ProducerPerformance, 1 KB records, acks=all, on a 6-partition topic (as rumours.raw.v1): one run to warm the
 *       broker, then one measured over its 5-second windows after the first;</li>
 *   <li>1 KB reports pushed in batches through {@code POST /api/v1/reports} by concurrent clients, measured after a
 *       warm-up push, each answered only after Kafka acknowledged (and the ids were recorded in PostgreSQL);</li>
 *   <li>single-report POST latency at a fixed 200 requests/s (open loop: measured from the scheduled send time).</li>
 * </ol>
 * Run it with {@code ingest-service/bench/run.sh}; not a test.
 */
public final class IngestBenchmark {

    private static final String KEY = "bench-key";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path app = Path.of(options.getOrDefault("app", "ingest-service/target/quarkus-app/quarkus-run.jar"));
        String kafkaClasspath = Files.readString(Path.of(options.getOrDefault("kafka-classpath-file",
                "infra/kafka-broker/target/classes/grapevine/kafka-broker.classpath"))).strip();
        int perfRecords = Integer.parseInt(options.getOrDefault("perf-records", "2000000"));
        int perfWarmRecords = Integer.parseInt(options.getOrDefault("perf-warm-records", "500000"));
        int reports = Integer.parseInt(options.getOrDefault("reports", "300000"));
        int warmReports = Integer.parseInt(options.getOrDefault("warm-reports", "600000"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "500"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
        int latencySeconds = Integer.parseInt(options.getOrDefault("latency-seconds", "30"));
        Path home = Path.of(options.getOrDefault("home", "ingest-service/target/bench-home")).toAbsolutePath();
        deleteTree(home);
        Files.createDirectories(home);

        System.out.println("Starting Kafka and PostgreSQL under " + home + " ...");
        try (LocalInfrastructure infra = LocalInfrastructure.startOnFreePorts(home)) {
            InfraEndpoints endpoints = infra.endpoints();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.kafkaBootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("bench.producer-perf", 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }

            // the broker's JIT warms up under the first producer: a run first, whose figure is not kept
            System.out.println("\n== 1. Kafka ProducerPerformance: " + perfWarmRecords + " x 1 KB records to warm the broker, "
                    + "then " + perfRecords + " measured; acks=all, 6 partitions");
            producerPerformance(kafkaClasspath, endpoints.kafkaBootstrapServers(), perfWarmRecords);
            double kafkaRate = producerPerformance(kafkaClasspath, endpoints.kafkaBootstrapServers(), perfRecords);

            int port = PortAllocator.freePort();
            Process service = startService(app, endpoints, port, home.resolve("ingest-service.log"));
            try {
                String base = "http://127.0.0.1:" + port;
                waitReady(base);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

                System.out.println("\n== 2. HTTP push: " + reports + " x 1 KB reports, batches of " + batch + ", "
                        + clients + " concurrent clients");
                push(http, base, "warm", warmReports, batch, clients);
                double pushRate = push(http, base, "run", reports, batch, clients);

                System.out.println("\n== 3. Single-report POST latency at " + rate + " requests/s for " + latencySeconds + " s");
                double[] latency = latency(http, base, rate, latencySeconds);

                System.out.println("\n== Results");
                System.out.printf(Locale.ROOT, "Kafka ProducerPerformance (1 KB, acks=all), steady: %,.0f records/s%n", kafkaRate);
                System.out.printf(Locale.ROOT, "ingest-service HTTP push (1 KB, batches of %d), after %,d warm-up reports: %,.0f reports/s%n",
                        batch, warmReports, pushRate);
                System.out.printf(Locale.ROOT, "ratio: %.0f%% of Kafka's figure (target >= 50%%)%n", 100 * pushRate / kafkaRate);
                System.out.printf(Locale.ROOT, "single-report POST at %d req/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
                        rate, latency[0], latency[1], latency[2], (long) latency[3]);
            } finally {
                service.destroy();
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        }
    }

    /**
     * ProducerPerformance's steady rate: the mean of its 5-second windows after the first, which holds its JVM's
     * warm-up (the service is measured after a warm-up of its own).
     */
    private static double producerPerformance(String classpath, String bootstrap, int records) throws Exception {
        Process perf = new ProcessBuilder("java", "-Xmx1g", "-cp", classpath, "org.apache.kafka.tools.ProducerPerformance",
                "--topic", "bench.producer-perf", "--num-records", String.valueOf(records), "--record-size", "1024",
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all")
                .redirectErrorStream(true).start();
        Pattern rate = Pattern.compile("records sent, ([0-9.]+) records/sec");
        List<Double> windows = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(perf.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = rate.matcher(line);
                if (m.find()) {
                    System.out.println("  " + line);
                    if (!line.contains("50th")) { // the summary line, over the whole run, carries percentiles
                        windows.add(Double.parseDouble(m.group(1)));
                    }
                }
            }
        }
        perf.waitFor();
        if (windows.size() < 2) {
            throw new IllegalStateException("ProducerPerformance printed fewer than two windows: give it more --perf-records");
        }
        double steady = windows.subList(1, windows.size()).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.printf(Locale.ROOT, "  steady rate (windows after the first): %,.0f records/s%n", steady);
        return steady;
    }

    private static Process startService(Path app, InfraEndpoints endpoints, int port, Path log) throws IOException {
        System.out.println("\nStarting ingest-service on port " + port + " (log: " + log + ")");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        String extraJvmArgs = System.getProperty("bench.jvmArgs", "").trim(); // e.g. a flight recording
        if (!extraJvmArgs.isEmpty()) {
            command.addAll(List.of(extraJvmArgs.split("\\s+")));
        }
        command.addAll(List.of(
                "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + endpoints.kafkaBootstrapServers(),
                "-Dquarkus.datasource.reactive.url=" + endpoints.reactiveUrl(),
                "-Dquarkus.datasource.jdbc.url=" + endpoints.jdbcUrl(),
                "-Dgrapevine.api-keys=" + KEY,
                "-Dquarkus.log.level=WARN",
                "-jar", app.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitReady(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("ingest-service did not become ready");
    }

    /** About 1 KB of JSON per report. */
    static String report(String run, long n) {
        String text = ("Transfer report " + n + ": Liverpool have opened talks with Inter over a move for the defender, "
                + "who is valued at around fifty million euros. The player is keen on the move and his agent has "
                + "already met the club's sporting director. Inter would prefer a player in exchange, while a "
                + "loan with an obligation to buy has also been discussed. A decision is expected within days, "
                + "before the window closes; other clubs have asked to be kept informed about any developments. ")
                .repeat(2).substring(0, 820);
        return "{\"source\":\"sky-sports\",\"externalId\":\"bench-" + run + "-" + n + "\",\"title\":\"Bench report " + n
                + "\",\"text\":\"" + text + "\",\"publishedAt\":\"2024-01-12T09:30:00Z\",\"language\":\"en\"}";
    }

    private static double push(HttpClient http, String base, String run, int reports, int batch, int clients)
            throws Exception {
        int batches = (reports + batch - 1) / batch;
        // the bodies are built before the clock starts (as ProducerPerformance builds its payload first), so the
        // load generator spends its share of the two cores on sending, not on string building
        byte[][] bodies = new byte[batches][];
        for (int b = 0; b < batches; b++) {
            StringBuilder body = new StringBuilder(batch * 1100).append('[');
            long from = (long) b * batch;
            long to = Math.min(reports, from + batch);
            for (long n = from; n < to; n++) {
                body.append(n == from ? "" : ",").append(report(run, n));
            }
            bodies[b] = body.append(']').toString().getBytes(StandardCharsets.UTF_8);
        }
        AtomicLong next = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(CompletableFuture.runAsync(() -> {
                for (long b; (b = next.getAndIncrement()) < batches; ) {
                    long from = b * batch;
                    long to = Math.min(reports, from + batch);
                    byte[] body = bodies[(int) b];
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                                .header("X-API-Key", KEY).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 202) {
                            throw new IllegalStateException("push answered " + response.statusCode() + ": " + response.body());
                        }
                        accepted.addAndGet(to - from);
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double rate = accepted.get() / seconds;
        System.out.printf(Locale.ROOT, "  %s: %,d reports in %.2f s = %,.0f reports/s%n", run, accepted.get(), seconds, rate);
        return rate;
    }

    private static double[] latency(HttpClient http, String base, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long[] micros = new long[total];
        AtomicLong errors = new AtomicLong();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long intended = start + i * periodNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            pending.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                            .header("X-API-Key", KEY).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(report("latency", i))).build(),
                    HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                        micros[index] = (System.nanoTime() - intended) / 1000;
                        if (failure != null || response.statusCode() != 202) {
                            errors.incrementAndGet();
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        double p50 = sorted[(int) (total * 0.50)] / 1000.0;
        double p99 = sorted[Math.min(total - 1, (int) (total * 0.99))] / 1000.0;
        double max = sorted[total - 1] / 1000.0;
        System.out.printf(Locale.ROOT, "  %d requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n", total, p50,
                p99, max, errors.get());
        return new double[] {p50, p99, max, errors.get()};
    }


    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
