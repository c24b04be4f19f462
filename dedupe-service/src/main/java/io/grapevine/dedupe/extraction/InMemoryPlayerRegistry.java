package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.PlayerRef;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link PlayerRegistry} in memory; surnames shared by different players resolve to nothing. */
public final class InMemoryPlayerRegistry implements PlayerRegistry {

    private static final PlayerRef AMBIGUOUS = new PlayerRef("", "");

    private final ConcurrentMap<String, PlayerRef> bySurname = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ClubAt> clubById = new ConcurrentHashMap<>();
    /** Per full name, the player last remembered by it: the same player seen again changes nothing. */
    private final ConcurrentMap<String, PlayerRef> byName = new ConcurrentHashMap<>();

    @Override
    public Optional<PlayerRef> resolveSurname(String foldedSurname) {
        if (foldedSurname == null) {
            return Optional.empty();
        }
        PlayerRef p = bySurname.get(foldedSurname);
        return p == null || p == AMBIGUOUS ? Optional.empty() : Optional.of(p);
    }

    @Override
    public void remember(PlayerRef player) {
        if (player.equals(byName.put(player.name(), player))) {
            return; // merging the same player under the same surname again would change nothing
        }
        String surname = Names.surnameKey(player.name());
        if (surname.isEmpty()) {
            return;
        }
        bySurname.merge(surname, player, (old, now) -> old.id().equals(now.id()) ? old : AMBIGUOUS);
    }

    @Override
    public Optional<ClubAt> latestClub(String playerId) {
        return Optional.ofNullable(clubById.get(playerId));
    }

    @Override
    public void rememberClub(String playerId, String clubId, Instant at) {
        clubById.merge(playerId, new ClubAt(clubId, at), (old, now) -> now.since().isBefore(old.since()) ? old : now);
    }

    /** Number of distinct surnames known. */
    public int size() {
        return bySurname.size();
    }
}
