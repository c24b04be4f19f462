package io.grapevine.reference;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A football club of the gazetteer ({@code reference/clubs.json}).
 *
 * @param id        stable slug of the common English name ({@code inter-milan}, {@code bayern-munich}): lowercase
 *                  ASCII words joined by {@code '-'}, without FC/CF/AFC/SC unless needed to tell clubs apart
 * @param name      common English name ("Inter Milan")
 * @param country   ISO 3166-1 alpha-2 code ("IT", "DE", "US"), except the United Kingdom's football nations, which
 *                  use ISO 3166-2 codes: "GB-ENG", "GB-SCT", "GB-WLS" (Welsh clubs in English leagues are "GB-WLS")
 * @param league    the league the club plays in during the 2025-26 season (calendar-year leagues: 2025 or 2026)
 * @param aliases   other names that on their own denote this club only: short forms, native names, nicknames,
 *                  hashtags and X handles. The case in which an alias is written is its matching rule in running
 *                  text (see {@link ClubGazetteer#findMentions(String)})
 * @param ambiguous names that may denote this club but also another club or something else ("United", "the Blues",
 *                  "Milan", "Inter", "Santos"); they are only to be trusted with context. Disjoint from
 *                  {@code aliases}; may contain the {@code name} itself when the bare name is a common word
 *                  ("Nice", "Reading") or place ("Bahia")
 */
public record Club(String id, String name, String country, String league, List<String> aliases,
                   @JsonAlias("ambiguousAliases") List<String> ambiguous) {

    public Club {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        ambiguous = ambiguous == null ? List.of() : List.copyOf(ambiguous);
    }

    /** Clubs are the same when their ids are: the gazetteer's ids are unique (and comparing them is cheap). */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Club club && id.equals(club.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The name, then the aliases, then the ambiguous names: every phrase that may denote this club. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>(1 + aliases.size() + ambiguous.size());
        all.add(name);
        all.addAll(aliases);
        all.addAll(ambiguous);
        return List.copyOf(all);
    }
}
