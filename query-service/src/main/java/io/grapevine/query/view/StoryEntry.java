package io.grapevine.query.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.reference.TextFold;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * One live story of the in-memory view: the snapshot, its JSON forms serialized once when it is applied (so a read
 * copies bytes instead of serializing), and the folded names and sort keys the queries use. Immutable.
 */
public final class StoryEntry {

    /** Heat halves every three days without new reports. */
    public static final double HEAT_HALF_LIFE_SECONDS = 3 * 86_400.0;

    private final TransferSnapshot snapshot;
    private final byte[] itemJson;
    private final byte[] detailJson;
    private final String playerFolded;
    private final String fromClubFolded;
    private final String toClubFolded;
    private final double heatKey;
    private final long lastSeenMillis;
    private final long updatedAtMillis;

    private StoryEntry(TransferSnapshot snapshot, byte[] detailJson) {
        this.snapshot = snapshot;
        this.detailJson = detailJson;
        this.itemJson = write(TransferSummary.of(snapshot));
        this.playerFolded = TextFold.fold(snapshot.player() == null ? "" : snapshot.player().name());
        this.fromClubFolded = snapshot.fromClub() == null ? "" : TextFold.foldLoose(snapshot.fromClub().name());
        this.toClubFolded = snapshot.toClub() == null ? "" : TextFold.foldLoose(snapshot.toClub().name());
        Instant lastSeen = snapshot.lastSeen() != null ? snapshot.lastSeen()
                : snapshot.updatedAt() != null ? snapshot.updatedAt() : Instant.EPOCH;
        this.lastSeenMillis = lastSeen.toEpochMilli();
        this.updatedAtMillis = snapshot.updatedAt() == null ? lastSeenMillis : snapshot.updatedAt().toEpochMilli();
        this.heatKey = heatKey(snapshot, lastSeen);
    }

    public static StoryEntry of(TransferSnapshot snapshot) {
        return new StoryEntry(snapshot, write(snapshot));
    }

    /**
     * Heat is recent independent activity that decays with a half-life: {@code activity * 2^(-age/halfLife)}. Its
     * logarithm, {@code log2(activity) + lastSeen/halfLife - now/halfLife}, orders stories the same way at every
     * instant, so the part without {@code now} is a fixed sort key.
     */
    static double heatKey(TransferSnapshot s, Instant lastSeen) {
        int origins = Math.max(0, s.originCount());
        int echoes = Math.max(0, s.reportCount() - origins);
        double activity = 1 + 2.0 * origins + echoes;
        return Math.log(activity) / Math.log(2) + lastSeen.getEpochSecond() / HEAT_HALF_LIFE_SECONDS;
    }

    /** Heat at {@code now}: weighted report activity (origins count double) decayed by age. */
    public double heatAt(Instant now) {
        return Math.pow(2, heatKey - now.getEpochSecond() / HEAT_HALF_LIFE_SECONDS);
    }

    private static byte[] write(Object value) {
        try {
            return ContractJson.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String id() {
        return snapshot.id();
    }

    public long version() {
        return snapshot.version();
    }

    public TransferSnapshot snapshot() {
        return snapshot;
    }

    /** The list-item JSON (no evidence trail). */
    public byte[] itemJson() {
        return itemJson;
    }

    /** The whole snapshot as JSON. */
    public byte[] detailJson() {
        return detailJson;
    }

    public String playerFolded() {
        return playerFolded;
    }

    public String fromClubFolded() {
        return fromClubFolded;
    }

    public String toClubFolded() {
        return toClubFolded;
    }

    public double heatKey() {
        return heatKey;
    }

    public long lastSeenMillis() {
        return lastSeenMillis;
    }

    public long updatedAtMillis() {
        return updatedAtMillis;
    }

    public String playerId() {
        return snapshot.player() == null ? null : snapshot.player().id();
    }

    public String toClubId() {
        return snapshot.toClub() == null ? null : snapshot.toClub().id();
    }

    public String fromClubId() {
        return snapshot.fromClub() == null ? null : snapshot.fromClub().id();
    }

    /** A strong validator for the detail representation. */
    public String etag() {
        return "\"" + snapshot.id() + "@" + snapshot.version() + "\"";
    }
}
