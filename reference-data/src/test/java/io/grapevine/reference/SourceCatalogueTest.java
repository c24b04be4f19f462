package io.grapevine.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class SourceCatalogueTest {

    private static final SourceCatalogue CATALOGUE = SourceCatalogue.load();

    private static final Set<String> CLUB_IDS = Set.of("liverpool", "manchester-united", "manchester-city", "arsenal",
            "chelsea", "tottenham-hotspur", "newcastle-united", "real-madrid", "barcelona", "atletico-madrid",
            "bayern-munich", "borussia-dortmund", "inter-milan", "ac-milan", "juventus", "napoli",
            "paris-saint-germain", "benfica", "porto", "sporting-cp", "ajax");

    // ------------------------------------------------------------------------------------------ data quality

    @Test
    void loadsAtLeastAHundredSourcesWithUniqueSlugIds() {
        List<Source> all = CATALOGUE.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        assertThat(all).extracting(Source::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "lowercase ASCII slug")
                .noneMatch(id -> id.startsWith(Source.UNKNOWN_PREFIX));
        assertThat(SourceCatalogue.load()).isSameAs(CATALOGUE);
    }

    @Test
    void everyKindIsPresent() {
        assertThat(CATALOGUE.all().stream().map(Source::kind).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Source.Kind.class));
    }

    @Test
    void priorsAreProbabilitiesWithAProvenance() {
        for (Source s : CATALOGUE.all()) {
            assertThat(s.prior()).as(s.id()).isGreaterThan(0.0).isLessThan(1.0);
            assertThat(s.priorNote()).as(s.id()).isNotBlank();
            assertThat(s.handles()).as(s.id()).allMatch(h -> h.matches("@[A-Za-z0-9_]{1,30}"));
            assertThat(s.domains()).as(s.id()).allMatch(d -> d.equals(d.strip()) && !d.contains("://"));
            assertThat(s.feeds()).as(s.id()).allMatch(f -> f.startsWith("https://"));
        }
    }

    @Test
    void footballTransferLeagueFiguresAreUsedForUkPapers() {
        assertThat(prior("the-guardian")).isEqualTo(0.387);
        assertThat(prior("the-telegraph")).isEqualTo(0.312);
        assertThat(prior("the-times")).isEqualTo(0.298);
        assertThat(prior("the-independent")).isEqualTo(0.264);
        assertThat(prior("daily-mail")).isEqualTo(0.239);
        assertThat(prior("daily-mirror")).isEqualTo(0.217);
        assertThat(prior("daily-star")).isEqualTo(0.202);
        assertThat(CATALOGUE.byId("the-guardian").orElseThrow().priorNote()).contains("Football Transfer League");
        assertThat(prior("fabrizio-romano")).isBetween(0.75, 0.85);
        assertThat(prior("david-ornstein")).isBetween(0.75, 0.85);
        assertThat(CATALOGUE.all()).filteredOn(s -> s.kind() == Source.Kind.FAN)
                .allSatisfy(s -> assertThat(s.prior()).isEqualTo(0.10));
        assertThat(CATALOGUE.all()).filteredOn(s -> s.kind() == Source.Kind.AGGREGATOR)
                .allSatisfy(s -> assertThat(s.prior()).isBetween(0.10, 0.25));
    }

    @Test
    void officialChannelsNameTheirClub() {
        List<Source> official = CATALOGUE.all().stream().filter(s -> s.kind() == Source.Kind.OFFICIAL).toList();
        assertThat(official).allSatisfy(s -> {
            assertThat(s.club()).isIn(CLUB_IDS);
            assertThat(s.prior()).isEqualTo(0.99);
            assertThat(s.handles()).isNotEmpty();
            assertThat(s.domains()).isNotEmpty();
        });
        assertThat(official).extracting(Source::club).containsExactlyInAnyOrderElementsOf(CLUB_IDS);
        assertThat(CATALOGUE.find("@LFC")).get().extracting(Source::club).isEqualTo("liverpool");
        assertThat(CATALOGUE.find("https://www.liverpoolfc.com/news/first-team")).get()
                .extracting(Source::club).isEqualTo("liverpool");
        assertThat(CATALOGUE.find("@Inter")).get().extracting(Source::club).isEqualTo("inter-milan");
        assertThat(CATALOGUE.find("inter.it")).get().extracting(Source::club).isEqualTo("inter-milan");
        assertThat(CATALOGUE.find("@ManUtd")).get().extracting(Source::club).isEqualTo("manchester-united");
        assertThat(CATALOGUE.find("manutd.com")).get().extracting(Source::club).isEqualTo("manchester-united");
    }

    @Test
    void journalistsPointAtExistingOutlets() {
        assertThat(CATALOGUE.all()).filteredOn(s -> s.outlet() != null).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(Source.Kind.JOURNALIST);
            assertThat(CATALOGUE.byId(s.outlet())).as(s.id() + " -> " + s.outlet()).isPresent();
        });
        assertThat(CATALOGUE.byId("david-ornstein").orElseThrow().outlet()).isEqualTo("the-athletic");
        assertThat(CATALOGUE.byId("gianluca-di-marzio").orElseThrow().outlet()).isEqualTo("sky-sport-italia");
        assertThat(CATALOGUE.byId("florian-plettenberg").orElseThrow().outlet()).isEqualTo("sky-sport-germany");
        assertThat(CATALOGUE.byId("simon-stone").orElseThrow().outlet()).isEqualTo("bbc-sport");
    }

    @Test
    void namesAliasesHandlesAndDomainsDoNotCollideAcrossSources() {
        Map<String, String> keys = new HashMap<>();
        Map<String, String> handles = new HashMap<>();
        Map<String, String> domains = new HashMap<>();
        for (Source s : CATALOGUE.all()) {
            for (String k : concat(List.of(s.name()), s.aliases())) {
                String prev = keys.putIfAbsent(TextFold.foldLoose(k), s.id());
                assertThat(prev == null || prev.equals(s.id())).as("'" + k + "' in " + s.id() + " and " + prev).isTrue();
            }
            for (String h : s.handles()) {
                String prev = handles.putIfAbsent(h.toLowerCase(Locale.ROOT), s.id());
                assertThat(prev == null || prev.equals(s.id())).as(h + " in " + s.id() + " and " + prev).isTrue();
            }
            for (String d : s.domains()) {
                String prev = domains.putIfAbsent(d.toLowerCase(Locale.ROOT), s.id());
                assertThat(prev == null || prev.equals(s.id())).as(d + " in " + s.id() + " and " + prev).isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "La Gazzetta dello Sport, IT, it", "Corriere dello Sport, IT, it", "Tuttosport, IT, it",
            "Sky Sport Italia, IT, it", "Calciomercato.com, IT, it",
            "Marca, ES, es", "AS, ES, es", "Mundo Deportivo, ES, es", "Sport, ES, es", "Relevo, ES, es",
            "Cadena SER, ES, es", "COPE, ES, es", "Fichajes.net, ES, es",
            "Bild, DE, de", "Kicker, DE, de", "Sky Sport Germany, DE, de", "Sport1, DE, de",
            "L'Équipe, FR, fr", "RMC Sport, FR, fr", "Le Parisien, FR, fr", "Foot Mercato, FR, fr",
            "A Bola, PT, pt", "Record, PT, pt", "O Jogo, PT, pt",
            "BBC Sport, GB, en", "Sky Sports, GB, en", "The Athletic, GB, en", "The Guardian, GB, en",
            "The Telegraph, GB, en", "The Times, GB, en", "The Independent, GB, en", "Daily Mail, GB, en",
            "Daily Mirror, GB, en", "The Sun, GB, en", "Daily Star, GB, en", "Daily Express, GB, en",
            "Evening Standard, GB, en", "Liverpool Echo, GB, en", "Manchester Evening News, GB, en",
            "talkSPORT, GB, en", "ESPN, US, en", "Goal, GB, en", "90min, GB, en", "Football365, GB, en",
            "CaughtOffside, GB, en", "TEAMtalk, GB, en"})
    void requiredOutletsArePresentInTheirOwnLanguage(String name, String country, String language) {
        Source s = CATALOGUE.find(name).orElseThrow(() -> new AssertionError("missing " + name));
        assertThat(s.kind()).isEqualTo(Source.Kind.OUTLET);
        assertThat(s.country()).isEqualTo(country);
        assertThat(s.language()).isEqualTo(language);
        assertThat(s.handles()).isNotEmpty();
        assertThat(s.domains()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "Fabrizio Romano, @FabrizioRomano", "David Ornstein, @David_Ornstein", "Gianluca Di Marzio, @DiMarzio",
            "Matteo Moretto, @MatteMoretto", "Florian Plettenberg, @Plettigoal", "Simon Stone, @sistoney67",
            "Sami Mokbel, @SamiMokbel_BBC", "Paul Joyce, @_pauljoyce", "James Pearce, @JamesPearceLFC",
            "Dean Jones, @DeanJonesSoccer", "Ben Jacobs, @JacobsBen", "Fabrice Hawkins, @FabriceHawkins",
            "Santi Aouna, @Santi_J_FM", "Christian Falk, @cfbayern", "Nicolò Schira, @NicoSchira",
            "Alfredo Pedullà, @AlfredoPedulla", "Ekrem Konur, @ekremkonur", "Gerard Romero, @gerardromero",
            "Jose Felix Diaz, @jfelixdiaz", "Sacha Tavolieri, @sachatavolieri", "Rudy Galetti, @RudyGaletti",
            "Julien Laurens, @LaurensJulien"})
    void requiredJournalistsArePresentWithHandles(String name, String handle) {
        Source byName = CATALOGUE.find(name).orElseThrow(() -> new AssertionError("missing " + name));
        assertThat(byName.kind()).isEqualTo(Source.Kind.JOURNALIST);
        assertThat(byName.handles()).contains(handle);
        assertThat(CATALOGUE.find(handle)).contains(byName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@LFCTransferRoom", "@TransferNewsLive", "@footballtransfers", "@CFCDaily", "@utdreport",
            "@City_Xtra", "@Madrid_Xtra"})
    void aggregatorAccountsArePresent(String handle) {
        assertThat(CATALOGUE.find(handle)).get().extracting(Source::kind).isEqualTo(Source.Kind.AGGREGATOR);
    }

    // ------------------------------------------------------------------------------------------ resolution

    @ParameterizedTest
    @ValueSource(strings = {"gazzetta-dello-sport", "La Gazzetta dello Sport", "La Gazzetta Dello Sport",
            "LA GAZZETTA DELLO SPORT", "  gazzetta dello sport ", "Gazzetta", "La Gazzetta", "@Gazzetta_it",
            "Gazzetta_it", "@gazzetta_IT", "gazzetta.it", "www.gazzetta.it", "m.gazzetta.it",
            "https://www.gazzetta.it/Calcio/Serie-A/Inter/17-03-2021/bastoni.shtml", "http://gazzetta.it",
            "HTTPS://WWW.GAZZETTA.IT/calcio?ref=rss#top"})
    void resolvesGazzettaInEveryForm(String reference) {
        assertThat(CATALOGUE.find(reference)).get().extracting(Source::id).isEqualTo("gazzetta-dello-sport");
    }

    @ParameterizedTest
    @CsvSource({
            "L'Equipe, lequipe", "l’équipe, lequipe", "LEQUIPE, lequipe", "https://www.lequipe.fr/Football/, lequipe",
            "Mundo Deportivo, mundo-deportivo", "Alfredo Pedulla, alfredo-pedulla", "nicolo schira, nicolo-schira",
            "Bild-Zeitung, bild", "https://sportbild.bild.de/fussball/, sport-bild", "https://www.bild.de/sport/, bild",
            "Sky Sports News, sky-sports", "https://www.skysports.com/football/news/11095/x, sky-sports",
            "https://sport.sky.it/calciomercato, sky-sport-italia", "Sky Sport, sky-sport-italia",
            "https://www.nytimes.com/athletic/5123456/2024/01/01/x/, the-athletic", "theathletic.com, the-athletic",
            "https://feeds.bbci.co.uk/sport/football/rss.xml, ''",
            "https://www.bbc.co.uk/sport/football/12345, bbc-sport", "Calciomercato.com, calciomercato-com",
            "FabrizioRomano, fabrizio-romano", "fabrizio romano, fabrizio-romano", "@FABRIZIOROMANO, fabrizio-romano",
            "Goal, goal", "goal.com, goal", "AS, as", "https://as.com/futbol/, as", "El Chiringuito, el-chiringuito"})
    void resolvesAccentAndCaseInsensitively(String reference, String expectedId) {
        if (expectedId.isEmpty()) {
            assertThat(CATALOGUE.find(reference)).isEmpty();
        } else {
            assertThat(CATALOGUE.find(reference)).get().extracting(Source::id).isEqualTo(expectedId);
        }
    }

    @Test
    void unknownReferencesAreNotFound() {
        assertThat(CATALOGUE.find("Radio Kiss Kiss Napoli")).isEmpty();
        assertThat(CATALOGUE.find("@somebody_else")).isEmpty();
        assertThat(CATALOGUE.find("https://example.org/news")).isEmpty();
        assertThat(CATALOGUE.find("")).isEmpty();
        assertThat(CATALOGUE.find(null)).isEmpty();
        assertThat(CATALOGUE.find("co.uk")).isEmpty();
        assertThat(CATALOGUE.byId("nope")).isEmpty();
        assertThat(CATALOGUE.byId(null)).isEmpty();
    }

    @Test
    void resolveOrCreateReturnsCatalogueEntriesWhenKnown() {
        assertThat(CATALOGUE.resolveOrCreate("La Gazzetta Dello Sport").id()).isEqualTo("gazzetta-dello-sport");
        assertThat(CATALOGUE.resolveOrCreate("@FabrizioRomano").catalogued()).isTrue();
    }

    @Test
    void resolveOrCreateMakesStableUnknownSources() {
        Source name = CATALOGUE.resolveOrCreate("Radio Kiss Kiss Napoli");
        assertThat(name.id()).isEqualTo("unknown-radio-kiss-kiss-napoli");
        assertThat(name.kind()).isEqualTo(Source.Kind.OUTLET);
        assertThat(name.prior()).isEqualTo(SourceCatalogue.DEFAULT_PRIOR).isEqualTo(0.25);
        assertThat(name.catalogued()).isFalse();
        assertThat(CATALOGUE.resolveOrCreate("  Radio Kiss Kiss Napoli ")).isEqualTo(name);

        Source url = CATALOGUE.resolveOrCreate("https://www.Example-News.co.uk/sport/football/123?x=1");
        assertThat(url.id()).isEqualTo("unknown-example-news-co-uk");
        assertThat(url.kind()).isEqualTo(Source.Kind.OUTLET);
        assertThat(url.domains()).containsExactly("example-news.co.uk");
        assertThat(CATALOGUE.resolveOrCreate("example-news.co.uk")).isEqualTo(url);
        assertThat(CATALOGUE.resolveOrCreate("m.example-news.co.uk/other")).isEqualTo(url);
        // a new domain resolves to the same unknown source afterwards, and is not added to the catalogue
        assertThat(CATALOGUE.find("example-news.co.uk")).isEmpty();

        Source handle = CATALOGUE.resolveOrCreate("@Some_Fan99");
        assertThat(handle.id()).isEqualTo("unknown-some-fan99");
        assertThat(handle.kind()).isEqualTo(Source.Kind.FAN);
        assertThat(handle.handles()).containsExactly("@Some_Fan99");
        assertThat(handle.prior()).isEqualTo(SourceCatalogue.DEFAULT_PRIOR);

        Source accented = CATALOGUE.resolveOrCreate("Der Fußball-Blog Münchén");
        assertThat(accented.id()).isEqualTo("unknown-der-fussball-blog-munchen");

        Source noAscii = CATALOGUE.resolveOrCreate("新浪体育");
        assertThat(noAscii.id()).matches("unknown-x[0-9a-f]{12}");
        assertThat(CATALOGUE.resolveOrCreate("新浪体育")).isEqualTo(noAscii);
        assertThat(CATALOGUE.resolveOrCreate("!!!").id()).startsWith("unknown-x");
        assertThat(CATALOGUE.resolveOrCreate("@").id()).startsWith("unknown-");
        assertThat(CATALOGUE.resolveOrCreate("http://").id()).startsWith("unknown-");
    }

    @Test
    void resolveOrCreateRejectsBlankReferences() {
        assertThatThrownBy(() -> CATALOGUE.resolveOrCreate("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CATALOGUE.resolveOrCreate(null)).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------------------------------ mentions

    @Test
    void findsMentionsInEnglish() {
        assertThat(ids("According to La Gazzetta Dello Sport, Liverpool will have to pay €50 million."))
                .containsExactly("gazzetta-dello-sport");
        assertThat(ids("The Reds are keen [@Gazzetta_it - 🇮🇹] pic.twitter.com/abc — LFC Transfer Room (@LFCTransferRoom)"))
                .containsExactly("gazzetta-dello-sport", "lfc-transfer-room", "lfc-transfer-room");
        assertThat(ids("Sky Sports reported on Monday that talks are advanced.")).containsExactly("sky-sports");
        assertThat(ids("The Athletic's David Ornstein reports that a fee has been agreed."))
                .containsExactly("the-athletic", "david-ornstein");
        assertThat(ids("Here we go, per Fabrizio Romano.")).containsExactly("fabrizio-romano");
        assertThat(ids("Goal understands that the player wants the move.")).containsExactly("goal");
        assertThat(ids("As reported by the Daily Mail and The Sun, and later by the Mirror and Sky Sports News."))
                .containsExactly("daily-mail", "the-sun", "daily-mirror", "sky-sports");
        assertThat(ids("Story first reported at https://www.theguardian.com/football/2024/jan/01/x and on bbc.co.uk/sport."))
                .containsExactly("the-guardian", "bbc-sport");
    }

    @Test
    void findsMentionsInItalianSpanishAndOtherLanguages() {
        assertThat(ids("Secondo quanto riportato dalla Gazzetta dello Sport e da Sky Sport, l'Inter chiede 50 milioni."))
                .containsExactly("gazzetta-dello-sport", "sky-sport-italia");
        assertThat(ids("Lo riferisce Gianluca Di Marzio; conferme anche dal Corriere dello Sport e da Tuttosport."))
                .containsExactly("gianluca-di-marzio", "corriere-dello-sport", "tuttosport");
        assertThat(ids("Según informa AS, el Real Madrid negocia. Lo confirma también Mundo Deportivo y la Cadena SER."))
                .containsExactly("as", "mundo-deportivo", "cadena-ser");
        assertThat(ids("Según MARCA y El Partidazo de COPE, el acuerdo está cerrado, informa Matteo Moretto en Relevo."))
                .containsExactly("marca", "cope", "matteo-moretto", "relevo");
        assertThat(ids("Wie die BILD und der kicker berichten, laut Sky-Reporter Florian Plettenberg."))
                .containsExactly("bild", "florian-plettenberg");
        assertThat(ids("Selon L'Équipe et RMC Sport, le PSG a fait une offre.")).containsExactly("lequipe", "rmc-sport");
        assertThat(ids("Segundo A Bola e o Record, o Benfica recusou.")).containsExactly("a-bola", "record");
    }

    @Test
    void respectsWordBoundariesAndCapitalisation() {
        assertThat(ids("The goalkeeper made a record number of saves as the sport grew.")).isEmpty();
        assertThat(ids("He scored a goal, as expected, and it was a record. The sun was out.")).isEmpty();
        assertThat(ids("the times are changing; the athletic winger; a marca registrada")).isEmpty();
        assertThat(ids("AS Roma and AS Monaco are interested; Sport Lisboa e Benfica too.")).isEmpty();
        assertThat(ids("A Record fee for a Goal of the Season winner")).isEmpty();
        assertThat(ids("Goalkeepers, Goals, goal.")).isEmpty();
        assertThat(ids("Sky. Sports fans were waiting.")).isEmpty();
        assertThat(ids("Contact me at someone@goal.com")).isEmpty();
        assertThat(ids("Inter Milan and Liverpool FC are in talks; Arsenal official statement pending."))
                .as("official channels match by handle or domain only").isEmpty();
        assertThat(ids("per fabrizio romano")).containsExactly("fabrizio-romano");
        assertThat(ids("Romano says yes")).containsExactly("fabrizio-romano");
        assertThat(ids("il derby romano")).isEmpty();
        assertThat(ids("WHAT A GOAL! LIVERPOOL AGREE RECORD FEE WITH AS ROMA")).isEmpty();
        assertThat(ids("SEGÚN MARCA, EL MADRID FICHA")).containsExactly("marca");
        assertThat(ids("Im Sport zählt nur das Bild, das bleibt.")).isEmpty();
    }

    @Test
    void socialProfileAndPostUrlsResolveToTheAccount() {
        assertThat(CATALOGUE.find("https://x.com/FabrizioRomano/status/1234567890")).get()
                .extracting(Source::id).isEqualTo("fabrizio-romano");
        assertThat(CATALOGUE.find("twitter.com/DiMarzio")).get().extracting(Source::id).isEqualTo("gianluca-di-marzio");
        assertThat(CATALOGUE.find("https://x.com/i/web/status/1")).isEmpty();
        assertThat(ids("Source: https://twitter.com/David_Ornstein/status/9 pic.twitter.com/WRGIashVh7"))
                .containsExactly("david-ornstein");
        Source fan = CATALOGUE.resolveOrCreate("https://x.com/SomeFan_1/status/1");
        assertThat(fan.kind()).isEqualTo(Source.Kind.FAN);
        assertThat(fan.handles()).containsExactly("@SomeFan_1");
        assertThat(fan).isEqualTo(CATALOGUE.resolveOrCreate("@SomeFan_1"));
    }

    @Test
    void longestMatchWinsWithoutOverlaps() {
        List<SourceMention> m = CATALOGUE.findMentions("Sky Sports News HQ and Sky Sport Deutschland and Sky Sport 24");
        assertThat(m).extracting(x -> x.source().id()).containsExactly("sky-sports", "sky-sport-germany", "sky-sport-italia");
        assertThat(m).extracting(SourceMention::matched)
                .containsExactly("Sky Sports News HQ", "Sky Sport Deutschland", "Sky Sport 24");
        for (int i = 1; i < m.size(); i++) {
            assertThat(m.get(i).start()).isGreaterThanOrEqualTo(m.get(i - 1).end());
        }
        String text = "Reports from La Gazzetta dello Sport.";
        SourceMention g = CATALOGUE.findMentions(text).get(0);
        assertThat(text.substring(g.start(), g.end())).isEqualTo("La Gazzetta dello Sport").isEqualTo(g.matched());
        assertThat(g.via()).isEqualTo(SourceMention.Via.NAME);
        assertThat(CATALOGUE.findMentions("via @Gazzetta_it").get(0).via()).isEqualTo(SourceMention.Via.HANDLE);
        assertThat(CATALOGUE.findMentions("see gazzetta.it/calcio.").get(0))
                .satisfies(d -> {
                    assertThat(d.via()).isEqualTo(SourceMention.Via.DOMAIN);
                    assertThat(d.matched()).isEqualTo("gazzetta.it/calcio");
                });
    }

    @Test
    void emptyAndNullTextsHaveNoMentions() {
        assertThat(CATALOGUE.findMentions(null)).isEmpty();
        assertThat(CATALOGUE.findMentions("")).isEmpty();
        assertThat(CATALOGUE.findMentions("@ @@ . .. http:// www.")).isEmpty();
    }

    @Test
    void findsTheSourcesOfTheSeedArticle() throws IOException {
        Path seed = seedArticle();
        assumeThat(seed).as("seed article ../shared/seeds/000_5e652ecb484ad9f0.txt").isNotNull();
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        assertThat(ids(text)).containsExactly("gazzetta-dello-sport", "gazzetta-dello-sport", "lfc-transfer-room",
                "lfc-transfer-room");
    }

    /** Speed is measured by the bench module (docs/extraction.md), never by a timed unit test. */
    @Test
    void findsEveryMentionInAThreeKilobyteReport() {
        String paragraph = "Liverpool are reportedly weighing up a move for Inter Milan defender Alessandro Bastoni, "
                + "according to La Gazzetta Dello Sport. The Athletic's David Ornstein says talks are at an early "
                + "stage, while Sky Sports and Fabrizio Romano report that Bayern Munich are also interested. "
                + "The goalkeeper situation is another matter entirely, as the club's record signing is injured. "
                + "[@Gazzetta_it] https://www.gazzetta.it/Calcio/Serie-A/Inter/bastoni.shtml — LFC Transfer Room. ";
        String report = paragraph.repeat(7);

        List<SourceMention> once = CATALOGUE.findMentions(paragraph);
        List<SourceMention> all = CATALOGUE.findMentions(report);

        assertThat(report.length()).isGreaterThan(3000);
        assertThat(once).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all).hasSize(once.size() * 7);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static List<String> ids(String text) {
        return CATALOGUE.findMentions(text).stream().map(m -> m.source().id()).toList();
    }

    private static double prior(String id) {
        return CATALOGUE.byId(id).orElseThrow().prior();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Path seedArticle() {
        for (String dir : Arrays.asList("../../shared/seeds", "../shared/seeds", "/work/shared/seeds")) {
            Path p = Path.of(dir, "000_5e652ecb484ad9f0.txt");
            if (Files.isReadable(p)) {
                return p;
            }
        }
        return null;
    }
}
