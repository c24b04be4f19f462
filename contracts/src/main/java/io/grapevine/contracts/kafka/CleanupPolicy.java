package io.grapevine.contracts.kafka;

/** Kafka's {@code cleanup.policy} for a topic. */
public enum CleanupPolicy {
    DELETE("delete"),
    COMPACT("compact");

    private final String config;

    CleanupPolicy(String config) {
        this.config = config;
    }

    public String config() {
        return config;
    }
}
