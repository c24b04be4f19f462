package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.Claim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.grapevine.dedupe.extraction.ExtractionUnitsTest.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole readings of short texts, one line per claim ("player > to from seller STAGE fee"): the rules written after the
 * seventeenth and eighteenth held-out sets, each on sentences of the team's own.
 */
class ReadingsTest {

    private static final ClaimExtractor X = ClaimExtractor.withDefaults(new InMemoryPlayerRegistry());

    private static List<String> read(String text) {
        return X.extract(report(text)).stream().map(ReadingsTest::line).toList();
    }

    private static String line(Claim c) {
        return c.player().id() + " > " + c.toClub().id() + " from " + (c.fromClub() == null ? "-" : c.fromClub().id())
                + " " + c.stage() + (c.fee() == null ? "" : " " + Math.round(c.fee().amount() / 1e5) / 10.0 + "m");
    }

    @Test
    void clubsThatAnnounceFinaliseAcceptOrGiveUpADeal() {
        assertThat(read("Brentford announce the arrival of Kevin Schade from Freiburg on a five-year deal."))
                .containsExactly("kevin-schade > brentford from freiburg OFFICIAL");
        assertThat(read("Le Stade Rennais a finalisé le transfert de Ludovic Blas en provenance de Nantes."))
                .containsExactly("ludovic-blas > rennes from nantes OFFICIAL");
        assertThat(read("El Betis aceptó la propuesta del Villarreal por Ayoze Pérez: 8 millones de euros."))
                .containsExactly("ayoze-perez > villarreal from real-betis AGREEMENT 8.0m");
        assertThat(read("O Grêmio desistiu da contratação de Paulinho depois de o Atlético Mineiro recusar a proposta."))
                .containsExactly("paulinho > gremio from atletico-mineiro COLLAPSED");
        assertThat(read("El Mallorca cerró el traspaso definitivo de Vedat Muriqi procedente del Fenerbahçe."))
                .containsExactly("vedat-muriqi > mallorca from fenerbahce AGREEMENT");
    }

    @Test
    void bidsTalksAndInterestInFiveLanguages() {
        assertThat(read("Il Bologna ha messo sul piatto 18 milioni di euro per Nikola Krstović."))
                .containsExactly("nikola-krstovic > bologna from - BID 18.0m");
        assertThat(read("O Santos formalizou uma proposta ao Grêmio pelo meia-atacante uruguaio Franco Cristaldo."))
                .containsExactly("franco-cristaldo > santos from gremio BID");
        assertThat(read("El Valencia inició conversaciones con el Girona por Yan Couto."))
                .containsExactly("yan-couto > valencia from girona TALKS");
        assertThat(read("Le FC Nantes a repoussé deux offres du Stade de Reims pour Moses Simon."))
                .containsExactly("moses-simon > reims from nantes BID");
        assertThat(read("El Sevilla sigue muy de cerca a Dodi Lukébakio, extremo del Benfica."))
                .containsExactly("dodi-lukebakio > sevilla from benfica INTEREST");
        assertThat(read("Kobbie Mainoo is attracting interest from Real Madrid and Bayern Munich."))
                .containsExactly("kobbie-mainoo > real-madrid from - INTEREST", "kobbie-mainoo > bayern-munich from - INTEREST");
        assertThat(read("Il Genoa fissa il prezzo di Koni De Winter: servono 25 milioni. Su di lui ci sono il Napoli e la Juventus."))
                .containsExactly("koni-de-winter > napoli from genoa INTEREST 25.0m", "koni-de-winter > juventus from genoa INTEREST");
        assertThat(read("As águias chegaram a acordo com o Sporting pela transferência definitiva de Pedro Porro."))
                .containsExactly("pedro-porro > benfica from sporting-cp AGREEMENT");
    }

    @Test
    void aNextStepStillToComeIsNotTheStage() {
        assertThat(read("Ivan Toney to Al-Ahli, here we go! Fee agreed with Brentford. Medical tests to follow later this week."))
                .containsExactly("ivan-toney > al-ahli from brentford AGREEMENT");
        assertThat(read("Leny Yoro is having his medical at Manchester United after the Red Devils agreed a £52m fee "
                + "with Lille. He is expected to be unveiled on Friday."))
                .containsExactly("leny-yoro > manchester-united from lille MEDICAL 52.0m");
        assertThat(read("Fulham have agreed to sell Tosin Adarabioyo to Chelsea for £20m. The defender still has to "
                + "agree personal terms before travelling to London."))
                .containsExactly("tosin-adarabioyo > chelsea from fulham AGREEMENT 20.0m");
        assertThat(read("El Getafe tiene cerrado el fichaje de Carles Aleñá. Ha pasado el reconocimiento médico y solo "
                + "falta el anuncio oficial."))
                .containsExactly("carles-alena > getafe from - MEDICAL");
        // the Spanish "si" ("if") is not the Italian "sì" ("yes"), and offers they would listen to are no bid
        assertThat(read("El Valencia negocia con el Getafe por Borja Mayoral. En el Coliseum escucharían ofertas si "
                + "llegan antes de agosto."))
                .containsExactly("borja-mayoral > valencia from getafe TALKS");
    }

    @Test
    void denialsAndMedicalsWithAnotherClub() {
        assertThat(read("Tottenham have played down reports linking them with a move for Conor Gallagher."))
                .containsExactly("conor-gallagher > tottenham-hotspur from - DENIED");
        // in Spanish the club that denies contact is the buyer, unless it says the player is not for sale
        assertThat(read("El Sevilla desmiente cualquier contacto con el Celta por Iago Aspas."))
                .containsExactly("iago-aspas > sevilla from celta-vigo DENIED");
        assertThat(read("El Celta desmiente cualquier contacto con el Sevilla por Iago Aspas. \"No está en venta\", "
                + "aseguran en Balaídos."))
                .containsExactly("iago-aspas > sevilla from celta-vigo DENIED");
        assertThat(read("Ousmane Diomande passe sa visite médicale ce mardi avec le Paris Saint-Germain."))
                .containsExactly("ousmane-diomande > paris-saint-germain from - MEDICAL");
    }

