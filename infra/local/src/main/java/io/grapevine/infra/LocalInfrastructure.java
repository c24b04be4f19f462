package io.grapevine.infra;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Real Kafka and PostgreSQL as local processes, provisioned for Grapevine: what both the tests and
 * {@code ./grapevine up} run on. Closing it stops both, PostgreSQL last.
 */
public final class LocalInfrastructure implements AutoCloseable {

    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final InfraEndpoints endpoints;

    private LocalInfrastructure(Postgres postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.endpoints = new InfraEndpoints(kafka.bootstrapServers(), "127.0.0.1", postgres.port());
    }

    /**
     * Starts PostgreSQL and Kafka with their data under {@code home}, creates the topics and schemas.
     *
     * @param home            data and logs: {@code home/postgres}, {@code home/kafka}, {@code home/logs}
     * @param kafkaPort       broker port
     * @param controllerPort  KRaft controller port
     * @param postgresPort    PostgreSQL port
     */
    public static LocalInfrastructure start(Path home, int kafkaPort, int controllerPort, int postgresPort) {
        Postgres postgres = Postgres.start(home.resolve("postgres"), home.resolve("postgres-runtime"), postgresPort);
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(home.resolve("kafka"), home.resolve("logs").resolve("kafka.log"), "127.0.0.1",
                    kafkaPort, controllerPort, Duration.ofSeconds(90));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        LocalInfrastructure infrastructure = new LocalInfrastructure(postgres, kafka);
        try {
            Provisioning.createDatabase(postgres::superuserJdbcUrl, "postgres", "");
            Provisioning.createTopics(kafka.bootstrapServers());
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
        return infrastructure;
    }

    /** Test infrastructure on free ports. */
    public static LocalInfrastructure startOnFreePorts(Path home) {
        return start(home, PortAllocator.freePort(), PortAllocator.freePort(), PortAllocator.freePort());
    }

    public InfraEndpoints endpoints() {
        return endpoints;
    }

    public long kafkaPid() {
        return kafka.pid();
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
