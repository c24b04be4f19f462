package io.grapevine.infra.cli;

/** What {@code ./grapevine} runs, with the default port of each (each configurable by environment variable). */
enum Component {
    POSTGRESQL("postgresql", "GRAPEVINE_POSTGRES_PORT", 15432),
    KAFKA("kafka", "GRAPEVINE_KAFKA_PORT", 9092),
    KAFKA_CONTROLLER("kafka-controller", "GRAPEVINE_KAFKA_CONTROLLER_PORT", 9093),
    INGEST("ingest-service", "INGEST_HTTP_PORT", 8081),
    DEDUPE("dedupe-service", "DEDUPE_HTTP_PORT", 8082),
    QUERY("query-service", "QUERY_HTTP_PORT", 8080);

    private final String id;
    private final String portVariable;
    private final int defaultPort;

    Component(String id, String portVariable, int defaultPort) {
        this.id = id;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
    }

    String id() {
        return id;
    }

    int port() {
        String configured = System.getenv(portVariable);
        return configured == null || configured.isBlank() ? defaultPort : Integer.parseInt(configured.trim());
    }

    boolean isService() {
        return this == INGEST || this == DEDUPE || this == QUERY;
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }
}