    @Test
    void rangesAfterBetweenInFiveLanguagesAndParticlesOpeningASurname() {
        assertThat(read("L'OM a entamé des discussions avec Lille pour Jonathan David. Les Dogues réclament entre 20 et "
                + "25 millions d'euros."))
                .containsExactly("jonathan-david > olympique-marseille from lille TALKS 22.5m");
        assertThat(read("Everton have agreed a deal with Leicester for Bilal El Khannouss. The fee is believed to be "
                + "between £25m and £30m, and El Khannouss is keen on the move."))
                .containsExactly("bilal-el-khannouss > everton from leicester-city AGREEMENT 27.5m");
    }

    @Test
    void theSellersPriceIsWhatEveryInterestedClubWouldPay() {
        assertThat(read("Liverpool and Juventus are keeping tabs on Teun Koopmeiners. Atalanta value him at €60m."))
                .containsExactly("teun-koopmeiners > liverpool from atalanta INTEREST 60.0m",
                        "teun-koopmeiners > juventus from atalanta INTEREST 60.0m");
    }

    @Test
    void wishListsAndGermanInvertedSubjects() {
        assertThat(read("Laut Kicker hat der SC Freiburg Maximilian Eggestein von Werder Bremen auf dem Zettel."))
                .containsExactly("maximilian-eggestein > freiburg from werder-bremen INTEREST");
        assertThat(read("Florian Wirtz steht beim FC Bayern und bei Manchester City auf der Liste."))
                .containsExactly("florian-wirtz > bayern-munich from - INTEREST", "florian-wirtz > manchester-city from - INTEREST");
    }

    @Test
    void aPlayerAfterAndWithHisPositionSharesTheCue() {
        assertThat(read("Aston Villa are weighing up moves for goalkeeper Bart Verbruggen and defender Jan Paul van Hecke."))
                .containsExactlyInAnyOrder("bart-verbruggen > aston-villa from - INTEREST",
                        "jan-paul-van-hecke > aston-villa from - INTEREST");
        // a surname that is half of a ground's name ("Old Trafford") is still a surname
        assertThat(read("Newcastle are weighing up a move for goalkeeper James Trafford."))
                .containsExactly("james-trafford > newcastle-united from - INTEREST");
    }

    @Test
    void anAmbiguousNameWithACapitalAfterAnArticleIsItsClub() {
        assertThat(read("El Girona rechaza la oferta del Como por Viktor Tsygankov: 15 millones de euros."))
                .containsExactly("viktor-tsygankov > como from girona BID 15.0m");
        assertThat(read("El Valencia negocia con el Getafe por Borja Mayoral, como ya hizo el verano pasado."))
                .containsExactly("borja-mayoral > valencia from getafe TALKS");
    }

    @Test
    void rulesFromTheNineteenthSet() {
        assertThat(read("Napoli president Aurelio De Laurentiis has shut down talk of Khvicha Kvaratskhelia leaving for "
                + "Paris Saint-Germain."))
                .containsExactly("khvicha-kvaratskhelia > paris-saint-germain from napoli DENIED");
        assertThat(read("Chelsea have been tracking Kenan Yildiz's progress at Juventus and could make a move in the summer."))
                .containsExactly("kenan-yildiz > chelsea from juventus INTEREST");
        assertThat(read("Aston Villa have agreed a fee with Porto for Nico González. Unai Emery is also a big admirer of "
                + "Samu Aghehowa, and Villa have asked Porto to keep them informed."))
                .containsExactlyInAnyOrder("nico-gonzalez > aston-villa from porto AGREEMENT",
                        "samu-aghehowa > aston-villa from - INTEREST");
        assertThat(read("L'Atalanta accelera per Lorenzo Lucca. All'Udinese è stata proposta un'offerta da 20 milioni di euro."))
                .containsExactly("lorenzo-lucca > atalanta from udinese BID 20.0m");
        assertThat(read("El Real Betis anuncia la incorporación de Giovani Lo Celso, procedente del Villarreal, a cambio "
                + "de 12 millones de euros."))
                .containsExactly("giovani-lo-celso > real-betis from villarreal OFFICIAL 12.0m");
        assertThat(read("El Tottenham ha puesto sobre la mesa 40 millones de euros por Oihan Sancet. El Aston Villa también "
                + "sigue muy de cerca la situación del jugador del Athletic."))
                .containsExactly("oihan-sancet > tottenham-hotspur from athletic-bilbao BID 40.0m",
                        "oihan-sancet > aston-villa from athletic-bilbao INTEREST");
        assertThat(read("Sporting e Benfica de olho em Gabriel Veron! Os dois clubes enviaram observadores."))
                .containsExactly("gabriel-veron > sporting-cp from - INTEREST", "gabriel-veron > benfica from - INTEREST");
        assertThat(read("Le Stade Rennais suit avec attention Mohamed Bayo, et Lorient l'a également supervisé à plusieurs reprises."))
                .containsExactly("mohamed-bayo > rennes from - INTEREST", "mohamed-bayo > lorient from - INTEREST");
    }

