package io.grapevine.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a Grapevine service needs to run on given infrastructure, as system properties: where Kafka and
 * PostgreSQL are, its own database role, and the API key. Only query-service gets the other services' URLs (its
 * pipeline panel reads them), and dedupe-service gets no API key: Quarkus refuses keys a service does not declare
 * under a prefix it maps.
 */
public final class ServiceSettings {

    private ServiceSettings() {
    }

    public static Map<String, String> of(ServiceSchema service, InfraEndpoints endpoints, String apiKey,
            String ingestUrl, String dedupeUrl) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", endpoints.kafkaBootstrapServers());
        config.put("quarkus.datasource.reactive.url", endpoints.reactiveUrl());
        config.put("quarkus.datasource.jdbc.url", endpoints.jdbcUrl());
        config.put("quarkus.datasource.username", service.role());
        config.put("quarkus.datasource.password", service.localPassword());
        if (service != ServiceSchema.DEDUPE) {
            config.put("grapevine.api-keys", apiKey);
        }
        if (service == ServiceSchema.QUERY) {
            config.put("grapevine.ingest.url", ingestUrl);
            config.put("grapevine.dedupe.url", dedupeUrl);
        }
        return config;
    }
}
