package io.grapevine.query.bench;

import io.grapevine.contracts.ClubRef;
import io.grapevine.contracts.Contribution;
import io.grapevine.contracts.CredibilityPoint;
import io.grapevine.contracts.EvidenceReport;
import io.grapevine.contracts.EvidenceRole;
import io.grapevine.contracts.FeeRange;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.contracts.ReportFee;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.infra.InfraEndpoints;
import io.grapevine.infra.LocalInfrastructure;
import io.grapevine.infra.PortAllocator;
import io.grapevine.reference.Club;
import io.grapevine.reference.ClubGazetteer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The query-service benchmark (not a test): starts real Kafka and PostgreSQL, publishes N stories on transfers.v1,
 * starts the packaged service, waits until its read model holds them all, then measures with wrk (throughput and
 * latency at saturation) and with a fixed-rate client (latency at a given rate, measured from the intended send
 * time so queueing is not hidden) the list query by club sorted by credibility, the story by id and a trivial
 * endpoint, in the same run. Run it with bench/run.sh.
 */
public final class Benchmark {

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)");

    public static void main(String[] args) throws Exception {
        int stories = Integer.getInteger("bench.stories", 100_000);
        int duration = Integer.getInteger("bench.seconds", 20);
        int connections = Integer.getInteger("bench.connections", 64);
        int rate = Integer.getInteger("bench.rate", 1000);
        Path jar = Path.of(System.getProperty("bench.jar", "target/quarkus-app/quarkus-run.jar"));
        Path home = Files.createDirectories(Path.of("target/bench"));
        Path infraHome = Files.createTempDirectory(home, "infra-");

        System.out.printf("== starting Kafka and PostgreSQL under %s%n", infraHome);
        try (LocalInfrastructure infra = LocalInfrastructure.startOnFreePorts(infraHome)) {
            InfraEndpoints endpoints = infra.endpoints();
            List<Club> clubs = ClubGazetteer.load().all();
            Random random = new Random(42);
            List<String> ids = new ArrayList<>(stories);
            long publishStart = System.nanoTime();
            publish(endpoints.kafkaBootstrapServers(), stories, clubs, random, ids);
            double publishSeconds = (System.nanoTime() - publishStart) / 1e9;
            System.out.printf("== published %d stories in %.1f s%n", stories, publishSeconds);

            int port = PortAllocator.freePort();
            String base = "http://127.0.0.1:" + port;
            List<String> java = new ArrayList<>(List.of("java", "-Xmx1g", "-XX:+UseG1GC"));
            String extraJvmArgs = System.getProperty("bench.jvmArgs", "").trim(); // e.g. a flight recording
            if (!extraJvmArgs.isEmpty()) {
                java.addAll(List.of(extraJvmArgs.split("\\s+")));
            }
            java.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(java)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("query-service.log").toFile());
            builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
            builder.environment().put("GRAPEVINE_DB_REACTIVE_URL", endpoints.reactiveUrl());
            builder.environment().put("GRAPEVINE_DB_JDBC_URL", endpoints.jdbcUrl());
            builder.environment().put("QUERY_HTTP_PORT", Integer.toString(port));
            builder.environment().put("GRAPEVINE_INGEST_URL", "http://127.0.0.1:1");
            builder.environment().put("GRAPEVINE_DEDUPE_URL", "http://127.0.0.1:1");
            long consumeStart = System.nanoTime();
            Process service = builder.start();
            try {
                waitForStories(base, stories, Duration.ofMinutes(15));
                double consumeSeconds = (System.nanoTime() - consumeStart) / 1e9;
                System.out.printf("== read model holds %d stories after %.1f s (service start + consumption)%n",
                        stories, consumeSeconds);

                Path scripts = Files.createDirectories(home.resolve("wrk"));
                List<String> sampleIds = new ArrayList<>(ids.subList(0, Math.min(ids.size(), 20_000)));
                List<String> clubIds = clubs.stream().map(Club::id).toList();
                Path listScript = luaScript(scripts.resolve("list.lua"), "/api/v1/transfers?sort=credibility&club=", clubIds);
                Path detailScript = luaScript(scripts.resolve("detail.lua"), "/api/v1/transfers/", sampleIds);
                Path smallListScript = luaScript(scripts.resolve("list10.lua"), "/api/v1/transfers?sort=credibility&limit=10&club=", clubIds);

                String listExample = base + "/api/v1/transfers?sort=credibility&club=" + clubIds.get(0);
                int listBytes = get(listExample).length();
                int detailBytes = get(base + "/api/v1/transfers/" + ids.get(0)).length();
                System.out.printf("== example list response: %d bytes, detail: %d bytes%n", listBytes, detailBytes);

                List<Result> results = new ArrayList<>();
                for (int round = 0; round < 2; round++) { // the first round warms the JIT; the second is reported
                    boolean report = round == 1;
                    int seconds = report ? duration : Math.max(5, duration / 2);
                    results.clear();
                    results.add(wrk("trivial GET /api/v1/ping", base + "/api/v1/ping", null, seconds, connections));
                    results.add(wrk("list GET /api/v1/transfers?club=..&sort=credibility", base, listScript, seconds, connections));
                    results.add(wrk("detail GET /api/v1/transfers/{id}", base, detailScript, seconds, connections));
                    results.add(wrk("list, limit=10 (smaller pages)", base, smallListScript, seconds, connections));
                }
                Random pick = new Random(7);
                // an unreported round first: the client's own warm-up (JIT, connection pool) would land in the first p99
                fixedRate(() -> base + "/api/v1/transfers?sort=credibility&club=" + clubIds.get(pick.nextInt(clubIds.size())),
                        rate, Math.max(5, duration / 3));
                FixedRate trivial = fixedRate(() -> base + "/api/v1/ping", rate, duration);
                FixedRate list = fixedRate(() -> base + "/api/v1/transfers?sort=credibility&club="
                        + clubIds.get(pick.nextInt(clubIds.size())), rate, duration);
                FixedRate detail = fixedRate(() -> base + "/api/v1/transfers/" + sampleIds.get(pick.nextInt(sampleIds.size())),
                        rate, duration);

                long rss = rssKiB(service.pid());
                StringBuilder out = new StringBuilder();
                out.append("load average at the end (other work on the machine included): "
                        + Files.readString(Path.of("/proc/loadavg")).trim() + "\n");
                out.append(String.format(Locale.ROOT, "stories: %d, published in %.1f s, consumed into the read model "
                        + "(start included) in %.1f s; service RSS after the run: %d MiB%n%n", stories, publishSeconds,
                        consumeSeconds, rss / 1024));
                out.append(String.format(Locale.ROOT, "response sizes: list page of 50 about %d bytes, story about %d bytes%n%n",
                        listBytes, detailBytes));
                out.append(String.format(Locale.ROOT, "wrk -t2 -c%d -d%ds --latency (saturation)%n", connections, duration));
                out.append("| endpoint | requests/s | vs trivial | p50 | p99 |\n|---|---|---|---|---|\n");
                double base0 = results.get(0).rps();
                for (Result r : results) {
                    out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f %% | %.2f ms | %.2f ms |%n", r.name(), r.rps(),
                            100 * r.rps() / base0, r.p50Millis(), r.p99Millis()));
                }
                out.append(String.format(Locale.ROOT, "%nfixed rate %d requests/s for %d s (latency from the intended send time)%n",
                        rate, duration));
                out.append("| endpoint | sent | errors | p50 | p99 | max |\n|---|---|---|---|---|---|\n");
                for (var e : List.of(List.of("trivial", trivial), List.of("list by club, credibility", list),
                        List.of("detail by id", detail))) {
                    FixedRate f = (FixedRate) e.get(1);
                    out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f ms | %.2f ms | %.2f ms |%n", e.get(0),
                            f.sent(), f.errors(), f.p50(), f.p99(), f.max()));
                }
                System.out.println();
                System.out.println(out);
                Files.writeString(home.resolve("results.md"), out.toString());
                System.out.println("== written to " + home.resolve("results.md"));
            } finally {
                service.destroy();
                service.waitFor(20, TimeUnit.SECONDS);
                service.destroyForcibly();
            }
        }
        System.exit(0); // the fixed-rate client's and the Kafka clients' threads would keep the JVM (and its load) alive
    }

    static void publish(String bootstrap, int n, List<Club> clubs, Random random, List<String> ids) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        String[] windows = {"2024-winter", "2024-summer", "2025-winter", "2025-summer"};
        Stage[] stages = {Stage.INTEREST, Stage.TALKS, Stage.BID, Stage.AGREEMENT, Stage.MEDICAL, Stage.OFFICIAL};
        SourceRef[] sources = {new SourceRef("fabrizio-romano", "Fabrizio Romano", "journalist"),
                new SourceRef("gazzetta-dello-sport", "La Gazzetta dello Sport", "outlet"),
                new SourceRef("sky-sports", "Sky Sports", "outlet"),
                new SourceRef("lfc-transfer-room", "LFC Transfer Room", "aggregator")};
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < n; i++) {
                Club to = clubs.get(random.nextInt(clubs.size()));
                Club from = clubs.get(random.nextInt(clubs.size()));
                int player = i / 2;
                String window = windows[random.nextInt(windows.length)];
                String id = "player-" + player + "--" + to.id() + "--" + window + "-" + i;
                Stage stage = stages[random.nextInt(stages.length)];
                double credibility = Math.round(random.nextDouble() * 1000) / 1000.0;
                Instant seen = start.plusSeconds(random.nextInt(600 * 86_400));
                int reports = 1 + random.nextInt(4);
                List<EvidenceReport> trail = new ArrayList<>();
                List<CredibilityPoint> history = new ArrayList<>();
                for (int r = 0; r < reports; r++) {
                    SourceRef source = sources[random.nextInt(sources.length)];
                    Instant at = seen.minusSeconds((long) (reports - r) * 3600);
                    trail.add(new EvidenceReport("r-" + i + "-" + r, "https://example.org/" + i + "/" + r, source, source,
                            r == 0 ? EvidenceRole.ORIGIN : EvidenceRole.ECHO, r == 0 ? null : "r-" + i + "-0", at, stage,
                            new ReportFee(40_000_000, "EUR", 40_000_000.0),
                            "Player " + player + " is close to a move to " + to.name() + ", talks are advanced."));
                    history.add(new CredibilityPoint(at, Math.min(1, credibility * (r + 1) / reports)));
                }
                TransferSnapshot s = new TransferSnapshot(id, 1, new PlayerRef("player-" + player, "Player " + player),
                        new ClubRef(from.id(), from.name()), new ClubRef(to.id(), to.name()), window, stage,
                        stage == Stage.OFFICIAL ? StoryStatus.CONFIRMED : StoryStatus.RUMOUR, credibility, "evidence-v1",
                        List.of(new Contribution("base-rate", 0.1, "Base rate for the stage"),
                                new Contribution("origin", credibility - 0.1, "Strongest origin, prior and stage")),
                        new FeeRange(40_000_000.0, 35_000_000.0, 45_000_000.0), reports, 1, trail.get(0).publishedAt(),
                        seen, trail, history, null, seen);
                ids.add(id);
                producer.send(new ProducerRecord<>(Topics.TRANSFERS.name(), id, ContractJson.MAPPER.writeValueAsBytes(s)));
            }
            producer.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitForStories(String base, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Pattern live = Pattern.compile("\"liveStories\":(\\d+)");
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                Matcher m = live.matcher(get(base + "/api/v1/ops/read-model"));
                if (m.find()) {
                    int now = Integer.parseInt(m.group(1));
                    if (now != last && now % 10_000 < 2_000) {
                        System.out.printf("   ... %d stories%n", now);
                    }
                    last = now;
                    if (now >= expected) {
                        return;
                    }
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the read model did not reach " + expected + " stories, last seen " + last);
    }

    static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    static Path luaScript(Path file, String prefix, List<String> values) throws IOException {
        StringBuilder lua = new StringBuilder("local values = {\n");
        for (String v : values) {
            lua.append("\"").append(v).append("\",\n");
        }
        lua.append("}\nmath.randomseed(42)\nrequest = function()\n  return wrk.format(\"GET\", \"").append(prefix)
                .append("\" .. values[math.random(#values)])\nend\n");
        Files.writeString(file, lua);
        return file;
    }

    record Result(String name, double rps, double p50Millis, double p99Millis) {
    }

    static Result wrk(String name, String url, Path script, int seconds, int connections) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toAbsolutePath().toString()));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        Matcher rps = RPS.matcher(output);
        Matcher p99 = P99.matcher(output);
        Matcher p50 = P50.matcher(output);
        if (!rps.find() || !p99.find() || !p50.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        if (output.contains("Non-2xx")) {
            throw new IllegalStateException("non-2xx answers:\n" + output);
        }
        Result result = new Result(name, Double.parseDouble(rps.group(1)), millis(p50), millis(p99));
        System.out.printf("   %-55s %10.0f req/s  p50 %6.2f ms  p99 %6.2f ms%n", name, result.rps(), result.p50Millis(),
                result.p99Millis());
        return result;
    }

    private static double millis(Matcher m) {
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    record FixedRate(int sent, int errors, double p50, double p99, double max) {
    }

    /** Sends {@code rate} requests per second for {@code seconds}; latency counts from the scheduled send time. */
    static FixedRate fixedRate(java.util.function.Supplier<String> urls, int rate, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        int total = rate * seconds;
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        AtomicInteger next = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            // send every request whose scheduled time has come (catches up after a late tick)
            while (true) {
                int i = next.get();
                if (i >= total || start + i * periodNanos > now) {
                    break;
                }
                next.incrementAndGet();
                long intended = start + i * periodNanos;
                client.sendAsync(HttpRequest.newBuilder(URI.create(urls.get())).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                            latencies.set(i, System.nanoTime() - intended);
                            if (e != null || r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            done.incrementAndGet();
                        });
            }
        }, 0, 200, TimeUnit.MICROSECONDS);
        long deadline = System.nanoTime() + (seconds + 20L) * 1_000_000_000L;
        while (done.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        long[] sorted = new long[done.get()];
        int k = 0;
        for (int i = 0; i < total && k < sorted.length; i++) {
            long v = latencies.get(i);
            if (v > 0) {
                sorted[k++] = v;
            }
        }
        sorted = Arrays.copyOf(sorted, k);
        Arrays.sort(sorted);
        FixedRate result = new FixedRate(total, errors.get() + (total - k), pct(sorted, 0.50), pct(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.printf("   fixed %d/s: p50 %.2f ms  p99 %.2f ms  max %.2f ms  errors %d%n", rate, result.p50(),
                result.p99(), result.max(), result.errors());
        return result;
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not on Linux
        }
        return 0;
    }

}
