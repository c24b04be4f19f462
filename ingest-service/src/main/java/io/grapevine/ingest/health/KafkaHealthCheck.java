package io.grapevine.ingest.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Kafka must answer for ingest-service to accept anything: DOWN when the cluster cannot be described in 3 s. */
@Readiness
@ApplicationScoped
public class KafkaHealthCheck implements AsyncHealthCheck {

    private final String bootstrapServers;
    private Admin admin;

    public KafkaHealthCheck(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private HealthCheckResponse check() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes()
                    .get(3, TimeUnit.SECONDS).size();
            return HealthCheckResponse.named("kafka").up().withData("bootstrap.servers", bootstrapServers)
                    .withData("nodes", nodes).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka").down().withData("bootstrap.servers", bootstrapServers)
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "ingest-service-health",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
