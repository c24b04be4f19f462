package io.grapevine.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * Apache Kafka's own broker in KRaft mode (combined broker and controller, one node), run as a separate JVM
 * from the Maven Central jars that the {@code kafka-broker} module lists. The broker JVM exits when this
 * process goes away (it watches its standard input), so it never outlives its launcher.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "grapevine/kafka-broker.classpath";

    private final Process process;
    private final OutputStream lifeline;
    private final String bootstrapServers;
    private final Path logFile;

    private KafkaBroker(Process process, String bootstrapServers, Path logFile) {
        this.process = process;
        this.lifeline = process.getOutputStream();
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
    }

    /**
     * Starts a broker whose log lives in {@code dataDir} (kept across restarts) and waits until it serves.
     */
    public static KafkaBroker start(Path dataDir, Path logFile, String host, int port, int controllerPort,
            Duration timeout) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            Path properties = writeServerProperties(dataDir, host, port, controllerPort);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms128m", "-Xmx768m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                    "-Dgrapevine.watch-parent=true",
                    "-Dgrapevine.component=kafka",
                    "-Dlog4j2.configurationFile=grapevine/kafka-log4j2.properties",
                    "-cp", brokerClasspath(),
                    "io.grapevine.infra.broker.BrokerMain",
                    properties.toString(),
                    clusterId(dataDir)));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            KafkaBroker broker = new KafkaBroker(process, host + ":" + port, logFile);
            broker.awaitReady(timeout);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public long pid() {
        return process.pid();
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited with code " + process.exitValue()
                        + "; see " + logFile + "\n" + LogTail.of(logFile, 30));
            }
            try (Admin admin = Admin.create(config)) {
                if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception notYet) {
                sleep(Duration.ofMillis(300));
            }
        }
        close();
        throw new IllegalStateException("the Kafka broker was not ready within " + timeout + "; see " + logFile
                + "\n" + LogTail.of(logFile, 30));
    }

    /** Stops the broker cleanly (it flushes and closes its log), forcibly after 30 seconds. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            lifeline.close(); // the broker's watchdog sees end-of-file and shuts Kafka down
        } catch (IOException ignored) {
            // the pipe is already gone: same effect
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path writeServerProperties(Path dataDir, String host, int port, int controllerPort)
            throws IOException {
        Path logDir = dataDir.resolve("log");
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + host + ":" + controllerPort,
                "listeners=PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + host + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir.toAbsolutePath(),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "log.retention.hours=-1",
                "log.cleaner.backoff.ms=5000",
                "");
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    /** The cluster id is chosen once per data directory; reusing it is what lets the data survive a restart. */
    private static String clusterId(Path dataDir) throws IOException {
        Path file = dataDir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id, StandardCharsets.UTF_8);
        return id;
    }

    /** The kafka-broker jar (or classes directory) plus the jars its build recorded. */
    private static String brokerClasspath() throws IOException {
        URL resource = KafkaBroker.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath: build infra/kafka-broker");
        }
        String dependencies;
        try (var in = resource.openStream()) {
            dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        return codeRoot(resource) + java.io.File.pathSeparator + dependencies;
    }

    private static String codeRoot(URL resource) {
        try {
            String url = resource.toString();
            if (url.startsWith("jar:")) {
                String jar = url.substring("jar:".length(), url.indexOf("!/"));
                return Path.of(new java.net.URI(jar)).toString();
            }
            Path file = Path.of(resource.toURI());
            return file.getParent().getParent().toString(); // <root>/grapevine/kafka-broker.classpath
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected resource location " + resource, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
