package io.grapevine.dedupe.service;

import io.agroal.api.AgroalDataSource;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.dedupe.extraction.InMemoryPlayerRegistry;
import io.grapevine.dedupe.extraction.PlayerRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The player registry of the extractor, backed by {@code dedupe.player}: an in-memory registry loaded from the table
 * at start; players the extractor remembers are written through by {@link ReportIntake} in the transaction that
 * records their report.
 */
@ApplicationScoped
public class PlayerDirectory implements PlayerRegistry {

    private final InMemoryPlayerRegistry memory = new InMemoryPlayerRegistry();
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final AgroalDataSource dataSource;

    public PlayerDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void load(@Observes StartupEvent event) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT id, name FROM dedupe.player");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                PlayerRef p = new PlayerRef(rows.getString(1), rows.getString(2));
                memory.remember(p);
                known.add(p.id());
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

    /** True when the player is not yet in the table (the caller writes it, then calls {@link #stored}). */
    public boolean isNew(PlayerRef player) {
        return !known.contains(player.id());
    }

    public void stored(PlayerRef player) {
        known.add(player.id());
    }
}
