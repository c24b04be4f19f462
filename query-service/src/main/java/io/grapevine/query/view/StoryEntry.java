package io.grapevine.query.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.reference.TextFold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * One live story of the in-memory view: its JSON forms serialized once when it is applied (so a read copies bytes
 * instead of serializing), the snapshot's fields without the evidence trail (what filters, sorts, watches and the
 * dashboard rows read), and the folded names and sort keys the queries use. The whole snapshot is decoded from the
 * detail JSON when asked for (the story page, a watch notification), so the evidence trail is held once, as bytes:
 * that keeps the view's heap small, and the collector's work with it. Immutable but for the superseded mark.
 */
public final class StoryEntry {

    /** Heat halves every three days without new reports. */
    public static final double HEAT_HALF_LIFE_SECONDS = 3 * 86_400.0;

    private final TransferSnapshot fields;
    private final byte[] itemJson;
    private final byte[] detailJson;
    private final String playerFolded;
    private final String fromClubFolded;
    private final String toClubFolded;
    private final double heatKey;
    private final long lastSeenMillis;
    private final long updatedAtMillis;
    private final long versionHash;
    /** Set when the view replaces or removes this entry, so that a page walking the indexes meanwhile skips it. */
    private volatile boolean superseded;

    private StoryEntry(TransferSnapshot snapshot, byte[] detailJson) {
        this.fields = snapshot.reports().isEmpty() ? snapshot : withoutReports(snapshot);
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
        this.versionHash = versionHash(snapshot.id(), snapshot.version());
    }

    public static StoryEntry of(TransferSnapshot snapshot) {
        return new StoryEntry(snapshot, write(snapshot));
    }

    private static TransferSnapshot withoutReports(TransferSnapshot s) {
        return new TransferSnapshot(s.id(), s.version(), s.player(), s.fromClub(), s.toClub(), s.window(), s.stage(),
                s.status(), s.credibility(), s.modelVersion(), s.explanation(), s.fee(), s.reportCount(), s.originCount(),
                s.firstSeen(), s.lastSeen(), List.of(), s.credibilityHistory(), s.mergedInto(), s.updatedAt());
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

    /** FNV-1a (64 bits) of the id and the version: what a list ETag combines instead of hashing bodies. */
    static long versionHash(String id, long version) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0xff;
        h *= 0x100000001b3L;
        for (int i = 0; i < 8; i++) {
            h ^= (version >>> (8 * i)) & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static byte[] write(Object value) {
        try {
            return ContractJson.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String id() {
        return fields.id();
    }

    public long version() {
        return fields.version();
    }

    /** The snapshot's fields with an empty evidence trail (cheap: held). */
    public TransferSnapshot fields() {
        return fields;
    }

    /** The whole snapshot, evidence trail included (decoded from the detail JSON on each call). */
    public TransferSnapshot snapshot() {
        try {
            return ContractJson.MAPPER.readValue(detailJson, TransferSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 64-bit hash of the id and version, computed once; list ETags combine these. */
    public long versionHash() {
        return versionHash;
    }

    boolean superseded() {
        return superseded;
    }

    void supersede() {
        superseded = true;
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
        return fields.player() == null ? null : fields.player().id();
    }

    public String toClubId() {
        return fields.toClub() == null ? null : fields.toClub().id();
    }

    public String fromClubId() {
        return fields.fromClub() == null ? null : fields.fromClub().id();
    }

    /** A strong validator for the detail representation. */
    public String etag() {
        return "\"" + fields.id() + "@" + fields.version() + "\"";
    }
}
