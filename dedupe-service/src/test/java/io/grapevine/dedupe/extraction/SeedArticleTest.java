package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.Claim;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed article (Bastoni, Inter Milan -> Liverpool, 2021): a paraphrase kept in fixtures/, and the original
 * from {@code ../shared/seeds/} when that folder exists (it is not ours and is never copied into the repo).
 */
class SeedArticleTest {

    static final String SEED = "000_5e652ecb484ad9f0.txt";

    static RawReport report(String text) {
        Instant at = Instant.parse("2021-03-18T09:00:00Z");
        return new RawReport("seed-report", new SourceRef("unknown-seed-publisher", "seed publisher", "outlet"),
                Channel.PUSH, null, null, null, text, null, at, at, null);
    }

    static Optional<Path> original() {
        return Stream.of("../shared/seeds", "../../shared/seeds", "../../../shared/seeds")
                .map(p -> Path.of(p, SEED)).filter(Files::isRegularFile).findFirst();
    }

    static void assertSeedClaims(String text) {
        Extraction x = ClaimExtractor.withDefaults(new InMemoryPlayerRegistry()).analyse(report(text));
        List<Claim> claims = x.claims();
        assertThat(x.language()).isEqualTo("en");
        assertThat(claims).extracting(c -> c.player().id()).containsOnly("alessandro-bastoni");
        assertThat(claims).extracting(c -> c.toClub().id())
                .containsExactlyInAnyOrder("liverpool", "bayern-munich", "barcelona");

        Claim main = claims.stream().filter(c -> c.toClub().id().equals("liverpool")).findFirst().orElseThrow();
        assertThat(main.id()).isEqualTo("seed-report:liverpool");
        assertThat(main.player().name()).isEqualTo("Alessandro Bastoni");
        assertThat(main.fromClub()).isNotNull();
        assertThat(main.fromClub().id()).isEqualTo("inter-milan");
        assertThat(main.stage()).isEqualTo(Stage.INTEREST);
        assertThat(main.fee()).isNotNull();
        assertThat(main.fee().currency()).isEqualTo("EUR");
        assertThat(main.fee().amount()).isEqualTo(50_000_000d);
        assertThat(main.fee().amountEur()).isEqualTo(50_000_000d);
        assertThat(main.hedges()).isNotEmpty();
        assertThat(main.attributions()).extracting(SourceRef::id).containsExactly("gazzetta-dello-sport");
        assertThat(main.evidence()).isNotEmpty();
        assertThat(main.report().fingerprint()).matches("[0-9a-f]{16}");

        for (String rival : List.of("bayern-munich", "barcelona")) {
            Claim c = claims.stream().filter(k -> k.toClub().id().equals(rival)).findFirst().orElseThrow();
            assertThat(c.stage()).as(rival).isEqualTo(Stage.INTEREST);
            assertThat(c.fee()).as(rival).isNull();
            assertThat(c.fromClub().id()).isEqualTo("inter-milan");
        }
    }

    @Test
    void paraphraseFixtureGivesExactlyTheSeedClaims() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/seed-bastoni-paraphrase.txt")) {
            assertSeedClaims(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void originalSeedArticleGivesExactlyTheSeedClaims() throws IOException {
        Optional<Path> p = original();
        Assumptions.assumeTrue(p.isPresent(), "../shared/seeds/" + SEED + " is not there");
        assertSeedClaims(Files.readString(p.get()));
    }
}
