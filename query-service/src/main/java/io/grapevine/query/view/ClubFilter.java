package io.grapevine.query.view;

/**
 * A club as a filter: a known club id, or (when the text names no known club) a folded piece of a club name.
 */
public record ClubFilter(String id, String foldedName) {

    public static ClubFilter byId(String id) {
        return new ClubFilter(id, null);
    }

    public static ClubFilter byName(String folded) {
        return new ClubFilter(null, folded);
    }

    boolean matches(String clubId, String clubFolded) {
        if (id != null) {
            return id.equals(clubId);
        }
        return clubFolded != null && !clubFolded.isEmpty() && clubFolded.contains(foldedName);
    }
}
