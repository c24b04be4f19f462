package io.grapevine.testkit;

import io.grapevine.infra.InfraEndpoints;
import io.grapevine.infra.Provisioning;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same infrastructure on Testcontainers, for machines with a Docker engine. */
final class ContainerInfrastructure {

    private ContainerInfrastructure() {
    }

    static InfraEndpoints start() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine")
                .withDatabaseName("postgres")
                .withUsername("postgres")
                .withPassword("postgres");
        kafka.start();
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }, "grapevine-containers-stop"));
        String host = postgres.getHost();
        int port = postgres.getMappedPort(5432);
        Provisioning.createDatabase(database -> "jdbc:postgresql://" + host + ":" + port + "/" + database,
                "postgres", "postgres");
        Provisioning.createTopics(kafka.getBootstrapServers());
        return new InfraEndpoints(kafka.getBootstrapServers(), host, port);
    }
}
