package io.grapevine.infra.cli;

import io.grapevine.infra.InfraEndpoints;
import io.grapevine.infra.LocalInfrastructure;
import io.grapevine.infra.ServiceProcess;
import io.grapevine.infra.ServiceSchema;
import io.grapevine.infra.ServiceSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./grapevine up | down | status}: the whole system on this machine, on real Kafka and PostgreSQL
 * processes, with its data under {@code .grapevine/} in the checkout.
 */
public final class GrapevineCli {

    private final Path root;
    private final Path home;
    private final PrintStream out = System.out;

    GrapevineCli(Path root) {
        this.root = root;
        this.home = root.resolve(".grapevine");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("grapevine.root", ".")).toAbsolutePath().normalize();
        GrapevineCli cli = new GrapevineCli(root);
        String command = args.length == 0 ? "help" : args[0];
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        int exit = switch (command) {
            case "up" -> cli.up(options.contains("--no-demo"));
            case "down" -> cli.down();
            case "status" -> cli.status();
            case "reset" -> cli.reset(options.contains("--yes"));
            case "import" -> cli.importFile(options);
            default -> cli.help();
        };
        System.exit(exit);
    }

    int help() {
        out.println("""
                usage: ./grapevine <command>
                  up [--no-demo]   start Kafka, PostgreSQL and the three services; Ctrl-C stops everything
                  down             stop a running system
                  status           each component, its URL and health
                  logs [service]   follow the logs (kafka, postgresql, ingest-service, dedupe-service, query-service)
                  import FILE      import reports from a JSON Lines file through the ingest API
                  reset [--yes]    delete all local data (.grapevine/) after a confirmation""");
        return 2;
    }

    int up(boolean noDemo) throws Exception {
        Optional<ProcessHandle> running = RunFiles.launcher(home);
        if (running.isPresent()) {
            out.println("Grapevine is already running (pid " + running.get().pid() + ").");
            return status();
        }
        Files.createDirectories(home);
        RunFiles.writeLauncher(home, ProcessHandle.current().pid());
        String apiKey = apiKey();

        List<ServiceProcess> services = new ArrayList<>();
        LocalInfrastructure[] infrastructure = new LocalInfrastructure[1];
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nStopping Grapevine...");
            for (int i = services.size() - 1; i >= 0; i--) {
                services.get(i).close();
            }
            if (infrastructure[0] != null) {
                infrastructure[0].close();
            }
            RunFiles.clear(home);
            out.println("Stopped. Data kept in " + home + ".");
            stopped.countDown();
        }, "grapevine-stop"));

        step("Starting PostgreSQL on " + Component.POSTGRESQL.port() + " and Kafka on " + Component.KAFKA.port());
        infrastructure[0] = LocalInfrastructure.start(home, Component.KAFKA.port(), Component.KAFKA_CONTROLLER.port(),
                Component.POSTGRESQL.port());
        InfraEndpoints endpoints = infrastructure[0].endpoints();
        RunFiles.writeComponent(home, Component.KAFKA, infrastructure[0].kafkaPid());
        done();

        for (Component component : List.of(Component.INGEST, Component.DEDUPE, Component.QUERY)) {
            step("Starting " + component.id() + " on " + component.port());
            ServiceProcess service = ServiceProcess.start(root, component.id(), component.port(),
                    serviceConfig(component, endpoints, apiKey), home.resolve("logs").resolve(component.id() + ".log"));
            services.add(service);
            RunFiles.writeComponent(home, component, service.pid());
            service.awaitReady(Duration.ofMinutes(3), () -> out.print("."));
            done();
        }

        if (!noDemo) {
            DemoData.load(root, Component.INGEST.url(), apiKey, out);
        }
        out.println();
        out.println("Grapevine is up.");
        out.println("  Dashboard       " + Component.QUERY.url() + "/");
        out.println("  Query API       " + Component.QUERY.url() + "/api/v1/transfers   (OpenAPI: /q/swagger-ui)");
        out.println("  Ingest API      " + Component.INGEST.url() + "/api/v1/reports    (header X-API-Key)");
        out.println("  Dedupe service  " + Component.DEDUPE.url() + "/q/health");
        out.println("  API key         " + home.resolve("api-key"));
        out.println("  Kafka           " + endpoints.kafkaBootstrapServers() + "   PostgreSQL 127.0.0.1:"
                + endpoints.postgresPort() + "/" + InfraEndpoints.DATABASE);
        out.println("  Logs            ./grapevine logs [service]   (files in " + home.resolve("logs") + ")");
        out.println("Press Ctrl-C to stop (or run ./grapevine down).");
        stopped.await();
        return 0;
    }

    private static Map<String, String> serviceConfig(Component component, InfraEndpoints endpoints, String apiKey) {
        ServiceSchema schema = ServiceSchema.valueOf(component.id().replace("-service", "").toUpperCase());
        return ServiceSettings.of(schema, endpoints, apiKey, Component.INGEST.url(), Component.DEDUPE.url());
    }

    int importFile(List<String> options) throws IOException {
        if (options.isEmpty()) {
            return help();
        }
        Path file = Path.of(options.get(0));
        if (!Files.isReadable(file)) {
            out.println("Cannot read " + file);
            return 1;
        }
        if (ServiceProcess.health(Component.INGEST.url()) != ServiceProcess.Health.UP) {
            out.println("ingest-service is not answering at " + Component.INGEST.url() + ": start it with ./grapevine up");
            return 1;
        }
        return ReportImport.run(file, Component.INGEST.url(), apiKey(), out);
    }

    int down() {
        Optional<ProcessHandle> launcher = RunFiles.launcher(home);
        if (launcher.isPresent()) {
            step("Stopping Grapevine (pid " + launcher.get().pid() + ")");
            ServiceProcess.stop(launcher.get());
            launcher.get().onExit().join();
            done();
        }
        // a launcher killed without cleaning up leaves its components: stop them one by one
        for (Component component : Component.values()) {
            RunFiles.component(home, component).ifPresent(process -> {
                step("Stopping leftover " + component.id() + " (pid " + process.pid() + ")");
                ServiceProcess.stop(process);
                done();
            });
        }
        RunFiles.orphanedPostmaster(home).ifPresent(postmaster -> {
            step("Stopping leftover PostgreSQL (pid " + postmaster.pid() + ")");
            ServiceProcess.stop(postmaster);
            done();
        });
        RunFiles.clear(home);
        out.println("Grapevine is stopped.");
        return 0;
    }

    int status() {
        Optional<ProcessHandle> launcher = RunFiles.launcher(home);
        out.println(launcher.map(p -> "Grapevine is running (launcher pid " + p.pid() + ")")
                .orElse("Grapevine is not running"));
        out.printf("  %-16s %-28s %s%n", "COMPONENT", "ADDRESS", "STATE");
        for (Component component : Component.values()) {
            if (component == Component.KAFKA_CONTROLLER) {
                continue;
            }
            String address = component.isService() ? component.url() : "127.0.0.1:" + component.port();
            String state = component.isService()
                    ? ServiceProcess.health(component.url()).name().toLowerCase()
                    : (listening(component.port()) ? "up" : "unreachable");
            out.printf("  %-16s %-28s %s%n", component.id(), address, state);
        }
        return launcher.isPresent() ? 0 : 3;
    }

    int reset(boolean confirmed) throws IOException {
        if (RunFiles.launcher(home).isPresent()) {
            out.println("Grapevine is running: stop it first with ./grapevine down.");
            return 1;
        }
        if (!confirmed) {
            out.print("This deletes every report, story and log in " + home + ". Type 'yes' to continue: ");
            out.flush();
            String answer = System.console() == null ? readLine() : System.console().readLine();
            if (!"yes".equals(answer == null ? null : answer.trim())) {
                out.println("Nothing deleted.");
                return 1;
            }
        }
        RunFiles.deleteTree(home);
        out.println("Deleted " + home + ".");
        return 0;
    }

    private String apiKey() throws IOException {
        Path file = home.resolve("api-key");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String key = "gv_" + HexFormat.of().formatHex(random);
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
        file.toFile().setReadable(false, false);
        file.toFile().setReadable(true, true);
        return key;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = System.in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }

    private void step(String message) {
        out.print("  " + message + " ");
        out.flush();
    }

    private void done() {
        out.println(" ok");
    }
}
