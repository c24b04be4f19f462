package io.grapevine.systemtest;

import io.grapevine.infra.InfraEndpoints;
import io.grapevine.infra.LocalInfrastructure;
import io.grapevine.infra.PortAllocator;
import io.grapevine.infra.ServiceProcess;
import io.grapevine.infra.ServiceSchema;
import io.grapevine.infra.ServiceSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole system as it runs in production, on this machine: a real Kafka broker and PostgreSQL (free ports, data
 * under the work directory) and the three packaged services as their own JVMs.
 */
final class Pipeline implements AutoCloseable {

    static final String INGEST = "ingest-service";
    static final String DEDUPE = "dedupe-service";
    static final String QUERY = "query-service";
    static final List<String> SERVICES = List.of(INGEST, DEDUPE, QUERY);

    private final Path root;
    private final Path work;
    private final Path apps;
    private final String apiKey;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private LocalInfrastructure infrastructure;

    Pipeline(Path root, Path work, String apiKey) {
        this.root = root;
        this.work = work;
        this.apps = work.resolve("apps");
        this.apiKey = apiKey;
        for (String service : SERVICES) {
            ports.put(service, PortAllocator.freePort());
        }
    }

    /**
     * Checks that the services were packaged, and copies their applications under the work directory: the processes
     * (and their restart) run from that copy, so a rebuild of a service while the test runs cannot pull files from
     * under them.
     */
    void snapshotPackagedServices() {
        List<String> missing = new ArrayList<>();
        for (String service : SERVICES) {
            Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the services are not packaged: " + missing
                    + "; run ./mvnw verify from the root (or ./mvnw -DskipTests package first)");
        }
        for (String service : SERVICES) {
            Path from = root.resolve(service).resolve("target/quarkus-app");
            Path to = apps.resolve(service).resolve("target/quarkus-app");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not copy " + from + " (is it being rebuilt?)", e);
            }
        }
    }

    void startInfrastructure() {
        infrastructure = LocalInfrastructure.startOnFreePorts(work.resolve("infra"));
    }

    /** Starts the three services at once, then waits until each one is ready. */
    void startServices() {
        for (String service : SERVICES) {
            running.put(service, ServiceProcess.start(apps, service, ports.get(service), config(service), logFile(service)));
        }
        for (ServiceProcess service : running.values()) {
            service.awaitReady(Duration.ofSeconds(120), () -> { });
        }
    }

    /** Stops the three services at once (each gracefully, forcibly after 20 s). */
    void stopServices() {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ServiceProcess service : running.values()) {
            stops.add(CompletableFuture.runAsync(service::close));
        }
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        running.clear();
    }

    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        running.forEach((name, process) -> pids.put(name, process.pid()));
        return pids;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    String apiKey() {
        return apiKey;
    }

    InfraEndpoints endpoints() {
        return infrastructure.endpoints();
    }

    Path logFile(String service) {
        return work.resolve("logs").resolve(service + ".log");
    }

    /** The last lines of every log (services, Kafka), for a failure that needs explaining. */
    String logTails(int lines) {
        StringBuilder out = new StringBuilder();
        List<Path> logs = new ArrayList<>();
        SERVICES.forEach(s -> logs.add(logFile(s)));
        logs.add(work.resolve("infra").resolve("logs").resolve("kafka.log"));
        for (Path log : logs) {
            out.append("\n----- last ").append(lines).append(" lines of ").append(log).append(" -----\n");
            try {
                List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
                out.append(String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())));
            } catch (IOException e) {
                out.append("(no log: ").append(e.getMessage()).append(")");
            }
        }
        return out.toString();
    }

    private Map<String, String> config(String service) {
        ServiceSchema schema = ServiceSchema.valueOf(service.replace("-service", "").toUpperCase());
        Map<String, String> config = new LinkedHashMap<>(
                ServiceSettings.of(schema, infrastructure.endpoints(), apiKey, url(INGEST), url(DEDUPE)));
        if (QUERY.equals(service)) {
            // never fall back to a developer's .grapevine/api-key
            config.put("grapevine.api-key-file", work.resolve("no-api-key-file").toString());
        }
        return config;
    }

    @Override
    public void close() {
        try {
            stopServices();
        } finally {
            if (infrastructure != null) {
                infrastructure.close();
                infrastructure = null;
            }
        }
    }
}
