package io.grapevine.testkit;

import io.grapevine.infra.InfraEndpoints;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Hands a Quarkus test the real Kafka broker and PostgreSQL of this test JVM (see {@link SharedInfrastructure}).
 * Each service keeps its own database role and schema through its own datasource settings.
 */
public class GrapevineTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        InfraEndpoints endpoints = SharedInfrastructure.endpoints();
        return Map.of(
                "kafka.bootstrap.servers", endpoints.kafkaBootstrapServers(),
                "quarkus.datasource.reactive.url", endpoints.reactiveUrl(),
                "quarkus.datasource.jdbc.url", endpoints.jdbcUrl());
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; stopped by a shutdown hook when the JVM exits
    }
}
