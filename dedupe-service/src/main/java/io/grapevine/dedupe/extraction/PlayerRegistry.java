package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.PlayerRef;

import java.time.Instant;
import java.util.Optional;

/**
 * Players seen so far, so that a later surname-only mention ("Bastoni") resolves to the canonical player
 * ("alessandro-bastoni"), and the club each was last described at ("Brighton midfielder Moises Caicedo"), so that
 * a report that does not say which of two clubs sells ("Brighton have agreed a deal with Chelsea for Caicedo") can
 * be read. Implementations must be thread-safe; the extractor calls them from many threads.
 */
public interface PlayerRegistry {

    /** A player's club, and the publication time of the report that described him there. */
    record ClubAt(String clubId, Instant since) {
    }

    /**
     * The player known by this surname, when exactly one is known.
     *
     * @param foldedSurname the surname folded with {@link Names#fold(String)} ("bastoni", "de ligt")
     */
    Optional<PlayerRef> resolveSurname(String foldedSurname);

    /** Records a player seen with a full name; a surname shared by two players becomes unresolvable. */
    void remember(PlayerRef player);

    /** The club the latest report describing the player placed him at. */
    Optional<ClubAt> latestClub(String playerId);

    /** Records the club a report published at {@code at} describes the player at; the latest report wins. */
    void rememberClub(String playerId, String clubId, Instant at);

    /**
     * The club of the latest report describing the player that was published before {@code before}: reports arrive
     * out of order (feeds catch up, archives are imported), and a later report's club says nothing about an earlier
     * time.
     */
    default Optional<String> clubOf(String playerId, Instant before) {
        return latestClub(playerId).filter(c -> c.since().isBefore(before)).map(ClubAt::clubId);
    }
}
