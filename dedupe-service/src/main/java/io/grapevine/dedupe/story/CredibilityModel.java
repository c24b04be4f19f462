package io.grapevine.dedupe.story;

import io.grapevine.contracts.ClubRef;
import io.grapevine.contracts.Contribution;
import io.grapevine.contracts.EvidenceRole;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Credibility model {@value #VERSION}: the probability that a story's transfer happens in its window, as a sum of
 * log-odds terms turned into an explanation whose deltas add up to the credibility.
 *
 * <p>Terms: a base rate; one term per independent origin, from its reliability and the furthest stage it reported
 * (hedged claims count 60%), origins sorted by strength and weighted 1, 1/2, 1/4, ... so that corroboration helps but
 * volume cannot (echoes never count: they stand for their origin); the strongest live denial by a reliable origin;
 * a stronger competing story for the same player in the same window; and the time since the last news. Outcomes
 * override the sum: a confirmation pins the story at 0.99, a denial by a party, a collapse or an expired window at
 * 0.01-0.03.
 */
public final class CredibilityModel {

    public static final String VERSION = "evidence-v1";

    static final double BASE_RATE = 0.08;
    static final double HEDGE_FACTOR = 0.6;
    static final double RELIABLE = 0.45;
    static final int STALE_AFTER_DAYS = 14;
    static final double STALE_PER_DAY = 0.04;
    static final double STALE_CAP = 2.0;

    /** Another story about the same player in the same window. */
    public record Competitor(ClubRef toClub, double strength, Stage stage, StoryStatus status) {
    }

    /** The model's verdict on one story. */
    public record Assessment(double credibility, List<Contribution> explanation, StoryStatus status, Stage stage,
                             double strength, List<String> hitOrigins, List<String> missOrigins) {
    }

    private record OriginEvidence(Standing standing, Stage stage, boolean hedged, Instant at) {
        double term() {
            return standing.reliability() * stageWeight(stage) * (hedged ? HEDGE_FACTOR : 1.0);
        }
    }

    private CredibilityModel() {
    }

    static double stageWeight(Stage stage) {
        return switch (stage) {
            case INTEREST -> 0.5;
            case TALKS -> 1.5;
            case BID -> 2.0;
            case AGREEMENT -> 4.0;
            case MEDICAL -> 5.5;
            case OFFICIAL -> 6.5;
            default -> 0.0;
        };
    }

    public static Assessment assess(EvidenceTrail trail, ClubRef toClub, ClubRef fromClub, SourceBook sources,
                                    List<Competitor> competitors, Instant streamTime, Instant windowCloses) {
        List<OriginEvidence> progress = new ArrayList<>();
        OriginEvidence strongestDenial = null;
        boolean partyDenied = false;
        boolean collapsed = false;
        boolean officialConfirmation = false;
        int reliableOfficial = 0;
        Stage furthest = null;
        Instant lastProgress = Instant.MIN;
        List<String> progressOrigins = new ArrayList<>();
        List<String> denialOrigins = new ArrayList<>();

        for (Map.Entry<String, List<EvidenceTrail.Item>> e : trail.byOrigin().entrySet()) {
            List<EvidenceTrail.Item> items = e.getValue();
            Standing standing = sources.standing(items.get(0).origin());
            boolean party = standing.official() && (standing.officialClub().equals(toClub.id())
                    || (fromClub != null && standing.officialClub().equals(fromClub.id())));
            EvidenceTrail.Item best = null;
            EvidenceTrail.Item denial = null;
            for (EvidenceTrail.Item item : items) {
                Stage s = item.stage();
                if (s.isProgress()) {
                    if (best == null || s.ordinal() > best.stage().ordinal()
                            || (s == best.stage() && best.claim().hedged() && !item.claim().hedged())) {
                        best = item;
                    }
                } else {
                    denial = item;
                }
            }
            if (best != null) {
                progress.add(new OriginEvidence(standing, best.stage(), best.claim().hedged(), best.at()));
                if (!standing.official()) {
                    progressOrigins.add(e.getKey());
                }
                if (best.stage() == Stage.OFFICIAL && party) {
                    officialConfirmation = true;
                } else if (best.stage() == Stage.OFFICIAL && !best.claim().hedged() && standing.reliability() >= 0.5) {
                    reliableOfficial++;
                }
                if (furthest == null || best.stage().ordinal() > furthest.ordinal()) {
                    furthest = best.stage();
                }
                if (best.stage().ordinal() >= Stage.TALKS.ordinal() && standing.reliability() >= RELIABLE
                        && best.at().isAfter(lastProgress)) {
                    lastProgress = best.at();
                }
            }
            if (denial != null) {
                if (!standing.official()) {
                    denialOrigins.add(e.getKey());
                }
                OriginEvidence d = new OriginEvidence(standing, denial.stage(), denial.claim().hedged(), denial.at());
                if (party) {
                    partyDenied = true;
                    if (denial.stage() == Stage.COLLAPSED) {
                        collapsed = true;
                    }
                }
                if (denial.stage() == Stage.COLLAPSED && standing.reliability() >= 0.55 && !denial.claim().hedged()) {
                    collapsed = true;
                }
                if (strongestDenial == null || d.standing().reliability() > strongestDenial.standing().reliability()) {
                    strongestDenial = d;
                }
            }
        }
        // a denial or collapse followed by fresh progress from a reliable origin is overtaken by events
        if (strongestDenial != null && lastProgress.isAfter(strongestDenial.at())) {
            strongestDenial = null;
            partyDenied = false;
            collapsed = false;
        }

        List<Contribution> out = new ArrayList<>();
        double logit = logit(BASE_RATE);
        double p = BASE_RATE;
        out.add(new Contribution("base-rate", round(BASE_RATE),
                String.format(Locale.ROOT, "Base rate for a transfer rumour: %.2f", BASE_RATE)));

        progress.sort(Comparator.comparingDouble(OriginEvidence::term).reversed()
                .thenComparing(o -> o.standing().source().id()));
        double weight = 1.0;
        double strength = 0;
        int rank = 0;
        for (OriginEvidence o : progress) {
            rank++;
            double term = o.term() * weight;
            strength += term;
            logit += term;
            double next = sigmoid(logit);
            out.add(new Contribution("origin", round(next - p), originReason(o, rank, weight, next - p)));
            p = next;
            weight /= 2;
        }
        if (strongestDenial != null && strongestDenial.standing().reliability() >= RELIABLE) {
            double term = -3.0 * strongestDenial.standing().reliability() * (strongestDenial.hedged() ? HEDGE_FACTOR : 1.0);
            logit += term;
            double next = sigmoid(logit);
            out.add(new Contribution("denial", round(next - p), String.format(Locale.ROOT, "%s%s, reliability %.2f, %s: %+.2f",
                    partyDenied ? "Denied by " : "", strongestDenial.standing().source().name(),
                    strongestDenial.standing().reliability(), strongestDenial.stage() == Stage.COLLAPSED ? "reports the deal off" : "denies it",
                    next - p)));
            p = next;
        }
        Competitor rival = null;
        for (Competitor c : competitors) {
            if (c.strength() > strength && (rival == null || c.strength() > rival.strength())) {
                rival = c;
            }
        }
        Competitor confirmedRival = competitors.stream().filter(c -> c.status() == StoryStatus.CONFIRMED).findFirst().orElse(null);
        if (rival != null && confirmedRival == null) {
            double term = -Math.min(3.0, 0.6 * (rival.strength() - strength));
            logit += term;
            double next = sigmoid(logit);
            out.add(new Contribution("competition", round(next - p), String.format(Locale.ROOT,
                    "Competing story: %s, %s stage, is further ahead this window: %+.2f", rival.toClub().name(),
                    rival.stage() == null ? "interest" : rival.stage().name().toLowerCase(Locale.ROOT), next - p)));
            p = next;
        }
        Instant lastNews = trail.items().isEmpty() ? streamTime : trail.items().get(trail.items().size() - 1).at();
        long quietDays = streamTime == null || lastNews == null ? 0 : Duration.between(lastNews, streamTime).toDays();
        if (quietDays > STALE_AFTER_DAYS) {
            double term = -Math.min(STALE_CAP, STALE_PER_DAY * (quietDays - STALE_AFTER_DAYS));
            logit += term;
            double next = sigmoid(logit);
            out.add(new Contribution("staleness", round(next - p),
                    String.format(Locale.ROOT, "No news for %d days: %+.2f", quietDays, next - p)));
            p = next;
        }

        StoryStatus status = StoryStatus.RUMOUR;
        String outcome = null;
        double pinned = p;
        if (officialConfirmation || reliableOfficial >= 2) {
            status = StoryStatus.CONFIRMED;
            pinned = 0.99;
            outcome = officialConfirmation ? "Confirmed by an official club channel" : "Reported as official by " + reliableOfficial + " reliable origins";
        } else if (confirmedRival != null) {
            status = StoryStatus.COLLAPSED;
            pinned = 0.01;
            outcome = "The player's move to " + confirmedRival.toClub().name() + " was confirmed this window";
        } else if (partyDenied) {
            status = collapsed ? StoryStatus.COLLAPSED : StoryStatus.DENIED;
            pinned = 0.03;
            outcome = "Denied by a party to the deal";
        } else if (collapsed) {
            status = StoryStatus.COLLAPSED;
            pinned = 0.03;
            outcome = "Reported collapsed by a reliable origin";
        } else if (streamTime != null && windowCloses != null && !streamTime.isBefore(windowCloses)) {
            status = StoryStatus.EXPIRED;
            pinned = 0.01;
            outcome = "The window closed without confirmation";
        }
        if (outcome != null) {
            out.add(new Contribution("outcome", round(pinned - p), String.format(Locale.ROOT, "%s: %+.2f", outcome, pinned - p)));
            p = pinned;
        }
        boolean happened = status == StoryStatus.CONFIRMED;
        List<String> hit = happened ? progressOrigins : denialOrigins;
        List<String> miss = happened ? denialOrigins : progressOrigins;
        return new Assessment(round(p), List.copyOf(out), status, furthest == null ? Stage.INTEREST : furthest,
                round(strength), List.copyOf(hit), List.copyOf(miss));
    }

    private static String originReason(OriginEvidence o, int rank, double weight, double delta) {
        Standing s = o.standing();
        String rel = s.hasRecord()
                ? String.format(Locale.ROOT, "reliability %.2f (prior %.2f, %d hits, %d misses)", s.reliability(), s.prior(), s.hits(), s.misses())
                : String.format(Locale.ROOT, "prior %.2f", s.prior());
        String corroboration = rank == 1 ? "" : String.format(Locale.ROOT, ", independent origin #%d (weight %.2f)", rank, weight);
        return String.format(Locale.ROOT, "%s, %s, %s stage%s%s: %+.2f", s.source().name(), rel,
                o.stage().name().toLowerCase(Locale.ROOT), o.hedged() ? ", hedged" : "", corroboration, delta);
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    /** True when the role counts as evidence (echoes stand for their origin and add nothing). */
    static boolean counts(EvidenceRole role) {
        return role != EvidenceRole.ECHO;
    }
}
