package io.grapevine.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** query-service's own settings ({@code grapevine.*}). */
@ConfigMapping(prefix = "grapevine")
public interface QueryConfig {

    /** API keys accepted by the write endpoints. */
    Optional<List<String>> apiKeys();

    /** A file with one API key per line, read when present. */
    Optional<String> apiKeyFile();

    Service ingest();

    Service dedupe();

    Pipeline pipeline();

    Stream stream();

    Watches watches();

    interface Service {
        String url();
    }

    interface Pipeline {
        @WithDefault("10s")
        Duration interval();

        @WithDefault("2s")
        Duration timeout();

        @WithDefault("dedupe-service")
        String dedupeGroup();
    }

    interface Stream {
        @WithDefault("10000")
        int bufferSize();

        @WithDefault("15s")
        Duration keepAlive();
    }

    interface Watches {
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("60s")
        Duration maxBackoff();

        @WithDefault("15m")
        Duration giveUpAfter();

        @WithDefault("5s")
        Duration requestTimeout();
    }
}
