package io.grapevine.dedupe.extraction;

import io.grapevine.reference.Club;

/** A club named in a text (tokens [a, b)), resolved or not, and the role the text gives it in a transfer. */
final class ClubInText {
    final int a;
    final int b;
    final Club club;
    boolean dest;
    boolean seller;
    boolean sellerWeak;
    boolean rival;
    boolean counter;
    /**
     * The club is named as the one going for the player: making a bid or offer ("a bid from Real Madrid",
     * "un'offerta dell'Al-Hilal") or linked with him ("reports linking X with Real Madrid").
     */
    boolean pursuer;
    /** The club is named as where the player goes ("will join the Blues", "is on his way to Bayern"). */
    boolean heading;

    /** The char offset where the club's name starts (inside token a for "Tonali-Newcastle"). */
    final int nameStart;

    ClubInText(int a, int b, Club club, int nameStart) {
        this.a = a;
        this.b = b;
        this.club = club;
        this.nameStart = nameStart;
    }

    boolean hasRole() {
        return dest || seller || sellerWeak || rival || counter;
    }
}