    @Test
    void ofTwoClubsAgreeingWithNothingElseToTellTheFirstNamedBuys() {
        assertThat(read("Brentford and Lyon have agreed a fee for Rayan Cherki."))
                .containsExactly("rayan-cherki > brentford from olympique-lyonnais AGREEMENT");
        // a text that sends the player to one of them decides
        assertThat(read("Lyon and Brentford have agreed a fee for Rayan Cherki, who will join the Bees."))
                .containsExactly("rayan-cherki > brentford from olympique-lyonnais AGREEMENT");
    }

    @Test
    void rulesFromTheTwentiethSet() {
        assertThat(read("Both Chelsea and Arsenal have sent scouts to watch Jobe Bellingham in recent weeks. Sunderland "
                + "rate the midfielder at around £30m."))
                .containsExactly("jobe-bellingham > chelsea from sunderland INTEREST 30.0m",
                        "jobe-bellingham > arsenal from sunderland INTEREST 30.0m");
        // offers a club would expect are no bid
        assertThat(read("Manchester United have watched Lille midfielder Benjamin André this season, and Lille would "
                + "expect offers of around €20m in the summer."))
                .containsExactly("benjamin-andre > manchester-united from lille INTEREST 20.0m");
        assertThat(read("Leeds have moved to shut down talk of a January swoop for Brentford midfielder Vitaly Janelt."))
                .containsExactly("vitaly-janelt > leeds-united from brentford DENIED");
        assertThat(read("Barcelona add Bayer Leverkusen left-back Alejandro Grimaldo to their summer shortlist."))
                .containsExactly("alejandro-grimaldo > barcelona from bayer-leverkusen INTEREST");
        assertThat(read("El Al-Nassr ha trasladado al Villarreal una propuesta de 25 millones de euros por Gerard Moreno."))
                .containsExactly("gerard-moreno > al-nassr from villarreal BID 25.0m");
        assertThat(read("Pepê está de malas feitas para a Arábia Saudita. O FC Porto aceitou a proposta do Al-Hilal, que "
                + "paga 40 milhões de euros."))
                .containsExactly("pepe > al-hilal from porto AGREEMENT 40.0m");
        assertThat(read("Caiu por terra a transferência de Francisco Trincão para o Marselha."))
                .containsExactly("francisco-trincao > olympique-marseille from - COLLAPSED");
        assertThat(read("O Benfica enviou observadores ao Maracanã para acompanhar Gerson, médio do Flamengo."))
                .containsExactly("gerson > benfica from flamengo INTEREST");
        assertThat(read("Serge Gnabry hat am Montag in London die Untersuchungen bei Arsenal absolviert."))
                .containsExactly("serge-gnabry > arsenal from - MEDICAL");
        assertThat(read("Le Stade Rennais a transmis une offre de 12 millions d'euros à Lorient pour Tosin Aiyegun."))
                .containsExactly("tosin-aiyegun > rennes from lorient BID 12.0m");
        assertThat(read("Enzo Le Fée se rapproche de l'OL. Les discussions avec Sunderland sont bien avancées."))
                .containsExactly("enzo-le-fee > olympique-lyonnais from sunderland TALKS");
        // an admirer of the player is no player himself
        assertThat(read("Newcastle have knocked back an offer from Arsenal for Anthony Gordon, although Mikel Arteta "
                + "remains a long-standing admirer of the winger."))
                .containsExactly("anthony-gordon > arsenal from newcastle-united BID");
    }

