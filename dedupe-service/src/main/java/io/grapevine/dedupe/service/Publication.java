package io.grapevine.dedupe.service;

import io.grapevine.contracts.SourceSnapshot;
import io.grapevine.contracts.TransferSnapshot;
import java.util.List;

/**
 * What one processed event must publish after its transaction commits: story snapshots (absorbed stories with
 * {@code mergedInto} are followed by a tombstone) and changed source standings.
 */
public record Publication(List<TransferSnapshot> snapshots, List<SourceSnapshot> sources) {

    public static final Publication NONE = new Publication(List.of(), List.of());
}
