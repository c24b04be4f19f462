package io.grapevine.query.health;

import io.grapevine.query.service.ReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the in-memory view holds the stored read model. */
@Readiness
@ApplicationScoped
public class ReadModelReadiness implements HealthCheck {

    private final ReadModel readModel;

    public ReadModelReadiness(ReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("read-model")
                .status(readModel.isReady())
                .withData("stories", readModel.view().size())
                .build();
    }
}