    @Test
    void rulesFromTheTwentyFirstSet() {
        assertThat(read("Chelsea weigh up January swoop for Juventus midfielder Teun Koopmeiners."))
                .containsExactly("teun-koopmeiners > chelsea from juventus INTEREST");
        assertThat(read("Jhon Durán has completed the first part of his medical with Fenerbahçe."))
                .containsExactly("jhon-duran > fenerbahce from - MEDICAL");
        // an official offer is a bid, and the club it goes to sells
        assertThat(read("Bologna, offerta ufficiale al Torino per Samuele Ricci: sul tavolo 20 milioni di euro."))
                .containsExactly("samuele-ricci > bologna from torino BID 20.0m");
        assertThat(read("Salta tutto: la Roma ha deciso di non chiudere per Juan Foyth, che farà ritorno a Villarreal."))
                .containsExactly("juan-foyth > as-roma from villarreal COLLAPSED");
        assertThat(read("Juventus e Napoli hanno chiesto informazioni all'Udinese per Jaka Bijol."))
                .containsExactly("jaka-bijol > juventus from udinese INTEREST", "jaka-bijol > napoli from udinese INTEREST");
        // "Desde el Villarreal niegan": the club is quoted, not left
        assertThat(read("Desde el Villarreal niegan cualquier negociación con el Getafe por Álex Sola."))
                .containsExactly("alex-sola > villarreal from getafe DENIED");
        assertThat(read("El Sevilla hizo una oferta formal a Osasuna por Aimar Oroz: 15 millones de euros."))
                .containsExactly("aimar-oroz > sevilla from osasuna BID 15.0m");
        assertThat(read("Tiago Tomás wird für eine Saison vom VfL Wolfsburg an den VfB Stuttgart ausgeliehen."))
                .containsExactly("tiago-tomas > vfb-stuttgart from wolfsburg AGREEMENT");
        assertThat(read("Nach Sky-Informationen verhandelt der VfB Stuttgart mit Hoffenheim über Maximilian Beier."))
                .containsExactly("maximilian-beier > vfb-stuttgart from hoffenheim TALKS");
        assertThat(read("Le FC Nantes aurait coché le nom de Mama Baldé, attaquant de l'ESTAC."))
                .containsExactly("mama-balde > nantes from troyes INTEREST");
    }
    @Test
    void rulesFromTheTwentySecondSet() {
        // a medical booked is the step after an agreement
        assertThat(read("Jarrad Branthwaite to Manchester United, here we go! Agreement reached with Everton for £50m. "
                + "Medical booked for Friday."))
                .containsExactly("jarrad-branthwaite > manchester-united from everton AGREEMENT 50.0m");
        assertThat(read("Einigung erzielt: Maximilian Mittelstädt wechselt von Hertha zum VfB Stuttgart, nur der "
                + "Medizincheck steht noch aus."))
                .containsExactly("maximilian-mittelstadt > vfb-stuttgart from hertha-berlin AGREEMENT");
        // what is still outstanding has not happened; a fee that is "kein Thema" is no denial
        assertThat(read("Eine Einigung steht noch aus, doch der VfB Stuttgart verhandelt mit Hoffenheim über Maximilian Beier."))
                .containsExactly("maximilian-beier > vfb-stuttgart from hoffenheim TALKS");
        assertThat(read("Die Ablöse ist kein Thema: Der FC Bayern will Xavi Simons verpflichten."))
                .containsExactly("xavi-simons > bayern-munich from - INTEREST");
        // two ambiguous names of one club agree on it
        assertThat(read("Jan Bednarek is undergoing his medical in Columbus before his move from Southampton to the Crew."))
                .containsExactly("jan-bednarek > columbus-crew from southampton MEDICAL");
        // a headline's subject before a comma
        assertThat(read("Ángel Di María, en el radar de Rosario Central."))
                .containsExactly("angel-di-maria > rosario-central from - INTEREST");
        // plural subjects of interest
        assertThat(read("Betis y Celta siguen muy de cerca a Iker Muniain, del Athletic."))
                .containsExactly("iker-muniain > real-betis from athletic-bilbao INTEREST",
                        "iker-muniain > celta-vigo from athletic-bilbao INTEREST");
        assertThat(read("Sporting e Braga estão atentos a Gabriel Veron, do Palmeiras."))
                .containsExactly("gabriel-veron > sporting-cp from palmeiras INTEREST",
                        "gabriel-veron > braga from palmeiras INTEREST");
        assertThat(read("Newcastle have also made enquiries about Fiorentina striker Moise Kean."))
                .containsExactly("moise-kean > newcastle-united from fiorentina INTEREST");
        // a player leaving his club on loan
        assertThat(read("Gonçalo Ramos está de saída do Benfica e vai ser emprestado ao Everton."))
                .containsExactly("goncalo-ramos > everton from benfica AGREEMENT");
        // an agent's denial, and the club he arrived at in the past
        assertThat(read("«No hay nada con el Arsenal», dijo el agente de Mikel Merino, que llegó al Real Sociedad en 2020."))
                .containsExactly("mikel-merino > arsenal from real-sociedad DENIED");
        assertThat(read("Sebastian Kehl hat Spekulationen über einen Wechsel von Julian Brandt zum FC Bayern zurückgewiesen."))
                .containsExactly("julian-brandt > bayern-munich from - DENIED");
    }
    @Test
    void rulesFromTheTwentyThirdSet() {
        // a medical still to be scheduled, or in the days to come, is the step after an agreement
        assertThat(read("Agreement reached with Sevilla for Dodi Lukébakio to Benfica. Medical tests to be scheduled "
                + "once paperwork is signed."))
                .containsExactly("dodi-lukebakio > benfica from sevilla AGREEMENT");
        assertThat(read("Il Bologna ha l'accordo con il Napoli per Giovanni Simeone, che sosterrà le visite mediche "
                + "nei prossimi giorni."))
                .containsExactly("giovanni-simeone > bologna from napoli AGREEMENT");
        // offers a club is braced for are no bid; preliminary talks with a player's representatives are talks
        assertThat(read("Fulham are braced for summer offers for Antonee Robinson, with Liverpool already holding "
                + "preliminary talks with his agent."))
                .containsExactly("antonee-robinson > liverpool from - TALKS");
        assertThat(read("Wolfsburg have held preliminary talks with the representatives of Antonee Robinson."))
                .containsExactly("antonee-robinson > wolfsburg from - TALKS");
        // the same subject going on to a second player: each player takes his own clause's stage and fee
        assertThat(read("Leeds United have agreed a £20m fee with Lens for Przemysław Frankowski and are now in talks "
                + "with Nice over a deal for Terem Moffi."))
                .containsExactly("terem-moffi > leeds-united from - TALKS",
                        "przemyslaw-frankowski > leeds-united from - AGREEMENT 20.0m");
        // an offer presented to a club goes to the seller
        assertThat(read("El Barcelona ha dado el primer paso por Álex Baena: los azulgranas han presentado al "
                + "Villarreal una oferta de 30 millones de euros."))
                .containsExactly("alex-baena > barcelona from villarreal BID 30.0m");
        assertThat(read("La Lazio ha presentato all'Udinese un'offerta da 18 milioni per Lazar Samardzic."))
                .containsExactly("lazar-samardzic > lazio from udinese BID 18.0m");
        assertThat(read("Marc Casadó jugará cedido en el Real Betis esta temporada."))
                .containsExactly("marc-casado > real-betis from - AGREEMENT");
        assertThat(read("Rayan Cherki est courtisé par Liverpool."))
                .containsExactly("rayan-cherki > liverpool from - INTEREST");
        assertThat(read("Moussa Diaby could be on his way out of Aston Villa, with Napoli exploring a loan deal."))
                .containsExactly("moussa-diaby > napoli from aston-villa INTEREST");
        // the club that opens the clause denies talks about its player, after a clause naming it in passing
        assertThat(read("Dementi aus Freiburg: Der SC Freiburg hat Berichte über Gespräche mit dem VfB Stuttgart über "
                + "Ritsu Doan zurückgewiesen."))
                .containsExactly("ritsu-doan > vfb-stuttgart from freiburg DENIED");
    }
    @Test
    void rulesFromTheTwentyFourthSet() {
        // where he is happy is his club
        assertThat(read("Nicolò Barella's agent has confirmed talks with Galatasaray. \"Nicolò is happy at Inter,\" he said."))
                .containsExactly("nicolo-barella > galatasaray from inter-milan TALKS");
        assertThat(read("«Nicolò è felicissimo all'Inter, non c'è nessun contatto con il Galatasaray», dice l'agente di "
                + "Nicolò Barella."))
                .containsExactly("nicolo-barella > galatasaray from inter-milan DENIED");
        assertThat(read("C'est officiel : Khéphren Thuram rejoint le Stade Rennais sous la forme d'un prêt."))
                .containsExactly("khephren-thuram > rennes from - OFFICIAL");
        assertThat(read("Le Toulouse FC ne compte pas brader Zakaria Aboukhlal. Fulham et Brentford se renseignent sur l'ailier."))
                .containsExactly("zakaria-aboukhlal > fulham from - INTEREST", "zakaria-aboukhlal > brentford from - INTEREST");
        // the club asked about a player sells him
        assertThat(read("Según Marca, el Real Madrid ha preguntado al Valencia por la situación de Cristhian Mosquera."))
                .containsExactly("cristhian-mosquera > real-madrid from valencia INTEREST");
        // a medical on a day to come is the step after an agreement
        assertThat(read("Der Innenverteidiger Nico Elvedi wechselt zu Werder Bremen und soll am Dienstag den Medizincheck absolvieren."))
                .containsExactly("nico-elvedi > werder-bremen from - AGREEMENT");
        assertThat(read("L'Atalanta ha trovato l'accordo con il Genoa per Koni De Winter, visite mediche previste la prossima settimana."))
                .containsExactly("koni-de-winter > atalanta from genoa AGREEMENT");
        // deals of years ago, told in the pluperfect, are history
        assertThat(read("Il y a six ans, Eden Hazard avait rejoint le Real Madrid pour une centaine de millions d'euros."))
                .isEmpty();
        // internal discussions are interest, not talks
        assertThat(read("Chelsea have held internal discussions about Rafael Leão, though no formal contact has been made with Milan."))
                .containsExactly("rafael-leao > chelsea from ac-milan INTEREST");
        // a player in talks of his own: the club he talks to is his destination ("Já" opens no name)
        assertThat(read("Já Rúben Neves está em conversações avançadas com o Hamburgo."))
                .containsExactly("ruben-neves > hamburger-sv from - TALKS");
        assertThat(read("Ryan Christie could be on his way out of Bournemouth, with Celtic exploring the possibility of a loan."))
                .containsExactly("ryan-christie > celtic from bournemouth INTEREST");
        // a stage asked as a question is not stated
        assertThat(read("UFFICIALE? Quasi. La Fiorentina ha chiuso con il Wolverhampton per Rodrigo Gomes: il giocatore sta "
                + "svolgendo le visite mediche."))
                .containsExactly("rodrigo-gomes > fiorentina from wolverhampton-wanderers MEDICAL");
    }

