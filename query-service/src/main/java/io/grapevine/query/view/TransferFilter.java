package io.grapevine.query.view;

import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import java.time.Instant;
import java.util.Set;

/**
 * The filters of the story list and of the live stream; {@code null} (or an empty set) means "any".
 *
 * @param player         folded piece of the player's name, or a player id
 * @param club           either side of the move
 * @param toClub         the destination
 * @param fromClub       the selling club
 * @param statuses       any of these statuses
 * @param stages         any of these stages
 * @param minCredibility credibility at least this (0..1)
 * @param window         exactly this window ("2024-winter")
 * @param since          updated at or after this instant
 */
public record TransferFilter(
        String player,
        ClubFilter club,
        ClubFilter toClub,
        ClubFilter fromClub,
        Set<StoryStatus> statuses,
        Set<Stage> stages,
        Double minCredibility,
        String window,
        Instant since) {

    public static final TransferFilter ANY = new TransferFilter(null, null, null, null, null, null, null, null, null);

    public boolean matches(StoryEntry e) {
        var s = e.fields();
        if (player != null && !matchesPlayer(e)) {
            return false;
        }
        if (club != null && !club.matches(e.toClubId(), e.toClubFolded()) && !club.matches(e.fromClubId(), e.fromClubFolded())) {
            return false;
        }
        if (toClub != null && !toClub.matches(e.toClubId(), e.toClubFolded())) {
            return false;
        }
        if (fromClub != null && !fromClub.matches(e.fromClubId(), e.fromClubFolded())) {
            return false;
        }
        if (statuses != null && !statuses.isEmpty() && !statuses.contains(s.status())) {
            return false;
        }
        if (stages != null && !stages.isEmpty() && !stages.contains(s.stage())) {
            return false;
        }
        if (minCredibility != null && s.credibility() < minCredibility) {
            return false;
        }
        if (window != null && !window.equals(s.window())) {
            return false;
        }
        return since == null || e.updatedAtMillis() >= since.toEpochMilli();
    }

    /** True when the only condition is a known club on either side: that club's index answers it as it stands. */
    boolean isOnlyClubId() {
        return club != null && club.id() != null && player == null && toClub == null && fromClub == null
                && (statuses == null || statuses.isEmpty()) && (stages == null || stages.isEmpty())
                && minCredibility == null && window == null && since == null;
    }

    boolean matchesPlayer(StoryEntry e) {
        String id = e.playerId();
        return (id != null && (id.equals(player) || id.contains(player))) || e.playerFolded().contains(player);
    }
}
