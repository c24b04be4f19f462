package io.grapevine.dedupe.service;

import io.agroal.api.AgroalDataSource;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.dedupe.extraction.InMemoryPlayerRegistry;
import io.grapevine.dedupe.extraction.PlayerRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The player registry of the extractor, backed by {@code dedupe.player}: an in-memory registry loaded from the table
 * at start; players the extractor remembers, and the clubs reports describe them at, are written through by
 * {@link ReportIntake} in the transaction that records their report.
 */
@ApplicationScoped
public class PlayerDirectory implements PlayerRegistry {

    private final InMemoryPlayerRegistry memory = new InMemoryPlayerRegistry();
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    /** Per player id, the publication time of the report whose club the table holds. */
    private final Map<String, Instant> storedClubSince = new ConcurrentHashMap<>();
    private final AgroalDataSource dataSource;

    public PlayerDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void load(@Observes StartupEvent event) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT id, name, club_id, club_since FROM dedupe.player");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                PlayerRef p = new PlayerRef(rows.getString(1), rows.getString(2));
                memory.remember(p);
                known.add(p.id());
                String club = rows.getString(3);
                Timestamp since = rows.getTimestamp(4);
                if (club != null && since != null) {
                    memory.rememberClub(p.id(), club, since.toInstant());
                    storedClubSince.put(p.id(), since.toInstant());
                }
            }
        }
    }

    @Override
    public Optional<PlayerRef> resolveSurname(String foldedSurname) {
        return memory.resolveSurname(foldedSurname);
    }

    @Override
    public void remember(PlayerRef player) {
        memory.remember(player);
    }

    @Override
    public Optional<ClubAt> latestClub(String playerId) {
        return memory.latestClub(playerId);
    }

    @Override
    public void rememberClub(String playerId, String clubId, Instant at) {
        memory.rememberClub(playerId, clubId, at);
    }

    /**
     * The player's latest club when the table does not hold it yet (the caller writes it, then calls
     * {@link #storedClub}).
     */
    public Optional<ClubAt> unstoredClub(String playerId) {
        Instant stored = storedClubSince.get(playerId);
        return latestClub(playerId).filter(c -> stored == null || c.since().isAfter(stored));
    }

    public void storedClub(String playerId, Instant at) {
        storedClubSince.merge(playerId, at, (old, now) -> now.isAfter(old) ? now : old);
    }

    /** True when the player is not yet in the table (the caller writes it, then calls {@link #stored}). */
    public boolean isNew(PlayerRef player) {
        return !known.contains(player.id());
    }

    public void stored(PlayerRef player) {
        known.add(player.id());
    }
}