    @Test
    void rulesFromTheTwentyFifthSet() {
        // a bare "a" before a name is the town in Italian and Spanish; the club takes an article
        assertThat(read("Juventus, si lavora per il ritorno di Nicolò Savona: i bianconeri hanno avviato i contatti con il "
                + "Nottingham Forest per riportare a Torino il difensore."))
                .containsExactly("nicolo-savona > juventus from nottingham-forest TALKS");
        assertThat(read("El Real Betis ha cerrado un acuerdo con el Vélez para el fichaje de Valentín Gómez. Solo falta que "
                + "el jugador viaje a Sevilla para pasar el reconocimiento médico."))
                .containsExactly("valentin-gomez > real-betis from velez-sarsfield AGREEMENT");
        // a former club has no role
        assertThat(read("West Ham have tabled a €25m bid for Lazio midfielder Nicolò Rovella, seeing the former Juventus "
                + "man as a priority."))
                .containsExactly("nicolo-rovella > west-ham-united from lazio BID 25.0m");
        // a club ready to cash in sells
        assertThat(read("Bayer Leverkusen are ready to cash in on Amine Adli. Fulham and Everton are both keen on the winger."))
                .containsExactly("amine-adli > fulham from bayer-leverkusen INTEREST", "amine-adli > everton from bayer-leverkusen INTEREST");
        assertThat(read("Adrien Rabiot pourrait quitter l'Olympique de Marseille cet hiver. D'après L'Équipe, Aston Villa "
                + "réfléchit à une offensive pour le milieu."))
                .containsExactly("adrien-rabiot > aston-villa from olympique-marseille INTEREST");
        assertThat(read("Union Berlin steht vor der Verpflichtung von Jonas Urbig."))
                .containsExactly("jonas-urbig > union-berlin from - AGREEMENT");
        assertThat(read("Joe Willock to AC Milan, here we go! Agreement reached with Newcastle for €18m. Medical tests are "
                + "booked for Thursday."))
                .containsExactly("joe-willock > ac-milan from newcastle-united AGREEMENT 18.0m");
        assertThat(read("Luis Díaz na mira do Al-Hilal."))
                .containsExactly("luis-diaz > al-hilal from - INTEREST");
        // who tells the board is no player
        assertThat(read("Crystal Palace have rejected a £15m offer from Fenerbahçe for Adam Wharton. Oliver Glasner has "
                + "told the board he wants to keep him."))
                .containsExactly("adam-wharton > fenerbahce from crystal-palace BID 15.0m");
        // a list's items are sentences of their own
        assertThat(read("Round-up • West Ham have lodged a £30m bid for Taylor Harwood-Bellis • Brentford are still "
                + "searching for a goalkeeper"))
                .containsExactly("taylor-harwood-bellis > west-ham-united from - BID 30.0m");
    }

