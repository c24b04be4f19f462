package io.grapevine.query;

import io.grapevine.contracts.ClubRef;
import io.grapevine.contracts.Contribution;
import io.grapevine.contracts.CredibilityPoint;
import io.grapevine.contracts.EvidenceReport;
import io.grapevine.contracts.EvidenceRole;
import io.grapevine.contracts.FeeRange;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.contracts.ReportFee;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.testkit.KafkaTestClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test snapshots and the means to publish them on the real broker. */
public final class Stories {

    private Stories() {
    }

    /** A short random tag to keep each test's players and clubs apart on the shared topic and read model. */
    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The contract's golden example (Bastoni, Inter Milan -> Liverpool, 2024-winter). */
    public static TransferSnapshot golden() {
        Path file = Path.of("../contracts/src/test/resources/examples/transfer-snapshot.json");
        try (InputStream in = Files.newInputStream(file)) {
            return ContractJson.MAPPER.readValue(in, TransferSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TransferSnapshot story(String id, long version, String playerId, String playerName, String fromId,
            String fromName, String toId, String toName, Stage stage, StoryStatus status, double credibility,
            Instant lastSeen) {
        SourceRef source = new SourceRef("sky-sports", "Sky Sports", "outlet");
        EvidenceReport report = new EvidenceReport("r-" + id + "-" + version, "https://example.org/" + id, source, source,
                EvidenceRole.ORIGIN, null, lastSeen, stage, new ReportFee(30_000_000, "EUR", 30_000_000.0),
                playerName + " is wanted by " + toName + ".");
        return new TransferSnapshot(id, version, new PlayerRef(playerId, playerName),
                fromId == null ? null : new ClubRef(fromId, fromName), new ClubRef(toId, toName), "2024-winter", stage,
                status, credibility, "evidence-v1",
                List.of(new Contribution("base-rate", 0.1, "Base rate"), new Contribution("origin", credibility - 0.1, "Sky Sports")),
                new FeeRange(30_000_000.0, 25_000_000.0, 35_000_000.0), 1, 1, lastSeen.minusSeconds(3600), lastSeen,
                List.of(report), List.of(new CredibilityPoint(lastSeen, credibility)), null, lastSeen);
    }

    public static TransferSnapshot withVersion(TransferSnapshot s, long version, double credibility, StoryStatus status) {
        return new TransferSnapshot(s.id(), version, s.player(), s.fromClub(), s.toClub(), s.window(), s.stage(), status,
                credibility, s.modelVersion(), s.explanation(), s.fee(), s.reportCount(), s.originCount(), s.firstSeen(),
                s.lastSeen(), s.reports(), s.credibilityHistory(), s.mergedInto(), s.updatedAt());
    }

    public static TransferSnapshot mergedInto(TransferSnapshot s, long version, String target) {
        return new TransferSnapshot(s.id(), version, s.player(), s.fromClub(), s.toClub(), s.window(), s.stage(), s.status(),
                s.credibility(), s.modelVersion(), s.explanation(), s.fee(), s.reportCount(), s.originCount(), s.firstSeen(),
                s.lastSeen(), s.reports(), s.credibilityHistory(), target, s.updatedAt());
    }

    public static void publish(TransferSnapshot snapshot) {
        KafkaTestClient.send(Topics.TRANSFERS, snapshot.id(), snapshot);
    }

    public static void tombstone(String id) {
        KafkaTestClient.sendBytes(Topics.TRANSFERS.name(), id, null);
    }
}
