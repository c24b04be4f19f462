package io.grapevine.testkit;

import io.grapevine.infra.InfraEndpoints;
import io.grapevine.infra.LocalInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * The one Kafka broker and PostgreSQL of a test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>{@code -Dgrapevine.infra=processes} runs them as local processes (the default where no Docker engine
 * answers); {@code -Dgrapevine.infra=containers} runs them with Testcontainers; {@code auto} (the default)
 * picks containers only when Docker answers.
 */
public final class SharedInfrastructure {

    private static InfraEndpoints endpoints;

    private SharedInfrastructure() {
    }

    public static synchronized InfraEndpoints endpoints() {
        if (endpoints == null) {
            endpoints = useContainers() ? ContainerInfrastructure.start() : startProcesses();
        }
        return endpoints;
    }

    static boolean useContainers() {
        String mode = System.getProperty("grapevine.infra", "auto").toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "containers" -> true;
            case "processes" -> false;
            default -> dockerAnswers();
        };
    }

    private static boolean dockerAnswers() {
        boolean socket = Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null;
        try {
            return socket && DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static InfraEndpoints startProcesses() {
        try {
            Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "grapevine-infra-");
            LocalInfrastructure infrastructure = LocalInfrastructure.startOnFreePorts(home);
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "grapevine-infra-stop"));
            return infrastructure.endpoints();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
