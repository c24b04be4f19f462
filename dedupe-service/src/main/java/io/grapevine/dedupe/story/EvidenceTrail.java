package io.grapevine.dedupe.story;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.EvidenceRole;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence trail of a story: every claim with its origin and role. It depends only on the set of claims (they are
 * ordered by event time, then report id), so the arrival order and a replay do not change it.
 *
 * <ul>
 *   <li>origin: the first source the report cites other than its publisher, else the publisher;</li>
 *   <li>a report whose fingerprint is within {@link NearDuplicates#THRESHOLD} of an earlier one is an echo of it and
 *       takes its origin;</li>
 *   <li>a report citing another origin is an echo (of that origin's own earlier report when there is one);</li>
 *   <li>otherwise the role follows the stage: official -> confirmation, denied/collapsed -> denial, else origin.</li>
 * </ul>
 */
public final class EvidenceTrail {

    /** One claim in the trail. */
    public record Item(Claim claim, SourceRef publisher, SourceRef origin, EvidenceRole role, String echoOf) {
        public Instant at() {
            return claim.publishedAt();
        }

        public Stage stage() {
            return claim.stage();
        }
    }

    public static final Comparator<Claim> ORDER = Comparator.comparing(Claim::publishedAt)
            .thenComparing(c -> c.report().id()).thenComparing(Claim::id);

    private final List<Item> items;

    private EvidenceTrail(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }

    /** Items grouped by origin id, in order of the origin's first appearance. */
    public Map<String, List<Item>> byOrigin() {
        Map<String, List<Item>> out = new LinkedHashMap<>();
        for (Item item : items) {
            out.computeIfAbsent(item.origin().id(), k -> new ArrayList<>()).add(item);
        }
        return out;
    }

    public int originCount() {
        return byOrigin().size();
    }

    public static EvidenceTrail of(List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(ORDER);
        List<Item> out = new ArrayList<>(sorted.size());
        for (Claim claim : sorted) {
            SourceRef publisher = claim.report().source();
            SourceRef cited = cited(claim);
            Item copyOf = null;
            for (Item earlier : out) {
                if (!earlier.claim().report().id().equals(claim.report().id())
                        && NearDuplicates.nearDuplicate(earlier.claim().report().fingerprint(), claim.report().fingerprint())) {
                    copyOf = earlier;
                    break;
                }
            }
            if (copyOf != null) {
                out.add(new Item(claim, publisher, copyOf.origin(), EvidenceRole.ECHO, copyOf.claim().report().id()));
                continue;
            }
            if (cited != null) {
                String echoOf = null;
                for (Item earlier : out) {
                    if (earlier.publisher().id().equals(cited.id())) {
                        echoOf = earlier.claim().report().id();
                        break;
                    }
                }
                out.add(new Item(claim, publisher, cited, EvidenceRole.ECHO, echoOf));
                continue;
            }
            out.add(new Item(claim, publisher, publisher, roleOf(claim.stage()), null));
        }
        // an origin's own report that arrives after a citation of it is still the origin; the earlier echo points at it
        List<Item> fixed = new ArrayList<>(out.size());
        for (Item item : out) {
            if (item.role() == EvidenceRole.ECHO && item.echoOf() == null) {
                String own = null;
                for (Item other : out) {
                    if (other.role() != EvidenceRole.ECHO && other.publisher().id().equals(item.origin().id())) {
                        own = other.claim().report().id();
                        break;
                    }
                }
                fixed.add(own == null ? item : new Item(item.claim(), item.publisher(), item.origin(), item.role(), own));
            } else {
                fixed.add(item);
            }
        }
        return new EvidenceTrail(fixed);
    }

    private static EvidenceRole roleOf(Stage stage) {
        return switch (stage) {
            case OFFICIAL -> EvidenceRole.CONFIRMATION;
            case DENIED, COLLAPSED -> EvidenceRole.DENIAL;
            default -> EvidenceRole.ORIGIN;
        };
    }

    /** The first attribution that is not the publisher itself (a journalist of the publisher still counts). */
    private static SourceRef cited(Claim claim) {
        String publisher = claim.report().source().id();
        for (SourceRef a : claim.attributions()) {
            if (a != null && a.id() != null && !a.id().equals(publisher)) {
                return a;
            }
        }
        return null;
    }
}
