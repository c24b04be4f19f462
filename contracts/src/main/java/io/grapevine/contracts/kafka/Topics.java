package io.grapevine.contracts.kafka;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.SourceSnapshot;
import io.grapevine.contracts.TransferSnapshot;
import java.util.List;
import java.util.stream.Stream;

/** The one catalogue of Grapevine's topics. Every service, test and the local launcher use it. */
public final class Topics {

    /** Reports as received, keyed by report id. Written by ingest-service. */
    public static final Topic<String, RawReport> RAW_REPORTS = new Topic<>(
            "rumours.raw.v1", String.class, RawReport.class, 6, CleanupPolicy.DELETE, "io.grapevine.report.received.v1");

    /** Claims extracted from reports, keyed by canonical player id. Written by dedupe-service. */
    public static final Topic<String, Claim> CLAIMS = new Topic<>(
            "rumours.claims.v1", String.class, Claim.class, 6, CleanupPolicy.DELETE, "io.grapevine.claim.extracted.v1");

    /** Full transfer-story snapshots, compacted, keyed by story id. Written by dedupe-service. */
    public static final Topic<String, TransferSnapshot> TRANSFERS = new Topic<>(
            "transfers.v1", String.class, TransferSnapshot.class, 6, CleanupPolicy.COMPACT, "io.grapevine.transfer.snapshot.v1");

    /** Source reliability and track records, compacted, keyed by source id. Written by dedupe-service. */
    public static final Topic<String, SourceSnapshot> SOURCES = new Topic<>(
            "sources.v1", String.class, SourceSnapshot.class, 1, CleanupPolicy.COMPACT, "io.grapevine.source.snapshot.v1");

    /**
     * CloudEvents type of the {@link io.grapevine.contracts.ClockTick} records that dedupe-service writes into
     * {@link #CLAIMS}, one per partition, to keep stream time moving when no news arrives.
     */
    public static final String CLOCK_TICK_TYPE = "io.grapevine.clock.tick.v1";

    private Topics() {
    }

    /** The event topics, without their dead-letter topics. */
    public static List<Topic<String, ?>> events() {
        return List.of(RAW_REPORTS, CLAIMS, TRANSFERS, SOURCES);
    }

    /** Every topic the system needs, dead-letter topics included. */
    public static List<Topic<String, ?>> all() {
        return events().stream()
                .flatMap(topic -> Stream.<Topic<String, ?>>of(topic, topic.deadLetter()))
                .toList();
    }
}
