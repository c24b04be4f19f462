package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.Claim;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

/** Prints what the extractor does on chosen corpus items: -Dcorpus.debug=en-001,it-003 (skipped otherwise). */
class CorpusDebugTest {

    @Test
    void debug() throws Exception {
        String ids = System.getProperty("corpus.debug");
        Assumptions.assumeTrue(ids != null && !ids.isBlank(), "set -Dcorpus.debug=ids");
        System.setProperty("grapevine.extraction.debug", "true");
        Set<String> want = Set.of(ids.split(","));
        ClaimExtractor x = ClaimExtractor.withDefaults(new InMemoryPlayerRegistry());
        for (CorpusQualityTest.Item it : CorpusQualityTest.load()) {
            if (!want.contains(it.id())) {
                continue;
            }
            System.err.println("== " + it.id() + ": " + it.report().text());
            Extraction e = x.analyse(it.report());
            List<Claim> cs = e.claims();
            System.err.println("  reason=" + e.noClaimReason() + " lang=" + e.language());
            for (Claim c : cs) {
                System.err.println("  CLAIM " + c.player() + " -> " + c.toClub().id() + " from " + c.fromClub() + " " + c.stage()
                        + " fee=" + c.fee() + " hedges=" + c.hedges() + " attr=" + c.attributions());
            }
            System.err.println("  expected " + it.expected());
        }
    }
}