    @Test
    void rulesFromTheTwentySixthSet() {
        // an offer the seller would only then consider is no bid
        assertThat(read("Inter Milan have opened talks with the representatives of Curtis Jones. Liverpool would want "
                + "£40m before even considering an offer."))
                .containsExactly("curtis-jones > inter-milan from liverpool TALKS 40.0m");
        assertThat(read("Raphinha to Al-Nassr is on. Agreement in principle reached; medical pencilled in for next month."))
                .containsExactly("raphinha > al-nassr from - AGREEMENT");
        // a door left open is no denial
        assertThat(read("Brentford have had a £20m bid for Celtic winger Daizen Maeda rejected, although they have not "
                + "ruled out returning with an improved offer."))
                .containsExactly("daizen-maeda > brentford from celtic BID 20.0m");
        assertThat(read("Davide Frattesi torna in Italia: l'Atalanta ha definito con l'Inter un prestito con obbligo di riscatto."))
                .containsExactly("davide-frattesi > atalanta from inter-milan AGREEMENT");
        assertThat(read("Dani Olmo, el sueño blanco para el verano. El Real Madrid ha situado al centrocampista del "
                + "Barcelona como prioridad."))
                .containsExactly("dani-olmo > real-madrid from barcelona INTEREST");
        assertThat(read("El Mallorca ya ha preguntado por Isaac Romero, mientras que el Alavés mantiene conversaciones "
                + "con el Sevilla."))
                .containsExactly("isaac-romero > mallorca from sevilla INTEREST", "isaac-romero > alaves from sevilla TALKS");
        assertThat(read("Rafa Leão está muito perto de regressar ao Sporting! Já existe acordo verbal."))
                .containsExactly("rafa-leao > sporting-cp from - AGREEMENT");
        assertThat(read("O Vélez Sarsfield gostaria de contar com Nicolás Otamendi."))
                .containsExactly("nicolas-otamendi > velez-sarsfield from - INTEREST");
        assertThat(read("Ein anderes Geschäft hat Gladbach dagegen abgelehnt: Fenerbahçe bot 25 Millionen Euro für Rocco Reitz."))
                .containsExactly("rocco-reitz > fenerbahce from borussia-monchengladbach BID 25.0m");
        assertThat(read("Warren Zaïre-Emery attire la Premier League. Chelsea et Newcastle suivent de très près le milieu "
                + "du Paris Saint-Germain."))
                .containsExactly("warren-zaire-emery > chelsea from paris-saint-germain INTEREST",
                        "warren-zaire-emery > newcastle-united from paris-saint-germain INTEREST");
        assertThat(read("L'AS Monaco a trouvé un accord avec Toulouse pour Charlie Cresswell. Il doit désormais passer sa "
                + "visite médicale, programmée en début de semaine prochaine."))
                .containsExactly("charlie-cresswell > as-monaco from toulouse AGREEMENT");
    }

    @Test
    void rulesFromTheTwentySeventhSet() {
        // the seller's price is every interested club's, rivals named in passing too
        assertThat(read("Lazio are keen on Genoa forward Vitinha, whom Genoa value at €25m. Torino have also been linked."))
                .containsExactly("vitinha > lazio from genoa INTEREST 25.0m", "vitinha > torino from genoa INTEREST 25.0m");
        // a medical only booked, in any language, is the step after an agreement
        assertThat(read("Fulham have agreed a deal with Lyon for Malick Fofana. Medical tests booked for Thursday."))
                .containsExactly("malick-fofana > fulham from olympique-lyonnais AGREEMENT");
        assertThat(read("Il Bologna ha trovato l'accordo con il Sassuolo per Armand Laurienté. Visite mediche in programma "
                + "lunedì."))
                .containsExactly("armand-lauriente > bologna from sassuolo AGREEMENT");
        assertThat(read("Der VfB Stuttgart hat sich mit Hoffenheim auf einen Wechsel von Tom Bischof geeinigt. Der "
                + "Medizincheck ist für Freitag angesetzt."))
                .containsExactly("tom-bischof > vfb-stuttgart from hoffenheim AGREEMENT");
        // the sentences after a player's own, on his line, are his, not the main subject's
        assertThat(read("Wolves are in talks with Rennes over Lorenz Assignon. Separately, Everton are in talks with "
                + "Lille over Bafodé Diakité. A fee of £20m is being discussed."))
                .containsExactly("lorenz-assignon > wolverhampton-wanderers from rennes TALKS",
                        "bafode-diakite > everton from lille TALKS 20.0m");
        // two clubs joined by a hyphen open the sentence: the buyer, then the seller
        assertThat(read("Genoa-Udinese, avviati i contatti per Jurgen Ekkelenkamp."))
                .containsExactly("jurgen-ekkelenkamp > genoa from udinese INTEREST");
        // "of" repeated after "and": both clubs want him
        assertThat(read("Jonathan David est dans le viseur du Milan et de la Juventus."))
                .containsExactly("jonathan-david > ac-milan from - INTEREST", "jonathan-david > juventus from - INTEREST");
        // a club that has accepted an offer, or closes the door, keeps no stage of its own and sells
        assertThat(read("Ferran Torres has rejected a move to Al-Hilal. Barcelona had accepted a €30m offer last week."))
                .containsExactly("ferran-torres > al-hilal from barcelona COLLAPSED 30.0m");
        assertThat(read("El Atlético cierra la puerta por Julián Álvarez. El Arsenal ha preguntado por el delantero."))
                .containsExactly("julian-alvarez > arsenal from atletico-madrid INTEREST");
        // a player who refuses to join, an offer only awaited, a move that is official
        assertThat(read("Khéphren Thuram a refusé de rejoindre l'Al-Ahli."))
                .containsExactly("khephren-thuram > al-ahli from - COLLAPSED");
        assertThat(read("Le Paris FC est en discussions avec le RC Lens pour Neil El Aynaoui, mais on attend une offre "
                + "écrite."))
                .containsExactly("neil-el-aynaoui > paris-fc from lens TALKS");
        assertThat(read("É oficial: Pedro Gonçalves deixa o Sporting CP e assina pelo Al-Hilal."))
                .containsExactly("pedro-goncalves > al-hilal from sporting-cp OFFICIAL");
        // a nickname two clubs share resolves to the one the text names; a medical still awaited is to come
        assertThat(read("Acuerdo entre el Betis y el Valencia por Javi Guerra. El club hispalense pagará 25 millones de "
                + "euros, a la espera de superar el reconocimiento médico."))
                .containsExactly("javi-guerra > real-betis from - AGREEMENT 25.0m");
        // clubs that "have called" want him; "neither" negates the offer
        assertThat(read("Brentford have called, Fulham have called, says the agent of Ajax midfielder Kenneth Taylor. "
                + "Neither side has made an offer yet."))
                .containsExactly("kenneth-taylor > brentford from ajax INTEREST", "kenneth-taylor > fulham from ajax INTEREST");
    }

