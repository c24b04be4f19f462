package io.grapevine.dedupe.story;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import java.util.List;

/**
 * A story as the engine keeps it: the latest snapshot, the claims it was built from, and whether its origins' track
 * records have been settled. Stored as JSON in {@code dedupe.story.state}.
 */
public record StoryState(TransferSnapshot snapshot, List<Claim> claims, boolean settled) {

    public StoryState {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    public String id() {
        return snapshot.id();
    }

    public boolean open() {
        return !settled && snapshot.mergedInto() == null;
    }

    public boolean confirmed() {
        return snapshot.status() == StoryStatus.CONFIRMED;
    }
}
