package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.PlayerRef;

import java.util.Optional;

/**
 * Players seen so far, so that a later surname-only mention ("Bastoni") resolves to the canonical player
 * ("alessandro-bastoni"). Implementations must be thread-safe; the extractor calls them from many threads.
 */
public interface PlayerRegistry {

    /**
     * The player known by this surname, when exactly one is known.
     *
     * @param foldedSurname the surname folded with {@link Names#fold(String)} ("bastoni", "de ligt")
     */
    Optional<PlayerRef> resolveSurname(String foldedSurname);

    /** Records a player seen with a full name; a surname shared by two players becomes unresolvable. */
    void remember(PlayerRef player);
}
