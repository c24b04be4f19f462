package io.grapevine.query.service;

import io.grapevine.query.view.ClubFilter;
import io.grapevine.reference.Club;
import io.grapevine.reference.ClubGazetteer;
import io.grapevine.reference.TextFold;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clubs as the API names them: the gazetteer, plus any club the read model's stories name. */
@ApplicationScoped
public class ClubDirectory {

    private final ClubGazetteer gazetteer = ClubGazetteer.load();
    private final ReadModel readModel;

    public ClubDirectory(ReadModel readModel) {
        this.readModel = readModel;
    }

    /** A club parameter as a filter: an id, else a name the gazetteer resolves, else a piece of a club name. */
    public ClubFilter resolve(String text) {
        String trimmed = text.trim();
        if (gazetteer.byId(trimmed).isPresent() || readModel.view().clubName(trimmed).isPresent()) {
            return ClubFilter.byId(trimmed);
        }
        Optional<Club> named = gazetteer.resolveUnambiguous(trimmed);
        if (named.isPresent()) {
            return ClubFilter.byId(named.get().id());
        }
        return ClubFilter.byName(TextFold.foldLoose(trimmed));
    }

    public Optional<ClubInfo> byId(String id) {
        Optional<Club> club = gazetteer.byId(id);
        Optional<String> seen = readModel.view().clubName(id);
        if (club.isEmpty() && seen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(info(id, club.map(Club::name).orElseGet(seen::get), club.orElse(null)));
    }

    /** Clubs whose name or alias contains {@code q} (folded), or every club with stories when q is blank. */
    public List<ClubInfo> search(String q, int limit) {
        String folded = TextFold.foldLoose(q == null ? "" : q);
        Map<String, ClubInfo> found = new LinkedHashMap<>();
        if (!folded.isEmpty()) {
            for (Club club : gazetteer.all()) {
                boolean hit = club.id().contains(folded.replace(' ', '-'))
                        || club.allNames().stream().anyMatch(n -> TextFold.foldLoose(n).contains(folded));
                if (hit) {
                    found.put(club.id(), info(club.id(), club.name(), club));
                }
            }
        }
        for (String id : readModel.view().clubIds()) {
            if (found.containsKey(id)) {
                continue;
            }
            String name = readModel.view().clubName(id).orElse(id);
            if (folded.isEmpty() || TextFold.foldLoose(name).contains(folded) || id.contains(folded.replace(' ', '-'))) {
                ClubInfo info = info(id, name, gazetteer.byId(id).orElse(null));
                if (!folded.isEmpty() || info.storiesIn() + info.storiesOut() > 0) {
                    found.put(id, info);
                }
            }
        }
        List<ClubInfo> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparingInt((ClubInfo c) -> c.storiesIn() + c.storiesOut()).reversed()
                .thenComparing(ClubInfo::name, String.CASE_INSENSITIVE_ORDER));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private ClubInfo info(String id, String name, Club club) {
        int[] counts = readModel.view().clubCounts(id);
        return new ClubInfo(id, name, club == null ? null : club.country(), club == null ? null : club.league(),
                counts[0], counts[1]);
    }

    public record ClubInfo(String id, String name, String country, String league, int storiesIn, int storiesOut) {
    }
}