    @Test
    void rulesFromTheTwentyEighthSet() {
        // the seller's price, stated in the player's sentences, goes to the clubs that did not bid and to talks
        assertThat(read("Norwich have rejected a £17m bid from Wolfsburg for Josh Laurent. Norwich want at least £25m. "
                + "Leeds are also monitoring him."))
                .containsExactly("josh-laurent > wolfsburg from norwich-city BID 17.0m",
                        "josh-laurent > leeds-united from norwich-city INTEREST 25.0m");
        assertThat(read("Manchester United are in talks with Aston Villa over Emiliano Buendía. Villa value him at £20m."))
                .containsExactly("emiliano-buendia > manchester-united from aston-villa TALKS 20.0m");
        // a medical still to come
        assertThat(read("Leeds United have agreed a deal with Hull for Liam Millar. He is due to undergo a medical on Monday."))
                .containsExactly("liam-millar > leeds-united from hull-city AGREEMENT");
        // last season's loan club has no role
        assertThat(read("O Flamengo chegou a acordo com o Atlético de Madrid por Rodrigo Riquelme. O espanhol, que passou "
                + "a última temporada emprestado ao Betis, assina até 2027."))
                .containsExactly("rodrigo-riquelme > flamengo from atletico-madrid AGREEMENT");
        assertThat(read("Bayer Leverkusen steht unmittelbar vor der Verpflichtung von Christian Kofane."))
                .containsExactly("christian-kofane > bayer-leverkusen from - AGREEMENT");
        assertThat(read("Lille est en discussions avec le Real Betis pour Romain Perraud. Le FC Nantes était aussi sur le coup."))
                .containsExactly("romain-perraud > lille from real-betis TALKS", "romain-perraud > nantes from real-betis INTEREST");
        assertThat(read("El Villarreal ha presentado una oferta de 12 millones de euros al Getafe por Luis Milla. El Betis "
                + "también pregunta por su situación."))
                .containsExactly("luis-milla > villarreal from getafe BID 12.0m", "luis-milla > real-betis from getafe INTEREST");
        assertThat(read("Il Milan ha fatto un'offerta al Wolfsburg per Joakim Maehle. Sul difensore danese c'è anche il Napoli."))
                .containsExactly("joakim-maehle > ac-milan from wolfsburg BID", "joakim-maehle > napoli from wolfsburg INTEREST");
    }

    @Test
    void rulesFromTheTwentyNinthSet() {
        assertThat(read("Fulham have reached an agreement with Bournemouth for Lewis Cook. Everton had also enquired about the "
                + "midfielder."))
                .containsExactly("lewis-cook > fulham from bournemouth AGREEMENT", "lewis-cook > everton from bournemouth INTEREST");
        // "Loan agreed with Liverpool": a loan is no name
        assertThat(read("Kostas Tsimikas to AS Roma, here we go! Loan agreed with Liverpool. Medical booked for Friday."))
                .containsExactly("kostas-tsimikas > as-roma from liverpool AGREEMENT");
        // the club whose training ground hosts his medical signs him
        assertThat(read("Medical underway. Reiss Nelson is at Brentford's training ground completing his medical ahead of a "
                + "loan from Arsenal."))
                .containsExactly("reiss-nelson > brentford from arsenal MEDICAL");
        // a sale the seller would only consider is no bid; a medical planned for next week is to come
        assertThat(read("O Sevilla está em negociações avançadas com o Vitória SC por Tomás Händel. O clube admite vender "
                + "perante uma boa proposta."))
                .containsExactly("tomas-handel > sevilla from vitoria-guimaraes TALKS");
        assertThat(read("Der FSV Mainz 05 hat sich mit Union Berlin auf einen Transfer von Benedict Hollerbach geeinigt. Der "
                + "Medizincheck ist für kommende Woche geplant."))
                .containsExactly("benedict-hollerbach > mainz from union-berlin AGREEMENT");
        assertThat(read("Fenerbahçe hat Berichte über ein Interesse an Julian Brandt zurückgewiesen. Beşiktaş soll dagegen "
                + "weiterhin ein Auge auf den Nationalspieler geworfen haben."))
                .containsExactly("julian-brandt > fenerbahce from - DENIED", "julian-brandt > besiktas from - INTEREST");
        assertThat(read("Le Stade Rennais a formulé une offre à Angers pour Amine Sbai. Le RC Lens et l'OGC Nice suivent "
                + "également le dossier."))
                .containsExactly("amine-sbai > rennes from angers BID", "amine-sbai > lens from angers INTEREST",
                        "amine-sbai > nice from angers INTEREST");
        assertThat(read("OFFICIEL | Lukáš Hrádecký s'engage avec l'AS Monaco !"))
                .containsExactly("lukas-hradecky > as-monaco from - OFFICIAL");
        // a player who declines an offer ends the deal; a bid rejected by the seller is still a bid
        assertThat(read("Lewis Dunk has turned down a lucrative proposal from Al-Qadsiah."))
                .containsExactly("lewis-dunk > al-qadsiah from - COLLAPSED");
        assertThat(read("Arsenal have had a £70m bid for Declan Rice rejected by West Ham."))
                .containsExactly("declan-rice > arsenal from west-ham-united BID 70.0m");
        assertThat(read("Thomas Meunier ne retournera pas à Trabzonspor. Le latéral belge a décliné l'offre du club turc."))
                .containsExactly("thomas-meunier > trabzonspor from - COLLAPSED");
    }

