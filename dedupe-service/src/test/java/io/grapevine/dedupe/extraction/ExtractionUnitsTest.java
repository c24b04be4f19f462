package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.Channel;
import io.grapevine.contracts.Claim;
import io.grapevine.contracts.FeeKind;
import io.grapevine.contracts.PlayerRef;
import io.grapevine.contracts.RawReport;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractionUnitsTest {

    static final ClaimExtractor X = ClaimExtractor.withDefaults(new InMemoryPlayerRegistry());

    static RawReport report(String text) {
        return report("r1", text, "2023-08-01T10:00:00Z");
    }

    static RawReport report(String id, String text, String publishedAt) {
        Instant at = Instant.parse(publishedAt);
        return new RawReport(id, new SourceRef("unknown-test", "test", "outlet"), Channel.PUSH, null, null, null, text,
                null, at, at, null);
    }

    /** The one claim the text makes, after checking its destination and selling club. */
    static Claim onlyMove(String text, String to, String from) {
        List<Claim> claims = X.extract(report(text));
        assertThat(claims).extracting(c -> c.toClub().id()).as(text).containsExactly(to);
        assertThat(claims.get(0).fromClub()).as(text).isNotNull();
        assertThat(claims.get(0).fromClub().id()).as(text).isEqualTo(from);
        return claims.get(0);
    }

    static FeeParser.Money one(String text, String dflt) {
        List<FeeParser.Money> m = FeeParser.find(text, dflt);
        assertThat(m).as(text).hasSize(1);
        return m.get(0);
    }

    // ---------------------------------------------------------------- fees
    @Test
    void feeFormats() {
        assertThat(one("they will pay €50 million", null).amount()).isEqualTo(50e6);
        assertThat(one("spending £43M for the Italian", null).currency()).isEqualTo("GBP");
        assertThat(one("a deal worth $145.98 million", null).amount()).isCloseTo(145.98e6, within(1.0));
        assertThat(one("servono 50 milioni di euro", null).currency()).isEqualTo("EUR");
        assertThat(one("rund 50 Millionen Euro", null).approximate()).isTrue();
        assertThat(one("unos 50 millones de euros", null).amount()).isEqualTo(50e6);
        assertThat(one("51,3 milioni di euro", null).amount()).isCloseTo(51.3e6, within(1.0));
        assertThat(one("uma proposta de R$ 300 milhões", null).currency()).isEqualTo("BRL");
        FeeParser.Money r = one("valor de R 2 777 824 224,00 pela venda", null);
        assertThat(r.currency()).isEqualTo("BRL");
        assertThat(r.amount()).isCloseTo(2_777_824_224.0, within(0.01));
        assertThat(one("chiede almeno 80 milioni", "EUR").currency()).isEqualTo("EUR");
        assertThat(FeeParser.find("chiede almeno 80 milioni", null)).isEmpty();
    }

    @Test
    void rangesAddOnsApproximationAndKinds() {
        FeeParser.Money range = one("a fee of £40-45m", null);
        assertThat(range.amount()).isEqualTo(42.5e6);
        assertThat(range.min()).isEqualTo(40e6);
        assertThat(range.max()).isEqualTo(45e6);
        FeeParser.Money between = one("a clause between £35m and £40m", null);
        assertThat(between.min()).isEqualTo(35e6);
        assertThat(between.max()).isEqualTo(40e6);
        FeeParser.Money add = one("€45m plus €5m in add-ons", null);
        assertThat(add.amount()).isEqualTo(45e6);
        assertThat(add.addOns()).isEqualTo(5e6);
        FeeParser.Money upFront = one("£80m up front and £10m in add-ons", null);
        assertThat(upFront.amount()).isEqualTo(80e6);
        assertThat(upFront.addOns()).isEqualTo(10e6);
        assertThat(one("45 milioni di euro più 5 di bonus", null).addOns()).isEqualTo(5e6);
        assertThat(one("in the region of £30m", null).approximate()).isTrue();
        assertThat(one("a bid of £70m", null).kind()).isEqualTo(FeeKind.BID);
        assertThat(one("his release clause of €60m", null).kind()).isEqualTo(FeeKind.RELEASE_CLAUSE);
        assertThat(one("earning £200,000 a week", null).kind()).isEqualTo(FeeKind.WAGE);
        assertThat(FeeParser.find("won 3-1 with 10 clean sheets in 24 games", null)).isEmpty();
    }

    @Test
    void groupsOfThousandsMayBeSeparatedByNoBreakSpaces() {
        FeeParser.Money r = one("valor de R$ 2\u00A0777\u00A0824\u00A0224,00 pela venda", null);
        assertThat(r.currency()).isEqualTo("BRL");
        assertThat(r.amount()).isCloseTo(2_777_824_224.0, within(0.01));
        assertThat(one("un'offerta da 60\u202F000\u202F000 euro", null).amount()).isEqualTo(60e6);
    }

    @Test
    void accentedApproximationsAndAClauseNamedAfterTheSum() {
        assertThat(one("ungefähr 40 Millionen Euro", null).approximate()).isTrue();
        assertThat(one("près de 40 millions d'euros", null).approximate()).isTrue();
        assertThat(one("à volta de 40 milhões de euros", null).approximate()).isTrue();
        assertThat(one("rondaría los 40 millones de euros", null).approximate()).isTrue();
        assertThat(one("Real Madrid will meet his €1bn release clause", null).kind()).isEqualTo(FeeKind.RELEASE_CLAUSE);
    }

    @Test
    void feeIsConvertedToEuroAtTheReportDate() {
        Claim c = X.extract(report("Arsenal have had a £70m bid for Brighton midfielder Moises Caicedo rejected.")).get(0);
        assertThat(c.fee().currency()).isEqualTo("GBP");
        assertThat(c.fee().amountEur()).isBetween(75e6, 90e6);
    }

    // ---------------------------------------------------------------- stages and hedges
    static Stage stage(String text) {
        List<Claim> cs = X.extract(report(text));
        assertThat(cs).as(text).isNotEmpty();
        return cs.get(0).stage();
    }

    @Test
    void stagesAcrossLanguages() {
        assertThat(stage("Liverpool are weighing up a move for Inter Milan defender Alessandro Bastoni.")).isEqualTo(Stage.INTEREST);
        assertThat(stage("Chelsea are in advanced talks with Brighton over Moises Caicedo.")).isEqualTo(Stage.TALKS);
        assertThat(stage("Arsenal have submitted an opening offer of £80m for West Ham captain Declan Rice.")).isEqualTo(Stage.BID);
        assertThat(stage("Chelsea have agreed a fee of £53m with Southampton for Romeo Lavia.")).isEqualTo(Stage.AGREEMENT);
        assertThat(stage("Harry Kane is having a medical with Bayern Munich.")).isEqualTo(Stage.MEDICAL);
        assertThat(stage("Declan Rice has completed his move from West Ham to Arsenal.")).isEqualTo(Stage.OFFICIAL);
        assertThat(stage("Liverpool have denied reports that they have made an offer for Southampton midfielder Romeo Lavia."))
                .isEqualTo(Stage.DENIED);
        assertThat(stage("Chelsea's talks with Napoli over Victor Osimhen have broken down.")).isEqualTo(Stage.COLLAPSED);
        assertThat(stage("Il Newcastle ha presentato un'offerta da 70 milioni di euro per Sandro Tonali.")).isEqualTo(Stage.BID);
        assertThat(stage("El Real Madrid ha alcanzado un acuerdo con el Borussia Dortmund para el fichaje de Jude Bellingham."))
                .isEqualTo(Stage.AGREEMENT);
        assertThat(stage("Le Paris Saint-Germain est en négociations avancées avec Naples pour Khvicha Kvaratskhelia."))
                .isEqualTo(Stage.TALKS);
    }

    @Test
    void resistanceIsNotADenial() {
        List<Claim> cs = X.extract(report("Liverpool are interested in Inter Milan defender Alessandro Bastoni. Inter Milan, "
                + "however, have shown no indications that they could part ways with the Italian."));
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).stage()).isEqualTo(Stage.INTEREST);
    }

    @Test
    void hedgesAreKeptApartFromTheStage() {
        Claim c = X.extract(report("Liverpool are reportedly weighing up a move for Inter Milan defender Alessandro Bastoni.")).get(0);
        assertThat(c.stage()).isEqualTo(Stage.INTEREST);
        assertThat(c.hedges()).contains("reportedly");
        Claim sure = X.extract(report("Chelsea have completed the signing of Moisés Caicedo from Brighton.")).get(0);
        assertThat(sure.hedges()).isEmpty();
    }

    // ---------------------------------------------------------------- attributions
    static List<String> cited(String text) {
        return X.extract(report(text)).get(0).attributions().stream().map(SourceRef::id).toList();
    }

    @Test
    void attributionsResolveThroughTheCatalogue() {
        String claim = " Liverpool are interested in Inter Milan defender Alessandro Bastoni.";
        assertThat(cited("According to La Gazzetta Dello Sport," + claim)).containsExactly("gazzetta-dello-sport");
        assertThat(cited("Liverpool are interested in Inter Milan defender Alessandro Bastoni. [@Gazzetta_it]"))
                .containsExactly("gazzetta-dello-sport");
        assertThat(cited("Arsenal are in talks to sign Brentford goalkeeper David Raya, per Fabrizio Romano."))
                .containsExactly("fabrizio-romano");
        assertThat(cited("Sky Sports reported that Arsenal are in talks to sign Brentford goalkeeper David Raya."))
                .containsExactly("sky-sports");
        assertThat(cited("Goal understands Newcastle are weighing up a move for Nottingham Forest winger Anthony Elanga."))
                .containsExactly("goal");
    }

    // ---------------------------------------------------------------- players
    @Test
    void managersPunditsAndTeamMatesAreNotSubjects() {
        List<Claim> cs = X.extract(report("Liverpool are weighing up a move for Inter Milan defender Alessandro Bastoni. "
                + "Jurgen Klopp wants to pair him with Virgil van Dijk, while Antonio Conte's side want to keep him. "
                + "Spurs chairman Daniel Levy was not involved."));
        assertThat(cs).extracting(c -> c.player().id()).containsOnly("alessandro-bastoni");
    }

    @Test
    void foldingAndSlugs() {
        assertThat(Names.slug("Roméo Lavia")).isEqualTo("romeo-lavia");
        assertThat(Names.slug("Moisés Caicedo")).isEqualTo(Names.slug("Moises Caicedo"));
        assertThat(Names.slug("Kylian Mbappé")).isEqualTo("kylian-mbappe");
        assertThat(Names.slug("Trent Alexander-Arnold")).isEqualTo("trent-alexander-arnold");
        assertThat(Names.surnameKey("Virgil van Dijk")).isEqualTo("van dijk");
        assertThat(X.extract(report("Chelsea have agreed a fee of £53m with Southampton for Roméo Lavia.")).get(0).player().id())
                .isEqualTo("romeo-lavia");
    }

    @Test
    void surnameOnlyMentionsResolveThroughTheRegistry() {
        InMemoryPlayerRegistry registry = new InMemoryPlayerRegistry();
        ClaimExtractor x = ClaimExtractor.withDefaults(registry);
        x.extract(report("Liverpool are weighing up a move for Inter Milan defender Alessandro Bastoni."));
        assertThat(registry.resolveSurname("bastoni")).contains(new PlayerRef("alessandro-bastoni", "Alessandro Bastoni"));
        Claim later = x.extract(report("Bayern Munich have made an offer for Bastoni.")).get(0);
        assertThat(later.player().id()).isEqualTo("alessandro-bastoni");
        assertThat(later.player().mention()).isEqualTo("Bastoni");
        registry.remember(new PlayerRef("someone-bastoni", "Someone Bastoni"));
        assertThat(registry.resolveSurname("bastoni")).isEmpty();
    }

    @Test
    void otherInterestedClubsBecomeInterestClaims() {
        List<Claim> cs = X.extract(report("Liverpool have made a €50m bid for Inter Milan defender Alessandro Bastoni. "
                + "Bayern Munich and Barcelona are also interested in the defender."));
        assertThat(cs).extracting(c -> c.toClub().id()).containsExactly("liverpool", "bayern-munich", "barcelona");
        assertThat(cs.get(0).stage()).isEqualTo(Stage.BID);
        assertThat(cs.get(1).stage()).isEqualTo(Stage.INTEREST);
        assertThat(cs.get(1).fee()).isNull();
        assertThat(cs.get(0).id()).isEqualTo("r1:liverpool");
    }

    @Test
    void aGermanSaleWithTheVerbLastNamesTheSellerFirstAndTheBuyerAfterAn() {
        List<Claim> sold = X.extract(report("Borussia Dortmund hat Jadon Sancho für 85 Millionen Euro an Manchester United verkauft."));
        assertThat(sold).hasSize(1);
        assertThat(sold.get(0).toClub().id()).isEqualTo("manchester-united");
        assertThat(sold.get(0).fromClub().id()).isEqualTo("borussia-dortmund");
        assertThat(sold.get(0).stage()).isEqualTo(Stage.OFFICIAL);

        onlyMove("Der FC Bayern will Mathys Tel an den VfB Stuttgart verleihen.", "vfb-stuttgart", "bayern-munich");

        // "ein Angebot abgegeben" is a bid made, not a sale: the club before "hat" still buys
        List<Claim> bid = X.extract(report("Der FC Bayern hat ein zweites Angebot für Harry Kane abgegeben."));
        assertThat(bid).extracting(c -> c.toClub().id()).containsExactly("bayern-munich");
    }

    @Test
    void theClubThatOpensTheClauseTakesTheBuyersStep() {
        // a deal made with a counterpart club, whatever the verb
        assertThat(onlyMove("Everton have thrashed out terms with Lyon for Brazil forward Ernesto Lima.", "everton", "olympique-lyonnais")
                .player().id()).isEqualTo("ernesto-lima");
        assertThat(onlyMove("Der SC Freiburg verhandelt mit dem FC Basel über einen Wechsel von Jonas Adjei.", "freiburg",
                "basel").stage()).isEqualTo(Stage.TALKS);
        // a buyer's word close behind the club
        assertThat(onlyMove("Aston Villa have identified Sevilla's Carlos Medina as their top target.", "aston-villa",
                "sevilla").stage()).isEqualTo(Stage.INTEREST);
        assertThat(onlyMove("Il Torino è in pressing su Luca Bianchi del Sassuolo.", "torino", "sassuolo").stage())
                .isEqualTo(Stage.INTEREST);
        // a denial may come from either side, and the club that receives a bid is no buyer
        assertThat(X.extract(report("Il Genoa smentisce i contatti con il Napoli per Marco Rossi."))).noneMatch(
                c -> c.toClub().id().equals("genoa"));
        assertThat(X.extract(report("Il Bologna ha respinto l'offerta del Porto per Luca Verdi."))).extracting(
                c -> c.toClub().id()).containsExactly("porto");
    }

    @Test
    void noClaimFromARenewalOrFromTheLetterOfASum() {
        assertThat(X.analyse(report("Bukayo Saka has signed a new four-year contract at Arsenal, the club said on Monday."))
                .noClaimReason()).isEqualTo("contract extension");
        // the "M" of "20 M€" is no one-letter name
        assertThat(X.extract(report("Selon RMC, le Stade Rennais a transmis une offre de 18 M€ au FC Nantes pour Moussa Sylla.")))
                .extracting(c -> c.player().id()).containsExactly("moussa-sylla");
    }

    @Test
    void offersTalksAndCollapsesInMoreWords() {
        assertThat(X.extract(report("Il Torino ha offerto 12 milioni di euro al Genoa per Marco Rossi.")))
                .extracting(c -> c.toClub().id() + ":" + c.stage()).containsExactly("torino:BID");
        assertThat(X.extract(report("O Grêmio ofereceu R$ 20 milhões ao Fluminense pelo volante Lucas Prado.")))
                .extracting(c -> c.toClub().id() + ":" + c.stage()).containsExactly("gremio:BID");
        assertThat(X.extract(report("Der Wechsel von Jonas Adjei zum SC Freiburg ist vom Tisch.")))
                .extracting(c -> c.stage()).containsExactly(Stage.COLLAPSED);
        // "leiht ... aus" borrows, "leiht ... an X aus" lends to X
        assertThat(X.extract(report("Der VfL Bochum leiht Jonas Adjei vom SC Freiburg aus.")))
                .extracting(c -> c.toClub().id() + ":" + c.stage()).containsExactly("bochum:OFFICIAL");
        assertThat(onlyMove("Der SC Freiburg leiht Jonas Adjei an den VfL Bochum aus.", "bochum", "freiburg").stage())
                .isEqualTo(Stage.OFFICIAL);
        // the club the money is offered or paid to sells; the club that will pay buys
        assertThat(X.extract(report("Acuerdo entre el Valencia y el Getafe por Pablo Ruiz: los Che pagarán 10 millones.")))
                .extracting(c -> c.toClub().id()).containsExactly("valencia");
    }

    @Test
    void passiveBidsAndRivalsNamedInPassing() {
        // a bid lodged by a club is that club's
        assertThat(onlyMove("An opening offer of £30m has been lodged by Brentford for Sporting forward Rui Costa.",
                "brentford", "sporting-cp").stage()).isEqualTo(Stage.BID);
        // "anche il Torino", "s'est aussi renseigné": another club interested
        assertThat(X.extract(report("Il Genoa ha trovato l'accordo con il Lecce per Marco Bianchi. Sul difensore resta vigile "
                + "anche il Torino."))).extracting(c -> c.toClub().id() + ":" + c.stage())
                .containsExactly("genoa:AGREEMENT", "torino:INTEREST");
        assertThat(X.extract(report("Le FC Nantes suit de près Karim Diallo. Le Stade Brestois s'est aussi renseigné.")))
                .extracting(c -> c.toClub().id()).containsExactly("nantes", "brest");
        // cues of interest, agreement and signing in Spanish, Portuguese and French
        assertThat(X.extract(report("El Valencia vuelve a la carga por Pablo Ruiz, extremo del Getafe.")))
                .extracting(c -> c.toClub().id() + ":" + c.stage()).containsExactly("valencia:INTEREST");
        assertThat(X.extract(report("O Grêmio acertou a contratação de Lucas Prado, do Santos.")))
                .extracting(c -> c.toClub().id() + ":" + c.stage()).containsExactly("gremio:AGREEMENT");
        assertThat(X.extract(report("Officiel : l'OGC Nice s'offre Paul Girard, en provenance de Lorient.")))
                .extracting(c -> c.player().id()).containsExactly("paul-girard");
    }

    @Test
    void playersAreFoundPastTheirCountryAndWhereSigningIsAVerb() {
        assertThat(onlyMove("Wolves have agreed a fee with Nantes for Ghana winger Kofi Mensah.", "wolverhampton-wanderers",
                "nantes").player().id()).isEqualTo("kofi-mensah");
        assertThat(X.extract(report("Fulham are interested in signing Leeds midfielder Sam Carter."))).extracting(
                c -> c.player().id()).containsExactly("sam-carter");
        assertThat(X.extract(report("January signing Sam Carter scored twice on Saturday."))).isEmpty();
        assertThat(onlyMove("Le FC Nantes a bouclé le recrutement d'Ali Benali, en provenance du Stade Rennais.", "nantes",
                "rennes").stage()).isEqualTo(Stage.OFFICIAL);
        assertThat(X.extract(report("Leeds have confirmed the arrival of Tom Hughes from Burnley."))).extracting(
                c -> c.player().id()).containsExactly("tom-hughes");
        // the player a signing would replace is not its subject
        assertThat(X.extract(report("Brentford have identified Lille's Remy Lambert as a replacement for Ivan Toney.")))
                .extracting(c -> c.player().id()).containsExactly("remy-lambert");
    }

    @Test
    void aRelativeClauseCountsForTheStageOnlyWhenItTellsThePlayersNextStep() {
        assertThat(onlyMove("Galatasaray have agreed a fee with Napoli for Victor Osimhen, who will fly to Istanbul for his "
                + "medical tomorrow.", "galatasaray", "napoli").stage()).isEqualTo(Stage.MEDICAL);
        assertThat(onlyMove("Fulham have agreed a fee with Benfica for Joao Silva, who is set to undergo a medical on Monday.",
                "fulham", "benfica").stage()).isEqualTo(Stage.MEDICAL);
        // what he did before is no step of this move
        assertThat(onlyMove("Bayern Munich have opened talks with Fulham over Joao Palhinha, who underwent a medical in "
                + "Munich last summer.", "bayern-munich", "fulham").stage()).isEqualTo(Stage.TALKS);
    }

    @Test
    void anAmbiguousNameIsNotTheCounterpartNamedInItsSentence() {
        // "Sporting" may be Sporting CP or SC Braga; with Braga named as the other party it is Sporting CP
        assertThat(onlyMove("O Sporting chegou a acordo com o Braga para a contratação de Ricardo Horta.", "sporting-cp",
                "braga").stage()).isEqualTo(Stage.AGREEMENT);
        assertThat(onlyMove("O Sporting está em negociações com o Braga para a venda de Pedro Gonçalves.", "braga",
                "sporting-cp").stage()).isEqualTo(Stage.TALKS);
        // a shortening of the name in the same sentence still stands for the club named in full
        assertThat(X.extract(report("Manchester United have made a bid for Harry Kane, and United are confident of a deal.")))
                .extracting(c -> c.toClub().id()).containsExactly("manchester-united");
    }

    @Test
    void cuesOfWatchingTalkingAndAnnouncingInSixLanguages() {
        assertThat(onlyMove("Napoli striker Victor Osimhen is coveted by Galatasaray.", "galatasaray", "napoli").stage())
                .isEqualTo(Stage.INTEREST);
        assertThat(onlyMove("Galatasaray are in talks to bring Victor Osimhen from Napoli.", "galatasaray", "napoli").stage())
                .isEqualTo(Stage.TALKS);
        assertThat(onlyMove("Aston Villa are in talks with Chelsea about Jadon Sancho.", "aston-villa", "chelsea").player().id())
                .isEqualTo("jadon-sancho");
        assertThat(onlyMove("El Valencia ha anunciado la llegada de Lucas Beltrán procedente de la Fiorentina.", "valencia",
                "fiorentina").stage()).isEqualTo(Stage.OFFICIAL);
        assertThat(onlyMove("La Fiorentina ha ufficializzato l'arrivo di Moise Kean dalla Juventus.", "fiorentina",
                "juventus").stage()).isEqualTo(Stage.OFFICIAL);
        assertThat(onlyMove("O Palmeiras está em negociações com o Botafogo para contratar Thiago Almada.", "palmeiras",
                "botafogo").stage()).isEqualTo(Stage.TALKS);
        for (String text : List.of("L'OGC Nice suit de près Tanguy Ndombele.", "El Villarreal sigue de cerca a Thiago Almada.")) {
            List<Claim> watched = X.extract(report(text));
            assertThat(watched).as(text).hasSize(1);
            assertThat(watched.get(0).stage()).as(text).isEqualTo(Stage.INTEREST);
        }
    }

    @Test
    void aNegationTakesBackTheStagesAfterItInItsClause() {
        assertThat(onlyMove("Chelsea are interested in Benfica defender António Silva, but no bid has been lodged.",
                "chelsea", "benfica").stage()).isEqualTo(Stage.INTEREST);
        // "no doubt" negates nothing
        assertThat(X.extract(report("There is no doubt that Arsenal have made a bid for Brighton midfielder Moises Caicedo.")))
                .extracting(Claim::stage).containsExactly(Stage.BID);
        assertThat(X.extract(report("È sfumato il trasferimento di Davide Frattesi al Napoli.")))
                .extracting(Claim::stage).containsExactly(Stage.COLLAPSED);
    }

    @Test
    void moreWaysToSayInterestTalksAgreementAndSigning() {
        assertThat(onlyMove("Arsenal have rejected claims that they are in talks with Napoli over Victor Osimhen.", "arsenal",
                "napoli").stage()).isEqualTo(Stage.DENIED);
        assertThat(onlyMove("O Porto anunciou a contratação de Gabri Veiga, que chega do Al-Ahli.", "porto", "al-ahli").stage())
                .isEqualTo(Stage.OFFICIAL);
        assertThat(onlyMove("Werder Bremen verpflichtet Isaac Schmidt von Leeds United.", "werder-bremen", "leeds-united")
                .stage()).isEqualTo(Stage.OFFICIAL);
        assertThat(onlyMove("L'OGC Nice serait proche d'un accord avec Chelsea pour Kendry Páez.", "nice", "chelsea").stage())
                .isEqualTo(Stage.AGREEMENT);
        Map<String, Stage> alone = Map.of(
                "Der VfB Stuttgart steht kurz vor der Verpflichtung von Lorenz Assignon.", Stage.AGREEMENT,
                "Il Bologna sonda il Torino per Samuele Ricci.", Stage.INTEREST,
                "El Girona estudia la cesión de Fermín López.", Stage.INTEREST);
        alone.forEach((text, stage) -> assertThat(X.extract(report(text))).as(text).extracting(Claim::stage)
                .containsExactly(stage));
    }

    @Test
    void aPositionAndClubAfterTheNameAreHisAndASellerReceivesOrRejectsOffers() {
        onlyMove("O Benfica quer Richard Ríos, médio do Palmeiras.", "benfica", "palmeiras");
        onlyMove("El Barcelona sigue a Nico Williams, extremo del Athletic Club.", "barcelona", "athletic-bilbao");
        onlyMove("Der SC Freiburg hat ein Angebot des VfL Wolfsburg für Merlin Röhl erhalten.", "wolfsburg", "freiburg");
        onlyMove("Lille a repoussé une offre de Marseille pour Ayyoub Bouaddi.", "olympique-marseille", "lille");
    }

    @Test
    void aSellerThatAgreesToLetAPlayerGoOrAcceptsAnOfferSells() {
        Claim sale = onlyMove("Chelsea have agreed to sell Conor Gallagher to Atlético Madrid for £34m.", "atletico-madrid",
                "chelsea");
        assertThat(sale.stage()).isEqualTo(Stage.AGREEMENT);
        assertThat(onlyMove("Der VfL Wolfsburg hat das Angebot von Bayern München für Maximilian Arnold angenommen.",
                "bayern-munich", "wolfsburg").stage()).isEqualTo(Stage.AGREEMENT);
        assertThat(onlyMove("Der SC Freiburg hat ein Angebot von Borussia Dortmund für Ritsu Doan abgelehnt.",
                "borussia-dortmund", "freiburg").stage()).isEqualTo(Stage.BID);
    }

    @Test
    void aMatchOpponentAndANationalityAreNeitherClubRoleNorPlayer() {
        assertThat(X.extract(report("After the 3-1 victory over Everton, Liverpool confirmed their interest in Jarrad "
                + "Branthwaite."))).extracting(c -> c.toClub().id()).containsExactly("liverpool");
        assertThat(X.extract(report("Aston Villa have made a £25m bid for Scottish midfielder Billy Gilmour.")))
                .extracting(c -> c.player().id()).containsExactly("billy-gilmour");
    }

    @Test
    void aClubOfficialSpeaksForHisClub() {
        Claim denial = onlyMove("Arsenal technical director Edu has denied that the club made a bid for Brighton "
                + "midfielder Moises Caicedo.", "arsenal", "brighton");
        assertThat(denial.stage()).isEqualTo(Stage.DENIED);

        Claim rejection = onlyMove("Napoli president Aurelio De Laurentiis has rejected a €120m bid from Al-Hilal "
                + "for Victor Osimhen.", "al-hilal", "napoli");
        assertThat(rejection.fee().amount()).isEqualTo(120e6);

        // a coach who wants to keep his player does not make his club a buyer
        onlyMove("Liverpool are weighing up a move for Alessandro Bastoni, but Inter coach Simone "
                + "Inzaghi wants to keep the defender.", "liverpool", "inter-milan");
    }

    @Test
    void aClubThatDeniesItsPlayerJoinsAnotherIsTheSeller() {
        Claim seller = onlyMove("Barcelona have denied that Pedri has agreed to join Paris Saint-Germain.",
                "paris-saint-germain", "barcelona");
        assertThat(seller.stage()).isEqualTo(Stage.DENIED);

        // the buyer's denial names no other destination: it stays the buyer
        List<Claim> buyer = X.extract(report("Real Madrid have denied that they have agreed a fee with Borussia Dortmund for "
                + "Jude Bellingham."));
        assertThat(buyer).extracting(c -> c.toClub().id()).containsExactly("real-madrid");
        assertThat(buyer.get(0).stage()).isEqualTo(Stage.DENIED);
    }

    @Test
    void aPlayerNamedAfterTheSumPaidForHimIsTheSubject() {
        for (String text : List.of("Il Chelsea ha pagato i 121 milioni di euro di Enzo Fernández al Benfica.",
                "El Chelsea ha pagado los 121 millones de euros de Enzo Fernández al Benfica.")) {
            Claim paid = onlyMove(text, "chelsea", "benfica");
            assertThat(paid.player().id()).as(text).isEqualTo("enzo-fernandez");
            assertThat(paid.fee().amount()).as(text).isEqualTo(121e6);
        }

        // "of" after a date or a count is no sum
        assertThat(X.extract(report("Chelsea won 3-1 in the final of 2021 of Thomas Tuchel."))).isEmpty();
    }

    @Test
    void moneyGoingToAClubMakesItTheSellerAndTheSumTheFee() {
        Claim it = onlyMove("La Juventus ha chiuso per Teun Koopmeiners: all'Atalanta vanno 58 milioni di euro più bonus.",
                "juventus", "atalanta");
        assertThat(it.fee().amount()).isEqualTo(58e6);

        Claim es = onlyMove("El Barcelona cierra el fichaje de Dani Olmo: al Leipzig irán unos 60 millones de euros.",
                "barcelona", "rb-leipzig");
        assertThat(es.fee().amount()).isEqualTo(60e6);

        // a sentence may open with the elided preposition: "All'Atalanta" is "all'" + "Atalanta"
        onlyMove("Visite mediche per Rasmus Hojlund con il Manchester United. "
                + "All'Atalanta andranno 75 milioni più 10 di bonus.", "manchester-united", "atalanta");

        onlyMove("El Arsenal quiere a Martín Zubimendi y está dispuesto a pagar los 60 millones de su "
                + "cláusula a la Real Sociedad.", "arsenal", "real-sociedad");
    }

    @Test
    void theClubThatAgreesTheSaleOfAPlayerSellsHim() {
        onlyMove("O Sporting chegou a acordo com o Arsenal para a venda de Viktor Gyökeres por 63,5 milhões de euros.",
                "arsenal", "sporting-cp");
        onlyMove("Brighton have agreed a deal with Chelsea for the sale of Moises Caicedo.", "chelsea", "brighton");
    }

    @Test
    void theClubAPlayerWasLastReportedAtTellsTheSellerWhenTwoClubsAgree() {
        String agreed = "Brighton have agreed a deal with Chelsea for Moises Caicedo.";
        // nothing known: the subject reads as the buyer
        assertThat(ClaimExtractor.withDefaults(new InMemoryPlayerRegistry()).extract(reportAt(agreed, "2023-08-01T10:00:00Z")))
                .extracting(c -> c.toClub().id()).containsExactly("brighton");

        ClaimExtractor x = ClaimExtractor.withDefaults(new InMemoryPlayerRegistry());

        List<Claim> rumour = x.extract(reportAt("Arsenal have had a bid for Brighton midfielder Moises Caicedo turned down.",
                "2023-07-20T10:00:00Z"));
        assertThat(rumour.get(0).fromClub().id()).isEqualTo("brighton");

        List<Claim> later = x.extract(reportAt(agreed, "2023-08-02T10:00:00Z"));
        assertThat(later).extracting(c -> c.toClub().id()).containsExactly("chelsea");
        assertThat(later.get(0).fromClub().id()).isEqualTo("brighton");
        // a report published before the club was known is read as it was
        assertThat(x.extract(reportAt(agreed, "2023-07-01T10:00:00Z")))
                .extracting(c -> c.toClub().id()).containsExactly("brighton");
        // naming the player as the object of a signing settles the buyer, whatever the registry says
        assertThat(x.extract(reportAt("Brighton have agreed a fee with Chelsea to sign Moises Caicedo.", "2023-08-03T10:00:00Z")))
                .extracting(c -> c.toClub().id()).containsExactly("brighton");
    }

    static RawReport reportAt(String text, String publishedAt) {
        return report("r-" + publishedAt, text, publishedAt);
    }

    @Test
    void rivalsAndTargetsAreReadFromTheirPhrases() {
        assertThat(X.extract(report("Real Madrid have confirmed a deal for Monaco midfielder Aurelien Tchouameni, beating "
                + "Paris Saint-Germain and Liverpool to his signature.")))
                .extracting(c -> c.toClub().id() + " " + c.stage())
                .containsExactly("real-madrid AGREEMENT", "paris-saint-germain INTEREST", "liverpool INTEREST");
        assertThat(X.extract(report("Napoli have turned down a bid from Al-Hilal for Victor Osimhen. The striker is also a "
                + "long-term target for Paris Saint-Germain.")))
                .extracting(c -> c.toClub().id()).containsExactly("al-hilal", "paris-saint-germain");
        assertThat(X.extract(report("Hakim Ziyech's loan move from Chelsea to Paris Saint-Germain has collapsed.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("paris-saint-germain from chelsea COLLAPSED");
        assertThat(X.extract(report("Joao Felix has chosen Atletico Madrid over Benfica after the clubs agreed a fee.")))
                .extracting(c -> c.toClub().id() + " " + c.stage())
                .containsExactly("atletico-madrid AGREEMENT", "benfica INTEREST");
        assertThat(X.extract(report("Manchester United are set to agree a deal with Atalanta for Rasmus Hojlund.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("manchester-united from atalanta");
    }

    @Test
    void aClubAfterThePlayersNameIsHisAndARoleAfterItIsNoPlayers() {
        List<Claim> pt = X.extract(report("O Chelsea fez uma proposta pelo atacante Estêvão, do Palmeiras, de R$ 300 milhões."));
        assertThat(pt).extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("chelsea from palmeiras");

        assertThat(X.extract(report("Liverpool are weighing up a move for Sporting's Ruben Amorim as head coach. "
                + "Liverpool's interest in Sporting midfielder Morten Hjulmand is cooling.")))
                .extracting(c -> c.player().id()).containsExactly("morten-hjulmand");
    }

    @Test
    void rulesFromTheSixthHeldOutSet() {
        // a particle before a first name and a surname is a preposition: the noun before it is no part of the name
        assertThat(X.extract(report("Der VfB Stuttgart verhandelt mit RB Leipzig über den Transfer von Xavi Simons.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("xavi-simons > vfb-stuttgart TALKS");
        assertThat(X.extract(report("Der VfB Stuttgart hat Interesse an einer Leihe von Xavi Simons.")))
                .extracting(c -> c.player().id()).containsExactly("xavi-simons");
        // ... where a particle with one word after it stays inside the name
        assertThat(X.extract(report("Bayern Munich are monitoring Ajax midfielder Kenneth van Taylor.")))
                .extracting(c -> c.player().id()).containsExactly("kenneth-van-taylor");
        // "X's loan to Y": the player's move
        assertThat(X.extract(report("Joao Felix's loan to AC Milan is close after talks with Chelsea.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("joao-felix > ac-milan");
        // "repatriar a X"
        assertThat(X.extract(report("River Plate abrió negociaciones con el Sevilla para repatriar a Lucas Ocampos.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("lucas-ocampos > river-plate from sevilla");
        // "tudo acertado ... a transferência de X"
        assertThat(X.extract(report("O Benfica já tem tudo acertado com o Braga para a transferência de Ricardo Horta.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("ricardo-horta > benfica AGREEMENT");
        // a deal that has "fallen apart"; a club's doctors examine the player it signs
        assertThat(X.extract(report("West Ham's move for Fulham winger Adama Traore has fallen apart over personal terms.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("west-ham-united COLLAPSED");
        assertThat(X.extract(report("Feyenoord winger Igor Paixao is in the middle of his medical, examined by Marseille "
                + "doctors ahead of a €35m move.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("olympique-marseille MEDICAL");
        // "niegan que ...": a denial
        assertThat(X.extract(report("Los dirigentes del Chelsea niegan haber presentado una oferta por Julián Álvarez.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("chelsea DENIED");
        // an Italian headline pair: the player's surname, a hyphen, the club he is joining
        assertThat(X.extract(report("Frattesi-Napoli, c'è l'accordo con l'Inter per 30 milioni.")))
                .extracting(c -> c.player().mention() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("Frattesi > napoli from inter-milan");
        // "Santos" after a first name is a surname; "o Santos" in Portuguese is the club
        assertThat(X.extract(report("O Santos quer contratar o atacante Thiago Santos, do Cruzeiro.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("thiago-santos > santos from cruzeiro");
        // "Guimarães", the last word of Vitória Guimarães, after a first name is a surname
        assertThat(X.extract(report("Real Madrid have made an offer to Benfica for Bruno Guimarães, who is valued at €60m.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("bruno-guimaraes > real-madrid");
        // an agent speaks for his player; "resta al X": X is the player's club
        assertThat(X.extract(report("L'agente di Federico Chiesa smentisce: «Nessun contatto con la Roma, Federico resta al "
                + "Liverpool».")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("federico-chiesa > as-roma from liverpool DENIED");
        // a first-person quote beside a name: the speaker is the player; "anyone from X" is the club he is linked with
        assertThat(X.extract(report("\"I haven't spoken to anyone from Chelsea,\" Jarrad Branthwaite said, denying reports "
                + "of a move.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("jarrad-branthwaite > chelsea DENIED");
        // "Mio." of "40 Mio. Euro" is no name
        assertThat(X.extract(report("Der FC Bayern hat ein Angebot über 40 Mio. Euro für Jamal Musiala abgegeben.")))
                .extracting(c -> c.player().id()).containsExactly("jamal-musiala");
    }

    @Test
    void rulesFromTheSeventhHeldOutSet() {
        // a clause with a bid and two clubs, one of them the seller: the other one bids
        assertThat(X.extract(report("Laut Bild hat der VfB Stuttgart beim SC Freiburg ein Angebot über 20 Mio. Euro für "
                + "Ritsu Doan abgegeben.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("vfb-stuttgart from freiburg BID");
        // "X is a Tottenham player"
        assertThat(X.extract(report("OFFICIAL: Mohammed Kudus is a Tottenham player after a £55m move from West Ham.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("mohammed-kudus > tottenham-hotspur from west-ham-united");
        // "to take X on loan"; "ha messo gli occhi su X", "chiesto informazioni al Y" (Y sells); "está na mira do Y"
        assertThat(X.extract(report("Everton are close to an agreement with Chelsea to take Carney Chukwuemeka on loan.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("carney-chukwuemeka > everton");
        assertThat(X.extract(report("Il Bologna ha messo gli occhi su Ben Gannon-Doak e ha chiesto informazioni al Liverpool.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("bologna from liverpool INTEREST");
        assertThat(X.extract(report("O avançado Gonçalo Ramos está na mira do Fulham, que já pediu informações ao "
                + "Paris Saint-Germain.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("fulham from paris-saint-germain");
        // a medical "con el X", "his X medical"; "pour le X" after leaving a club
        assertThat(X.extract(report("Iñigo Martínez ya está en Riad para pasar el reconocimiento médico con el Al-Nassr.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("al-nassr MEDICAL");
        assertThat(X.extract(report("Bryan Mbeumo is undergoing his Manchester United medical after a £65m deal with Brentford.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("manchester-united from brentford");
        assertThat(X.extract(report("Officiel : Rayan Cherki quitte l'OL pour le Borussia Dortmund contre 25 M€.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("borussia-dortmund from olympique-lyonnais");
        // "der Rekordmeister" is Bayern; a German weekday and French "C'est" are no names
        assertThat(X.extract(report("Jonathan Tah absolviert am Montag den Medizincheck beim Rekordmeister.")))
                .extracting(c -> c.toClub().id()).containsExactly("bayern-munich");
        assertThat(X.analyse(report("C'est signé pour N'Golo Kanté.")).claims()).isEmpty();
        assertThat(Tokens.of("C'est officiel").fold).startsWith("c'", "est");
        assertThat(Tokens.of("N'Golo Kanté").fold).startsWith("n'golo");
    }

    @Test
    void rulesFromTheEighthHeldOutSet() {
        // a headline's "Club, passi avanti per X"; an Italian pair after "l'affare"
        assertThat(X.extract(report("Juventus, passi avanti per Teun Koopmeiners: nuovo contatto con l'Atalanta in giornata.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("juventus from atalanta TALKS");
        assertThat(X.extract(report("Salta l'affare Frattesi-Napoli: l'Inter non apre alla cessione.")))
                .extracting(c -> c.player().mention() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("Frattesi > napoli COLLAPSED");
        // a club "bracing themselves for offers" sells; one "keeping close tabs on" him wants him
        assertThat(X.extract(report("Arsenal are bracing themselves for offers for Bukayo Saka, with Real Madrid keeping "
                + "close tabs on the winger.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("real-madrid from arsenal");
        // "BVB-Star X": the compound says what he is; "Offerte" is no name
        assertThat(X.extract(report("BVB-Star Karim Adeyemi wechselt für 40 Mio. Euro zum FC Arsenal, die Offerte ist angenommen.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("karim-adeyemi > arsenal");
        // "o X também está atento": another interested club
        assertThat(X.extract(report("O Benfica avançou com uma proposta ao Braga por Ricardo Horta, mas o Porto também está "
                + "atento ao extremo.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("benfica BID", "porto INTEREST");
        // a nickname names the club the sentence named before it, where a shortened name may be a counterpart
        assertThat(X.extract(report("El Atlético de Madrid va con todo por Julián Álvarez: los colchoneros han presentado una "
                + "oferta de 70 millones al Manchester City.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("atletico-madrid from manchester-city");
        // a stop word after a capitalised particle is a surname ("De Winter"); "è atterrato", "visite mediche con X"
        assertThat(X.extract(report("Teun De Winter è atterrato a Malpensa: domani le visite mediche con l'Inter.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("teun-de-winter > inter-milan");
        // a one-word source name before a surname is a first name ("Romano Schmid", not Fabrizio Romano)
        List<Claim> schmid = X.extract(report("Everton are in talks with Brentford over Romano Schmid, with a fee of around £20m "
                + "discussed."));
        assertThat(schmid).extracting(c -> c.player().id()).containsExactly("romano-schmid");
        assertThat(schmid.get(0).attributions()).isEmpty();
        // a club's sources dismissing claims that a deal is close: that club is the one said to want him
        assertThat(X.extract(report("No truth in it: Chelsea sources have moved quickly to dismiss claims that a deal for "
                + "Brighton's Kaoru Mitoma is close.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("chelsea from brighton DENIED");
        // a nickname between commas before "é o novo reforço do X"
        assertThat(X.extract(report("Oficial: Pedro Guilherme, o Pedrinho, é o novo reforço do Santos.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("pedro-guilherme > santos");
        // "realiza exames médicos no X"
        assertThat(X.extract(report("Gerson realiza exames médicos no Flamengo nesta segunda-feira, depois do acordo com o Zenit.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("flamengo MEDICAL");
    }

    @Test
    void rulesFromTheNinthHeldOutSet() {
        // the club a player "has rejected" is the one that wanted him; a club that "would consider offers" sells
        assertThat(X.extract(report("Mohamed Salah has rejected Al-Ittihad: the Saudi club were ready to pay £150m for the "
                + "Liverpool forward.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("al-ittihad from liverpool");
        assertThat(X.extract(report("Newcastle have registered interest in Jacob Ramsey. Aston Villa would consider offers for "
                + "the midfielder.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("newcastle-united from aston-villa");
        // "ya pasa reconocimiento médico con el X"; "abonará al Y": Y sells
        assertThat(X.extract(report("Dani Olmo ya pasa reconocimiento médico con el Barcelona. El club azulgrana abonará al "
                + "RB Leipzig 55 millones.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("barcelona from rb-leipzig MEDICAL");
        // "A e B estão de olho em X"; "a contratação do médio brasileiro X"; "X hat den Medizincheck beim Y"
        assertThat(X.extract(report("Benfica e Porto estão de olho em Luis Suárez, avançado do Almería.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("benfica INTEREST", "porto INTEREST");
        assertThat(X.extract(report("O Sporting chegou a acordo com o Santos para a contratação do médio brasileiro Diego Pituca.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("diego-pituca > sporting-cp");
        assertThat(X.extract(report("Jamie Gittens hat den Medizincheck beim FC Chelsea absolviert.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("chelsea MEDICAL");
        // a club opening a subordinate clause ("after Everton struck an agreement with Leeds") deals for the player;
        // "Elland Road" is no name
        assertThat(X.extract(report("Dan James is poised to leave Elland Road after Everton struck an agreement with Leeds for "
                + "the winger.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("dan-james > everton from leeds-united");
        // "niente da fare per X": X's move is off
        assertThat(X.extract(report("Niente da fare per la Juventus: il Porto ha respinto l'offerta per Alan Varela.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("juventus COLLAPSED");
    }

    @Test
    void rulesFromTheTenthAndEleventhHeldOutSets() {
        // the first person named by a full name in a clause about a medical examination takes it; not a place after a
        // preposition
        assertThat(X.extract(report("Kieran Tierney is at Lennoxtown this morning for his medical after Celtic agreed terms "
                + "with Arsenal.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("kieran-tierney > celtic from arsenal MEDICAL");
        assertThat(X.extract(report("Pedro Gonçalves está a realizar exames médicos no Seixal. O Benfica acertou com o Sporting "
                + "a transferência do médio.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("pedro-goncalves > benfica MEDICAL");
        // a country is no name: "the Ivory Coast winger" names no player
        assertThat(X.analyse(report("Everton have agreed a fee with Lens for the Ivory Coast winger.")).claims()).isEmpty();
        // "X's €58m release clause" is the price of buying him; a club "on alert" wants him
        assertThat(X.extract(report("Nico Williams's €58m release clause has put Arsenal on alert.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.fee().amount())
                .containsExactly("nico-williams > arsenal 5.8E7");
        // a club opens its clause after an opening phrase that names nobody, or after a conjunction joining clauses
        assertThat(X.extract(report("Selon nos informations, l'OM a sondé l'entourage de Khephren Thuram.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("khephren-thuram > olympique-marseille INTEREST");
        assertThat(X.extract(report("Jules Koundé termina contrato con el Barcelona en 2026 y el Chelsea también ha preguntado "
                + "por el defensa.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("chelsea from barcelona");
        // the dot of "St." or "Mio." ends no sentence
        assertThat(X.extract(report("Der FC St. Pauli hat ein Angebot für Hauke Wahl abgegeben: 3 Mio. Euro bietet der "
                + "Kiezklub.")))
                .extracting(c -> c.toClub().id() + " " + c.stage() + " " + c.fee().amount() + " " + c.fee().currency())
                .containsExactly("st-pauli BID 3000000.0 EUR");
        // a description set off by commas between the name and what he does; a position, then his club, before him
        assertThat(X.extract(report("Désiré Doué, the jewel of the academy, is edging closer to Bayern Munich after talks with "
                + "his agent.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("desire-doue > bayern-munich");
        assertThat(X.extract(report("Le RC Lens suit avec attention le milieu de Lyon Maxence Caqueret.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("maxence-caqueret > lens from olympique-lyonnais");
        // "das Offensiv-Juwel" says what he is, not who
        assertThat(X.analyse(report("Der BVB hat sich beim VfB nach dem Offensiv-Juwel erkundigt.")).claims()).isEmpty();
        // idioms: "beschäftigt sich intensiv mit X", "shoot down reports that they are closing in on X", "Abfuhr für den
        // X", "no jugará en el X"
        assertThat(X.extract(report("Laut kicker beschäftigt sich der VfB Stuttgart intensiv mit Jamie Leweling.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("jamie-leweling > vfb-stuttgart");
        assertThat(X.extract(report("Tottenham have moved quickly to shoot down reports that they are closing in on Fulham "
                + "midfielder Sasa Lukic.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("tottenham-hotspur from fulham DENIED");
        assertThat(X.extract(report("Abfuhr für den FC Bayern: Der VfB Stuttgart hat das Angebot für Maximilian Mittelstädt "
                + "abgelehnt.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("bayern-munich from vfb-stuttgart BID");
        assertThat(X.extract(report("Se cae la operación: Fermín López no jugará en el Chelsea.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("fermin-lopez > chelsea COLLAPSED");
    }

    @Test
    void rulesFromTheTwelfthHeldOutSet() {
        // a capitalised particle inside a name; a German noun after its article is no name
        assertThat(X.extract(report("Der 1. FC Köln hat ein Angebot von Brighton für Said El Mala abgelehnt.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("said-el-mala > brighton BID");
        assertThat(X.analyse(report("Der BVB hat ein Angebot für den Rechtsverteidiger abgegeben.")).claims()).isEmpty();
        // "his proposed £20m move ... to Juventus": the destination of a move is no payee
        assertThat(X.extract(report("Jadon Sancho is set for a proposed £20m move from Manchester United to Juventus after "
                + "talks between the clubs.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("juventus from manchester-united");
        // "na mira do X e do Y": the repeated preposition joins Y to X's role
        assertThat(X.extract(report("João Neves está na mira do Liverpool e do Arsenal.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("liverpool INTEREST", "arsenal INTEREST");
        // "reports linking X with Y": Y wants him
        assertThat(X.extract(report("Interest is growing amid reports linking Dominic Solanke with Newcastle.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("dominic-solanke > newcastle-united");
        // idioms: "X swoop", "vai ser emprestado ao X", "ganz oben auf ihrer Liste", "quedarse con X", "an agreement
        // in principle with X", "have made an enquiry about X", "proposed sending X back to Y"
        assertThat(X.extract(report("Arsenal hold talks over shock Jeremie Frimpong swoop.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("jeremie-frimpong > arsenal TALKS");
        assertThat(X.extract(report("Fábio Silva vai ser emprestado ao Braga: os clubes chegaram a acordo.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("fabio-silva > braga");
        assertThat(X.extract(report("Die Königlichen haben Florian Wirtz ganz oben auf ihrer Liste! Real Madrid beobachtet den "
                + "Spielmacher seit Monaten.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("florian-wirtz > real-madrid");
        assertThat(X.extract(report("El Barça quiere quedarse con João Cancelo más allá de junio.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("joao-cancelo > barcelona");
        assertThat(X.extract(report("Chelsea have reached an agreement in principle with Jonathan David over a free transfer.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("jonathan-david > chelsea AGREEMENT");
        assertThat(X.extract(report("Newcastle have made an enquiry about Brentford striker Igor Thiago.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("newcastle-united from brentford INTEREST");
        assertThat(X.extract(report("Swap talks: Real Madrid have proposed sending Brahim Díaz back to AC Milan.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("brahim-diaz > ac-milan");
    }

    @Test
    void rulesFromTheThirteenthHeldOutSet() {
        // "X's proposed £20m move to Y", also after a bare apostrophe ("Marcus Edwards'"): X is the player
        assertThat(X.extract(report("Wilfried Gnonto's proposed £20m move to Everton has collapsed at the eleventh hour.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("wilfried-gnonto > everton COLLAPSED");
        assertThat(X.extract(report("Marcus Edwards' proposed loan move to Burnley has collapsed.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("marcus-edwards > burnley");
        // of two clubs agreeing, the one that pays buys ("Os encarnados pagam"); the club a package is put to sells
        assertThat(X.extract(report("Benfica e Sporting chegaram a acordo para a transferência de Pedro Gonçalves. Os encarnados "
                + "pagam 30 milhões de euros pelo médio.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("benfica AGREEMENT");
        assertThat(X.extract(report("£30m plus £5m in add-ons: that's the package Everton have put to Lyon for Ernest Nuamah.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("everton from olympique-lyonnais BID");
        // a club joined by "and" to a destination right after its cue; a cue ending on the club's own article
        assertThat(X.extract(report("Dean Huijsen is wanted by both Arsenal and Chelsea.")))
                .extracting(c -> c.toClub().id()).containsExactly("arsenal", "chelsea");
        assertThat(X.extract(report("Samuele Ricci è atterrato a Linate: domattina le visite mediche con il Milan.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("ac-milan MEDICAL");
        // idioms: "tentazione X", "chiesto informazioni alla X" (X sells), "wegen X angefragt", "tiene pretendientes",
        // "han preguntado por él"; "Berichte" is no name
        assertThat(X.extract(report("Milan, tentazione Lorenzo Lucca: i rossoneri hanno chiesto informazioni alla Udinese.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("lorenzo-lucca > ac-milan from udinese");
        assertThat(X.extract(report("Der VfB hat beim SC Freiburg wegen Ritsu Doan angefragt.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("vfb-stuttgart from freiburg INTEREST");
        assertThat(X.extract(report("Álex Baena tiene pretendientes: el Arsenal y el Chelsea han preguntado por él.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id())
                .containsExactly("alex-baena > arsenal", "alex-baena > chelsea");
        assertThat(X.extract(report("Bayer Leverkusen hat Berichte über ein Angebot von Chelsea für Florian Wirtz dementiert.")))
                .extracting(c -> c.player().id()).containsOnly("florian-wirtz");
    }

    @Test
    void rulesFromTheFourteenthHeldOutSet() {
        // clubs that "both had scouts" at a game "to watch X"; a club that "moved to dismiss reports" of a swoop
        assertThat(X.extract(report("Arsenal and Chelsea both had scouts at the Stadio Olimpico on Sunday to watch Nicolò "
                + "Rovella.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("nicolo-rovella > arsenal",
                        "nicolo-rovella > chelsea");
        assertThat(X.extract(report("Liverpool have moved to dismiss reports of a January swoop for Michael Kayode.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("liverpool DENIED");
        // "exploring a free transfer for X", "Calciomercato X", "l'entourage di X", "assalto" with the offer
        // "presentata all'Y" (Y sells), "o regresso de X", "baggert an X"
        assertThat(X.extract(report("Arsenal are exploring a free transfer for Jonathan Tah.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("jonathan-tah > arsenal");
        assertThat(X.extract(report("Calciomercato Roma: avviati i contatti con l'entourage di Jonathan David.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("jonathan-david > as-roma");
        assertThat(X.extract(report("Fiorentina, assalto all'attaccante: presentata all'Udinese un'offerta da 20 milioni per "
                + "Lorenzo Lucca.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("fiorentina from udinese BID");
        assertThat(X.extract(report("Flamengo avança pelo regresso de Gabriel Barbosa.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("gabriel-barbosa > flamengo");
        assertThat(X.extract(report("Real Madrid baggert an Joshua Kimmich.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("joshua-kimmich > real-madrid");
        // "un départ de X", who "intéresse Naples et la Juventus": both are interested
        assertThat(X.extract(report("Le PSG ouvre la porte à un départ de Lee Kang-in, qui intéresse Naples et la Juventus.")))
                .extracting(c -> c.toClub().id()).containsExactly("napoli", "juventus");
    }

    @Test
    void rulesFromTheFifteenthHeldOutSet() {
        // two particles inside a name; a club that shuts down reports linking its player with another club sells
        assertThat(X.extract(report("Barcelona have moved quickly to shut down reports linking Frenkie de Jong with Manchester "
                + "United.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("frenkie-de-jong > manchester-united from barcelona");
        assertThat(X.extract(report("Tottenham want Donny van de Beek and Ajax have rejected a bid for him.")))
                .extracting(c -> c.player().id()).containsExactly("donny-van-de-beek");
        // "rejoindrait la Vieille Dame"; "la salida de X"; "X piace al Y"; "X tiene mercado"
        assertThat(X.extract(report("Adrien Rabiot rejoindrait la Vieille Dame pour 10 millions d'euros.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("adrien-rabiot > juventus");
        assertThat(X.extract(report("El Betis no cierra la puerta a la salida de Johnny Cardoso. El Tottenham ya ha preguntado "
                + "por el centrocampista.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("johnny-cardoso > tottenham-hotspur");
        assertThat(X.extract(report("Samuele Ricci piace al Milan.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("samuele-ricci > ac-milan");
        assertThat(X.extract(report("Mikel Merino tiene mercado. La Real Sociedad ha abierto conversaciones con el Arsenal por "
                + "el centrocampista.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("mikel-merino > real-sociedad");
        // the club of a loan he is on now has no role
        assertThat(X.extract(report("Lazio want Tommaso Baldanzi, currently on loan at Genoa.")))
                .extracting(c -> c.toClub().id()).containsExactly("lazio");
        // "X's season-long loan"; "fa sul serio per X"; "ha messo sul tavolo"; "fez chegar ao Y uma proposta" (Y
        // sells); "sich bei Y nach X erkundigt"; the emoji that opens a post
        assertThat(X.extract(report("Arsenal have opened talks with Real Madrid over turning Dani Ceballos's season-long loan "
                + "into a permanent deal.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("dani-ceballos > arsenal from real-madrid");
        assertThat(X.extract(report("La Juventus fa sul serio per Jonathan David.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("jonathan-david > juventus");
        assertThat(X.extract(report("La Juventus ha messo sul tavolo 30 milioni per Teun Koopmeiners.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("juventus BID");
        assertThat(X.extract(report("O Benfica fez chegar ao Braga uma proposta de 15 milhões por Ricardo Horta.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("benfica from braga");
        assertThat(X.extract(report("Borussia Dortmund hat sich bei Eintracht Frankfurt nach Hugo Ekitiké erkundigt.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("hugo-ekitike > borussia-dortmund from eintracht-frankfurt");
        assertThat(X.extract(report("🚨 Chelsea reach agreement with Benfica for João Neves!")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("chelsea from benfica");
    }

    @Test
    void rulesFromTheSixteenthHeldOutSet() {
        // "is on his way to"; "has been signed by Y from Z"; "bringing X back to"
        assertThat(X.extract(report("Jadon Sancho is on his way to Juventus.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("jadon-sancho > juventus AGREEMENT");
        assertThat(X.extract(report("Kieran Trippier has been signed by Newcastle from Atletico Madrid on a two-year deal.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("kieran-trippier > newcastle-united from atletico-madrid OFFICIAL");
        assertThat(X.extract(report("Aston Villa have opened talks with Manchester City over bringing Jack Grealish back to "
                + "Villa Park.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("jack-grealish > aston-villa from manchester-city");
        // an Italian club's announcement: "comunica di aver acquisito ... le prestazioni sportive di X"
        assertThat(X.extract(report("Juventus Football Club comunica di aver acquisito dal Bologna il diritto alle "
                + "prestazioni sportive di Riccardo Orsolini.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("riccardo-orsolini > juventus from bologna OFFICIAL");
        // "X fait l'objet d'un intérêt appuyé du Y"
        assertThat(X.extract(report("Bradley Barcola fait l'objet d'un intérêt appuyé du Bayern Munich.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("bradley-barcola > bayern-munich INTEREST");
        // "aucune offre", "nenhuma proposta": no bid
        assertThat(X.extract(report("Le Bayern Munich s'intéresse à Michael Olise, mais aucune offre n'a été formulée.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("bayern-munich INTEREST");
        assertThat(X.extract(report("O Benfica quer Vitinha, mas nenhuma proposta foi apresentada.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("benfica INTEREST");
    }

    @Test
    void ofTwoAgreeingClubsTheOneTheTextSendsThePlayerToBuys() {
        assertThat(X.extract(report("Brighton and Chelsea have agreed a £100m fee for Moises Caicedo, who will join the Blues "
                + "on an eight-year contract.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("chelsea from brighton");
        assertThat(X.extract(report("Nicolas Jackson is on his way to Bayern Munich. Chelsea and Bayern have agreed a "
                + "season-long loan worth €16.5m.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("bayern-munich from chelsea");
    }

    @Test
    void germanNounsOfATransferAreNoNames() {
        // "Interesse", "Kaufoption" are capitalised nouns, not players; "steht beim Y unter Vertrag" gives his club
        assertThat(X.extract(report("Mohamed Amoura steht beim VfL Wolfsburg noch bis 2029 unter Vertrag, doch Aston Villa hat "
                + "Interesse.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("mohamed-amoura > aston-villa from wolfsburg");
        assertThat(X.extract(report("Aston Villa hat Interesse an Mohamed Amoura.")))
                .extracting(c -> c.player().id()).containsExactly("mohamed-amoura");
        // "Y holt X", "der Transfer ist fix"
        assertThat(X.extract(report("Borussia Dortmund holt Jobe Bellingham vom AFC Sunderland für 30 Millionen Euro.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("jobe-bellingham > borussia-dortmund from sunderland AGREEMENT");
        assertThat(X.extract(report("Der Transfer von Harry Kane zum FC Bayern ist fix.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("harry-kane > bayern-munich AGREEMENT");
        assertThat(X.extract(report("Der BVB holt einen Punkt in Mainz, Serhou Guirassy trifft doppelt."))).isEmpty();
    }

    @Test
    void confirmationsAndAnnouncements() {
        // a club that confirms a move elsewhere sells; "confirm/announce the signing of" is official; "|" ends a headline
        assertThat(X.extract(report("Sporting CP confirm Viktor Gyökeres has completed his move to Arsenal for €65.75m plus "
                + "€10m in add-ons.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("arsenal from sporting-cp OFFICIAL");
        assertThat(X.extract(report("Arsenal confirm the signing of Viktor Gyökeres from Sporting CP.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("arsenal from sporting-cp OFFICIAL");
        assertThat(X.extract(report("OFFICIAL | Sunderland AFC is delighted to announce the signing of Brian Brobbey from AFC "
                + "Ajax.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("brian-brobbey > sunderland from ajax");
        // "agreeing a fee"; "hopeful of re-signing X"
        assertThat(X.extract(report("Liverpool forward Darwin Núñez is heading to Saudi Arabia, with Al-Hilal agreeing a £46m "
                + "fee.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("al-hilal from liverpool AGREEMENT");
        assertThat(X.extract(report("Real Betis are hopeful of re-signing Antony from Manchester United.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("antony > real-betis");
    }

    @Test
    void counterpartsAndPrices() {
        // the counterpart of talks "over a loan move for X" sells
        assertThat(X.extract(report("Everton are in talks with Manchester City over a loan move for Jack Grealish.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("everton from manchester-city TALKS");
        // "Y demanded", "Y refused to lower their asking price": the seller
        assertThat(X.extract(report("Newcastle United have ended their interest in Benjamin Sesko after RB Leipzig demanded "
                + "more than £80m.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("newcastle-united from rb-leipzig COLLAPSED");
        assertThat(X.extract(report("Chelsea's pursuit of Alejandro Garnacho has stalled after Manchester United refused to "
                + "lower their £50m asking price.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("chelsea from manchester-united");
        // "have made contact with"; what a buyer "must pay" is a price, not an agreement
        assertThat(X.extract(report("Chelsea have made contact with Benfica over a deal for António Silva.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("chelsea TALKS");
        assertThat(X.extract(report("West Ham have been told they must pay £30m if they want to prise Fabio Carvalho away from "
                + "Brentford.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("fabio-carvalho > west-ham-united from brentford INTEREST");
    }

    @Test
    void pursuersInARelativeClauseAndRaces() {
        // "X, who is wanted by Y": a relative clause about who is after him now speaks of the move
        assertThat(X.extract(report("Leverkusen will demand at least €40m for Piero Hincapié, who is wanted by Arsenal and "
                + "Tottenham.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("arsenal from bayer-leverkusen", "tottenham-hotspur from bayer-leverkusen");
        assertThat(X.extract(report("Crystal Palace want £60m for Eberechi Eze, who has been linked with Tottenham.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("tottenham-hotspur from crystal-palace");
        // "Y are set to beat Z to the signing of X", "W accepting an offer"; "X returns to Y"
        assertThat(X.extract(report("Manchester City are set to beat Arsenal to the signing of Rayan Cherki, with Lyon "
                + "accepting a €35m offer.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("manchester-city from olympique-lyonnais", "arsenal from olympique-lyonnais");
        assertThat(X.extract(report("Here we go! Nico Paz returns to Real Madrid, buy-back clause activated for €9m.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("nico-paz > real-madrid");
    }

    @Test
    void salesOffersAndRefusals() {
        // a club that makes "la venta de X" sells; "ha ofrecido" is a bid; "refusée par Y": Y sells
        assertThat(X.extract(report("El Sevilla ha cerrado la venta de Loïc Badé al Bayer Leverkusen por 25 millones de euros.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("bayer-leverkusen from sevilla");
        assertThat(X.extract(report("El Barça ha ofrecido 60 millones por Nico Williams, pero el Athletic exige el pago de la "
                + "cláusula.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("barcelona from athletic-bilbao BID");
        assertThat(X.extract(report("Le Bayern a formulé une offre de 60 millions d'euros pour Bradley Barcola, refusée par le PSG.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("bayern-munich from paris-saint-germain");
        // "fechar a venda de X ao Y"; "ha ceduto X all'Y"; "ist sich mit X einig", "mit Y wird verhandelt" (Y sells)
        assertThat(X.extract(report("O Palmeiras está perto de fechar a venda de Estêvão ao Chelsea por 45 milhões de euros.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("estevao > chelsea from palmeiras");
        assertThat(X.extract(report("Il Bologna ha ceduto Riccardo Calafiori all'Arsenal per 45 milioni più bonus.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("arsenal from bologna");
        assertThat(X.extract(report("Die TSG Hoffenheim ist sich mit Anton Stach über einen Wechsel einig, mit Mainz wird noch "
                + "verhandelt.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("anton-stach > hoffenheim from mainz");
    }

    @Test
    void whatHasNotHappenedYetAndWhatIsDenied() {
        // "are yet to make an offer": interest, not a bid; "not interested in X": a denial
        assertThat(X.extract(report("Arsenal are yet to make an offer for Benjamin Šeško but talks with his representatives "
                + "are ongoing.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("arsenal TALKS");
        assertThat(X.extract(report("Liverpool are not interested in signing Rodrygo despite reports in Spain.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("rodrygo > liverpool DENIED");
        // "have activated the release clause of X"
        assertThat(X.extract(report("Manchester City have activated the €70m release clause of Martín Zubimendi, who will "
                + "undergo a medical on Tuesday.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("martin-zubimendi > manchester-city MEDICAL");
        // "have made X their top target"
        assertThat(X.extract(report("Al-Hilal have made Bruno Fernandes their top target and are prepared to offer £100m.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("bruno-fernandes > al-hilal INTEREST");
    }

    @Test
    void leavingAndPaidClubs() {
        // "está cerca de salir del Y": a single-name player leaving his club
        assertThat(X.extract(report("Rodrygo está cerca de salir del Real Madrid: el Arsenal ha presentado una oferta de 90 "
                + "millones.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("rodrygo > arsenal from real-madrid BID");
        // "...: al Torino 25 milioni più bonus": the club a clause opens by paying is the seller
        assertThat(X.extract(report("Il Milan ha chiuso per Samuele Ricci: al Torino 25 milioni più bonus.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.fee().amount())
                .containsExactly("ac-milan from torino 2.5E7");
    }

    @Test
    void headlineVerbsInFiveLanguages() {
        // "ha messo nel mirino X"; "sondea la cesión de X"; "fecha com X"; "proche de boucler la venue de X"; "X geht zum Y";
        // "el Madrid" is Real Madrid
        assertThat(X.extract(report("La Roma ha messo nel mirino Jadon Sancho, contatti avviati con il Manchester United.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("jadon-sancho > as-roma from manchester-united");
        assertThat(X.extract(report("Fichajes: el Valencia sondea la cesión de Dani Ceballos.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " " + c.stage())
                .containsExactly("dani-ceballos > valencia INTEREST");
        assertThat(X.extract(report("Benfica fecha com Richard Ríos: o médio colombiano chega do Palmeiras por 27 milhões.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("benfica from palmeiras AGREEMENT");
        assertThat(X.extract(report("Transfert: Marseille proche de boucler la venue de Pierre-Emile Højbjerg.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("pierre-emile-hojbjerg > olympique-marseille");
        assertThat(X.extract(report("Wechsel perfekt: Florian Wirtz geht für 125 Millionen Euro zum FC Liverpool.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("florian-wirtz > liverpool");
        assertThat(X.extract(report("El Madrid da por cerrado el fichaje de Trent Alexander-Arnold, que llegará libre desde el "
                + "Liverpool.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("real-madrid from liverpool");
    }

    @Test
    void leadsAndIdentifiedTargets() {
        // "ha individuato in X il rinforzo"; "tient une piste sérieuse avec X", "active la piste X"
        assertThat(X.extract(report("L'Inter ha individuato in Giovanni Leoni il rinforzo per la difesa, il Parma chiede 35 "
                + "milioni.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("giovanni-leoni > inter-milan from parma INTEREST");
        assertThat(X.extract(report("L'OM tient une piste sérieuse avec Mason Greenwood, mais Manchester United réclame 30 "
                + "millions.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("mason-greenwood > olympique-marseille from manchester-united");
        assertThat(X.extract(report("L'OM active la piste Mason Greenwood.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id()).containsExactly("mason-greenwood > olympique-marseille");
    }

    @Test
    void aSecondSubjectAfterAndDoesNotSpeakForTheFirst() {
        assertThat(X.extract(report("Arsenal have made a £50m bid for Martin Zubimendi and Chelsea have denied any interest.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("arsenal BID", "chelsea DENIED");
        assertThat(X.extract(report("Chelsea have agreed a fee with Brighton for Moises Caicedo and Arsenal are also interested.")))
                .extracting(c -> c.toClub().id() + " " + c.stage()).containsExactly("chelsea AGREEMENT", "arsenal INTEREST");
        // two names that share a verb are one subject
        assertThat(X.extract(report("Bayern Munich and Barcelona are also interested in the defender Alessandro Bastoni.")))
                .extracting(c -> c.toClub().id() + " " + c.stage())
                .containsExactly("bayern-munich INTEREST", "barcelona INTEREST");
    }

    @Test
    void descriptionsSetOffByCommasMayNameClubs() {
        // a description between a name and its verb may name a club: the club of a loan he is on has no role
        assertThat(X.extract(report("Benjamin Sesko, currently on loan at RB Leipzig, is wanted by Arsenal.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub())
                .containsExactly("benjamin-sesko > arsenal from null");
        assertThat(X.extract(report("João Neves, a key player for Benfica, is wanted by Paris Saint-Germain.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("joao-neves > paris-saint-germain from benfica");
        // "X, the <club> <position>,": his club
        assertThat(X.extract(report("Viktor Gyökeres, the Sporting striker, is wanted by Arsenal.")))
                .extracting(c -> c.player().id() + " > " + c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("viktor-gyokeres > arsenal from sporting-cp");
        assertThat(X.extract(report("Nico Williams, the Athletic Club winger, has agreed personal terms with Barcelona.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("barcelona from athletic-bilbao AGREEMENT");
        // a manager described so is still no player
        assertThat(X.extract(report("Mikel Arteta, the Arsenal manager, is wanted by Barcelona."))).isEmpty();
    }

    @Test
    void aClubThatDeniesReceivesOrRefusesAnotherClubsBidIsTheSeller() {
        // the denier opens the sentence; the club whose bid or offer it denies is the destination
        assertThat(X.extract(report("Liverpool have denied reports of a bid from Real Madrid for Trent Alexander-Arnold.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("real-madrid from liverpool DENIED");
        assertThat(X.extract(report("El Barcelona ha desmentido cualquier oferta del PSG por Lamine Yamal.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id())
                .containsExactly("paris-saint-germain from barcelona");
        assertThat(X.extract(report("Le PSG dément toute offre du Real Madrid pour Kylian Mbappé.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("real-madrid from paris-saint-germain");
        assertThat(X.extract(report("Il Napoli smentisce l'offerta dell'Al-Hilal per Victor Osimhen.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("al-hilal from napoli");
        // German puts the denial last
        assertThat(X.extract(report("Bayer Leverkusen hat Berichte über ein Angebot von Chelsea für Florian Wirtz dementiert.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("chelsea from bayer-leverkusen");
        // a club that denies its own bid stays the (denied) destination
        assertThat(X.extract(report("Chelsea have denied making a bid for Brighton midfielder Moises Caicedo.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id() + " " + c.stage())
                .containsExactly("chelsea from brighton DENIED");
        // so is a club that receives or refuses another club's offer
        assertThat(X.extract(report("Boca recibió una oferta formal del Benfica por Milton Delgado.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("benfica from boca-juniors");
        assertThat(X.extract(report("Il Lecce ha respinto l'offerta del Galatasaray per Nikola Krstović.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("galatasaray from lecce");
        // the other party of talks or an agreement a club denies is the destination, unless the denier says it made
        // no offer itself
        assertThat(X.extract(report("L'Atalanta smentisce qualsiasi accordo con la Juventus per Ademola Lookman.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("juventus from atalanta");
        assertThat(X.extract(report("RB Leipzig dementiert Gespräche mit Chelsea über Xavi Simons.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("chelsea from rb-leipzig");
        assertThat(X.extract(report("El Sevilla desmiente haber presentado una oferta por Pablo Barrios y niega cualquier "
                + "contacto con el Atlético de Madrid.")))
                .extracting(c -> c.toClub().id() + " from " + c.fromClub().id()).containsExactly("sevilla from atletico-madrid");
        // a club that matches or beats the bid bids too
        assertThat(X.extract(report("Liverpool have matched a bid from Real Madrid for Jude Bellingham.")))
                .extracting(c -> c.toClub().id()).containsExactly("liverpool", "real-madrid");
        assertThat(X.extract(report("Liverpool hope to beat a bid from Real Madrid for Jude Bellingham.")))
                .extracting(c -> c.toClub().id()).containsExactly("liverpool", "real-madrid");
    }

    @Test
    void nonClaimsCarryAReason() {
        assertThat(X.analyse(report("Bukayo Saka scored twice as Arsenal beat Chelsea 3-1 at the Emirates.")).noClaimReason())
                .isEqualTo("no transfer vocabulary");
        assertThat(X.analyse(report("Mohamed Salah has signed a two-year contract extension with Liverpool.")).noClaimReason())
                .isEqualTo("contract extension");
        assertThat(X.analyse(report("January signing Ozan Kabak is still unproven in the Premier League.")).claims()).isEmpty();
        assertThat(X.analyse(report("")).noClaimReason()).isEqualTo("empty text");
    }

    @Test
    void languageDetection() {
        assertThat(LanguageDetector.detect("Il Liverpool pensa ad Alessandro Bastoni, difensore dell'Inter.")).isEqualTo("it");
        assertThat(LanguageDetector.detect("El Real Madrid ha cerrado el fichaje de Jude Bellingham por 103 millones.")).isEqualTo("es");
        assertThat(LanguageDetector.detect("Der FC Bayern hat ein Angebot für Harry Kane abgegeben.")).isEqualTo("de");
        assertThat(LanguageDetector.detect("O Benfica aceitou a proposta do Chelsea pelo médio.")).isEqualTo("pt");
        assertThat(LanguageDetector.detect("Le PSG a formulé une offre pour Randal Kolo Muani.")).isEqualTo("fr");
        assertThat(LanguageDetector.detect("Arsenal have made a bid for the midfielder.")).isEqualTo("en");
    }

    // ---------------------------------------------------------------- SimHash
    @Test
    void simHashPutsNearDuplicatesCloseAndUnrelatedTextsFar() {
        String a = "Liverpool are reportedly weighing up a move for Inter Milan defender Alessandro Bastoni. According to "
                + "La Gazzetta dello Sport, Liverpool will have to pay 50 million euros to secure his services, and Bayern "
                + "Munich and Barcelona are also interested in the defender.";
        String copy = a.replace("reportedly ", "").replace("Liverpool will", "the Reds will") + " Read more.";
        String other = "Bukayo Saka scored twice as Arsenal beat Chelsea 3-1 at the Emirates on Saturday, with Declan "
                + "Rice adding a third from a corner in the second half while Mikel Arteta praised his side's intensity.";
        assertThat(SimHash.fingerprint(a)).matches("[0-9a-f]{16}");
        assertThat(SimHash.fingerprint(a)).isEqualTo(SimHash.fingerprint(a.toUpperCase()));
        assertThat(SimHash.distance(SimHash.fingerprint(a), SimHash.fingerprint(copy))).isLessThanOrEqualTo(12);
        assertThat(SimHash.distance(SimHash.fingerprint(a), SimHash.fingerprint(other))).isGreaterThanOrEqualTo(20);
    }
}
