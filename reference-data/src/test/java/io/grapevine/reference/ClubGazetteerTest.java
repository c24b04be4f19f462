package io.grapevine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClubGazetteerTest {

    private static final ClubGazetteer G = ClubGazetteer.load();

    private static final List<String> REQUIRED_IDS = List.of(
            "liverpool", "manchester-united", "manchester-city", "arsenal", "chelsea", "tottenham-hotspur",
            "newcastle-united", "brighton", "aston-villa", "west-ham-united", "everton", "inter-milan", "ac-milan",
            "juventus", "napoli", "as-roma", "lazio", "atalanta", "fiorentina", "bayern-munich", "borussia-dortmund",
            "bayer-leverkusen", "rb-leipzig", "eintracht-frankfurt", "real-madrid", "barcelona", "atletico-madrid",
            "sevilla", "real-sociedad", "villarreal", "athletic-bilbao", "paris-saint-germain", "olympique-marseille",
            "olympique-lyonnais", "as-monaco", "lille", "benfica", "porto", "sporting-cp", "braga", "ajax",
            "psv-eindhoven", "feyenoord", "celtic", "rangers", "galatasaray", "fenerbahce", "besiktas", "al-hilal",
            "al-nassr", "al-ittihad", "al-ahli", "inter-miami", "la-galaxy", "flamengo", "palmeiras", "boca-juniors",
            "river-plate", "leicester-city", "southampton", "wolverhampton-wanderers", "crystal-palace", "fulham",
            "brentford", "nottingham-forest", "bournemouth", "ipswich-town", "leeds-united", "burnley", "sunderland");

    // ------------------------------------------------------------------ data

    @Test
    void hasEnoughClubsWithUniqueSlugIds() {
        assertThat(G.all()).hasSizeGreaterThanOrEqualTo(420);
        List<String> ids = G.all().stream().map(Club::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "slug-shaped");
        assertThat(G.all()).allSatisfy(c -> {
            assertThat(c.name()).isNotBlank();
            assertThat(c.league()).isNotBlank();
            assertThat(c.country()).matches("[A-Z]{2}(-[A-Z]{3})?");
        });
    }

    @Test
    void requiredIdsExist() {
        assertThat(REQUIRED_IDS).allSatisfy(id -> assertThat(G.byId(id)).as(id).isPresent());
        assertThat(G.byId("inter-milan").orElseThrow().name()).isEqualTo("Inter Milan");
        assertThat(G.byId("inter-milan").orElseThrow().country()).isEqualTo("IT");
        assertThat(G.byId("liverpool").orElseThrow().country()).isEqualTo("GB-ENG");
        assertThat(G.byId("nope")).isEmpty();
    }

    @Test
    void coversTheMainLeagues() {
        Map<String, Long> perLeague = G.all().stream()
                .collect(Collectors.groupingBy(Club::league, Collectors.counting()));
        assertThat(perLeague.get("Premier League")).isEqualTo(20);
        assertThat(perLeague.get("La Liga")).isEqualTo(20);
        assertThat(perLeague.get("Serie A")).isEqualTo(20);
        assertThat(perLeague.get("Bundesliga")).isEqualTo(18);
        assertThat(perLeague.get("Ligue 1")).isEqualTo(18);
        assertThat(perLeague.get("Primeira Liga")).isEqualTo(18);
        assertThat(perLeague.get("Eredivisie")).isEqualTo(18);
        assertThat(perLeague.get("Championship")).isEqualTo(24);
        assertThat(perLeague.get("2. Bundesliga")).isEqualTo(18);
        assertThat(perLeague.get("Ligue 2")).isEqualTo(18);
        assertThat(perLeague.get("Serie B")).isEqualTo(20);
        assertThat(perLeague.get("Segunda División")).isGreaterThanOrEqualTo(21);
        assertThat(perLeague.get("Brasileirão")).isEqualTo(20);
        assertThat(perLeague.get("MLS")).isEqualTo(30);
    }

    /** A phrase shared by two clubs must be marked ambiguous by every one of them. */
    @Test
    void noAliasMapsUnambiguouslyToTwoClubs() {
        Map<String, Set<String>> clubsByKey = new HashMap<>();
        Map<String, Set<String>> unambiguousByKey = new HashMap<>();
        for (Club c : G.all()) {
            assertThat(c.aliases()).as(c.id() + " aliases vs ambiguous").noneMatch(c.ambiguous()::contains);
            List<String> plain = new ArrayList<>(c.aliases());
            if (!c.ambiguous().contains(c.name())) {
                plain.add(c.name());
            }
            for (String a : plain) {
                unambiguousByKey.computeIfAbsent(TextFold.foldLoose(a), k -> new HashSet<>()).add(c.id());
            }
            for (String a : c.allNames()) {
                clubsByKey.computeIfAbsent(TextFold.foldLoose(a), k -> new HashSet<>()).add(c.id());
            }
        }
        List<String> clashes = unambiguousByKey.entrySet().stream()
                .filter(e -> clubsByKey.get(e.getKey()).size() > 1)
                .map(e -> e.getKey() + " -> " + clubsByKey.get(e.getKey()) + " (unambiguous for " + e.getValue() + ")")
                .sorted().toList();
        assertThat(clashes).isEmpty();
    }

    @Test
    void requiredAliasesResolve() {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("Spurs", "tottenham-hotspur");
        expected.put("Man Utd", "manchester-united");
        expected.put("Man United", "manchester-united");
        expected.put("Man City", "manchester-city");
        expected.put("Barca", "barcelona");
        expected.put("Barça", "barcelona");
        expected.put("Atleti", "atletico-madrid");
        expected.put("PSG", "paris-saint-germain");
        expected.put("OM", "olympique-marseille");
        expected.put("OL", "olympique-lyonnais");
        expected.put("BVB", "borussia-dortmund");
        expected.put("Leverkusen", "bayer-leverkusen");
        expected.put("Juve", "juventus");
        expected.put("Roma", "as-roma");
        expected.put("Bayern München", "bayern-munich");
        expected.put("FC Bayern", "bayern-munich");
        expected.put("Internazionale", "inter-milan");
        expected.put("Olympique de Marseille", "olympique-marseille");
        expected.put("Sporting Clube de Portugal", "sporting-cp");
        expected.put("Athletic Club", "athletic-bilbao");
        expected.put("the Red Devils", "manchester-united");
        expected.put("Rossoneri", "ac-milan");
        expected.put("Blaugrana", "barcelona");
        expected.put("Los Blancos", "real-madrid");
        expected.put("Merengues", "real-madrid");
        expected.put("the Gunners", "arsenal");
        expected.put("the Seagulls", "brighton");
        expected.put("the Toffees", "everton");
        expected.put("the Magpies", "newcastle-united");
        expected.put("the Hammers", "west-ham-united");
        expected.put("the Citizens", "manchester-city");
        expected.put("Colchoneros", "atletico-madrid");
        expected.put("#LFC", "liverpool");
        expected.put("@LFC", "liverpool");
        expected.put("@ManUtd", "manchester-united");
        expected.put("@FCBarcelona", "barcelona");
        expected.put("@FCBayern", "bayern-munich");
        expected.put("@Inter", "inter-milan");
        expected.put("@Inter_en", "inter-milan");
        expected.put("@acmilan", "ac-milan");
        expected.put("@juventusfc", "juventus");
        expected.put("Celtic", "celtic");
        expected.put("Inter Milan", "inter-milan");
        expected.put("Inter Miami", "inter-miami");
        expected.put("Wolves", "wolverhampton-wanderers");
        expected.put("Gladbach", "borussia-monchengladbach");
        expected.put("Fenerbahçe", "fenerbahce");
        expected.put("Beşiktaş", "besiktas");
        expected.put("İstanbul Başakşehir", "basaksehir");
        expected.put("Al Hilal", "al-hilal");
        expected.put("al-Nassr", "al-nassr");
        expected.put("São Paulo FC", "sao-paulo");
        expected.put("Newell's Old Boys", "newells-old-boys");
        expected.forEach((alias, id) ->
                assertThat(G.resolveUnambiguous(alias).map(Club::id)).as(alias).contains(id));
    }

    @Test
    void ambiguousAliasesAreNotResolvedAlone() {
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("the Reds", List.of("liverpool", "manchester-united"));
        expected.put("the Blues", List.of("chelsea", "everton", "manchester-city"));
        expected.put("United", List.of("manchester-united", "newcastle-united", "west-ham-united"));
        expected.put("City", List.of("manchester-city", "leicester-city"));
        expected.put("Milan", List.of("ac-milan", "inter-milan"));
        expected.put("Inter", List.of("inter-milan", "inter-miami", "internacional"));
        expected.put("Real", List.of("real-madrid", "real-sociedad", "real-betis"));
        expected.put("Atletico", List.of("atletico-madrid", "atletico-mineiro"));
        expected.put("Sporting", List.of("sporting-cp", "sporting-gijon"));
        expected.put("Olympique", List.of("olympique-marseille", "olympique-lyonnais"));
        expected.put("Borussia", List.of("borussia-dortmund", "borussia-monchengladbach"));
        expected.put("Rangers", List.of("rangers", "queens-park-rangers"));
        expected.put("die Roten", List.of("bayern-munich"));
        expected.put("Nerazzurri", List.of("inter-milan", "atalanta"));
        expected.put("Bianconeri", List.of("juventus", "udinese"));
        expected.put("I Giallorossi", List.of("as-roma"));
        expected.put("Gli Azzurri", List.of("napoli"));
        expected.put("Les Parisiens", List.of("paris-saint-germain"));
        expected.put("Madrid", List.of("real-madrid", "atletico-madrid"));
        expected.forEach((alias, ids) -> {
            assertThat(G.lookup(alias).stream().map(Club::id).toList()).as(alias).containsAll(ids);
            assertThat(G.isAmbiguous(alias)).as(alias).isTrue();
            assertThat(G.resolveUnambiguous(alias)).as(alias).isEmpty();
        });
        // gazetteer order puts the usual reading first
        assertThat(G.lookup("Inter").get(0).id()).isEqualTo("inter-milan");
        assertThat(G.lookup("the Reds").get(0).id()).isEqualTo("liverpool");
        assertThat(G.lookup("the Blues").get(0).id()).isEqualTo("chelsea");
        assertThat(G.lookup("Milan").get(0).id()).isEqualTo("ac-milan");
    }

    @Test
    void lookupIgnoresCaseAccentsAndPunctuation() {
        assertThat(ids(G.lookup("bayern munchen"))).containsExactly("bayern-munich");
        assertThat(ids(G.lookup("BAYERN MÜNCHEN"))).containsExactly("bayern-munich");
        assertThat(ids(G.lookup("Bayern Muenchen"))).containsExactly("bayern-munich");
        assertThat(ids(G.lookup("barca"))).containsExactly("barcelona");
        assertThat(ids(G.lookup("paris saint germain"))).containsExactly("paris-saint-germain");
        assertThat(ids(G.lookup("  Man.  Utd "))).containsExactly("manchester-united");
        assertThat(ids(G.lookup("atletico de madrid"))).containsExactly("atletico-madrid");
        assertThat(ids(G.lookup("1. FC Koeln"))).containsExactly("cologne");
        assertThat(G.lookup("Grapevine United Wanderers")).isEmpty();
        assertThat(G.lookup(null)).isEmpty();
        assertThat(G.resolveUnambiguous("")).isEmpty();
    }

    @Test
    void textFold() {
        assertThat(TextFold.fold("  Bayern   München ")).isEqualTo("bayern munchen");
        assertThat(TextFold.fold("Barça")).isEqualTo("barca");
        assertThat(TextFold.fold("Straße Bodø Æbeltoft Łódź Kasımpaşa İstanbul")).isEqualTo(
                "strasse bodo aebeltoft lodz kasimpasa istanbul");
        assertThat(TextFold.fold("MAN UTD")).isEqualTo("man utd");
        assertThat(TextFold.fold(null)).isEmpty();
        assertThat(TextFold.foldLoose("Paris Saint-Germain")).isEqualTo("paris saint germain");
        assertThat(TextFold.foldLoose("Newell's Old Boys")).isEqualTo("newell s old boys");
        assertThat(TextFold.foldLoose("@Inter_en!")).isEqualTo("@inter_en");
    }

    // ------------------------------------------------------------------ mentions

    @Test
    void englishSentence() {
        String text = "Liverpool are weighing a move for Inter Milan defender Alessandro Bastoni, while Man Utd "
                + "and Spurs monitor the situation. Tottenham Hotspur have not bid.";
        assertThat(resolved(text)).containsExactly(
                "liverpool", "inter-milan", "manchester-united", "tottenham-hotspur", "tottenham-hotspur");
        List<ClubMention> m = G.findMentions(text);
        assertThat(m.get(1).surface()).isEqualTo("Inter Milan");
        assertThat(text.substring(m.get(1).start(), m.get(1).end())).isEqualTo("Inter Milan");
    }

    @Test
    void anAmbiguousNameGivesWayToAFullNameStartingInsideIt() {
        // "La Real" is an ambiguous short name; "Real Sociedad", which starts at its second word, is the club's name
        List<ClubMention> full = G.findMentions("La Real Sociedad descarta vender a su capitán.");
        assertThat(full).extracting(ClubMention::surface).containsExactly("Real Sociedad");
        assertThat(full.get(0).ambiguous()).isFalse();
        List<ClubMention> shortName = G.findMentions("La Real descarta vender a su capitán.");
        assertThat(shortName).extracting(ClubMention::surface).containsExactly("La Real");
        assertThat(shortName.get(0).ambiguous()).isTrue();
    }

    @Test
    void italianSentence() {
        String text = "L'Inter ha rifiutato l'offerta del Liverpool per Bastoni; la Juve e il Milan restano "
                + "alla finestra, mentre i rossoneri cercano un difensore e la Roma osserva.";
        assertThat(resolved(text)).containsExactly(
                "inter-milan", "liverpool", "juventus", "ac-milan", "ac-milan", "as-roma");
    }

    @Test
    void spanishSentence() {
        String text = "El Barça y el Atlético de Madrid pujan por el delantero; el Real Madrid no entra y "
                + "los colchoneros esperan. El Athletic Club ya ha preguntado.";
        assertThat(resolved(text)).containsExactly(
                "barcelona", "atletico-madrid", "real-madrid", "atletico-madrid", "athletic-bilbao");
    }

    @Test
    void germanSentence() {
        String text = "Der FC Bayern München verhandelt mit Borussia Dortmund, der BVB will aber nicht. "
                + "Auch Bayer 04 Leverkusen und Eintracht Frankfurt sind dran; Gladbach wartet.";
        assertThat(resolved(text)).containsExactly("bayern-munich", "borussia-dortmund", "borussia-dortmund",
                "bayer-leverkusen", "eintracht-frankfurt", "borussia-monchengladbach");
    }

    @Test
    void portugueseSentence() {
        String text = "O Sporting Clube de Portugal e o Benfica disputam o avançado do FC Porto; "
                + "o SC Braga também está atento e o Flamengo prepara uma proposta.";
        assertThat(resolved(text)).containsExactly("sporting-cp", "benfica", "porto", "braga", "flamengo");
    }

    @Test
    void frenchSentence() {
        String text = "L'Olympique de Marseille et le Paris Saint-Germain s'intéressent au milieu de l'OL, "
                + "mais le PSG a une longueur d'avance sur l'AS Monaco et le LOSC.";
        assertThat(resolved(text)).containsExactly("olympique-marseille", "paris-saint-germain",
                "olympique-lyonnais", "paris-saint-germain", "as-monaco", "lille");
    }

    @Test
    void hashtagsAndHandles() {
        String text = "Huge news for #LFC fans, via @FCBarcelona and @Inter_en. #lfc again. @LFCTransferRoom";
        assertThat(resolved(text)).containsExactly("liverpool", "barcelona", "inter-milan", "liverpool");
    }

    @Test
    void wordBoundaries() {
        assertThat(G.findMentions("Fabrizio Romano says there is interest from several clubs, Romanov agreed."))
                .isEmpty();
        assertThat(G.findMentions("Romania and Interlaken, Intermilan, Liverpoolian")).isEmpty();
        assertThat(resolved("Liverpool's bid and Roma's reply")).containsExactly("liverpool", "as-roma");
    }

    @Test
    void caseRule() {
        assertThat(G.findMentions("the rules apply, inter alia, to om and ol and psg in lowercase")).isEmpty();
        assertThat(G.findMentions("Inter alia, the deal matters.")).isEmpty();
        assertThat(resolved("INTER MILAN AND LIVERPOOL AGREE FEE")).containsExactly("inter-milan", "liverpool");
        assertThat(G.findMentions("The Reds want him")).singleElement()
                .satisfies(m -> assertThat(m.ambiguous()).isTrue());
        assertThat(G.findMentions("the reds want him")).isEmpty();
        assertThat(resolved("I nerazzurri? No: dei rossoneri")).containsExactly("ac-milan");
    }

    @Test
    void longestMatchWithoutOverlaps() {
        assertThat(G.findMentions("Inter Milan")).singleElement().satisfies(m -> {
            assertThat(m.surface()).isEqualTo("Inter Milan");
            assertThat(m.club().map(Club::id)).contains("inter-milan");
        });
        assertThat(G.findMentions("Manchester United")).singleElement()
                .satisfies(m -> assertThat(m.club().map(Club::id)).contains("manchester-united"));
        assertThat(resolved("Inter Miami and Real Madrid and Paris Saint-Germain and Juve Stabia"))
                .containsExactly("inter-miami", "real-madrid", "paris-saint-germain", "juve-stabia");
        List<ClubMention> m = G.findMentions("Manchester are split: Inter want him.");
        assertThat(m).hasSize(2).allSatisfy(x -> assertThat(x.ambiguous()).isTrue());
        assertThat(ids(m.get(0).candidates())).containsExactlyInAnyOrder("manchester-city", "manchester-united");
        assertThat(ids(m.get(1).candidates())).startsWith("inter-milan").contains("inter-miami");
        assertThat(m.get(1).club()).isEmpty();
    }

    @Test
    void nonClubPhrasesYieldNothing() {
        assertThat(G.findMentions("He moved to the United States and then to Porto Alegre; the sporting "
                + "director at Villa Park said so, The Athletic reports.")).isEmpty();
        assertThat(resolved("Sporting CP sporting director Hugo Viana")).containsExactly("sporting-cp");
    }

    @Test
    void decomposedAccentsMatch() {
        String nfd = java.text.Normalizer.normalize("Bayern München und Beşiktaş", java.text.Normalizer.Form.NFD);
        assertThat(resolved(nfd)).containsExactly("bayern-munich", "besiktas");
    }

    @Test
    void seedArticle() throws IOException {
        Path seeds = Path.of("..", "..", "shared", "seeds");
        if (!Files.isDirectory(seeds)) {
            seeds = Path.of("..", "shared", "seeds");
        }
        if (!Files.isDirectory(seeds)) {
            return; // the seed lives outside the repository; nothing to check without it
        }
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                List<ClubMention> m = G.findMentions(text);
                assertThat(m).allSatisfy(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.surface()));
                if (p.getFileName().toString().startsWith("000_")) {
                    assertThat(resolved(text)).contains("liverpool", "inter-milan", "bayern-munich", "barcelona");
                    assertThat(m).anySatisfy(x -> {
                        assertThat(x.surface()).isEqualTo("the Nerazzurri");
                        assertThat(x.ambiguous()).isTrue();
                        assertThat(x.candidates().get(0).id()).isEqualTo("inter-milan");
                    });
                }
            }
        }
    }

    @Test
    void loadIsSharedAndInvalidDataIsRejected() {
        assertThat(ClubGazetteer.load()).isSameAs(G);
        Club a = new Club("a-b", "A", "IT", "Serie A", List.of(), null);
        assertThatThrownBy(() -> ClubGazetteer.of(List.of(a, a))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClubGazetteer.of(List.of(new Club("Bad Id", "B", "IT", "x", null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        ClubGazetteer json = fromJson("[{\"id\":\"x-fc\",\"name\":\"X FC\",\"country\":\"IT\",\"league\":\"L\","
                + "\"aliases\":[\"Xers\"],\"ambiguousAliases\":[\"X\"]}]");
        assertThat(json.resolveUnambiguous("xers").map(Club::id)).contains("x-fc");
        assertThat(json.isAmbiguous("X")).isTrue();
    }

    /** Speed is measured by the bench module (docs/extraction.md), never by a timed unit test. */
    @Test
    void findsEveryMentionInAThreeKilobyteReport() {
        String para = "Liverpool are weighing up a move for Inter Milan defender Alessandro Bastoni, according to "
                + "La Gazzetta dello Sport. The Reds have no problem in spending the money, while Bayern Munich and "
                + "Barcelona are also interested. Il difensore dell'Inter piace anche alla Juve e al Real Madrid. ";
        String report = para.repeat(11);

        int once = G.findMentions(para).size();

        assertThat(report.length()).isGreaterThan(3000);
        assertThat(once).isGreaterThanOrEqualTo(7);
        assertThat(G.findMentions(report)).hasSize(once * 11);
    }

    // ------------------------------------------------------------------ helpers

    private static ClubGazetteer fromJson(String json) {
        try {
            return ClubGazetteer.fromJson(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> ids(List<Club> clubs) {
        return clubs.stream().map(Club::id).toList();
    }

    /** Ids of the unambiguous mentions, in text order. */
    private static List<String> resolved(String text) {
        return G.findMentions(text).stream().flatMap(m -> m.club().stream()).map(Club::id).toList();
    }
}
