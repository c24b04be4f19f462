package io.grapevine.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Grapevine service running as its own JVM from its packaged Quarkus application. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path logFile;

    private ServiceProcess(String name, Process process, int port, Path logFile) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Starts {@code <root>/<name>/target/quarkus-app/quarkus-run.jar} with the given configuration as system
     * properties, logging to {@code logFile}.
     */
    public static ServiceProcess start(Path root, String name, int port, Map<String, String> config, Path logFile) {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -DskipTests install");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC",
                "-Dgrapevine.component=" + name,
                "-Dquarkus.http.port=" + port));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new ServiceProcess(name, process, port, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /q/health/ready} answers 200, failing early if the process dies. */
    public void awaitReady(Duration timeout, Runnable onWait) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see "
                        + logFile + "\n" + LogTail.of(logFile, 25));
            }
            if (health(url()) == Health.UP) {
                return;
            }
            onWait.run();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + logFile + "\n"
                + LogTail.of(logFile, 25));
    }

    /** Stops the service gracefully (SIGTERM), forcibly after 20 seconds. */
    @Override
    public void close() {
        stop(process.toHandle());
    }

    /** Graceful stop of any process: SIGTERM, then SIGKILL after 20 seconds. */
    public static void stop(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception timeout) {
            handle.destroyForcibly();
        }
    }

    /** What a service's readiness endpoint says. */
    public enum Health { UP, DOWN, UNREACHABLE }

    public static Health health(String baseUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Health.UP : Health.DOWN;
        } catch (IOException e) {
            return Health.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.UNREACHABLE;
        }
    }
}
