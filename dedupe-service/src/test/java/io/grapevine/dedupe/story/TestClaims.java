package io.grapevine.dedupe.story;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClubRef;
import io.grapevine.contracts.Fee;
import io.grapevine.contracts.FeeKind;
import io.grapevine.contracts.PlayerMention;
import io.grapevine.contracts.ReportInfo;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.Stage;
import io.grapevine.reference.Source;
import io.grapevine.reference.SourceCatalogue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Builds claims for tests. */
final class TestClaims {

    static final SourceCatalogue CATALOGUE = SourceCatalogue.load();

    private TestClaims() {
    }

    static SourceRef source(String id) {
        Source s = CATALOGUE.byId(id).orElseThrow(() -> new IllegalArgumentException("no source " + id));
        return new SourceRef(s.id(), s.name(), s.kind().wireName());
    }

    static ClubRef club(String id) {
        String[] words = id.split("-");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return new ClubRef(id, sb.toString());
    }

    static String slug(String name) {
        return io.grapevine.reference.TextFold.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /** A claim from a report by {@code publisher}, citing {@code origin} when it differs. */
    static Claim claim(String reportId, String player, String from, String to, Stage stage, boolean hedged,
                       String publisher, String origin, String at, String fingerprint, Double feeEur) {
        Instant t = at.length() == 10 ? Instant.parse(at + "T12:00:00Z") : Instant.parse(at);
        SourceRef pub = source(publisher);
        List<SourceRef> cites = origin == null || origin.equals(publisher) ? List.of() : List.of(source(origin));
        Fee fee = feeEur == null ? null : new Fee(feeEur, "EUR", feeEur, FeeKind.FEE, null, null, null, false);
        return new Claim(reportId + "#" + to, new ReportInfo(reportId, pub, "https://example.org/" + reportId, null, t, fingerprint),
                new PlayerMention(slug(player), player, player), club(to), from == null ? null : club(from), fee, stage,
                hedged ? List.of("reportedly") : List.of(), cites, "en", List.of(player + " " + stage + " " + to), t);
    }
}