    @Test
    void rulesFromTheThirtiethSet() {
        // German capitalises a position: it ends the words that describe the player, not his name's first word
        assertThat(read("Borussia Dortmund hat Interesse an Stuttgarts Innenverteidiger Finn Jeltsch. Der VfB will ihn "
                + "nicht unter 25 Millionen Euro ziehen lassen."))
                .containsExactly("finn-jeltsch > borussia-dortmund from - INTEREST 25.0m");
        // a price tag after the sum, or "at least", "nicht unter", is the seller's price, for every interested club
        assertThat(read("Newcastle and Tottenham are both monitoring Toulouse goalkeeper Guillaume Restes. The 20-year-old "
                + "has a €30m price tag."))
                .containsExactly("guillaume-restes > newcastle-united from toulouse INTEREST 30.0m",
                        "guillaume-restes > tottenham-hotspur from toulouse INTEREST 30.0m");
        // a negation opening a quote is no name
        assertThat(read("La Lazio smentisce i contatti con l'Inter per Nicola Zalewski: «Nessuna trattativa»."))
                .noneMatch(claim -> claim.startsWith("nessuna"));
        assertThat(read("Medizincheck läuft! Yussuf Poulsen absolviert gerade die Untersuchungen beim HSV."))
                .containsExactly("yussuf-poulsen > hamburger-sv from - MEDICAL");
        assertThat(read("West Ham are understood to be keeping close tabs on Everton midfielder James Garner."))
                .containsExactly("james-garner > west-ham-united from everton INTEREST");
        assertThat(read("Le Stade Rennais reste à l'affût pour Pierre Lees-Melou."))
                .containsExactly("pierre-lees-melou > rennes from - INTEREST");
    }

    @Test
    void rulesFromTheThirtyFirstSet() {
        assertThat(read("Chelsea have agreed a deal with Brighton for Joao Pedro. A medical is scheduled for Wednesday."))
                .containsExactly("joao-pedro > chelsea from brighton AGREEMENT");
        // the club that makes "the sale of" a player sells him to the club it deals with
        assertThat(read("L'Atalanta ha raggiunto l'accordo con l'Al-Qadsiah per la cessione di Mateo Retegui. Le visite "
                + "mediche sono fissate per lunedì."))
                .containsExactly("mateo-retegui > al-qadsiah from atalanta AGREEMENT");
        assertThat(read("Liverpool sources deny any interest in Juventus defender Gleison Bremer. Chelsea do continue to "
                + "monitor the Brazilian's situation."))
                .containsExactly("gleison-bremer > liverpool from juventus DENIED", "gleison-bremer > chelsea from juventus INTEREST");
        // "proposta oficial" is a bid, not an official move
        assertThat(read("O Palmeiras fez uma proposta oficial de US$ 12 milhões ao Orlando City por Facundo Torres."))
                .containsExactly("facundo-torres > palmeiras from orlando-city BID 12.0m");
        assertThat(read("West Ham have opened talks with Napoli over a loan for Cyril Ngonge. The proposal under discussion "
                + "would include an option to buy worth €18m."))
                .containsExactly("cyril-ngonge > west-ham-united from napoli TALKS 18.0m");
        assertThat(read("L'OM a trouvé un accord avec le RB Leipzig pour le prêt avec option d'achat d'Arthur Vermeeren."))
                .containsExactly("arthur-vermeeren > olympique-marseille from rb-leipzig AGREEMENT");
    }

    @Test
    void gapsClosedSince() {
        // "Milan" alone, outside Italian too, is AC Milan unless the text names Inter Milan
        assertThat(read("Both Milan and Napoli are interested in Lewis Ferguson."))
                .containsExactly("lewis-ferguson > ac-milan from - INTEREST", "lewis-ferguson > napoli from - INTEREST");
        // the club that denies its player's move to another club sells him
        assertThat(read("Wolfsburg have dismissed speculation over a move for Kevin Paredes to Borussia Dortmund."))
                .containsExactly("kevin-paredes > borussia-dortmund from wolfsburg DENIED");
        assertThat(read("Der VfL Wolfsburg hat einen Wechsel von Kevin Paredes zu Borussia Dortmund dementiert."))
                .containsExactly("kevin-paredes > borussia-dortmund from wolfsburg DENIED");
        // two clubs that both deny are both denied destinations
        assertThat(read("Arsenal and Chelsea have denied any interest in Kevin Paredes."))
                .containsExactly("kevin-paredes > arsenal from - DENIED", "kevin-paredes > chelsea from - DENIED");
    }
}
