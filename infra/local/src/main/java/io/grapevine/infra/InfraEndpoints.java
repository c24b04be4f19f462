package io.grapevine.infra;

/**
 * Where the running infrastructure answers, whoever started it (local processes or containers).
 *
 * @param kafkaBootstrapServers Kafka bootstrap servers
 * @param postgresHost          PostgreSQL host
 * @param postgresPort          PostgreSQL port
 */
public record InfraEndpoints(String kafkaBootstrapServers, String postgresHost, int postgresPort) {

    /** The database that holds every service's schema. */
    public static final String DATABASE = "grapevine";

    public String jdbcUrl() {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + DATABASE;
    }

    /** The URL form the Vert.x reactive PostgreSQL client takes. */
    public String reactiveUrl() {
        return "postgresql://" + postgresHost + ":" + postgresPort + "/" + DATABASE;
    }
}
