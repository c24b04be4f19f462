package io.grapevine.ingest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything ingest-service can be told, under {@code grapevine.ingest}. */
@ConfigMapping(prefix = "grapevine.ingest")
public interface IngestConfig {

    Limits limits();

    RateLimit rateLimit();

    Kafka kafka();

    SeenIds seenIds();

    Publish publish();

    Poll poll();

    Feeds feeds();

    X x();

    Bluesky bluesky();

    /** Size limits of the push API; a request over any of them is answered 413. */
    interface Limits {
        /** Characters of {@code text} per report. */
        @WithDefault("100000")
        int maxTextChars();

        /** Reports per request. */
        @WithDefault("1000")
        int maxBatchReports();

        /** Bytes per request body. */
        @WithDefault("10M")
        MemorySize maxBodySize();
    }

    /** A token bucket per API key. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("500")
        double requestsPerSecond();

        @WithDefault("1000")
        int burst();

        /** Per-key overrides, each {@code key:requestsPerSecond:burst}. */
        Optional<List<String>> overrides();
    }

    /** Group commit of concurrent requests (see PublishBatcher). */
    interface Publish {
        /** Flushes (transaction + publish) running at once; requests arriving meanwhile are merged. */
        @WithDefault("4")
        int maxConcurrentFlushes();

        /** Reports merged into one flush at most. */
        @WithDefault("2000")
        int maxReportsPerFlush();
    }

    /** The memory of published report ids. */
    interface SeenIds {
        /** Commit the seen ids without waiting for PostgreSQL's WAL flush (see SeenReportRepository). */
        @WithDefault("true")
        boolean relaxedCommit();
    }

    interface Kafka {
        /** Extra producer properties, e.g. {@code grapevine.ingest.kafka.producer."linger.ms"=10}. */
        Map<String, String> producer();
    }

    interface Poll {
        /** When false, nothing is polled on a timer; polls still run on demand (admin API). */
        @WithDefault("true")
        boolean schedulerEnabled();

        /** How often the scheduler looks for due sources. */
        @WithDefault("PT1S")
        Duration tick();

        /** Polls running at the same time. */
        @WithDefault("4")
        int maxConcurrent();

        /** The longest wait after repeated failures. */
        @WithDefault("PT1H")
        Duration maxBackoff();

        @WithDefault("PT20S")
        Duration timeout();

        /** Largest response a poller reads. */
        @WithDefault("5M")
        MemorySize maxResponseSize();

        @WithDefault("Grapevine/1.0 (+https://github.com/grapevine; transfer-rumour aggregator)")
        String userAgent();
    }

    interface Feeds {
        /** Polls RSS/Atom feeds; off by default since a local run has no internet. */
        @WithDefault("false")
        boolean enabled();

        /** Polls the feeds listed in the source catalogue. */
        @WithDefault("true")
        boolean catalogue();

        /** More feeds, each {@code source-reference|feed-url} (a catalogue id, name, handle or domain). */
        Optional<List<String>> extra();

        @WithDefault("PT10M")
        Duration interval();
    }

    interface X {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("https://api.x.com")
        String baseUrl();

        /** The API v2 bearer token; without it the X poller stays off. */
        Optional<String> bearerToken();

        /** Handles to poll ({@code @FabrizioRomano}); the catalogue's handles when absent. */
        Optional<List<String>> handles();

        @WithDefault("PT15M")
        Duration interval();

        /** Pages followed per poll once a since_id is known. */
        @WithDefault("5")
        int maxPages();
    }

    interface Bluesky {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("https://public.api.bsky.app")
        String baseUrl();

        /** Actors to poll, each {@code handle-or-did} or {@code handle-or-did=source-reference}. */
        Optional<List<String>> actors();

        @WithDefault("PT5M")
        Duration interval();

        @WithDefault("5")
        int maxPages();
    }
}
