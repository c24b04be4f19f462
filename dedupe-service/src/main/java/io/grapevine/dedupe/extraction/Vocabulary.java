package io.grapevine.dedupe.extraction;

import java.util.Set;

/**
 * The transfer vocabulary of English, Italian, Spanish, German, Portuguese and French, as six lexicons matched
 * independently: stage and hedging words, words before and after a player's name, words before and after a club's
 * name, citation cues; and the small word sets the extraction steps share. All languages share one lexicon each: the
 * phrases rarely collide and a mis-detected language then costs nothing.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    // ---------------------------------------------------------------- stage lexicon categories
    static final long S_INTEREST = 1L;
    static final long S_TALKS = 1L << 1;
    static final long S_BID = 1L << 2;
    static final long S_AGREEMENT = 1L << 3;
    static final long S_MEDICAL = 1L << 4;
    static final long S_OFFICIAL = 1L << 5;
    static final long S_DENIED = 1L << 6;
    static final long S_COLLAPSED = 1L << 7;
    static final long HEDGE = 1L << 8;
    static final long EXTENSION = 1L << 9;
    static final long HISTORY = 1L << 10;
    static final long RESIST = 1L << 11;
    /** A player "ruled out" by injury: matched only so that the denial "ruled out" does not match inside it. */
    static final long INJURY = 1L << 12;
    /** The medical examination itself, not the travel before it. */
    static final long EXAM = 1L << 13;
    /** A step still to come ("before travelling to"): matched only so that the stage inside it does not match. */
    static final long LATER = 1L << 14;
    /**
     * A time still to come ("next week", "nei prossimi giorni"): a medical in its clause is the next step after an
     * agreement, not the medical itself.
     */
    static final long FUTURE = 1L << 15;
    static final long STAGE_ANY = S_INTEREST | S_TALKS | S_BID | S_AGREEMENT | S_MEDICAL | S_OFFICIAL | S_DENIED | S_COLLAPSED;
    /**
     * Stage words of the buying club's own steps. Not a bid, which the club that receives it may also be the subject
     * of ("Il Lecce ha respinto l'offerta del Galatasaray").
     */
    static final long BUYING_STEPS = S_INTEREST | S_TALKS | S_AGREEMENT | S_MEDICAL | S_OFFICIAL;

    // ---------------------------------------------------------------- player-context lexicon
    static final long POSITION = 1L << 16;
    static final long NONPLAYER = 1L << 17;
    static final long OBJ_STRONG = 1L << 18;
    static final long OBJ_WEAK = 1L << 19;
    static final long SUBJ = 1L << 20;
    static final long MANAGER_POSS = 1L << 21;
    static final long PAST_SIGNING = 1L << 22;
    /** Before the player a signing would replace ("a replacement for X"), who is not its subject. */
    static final long REPLACED = 1L << 50;
    static final long DESCRIPTOR = 1L << 23;
    /** After a player's name, a possessive and a sum: the price of buying him ("'s £65m release clause"). */
    static final long PRICE_NOUN = 1L << 25;
    /** "the sale of" before a player: the club that agrees it sells. */
    static final long SALE_OF = 1L << 24;

    // ---------------------------------------------------------------- club-context lexicon
    static final long DEST_BEFORE = 1L << 32;
    static final long SELL_BEFORE = 1L << 33;
    static final long RIVAL_BEFORE = 1L << 34;
    static final long COUNTER_BEFORE = 1L << 35;
    static final long POSS_PREP = 1L << 36;
    static final long DEST_AFTER = 1L << 37;
    static final long SELL_AFTER = 1L << 38;
    static final long ALSO_AFTER = 1L << 39;
    static final long OFFER_NOUN = 1L << 40;
    static final long WANT = 1L << 41;
    static final long FROM = 1L << 42;
    static final long SELL_WEAK = 1L << 43;
    /** A club's official after its name ("Bayern Munich sporting director Max Eberl"): he speaks for the club. */
    static final long OFFICIAL = 1L << 44;
    /**
     * A denial after a club's name ("have moved to dismiss reports"), read as one cue; whether the denier sells is
     * told by the clubs after it ({@code ClaimExtractor.Analysis.receiversOfAnotherClubsBid}).
     */
    static final long DENIES = 1L << 45;
    /**
     * Words before a club that give it no role in the transfer: a match's result ("win over": an opponent), a loan
     * the player is on now ("attualmente in prestito al": where he plays, not where he goes).
     */
    static final long NO_ROLE = 1L << 46;
    /** Of the cues before a destination, those that name the club making a bid ("bid from", "offerta del"). */
    static final long BID_BY = 1L << 47;
    /** Of the cues before a destination, those that send the player there ("join", "is on his way to"). */
    static final long HEADING = 1L << 51;

    // ---------------------------------------------------------------- citation lexicon
    static final long CITE_BEFORE = 1L << 48;
    static final long CITE_AFTER = 1L << 49;

    // ---------------------------------------------------------------- word sets the extraction steps share
    static final WordSet DETERMINERS = WordSet.of("the", "il", "lo", "la", "l'", "el", "los", "der", "die", "das",
            "den", "dem", "o", "a", "os", "le", "les", "i", "gli", "fc", "club");
    /** "of" before a club: "del", "do", "von" ... */
    static final WordSet CLUB_OF = WordSet.of("del", "della", "dello", "dell'", "de", "du", "do", "da", "des", "von");
    static final WordSet MOVE_NOUNS = WordSet.of("move", "transfer", "switch", "deal", "loan");
    /** "that" opening a clause ("have denied that ..."), in six languages. */
    static final WordSet THAT = WordSet.of("that", "che", "que", "dass", "qu'");
    static final WordSet CONJUNCTIONS = WordSet.of("and", "e", "y", "und", "et", "or", "o", "ou", "oder");
    /** Of the {@link #CONJUNCTIONS}, those that join ("and"), not those that choose ("or"). */
    static final WordSet AND_WORDS = WordSet.of("and", "e", "y", "und", "et", "&");
    /** What may join clubs that share a cue after them ("Arsenal, Chelsea and Newcastle are interested"). */
    static final WordSet COORD = WordSet.of(",", "and", "e", "y", "und", "et", "or", "o", "&", "as");

    static final Lexicon STAGES = new Lexicon();
    static final Lexicon PLAYER = new Lexicon();
    static final Lexicon CLUB = new Lexicon();
    static final Lexicon CITE = new Lexicon();
    static final Lexicon PLAYER_AFTER = new Lexicon();
    static final Lexicon CLUB_AFTER = new Lexicon();

    static {
        Lexicon s = STAGES;
        // interest
        s.add(S_INTEREST, "fa sul serio per", "fanno sul serio per", "interest", "interested", "interested in", "keen", "keen on", "eyeing", "eye", "monitoring",
                "verkaufen", "verleihen", "tracking", "keeping tabs", "keeping tabs on", "weighing up",
                "weighing up a move", "considering", "considering a move", "considering a bid",
                "considering a summer move", "target", "targeting", "linked", "been linked", "leading the race",
                "joined the race", "race for", "admirers", "want", "wants", "wanted", "plotting", "preparing a bid",
                "preparing a third bid", "preparing an offer", "prepara una oferta", "prepara una propuesta",
                "prepara un'offerta", "prépare une offre", "approach", "fresh approach", "preparing a fresh approach",
                "preparing an approach", "could make a bid", "ready to bid", "ready to make a bid",
                "reignite their interest", "a move for", "weighing up a bid", "in the running", "ready to spend",
                "no problem in spending", "are ready to pay", "could test", "could trigger", "willing to trigger",
                "will have to pay", "would need to spend", "would need to pay", "would want", "pensa", "pensa a",
                "pensa ad", "vuole", "punta", "segue", "piace", "interessato", "interessati", "obiettivo",
                "sarebbero pronti", "pronti a spendere", "sondaggio", "quiere", "busca", "sigue", "interesado",
                "interesados", "interés", "interes", "está dispuesto", "esta dispuesto", "dispuesto a pagar",
                "interessiert", "Interesse", "beobachtet", "im Visier", "liebäugeln", "quer", "interessado",
                "esteve interessado", "intéressé", "interesse par", "serait intéressé", "veut",
                "souhaite", "piste", "cible", "dans le viseur", "pourrait proposer", "s'intéresse", "s'intéresserait",
                "verpflichten", "holen", "an Land ziehen", "sigue de cerca", "segue con attenzione",
                "suit avec attention", "suit de près", "acompanha de perto", "on the radar of", "wanted by",
                "coveted by", "targeted by", "sonda", "sonda il terreno", "estudia", "estudia la cesión", "pursuit",
                "step up their pursuit", "in pole position", "pole position", "identified", "have identified",
                "in pressing", "in pressing su", "vuelve a la carga", "su prioridad", "priority", "top priority",
                "priorità", "priorité", "Wunschspieler", "beschäftigt sich", "beschäftigt sich intensiv mit",
                "beobachten");
        // talks
        s.add(S_TALKS, "made contact with", "have made contact", "has made contact", "conversações", "em conversações", "conversações avançadas", "avança pelo", "avança por", "conversas adiantadas");
        s.add(S_TALKS, "talks", "in talks", "advanced talks", "opened talks", "negotiations", "negotiating",
                "discussions", "in discussions", "negotiate", "trattativa", "trattative", "trattativa avviata",
                "contatti", "negocia", "negociación", "negociaciones", "conversaciones", "verhandelt", "Verhandlungen",
                "Gespräche", "negociações", "negoceia", "conversas", "négociations", "négociations avancées",
                "discussions avancées", "négocie", "set to agree", "close to agreeing", "em negociações",
                "está em negociações", "in trattativa", "en negociaciones", "in Verhandlungen");
        s.add(S_AGREEMENT | HEDGE, "set to join", "is set to join", "are set to sign", "set to sign", "rejoindrait",
                "devrait rejoindre");
        s.add(S_AGREEMENT, "rejoindra", "va rejoindre", "is on his way to", "holt", "ist fix", "agreeing", "agreeing a fee");
        s.add(S_INTEREST, "re-sign", "re-signing", "hopeful of signing", "hopeful of re-signing");
        // a club's "not interested" denies (a negated approach or offer only did not happen yet)
        s.add(S_DENIED, "not interested in", "not interested", "no interest in", "have no interest in",
                "has no interest in");
        // "are yet to make an offer": no bid so far, which is interest
        s.add(S_INTEREST, "yet to make an offer", "yet to make a bid", "yet to bid", "yet to submit an offer",
                "yet to table an offer", "yet to make a formal offer", "top target", "their top target",
                "prepared to offer");
        s.add(S_INTEREST, "nel mirino", "sondea", "sondean");
        s.add(S_AGREEMENT, "preso", "fecha com", "proche de boucler");
        // the seller's side of a done or nearly done deal
        s.add(S_AGREEMENT, "fechar a venda", "fechou a venda", "ha ceduto", "hanno ceduto", "a cédé", "ont cédé", "einig",
                "sich einig");
        s.add(S_BID, "ha ofrecido", "han ofrecido", "ofrece", "ofreció", "ofereceu", "ha offerto", "a offert");
        // what a buyer would have to pay is the seller's price, not an agreed payment
        s.add(S_INTEREST, "must pay", "would have to pay", "need to pay", "have to pay");
        s.add(S_OFFICIAL, "has been signed by", "comunica di aver acquisito", "comunica di aver acquistato",
                "confirm the signing", "confirms the signing", "confirmed the signing", "announce the signing",
                "announces the signing", "announced the signing");
        s.add(S_DENIED, "shut down talk of", "has shut down talk of", "have shut down talk of", "played down talk of");
        s.add(S_INTEREST, "admirer of", "big admirer of", "keep them informed", "to keep them informed", "accelera per",
                "accelerano per", "supervisé", "a supervisé", "l'a supervisé", "l'a également supervisé",
                "l'a aussi supervisé");
        s.add(S_BID, "è stato proposto", "è stata proposta", "sono stati proposti", "puesto sobre la mesa",
                "ha puesto sobre la mesa", "pone sobre la mesa");
        s.add(S_OFFICIAL, "anuncia la incorporación", "anuncia el fichaje", "anuncia la llegada",
                "annuncia l'arrivo", "annuncia l'acquisto", "anuncia a contratação", "annonce l'arrivée",
                "annonce la signature");
        s.add(S_AGREEMENT, "verständigt", "haben sich verständigt", "accord trouvé", "fumata bianca tra");
        s.add(S_INTEREST, "sent scouts", "have sent scouts", "sent scouts to watch", "enviou observadores",
                "enviaram observadores", "shortlist", "summer shortlist", "on a list of", "list of targets",
                "acelera por", "acelera pelo", "accélère pour", "intérêt supposé", "l'intérêt supposé");
        s.add(S_BID, "ha trasladado", "trasladado", "trasladó", "a transmis une offre", "ont transmis une offre",
                "transmis une offre");
        s.add(S_AGREEMENT, "aceitou a proposta", "aceitaram a proposta");
        s.add(S_COLLAPSED, "caíram por terra");
        s.add(S_MEDICAL | EXAM, "Untersuchungen", "die Untersuchungen", "Medizincheck bestanden");
        s.add(S_DENIED, "moved to shut down talk", "have moved to shut down talk", "a coupé court", "coupé court");
        s.add(LATER, "would expect offers", "expect offers", "would expect bids");
        s.add(S_INTEREST, "weigh up", "weigh up a", "weighs up", "sending scouts", "hanno chiesto informazioni",
                "aurait coché le nom de", "a coché le nom de", "coché le nom de");
        s.add(S_MEDICAL, "first part of his medical", "the first part of his medical",
                "completed the first part of his medical", "has completed the first part of his medical");
        s.add(S_AGREEMENT, "ausgeliehen", "wird ausgeliehen");
        s.add(S_BID, "offerta ufficiale", "oferta oficial", "offre officielle", "proposta oficial", "hizo una oferta",
                "hizo una oferta formal", "oferta formal");
        s.add(S_COLLAPSED, "ha deciso di non chiudere", "deciso di non chiudere", "decidido no cerrar");
        s.add(S_DENIED, "niegan cualquier negociación", "niega cualquier negociación");
        // a medical booked is the next step after an agreement, not the medical itself
        s.add(S_AGREEMENT, "medical booked", "medical booked for", "medical scheduled", "medical scheduled for",
                "medical planned", "medical planned for", "Medizincheck steht noch aus", "der Medizincheck steht noch aus",
                "visite mediche programmate", "visite mediche fissate", "reconocimiento médico programado",
                "exames médicos agendados", "visite médicale programmée");
        s.add(S_INTEREST, "en el radar de", "en el radar del", "sueñan con", "sueña con", "siguen muy de cerca",
                "siguen de cerca", "estão atentos", "estão atentos a", "made enquiries", "have made enquiries",
                "has made enquiries", "making enquiries", "querem", "quieren", "vogliono", "veulent");
        // "Das ist kein Thema": not "Die Ablöse ist kein Thema" (the fee is no obstacle)
        s.add(S_DENIED, "no hay nada con", "zurückgewiesen", "weist zurück", "das ist kein Thema", "ein Wechsel ist kein Thema");
        s.add(S_AGREEMENT, "vai ser emprestado", "será emprestado");
        s.add(S_AGREEMENT, "medical tests to be scheduled", "medical to be scheduled", "medicals to be scheduled",
                "expected to sign", "is expected to sign", "jugará cedido", "jugará cedido en");
        s.add(LATER, "braced for offers", "braced for summer offers", "braced for january offers", "braced for bids");
        s.add(S_TALKS, "held talks", "have held talks", "held preliminary talks", "holding preliminary talks",
                "preliminary talks");
        s.add(S_INTEREST, "courtisé", "est courtisé par", "courtisée");
        s.add(FUTURE, "due to fly", "is due to fly", "la prossima settimana", "doit passer", "soll am Montag", "soll am Dienstag",
                "soll am Mittwoch", "soll am Donnerstag", "soll am Freitag", "soll am Samstag", "soll am Sonntag",
                "soll morgen", "previste la prossima settimana");
        s.add(S_INTEREST, "internal discussions", "held internal discussions", "has held internal discussions",
                "se renseignent", "se renseigne", "suivi par", "également suivi par");
        s.add(S_DENIED, "nessun contatto", "non c'è nessun contatto");
        s.add(S_TALKS, "em conversações avançadas", "está em conversações");
        s.add(S_AGREEMENT, "medical tests are booked", "medical is booked", "medicals are booked", "tests are booked",
                "steht vor der Verpflichtung");
        s.add(FUTURE, "solo falta que", "falta que");
        s.add(FUTURE, "doit désormais passer", "semaine prochaine", "en début de semaine prochaine");
        s.add(S_AGREEMENT, "medical pencilled in", "pencilled in", "acordo verbal", "já existe acordo verbal",
                "ha definito", "hanno definito");
        s.add(LATER, "before even considering an offer", "before considering an offer", "escucharía ofertas",
                "Einigung steht noch aus", "eine Einigung steht noch aus");
        // "have not ruled out returning with an improved offer": a door left open, not a denial
        s.add(S_INTEREST, "not ruled out", "have not ruled out", "has not ruled out", "starebbero pensando", "starebbe pensando",
                "stanno pensando", "pensando di riportare", "virato su", "ha virato su", "el sueño blanco", "el gran sueño",
                "como prioridad",
                "gostaria de contar com", "suivent de très près", "suit de très près", "suivent de près");
        s.add(S_TALKS, "mantiene conversaciones", "mantiene conversaciones con", "mantienen conversaciones");
        s.add(S_COLLAPSED, "è saltata", "definitivamente saltata");
        s.add(S_BID, "bot", "bot für");
        s.add(S_INTEREST, "pediu informações", "pediu informações sobre", "réfléchit à une offensive", "réfléchit à");
        s.add(S_INTEREST, "il nome caldo", "sondaggi", "solo di sondaggi");
        s.add(S_INTEREST, "ha preguntado al", "han preguntado al", "preguntado al");
        s.add(HISTORY, "avait rejoint", "avait quitté", "avait signé", "avait été recruté", "avait pris le chemin");
        s.add(FUTURE, "next week", "in the coming days", "nei prossimi giorni", "nelle prossime ore", "arriverà",
                "en los próximos días", "la próxima semana", "la semana que viene", "na próxima semana",
                "nas próximas horas", "nos próximos dias", "deverá chegar", "dans les prochains jours",
                "la semaine prochaine", "in den kommenden Tagen", "nächste Woche");
        // a deal's next step, still to come: the stage is where the deal stands now
        s.add(S_AGREEMENT, "medical tests to follow", "medical to follow", "medicals to follow", "to be unveiled",
                "expected to be unveiled", "will be unveiled", "set to be unveiled", "solo falta el anuncio",
                "solo falta el anuncio oficial", "falta el anuncio oficial", "only the announcement is missing",
                "manca solo l'ufficialità", "manca solo l'annuncio", "só falta o anúncio", "só falta o anúncio oficial");
        s.add(LATER, "before travelling to", "before flying to", "prima di volare a", "antes de viajar a",
                "escuchar ofertas", "escucharían ofertas", "escucharán ofertas", "listen to offers",
                "will listen to offers", "would listen to offers", "ascoltare offerte", "ouvir propostas",
                "écouter les offres");
        s.add(S_BID, "messo sul piatto", "mette sul piatto", "mettono sul piatto", "formalizou uma proposta",
                "formalizou", "formalizó una oferta", "formalizó", "a repoussé", "ont repoussé");
        s.add(S_TALKS, "inició conversaciones", "inicia conversaciones", "ha iniciado conversaciones",
                "iniciou conversações", "iniciou negociações");
        s.add(S_OFFICIAL, "announce the arrival", "announces the arrival", "announced the arrival",
                "a finalisé le transfert", "ont finalisé le transfert", "finalisé le transfert");
        s.add(S_AGREEMENT, "aceptó la propuesta", "acepta la propuesta", "ha aceptado la propuesta", "aceptó la oferta",
                "acepta la oferta", "ha aceptado la oferta");
        s.add(S_DENIED, "played down reports", "have played down reports", "has played down reports",
                "played down talk", "desmiente cualquier contacto", "niega cualquier contacto",
                "niegan cualquier contacto");
        s.add(S_COLLAPSED, "desistiu da contratação", "desistiu", "ha desistido", "desiste del fichaje");
        s.add(S_INTEREST, "auf der Liste", "auf der Wunschliste", "auf dem Radar", "auf dem Einkaufszettel",
                "auf dem Zettel", "su di lui ci sono", "su di lui c'è");
        s.add(S_INTEREST, "attracting interest", "attracting attention", "attracting serious attention",
                "attention from", "serious attention from");
        s.add(S_AGREEMENT, "cerró", "cerró el traspaso", "cerró el fichaje");
        s.add(S_INTEREST, "fait l'objet d'un intérêt", "ha individuato", "hanno individuato", "individuato in", "la piste",
                "une piste", "piste sérieuse");
        // a medical only booked: the step after an agreement ("Visite mediche in programma giovedì")
        s.add(FUTURE, "booked", "in programma", "estão marcados", "marcados", "marcado para", "angesetzt",
                "a la espera de", "in attesa di", "in attesa delle", "en attente de", "à espera de", "awaiting");
        s.add(S_OFFICIAL, "é oficial", "es oficial", "c'est officiel", "ist offiziell", "announced the transfer",
                "has announced the transfer", "anunciou a transferência", "anunció el traspaso", "assina pelo",
                "assina pela");
        s.add(S_INTEREST, "have asked about", "has asked about", "han preguntado por", "have called", "has called");
        s.add(S_COLLAPSED, "have called off", "has called off");
        s.add(LATER, "would only consider offers", "only consider offers", "attend une offre", "on attend une offre");
        s.add(S_COLLAPSED, "a refusé de rejoindre", "refusé de rejoindre", "has refused to join");
        s.add(FUTURE, "due to undergo", "is due to undergo", "pasará", "passerà", "passará");
        s.add(HISTORY, "passou a última temporada", "spent last season", "pasó la pasada temporada",
                "ha trascorso la scorsa stagione", "a passé la saison dernière");
        s.add(S_AGREEMENT, "steht unmittelbar vor der Verpflichtung");
        s.add(S_INTEREST, "despertar a atenção", "sur le coup", "pregunta por", "también pregunta por", "c'è anche");
        s.add(FUTURE, "geplant", "kommende Woche", "scheduled to undergo", "is scheduled to undergo");
        s.add(S_INTEREST, "ein Auge auf", "ein Auge auf den", "enquired about", "had also enquired", "siguen al",
                "también siguen", "suivent également le dossier", "suivent le dossier", "has been monitoring",
                "tem acompanhado", "tem acompanhado a situação", "resta vigile", "resta comunque vigile");
        s.add(S_COLLAPSED, "dado por rotas", "ha dado por rotas", "dado por rotas las negociaciones",
                "se rompen las negociaciones", "a décliné l'offre", "décliné l'offre", "ne retournera pas");
        s.add(LATER, "perante uma boa proposta", "admite vender");
        s.add(S_OFFICIAL, "s'engage avec");
        s.add(S_INTEREST, "se informou sobre", "já se informou", "interesa al", "sí interesa al", "keeping close tabs",
                "keeping close tabs on", "reste à l'affût", "à l'affût");
        s.add(S_MEDICAL, "Medizincheck läuft", "absolviert gerade die Untersuchungen");
        s.add(FUTURE, "is scheduled for", "scheduled for", "sono fissate", "fissate per", "fissata per");
        s.add(S_INTEREST, "do continue to monitor");
        s.add(S_BID, "fez uma proposta oficial", "uma proposta oficial");
        s.add(S_TALKS, "proposal under discussion", "the proposal under discussion");
        s.add(S_INTEREST, "hat sich bereits erkundigt", "suit également le dossier de près");
        // a club that closes the door keeps its player: no stage of its own ("cierra" alone closes a deal)
        s.add(LATER, "cierra la puerta", "chiude la porta", "ha chiuso la porta", "ferme la porte", "fecha a porta");
        // bid
        s.add(S_BID, "messo sul tavolo", "mette sul tavolo", "mettono sul tavolo", "have put to", "has put to", "bid", "bids", "offer", "offers", "offered", "opening offer", "submitted", "submitted an offer",
                "made a bid", "made an offer", "tabled", "lodged", "proposal", "opening proposal", "had a bid",
                "bid rejected", "offer rejected", "turned down a bid", "rejected a bid", "rejected an offer",
                "knocked back", "rebuffed", "raised their offer", "second offer", "third bid", "offerta", "offerte",
                "ha presentato un'offerta", "rilancio", "offre", "proposta", "oferta", "ofertas",
                "presentó una oferta", "Angebot", "Angebote", "bietet", "abgegeben", "fez uma proposta",
                "offre de", "a formulé une offre", "formulé", "lehnte", "lehnt", "ab", "offerto",
                "ha proposto", "scambio", "ofereceu ao", "has been proposed");
        // agreement
        s.add(S_TALKS, "discutent avec", "discutent", "nuovo contatto", "passi avanti", "discute avec", "discute", "abierto conversaciones", "ha abierto conversaciones");
        s.add(S_INTEREST, "on alert", "de olho em", "estão de olho em", "si informa su", "si informa",
                "passe à l'offensive", "está atento", "também está atento", "messo gli occhi su", "ha messo gli occhi su", "chiesto informazioni", "ha chiesto informazioni",
                "na mira", "está na mira", "pediram informações", "na agenda", "está na agenda", "a sondé", "sondé",
                "sigue muy de cerca", "ha preguntado por", "preguntado por", "erkundigt", "hat sich erkundigt",
                "done their homework", "have done their homework", "had scouts", "both had scouts", "are exploring", "rompe gli indugi",
                "exploring", "avviati i contatti", "assalto", "assalto a", "baggert an", "baggert", "intéresse", "have watched", "have scouted", "angefragt", "hat angefragt", "made an enquiry", "have made an enquiry", "has made an enquiry", "suit lui aussi", "suit le dossier", "emerged as a target", "has emerged as a target");
        s.add(S_OFFICIAL, "ya es de", "ya es del");
        s.add(S_AGREEMENT, "s'étaient entendus", "se sont entendus", "è fatta", "è fatta per", "accord verbal", "donné son accord", "cierra", "cierran", "cierran el préstamo", "shaken hands", "have shaken hands", "acertado",
                "tudo acertado");
        s.add(S_AGREEMENT, "struck a deal", "thrashed out", "thrashed out terms", "reached terms", "acertou",
                "acertou a contratação");
        s.add(S_AGREEMENT, "agreed", "agree", "agreement", "agreed a fee", "agreed a deal", "reached an agreement",
                "agreement in principle", "verbal agreement", "deal agreed", "fee agreed", "accepted", "have accepted",
                "personal terms", "here we go", "full agreement", "triggered", "trigger", "agreed to pay",
                "subject to a medical", "subject to agreement", "confirmed a deal", "han llegado a un acuerdo por",
                "set to pay", "paid", "will pay", "pay", "deal in place", "closing in", "are closing in on",
                "agreed to sign", "agreed to join", "accordo", "accordo raggiunto", "trovato l'accordo", "intesa",
                "fumata bianca", "il sì", "detto sì", "ha detto sì", "già detto sì", "c'è il sì", "acuerdo", "alcanzado un acuerdo", "han llegado a un acuerdo",
                "llegado a un acuerdo", "cierra el fichaje", "pagará", "pagar", "geeinigt", "Einigung",
                "zieht", "wechselt", "acordo", "chegou a acordo", "aceitou", "fechou", "vai pagar", "a caminho",
                "está a caminho", "muito perto", "accord", "trouvé un accord", "a trouvé un accord", "en passe",
                "pagar su cláusula", "ha chiuso", "ha chiuso per", "chiuso per", "ha cerrado", "ha cerrado el fichaje",
                "cerrado el fichaje", "angenommen", "akzeptiert", "steht kurz vor", "kurz vor", "proche d'un accord",
                "serait proche");
        // medical
        s.add(S_MEDICAL | EXAM, "exames médicos", "realiza exames médicos", "medical", "a medical", "medical tests",
                "undergo a medical", "undergoing a medical", "for a medical", "having a medical",
                "his medical", "visite mediche", "visita medica", "reconocimiento médico",
                "revisión médica", "pruebas médicas", "Medizincheck", "medizinische", "visite médicale",
                "examens médicaux");
        s.add(S_MEDICAL, "flown to", "has flown", "travelling to", "travel to", "fly to", "gelandet");
        // official
        s.add(S_OFFICIAL, "anunciou", "anunciou a contratação", "a officialisé l'arrivée", "ha anunciado",
                "ha hecho oficial", "hecho oficial", "completed", "has completed", "have completed",
                "completed the signing", "completed his move", "completes", "has joined", "have signed", "has signed",
                "signed for", "signs for", "officially", "official", "unveiled", "signing a five-year contract", "signed a five-year contract",
                "signed a seven-year contract", "signed a six-year contract", "on a four-year deal",
                "on a five-year contract", "on an eight-year contract", "signing a seven-year contract",
                "five-year deal", "è un nuovo giocatore", "nuovo giocatore", "ufficiale", "ha firmato",
                "ufficializzato", "oficial", "es nuevo jugador", "nuevo jugador", "ha firmado", "ha pagado",
                "ha pagado la cláusula", "ha pagato", "a payé", "offiziell", "unterschrieben", "perfekt",
                "é reforço", "assinou", "pagou", "s'est engagé", "officiel", "a signé", "rejoint",
                "a rejoint", "has signed a five-year deal", "joins", "a officialisé", "officialisé", "verkauft",
                "hat verkauft", "verliehen", "hat verliehen", "have sold", "has sold", "ha venduto", "ha vendido",
                "a vendu", "vendeu", "verpflichtet", "hat verpflichtet", "finalised the signing",
                "finalized the signing", "have finalised", "has finalised", "a bouclé", "bouclé le recrutement",
                "confirmed the arrival", "officially confirmed", "leiht");
        // denial
        s.add(S_DENIED, "dismiss reports", "moved to dismiss reports", "desmienten", "desmienten cualquier contacto", "shoot down reports", "shut down reports", "rejected claims", "have rejected claims", "dismissed claims", "rejected reports", "denied",
                "deny", "denies", "denying", "dismissed speculation", "dismissed reports", "no truth", "nothing to it",
                "calling the reports false", "reports false", "have no interest", "no interest in signing",
                "smentisce", "smentita", "smentito", "smentiscono", "nessuna trattativa", "desmiente", "desmentido",
                "niega", "dementiert", "dementi", "kein Interesse", "desmente", "desmentiu", "dément", "démenti",
                "dément avoir", "ruled out", "rule out", "rules out", "have ruled out", "has ruled out",
                "ruled out a move", "ruled out a move for", "ruled out a deal", "descarta", "descarta el fichaje",
                "no contact", "rejecting reports", "niegan", "corta de raíz", "nenhum acordo", "ningún acuerdo", "nessun accordo", "aucun accord", "not going anywhere", "démentant", "démentant les informations", "corta los rumores", "dismissing reports", "dismissing weekend reports", "shut down speculation", "has shut down speculation");
        // collapse
        s.add(S_COLLAPSED, "pulled the plug", "have pulled the plug", "niente da fare", "broke down", "deal dead", "fallen apart", "has fallen apart", "deal off", "sfuma", "è sfumato", "sfumato", "collapsed", "has collapsed", "broken down",
                "have broken down", "fell through", "is off", "called off", "pulled out", "walk away",
                "walked away", "ended their interest", "abandoned", "turned down a move", "turned down the move",
                "has turned down a move", "rejected a move", "is over", "salta", "salta l'affare", "saltato",
                "rechaza al", "se cae", "fracasa", "geplatzt", "abgesagt", "caiu", "fracassou", "capote", "échoue",
                "tombé à l'eau", "tombée à l'eau", "est tombée à l'eau", "caiu por terra", "fumata nera", "vom Tisch", "ziehen sich zurück", "zieht sich zurück");
        // hedges
        s.add(HEDGE, "reportedly", "could", "would", "might", "may", "understood", "believed", "rumoured", "claimed",
                "said to", "set to", "poised", "potential", "possible", "thought to", "expected", "weighing up",
                "considering", "according to", "reports", "apparently", "allegedly", "sources", "understand",
                "sarebbero", "sarebbe", "potrebbe", "pare", "sembra", "secondo", "indiscrezioni", "voci", "circa",
                "podría", "rondaría", "estaría", "según", "al parecer", "se rumorea", "soll", "sollen", "angeblich",
                "könnte", "wohl", "offenbar", "laut", "Berichten zufolge", "poderia", "pode", "estaria",
                "alegadamente", "segundo", "pourrait", "serait", "aurait", "selon", "apparemment", "rumeur");
        // contract extensions (no move)
        s.add(EXTENSION, "signed a new", "has signed a new", "have signed a new", "new one-year contract",
                "new two-year contract", "new three-year contract", "new four-year contract", "new five-year contract");
        s.add(EXTENSION, "new contract", "new long-term contract", "new deal", "contract extension",
                "two-year contract extension", "extend his contract", "extended his contract", "extend his stay",
                "signed a new contract", "signed a new long-term contract", "has signed a new long-term contract",
                "rinnova", "rinnovo", "rinnovato", "renueva", "renovación", "renovado", "ampliación de su contrato",
                "verlängert", "Vertragsverlängerung", "Vertrag verlängert", "seinen Vertrag", "renova", "renovação",
                "renovou", "prolonge", "prolongation", "a prolongé");
        // history markers: the clause tells what happened before
        s.add(HISTORY, "last summer", "last year", "last season", "a year after", "a year ago", "in the summer",
                "who joined", "who signed", "before the move fell through", "earlier in his career", "two years ago",
                "in 2017", "in 2018", "in 2019", "in 2020", "since 2015", "january signing", "summer signing",
                "new signing", "record signing", "club-record signing", "deadline-day signing", "earlier this week");
        s.add(INJURY, "been ruled out", "ruled out for", "ruled out of", "ruled out until", "is ruled out");
        // resistance: the selling club will not let him go (not a denial)
        s.add(RESIST, "not for sale", "no indications", "no intention", "have no intention", "no plans to leave",
                "no sign", "determined to keep", "held firm", "holding out", "insist", "non ha intenzione",
                "non è in vendita", "no está en venta", "no esta en venta", "não está à venda", "nao esta a venda", "intransferible", "unverkäuflich", "inegociável", "pas à vendre",
                "ruled out selling", "wants to stay", "want to stay", "wants to remain", "rule out selling",
                "rules out selling", "ruled out a sale", "ruled out letting");

        Lexicon p = PLAYER;
        p.add(POSITION, "goalkeeper", "keeper", "defender", "centre-back", "center-back", "centre-half", "full-back",
                "fullback", "left-back", "right-back", "wing-back", "midfielder", "playmaker", "winger", "forward",
                "striker", "attacker", "captain", "skipper", "star", "youngster", "teenager", "talent",
                "international", "prodigy", "wonderkid", "frontman", "player", "defensive midfielder",
                "attacking midfielder", "portiere", "difensore", "centrale", "terzino", "esterno", "centrocampista",
                "mediano", "regista", "trequartista", "attaccante", "punta", "centravanti", "bomber", "capitano",
                "giocatore", "portero", "guardameta", "defensa", "lateral", "mediocentro", "pivote", "mediapunta",
                "extremo", "delantero", "atacante", "ariete", "capitán", "jugador", "Torwart", "Torhüter",
                "Verteidiger", "Innenverteidiger", "Abwehrspieler", "Außenverteidiger", "Mittelfeldspieler",
                "Spielmacher", "Flügelspieler", "Stürmer", "Angreifer", "Offensivspieler", "Kapitän",
                "Nationalspieler", "Spieler", "goleiro", "guarda-redes", "zagueiro", "defesa", "médio",
                "meio-campista", "volante", "meia", "meia-atacante", "lateral-direito", "lateral-esquerdo",
                "ponta-direita", "ponta-esquerda", "ponta", "avançado", "centroavante", "capitão", "craque",
                "jogador", "gardien", "défenseur", "latéral", "arrière", "milieu", "milieu de terrain", "meneur",
                "ailier", "attaquant", "avant-centre", "buteur", "capitaine", "joueur", "pépite", "central");
        // the player a signing would replace is not its subject: "as a potential replacement for Eberechi Eze"
        p.add(REPLACED, "replacement for", "successor to", "sostituto di", "sustituto de", "Nachfolger von",
                "Ersatz für", "remplaçant de", "substituto de");
        p.add(NONPLAYER, "manager", "boss", "coach", "head coach", "assistant", "owner", "co-owner", "chairman",
                "president", "director", "sporting director", "technical director", "football director",
                "chief executive", "ceo", "pundit", "journalist", "reporter", "correspondent", "agent", "scout",
                "referee", "team-mate", "teammate", "team-mates", "under", "allenatore", "tecnico", "mister",
                "presidente", "patron", "direttore sportivo", "ds", "giornalista", "agente", "procuratore", "compagno",
                "entrenador", "técnico", "míster", "director deportivo", "periodista", "compañero", "Trainer",
                "Cheftrainer", "Sportvorstand", "Sportdirektor", "Vorstand", "Präsident", "Berater",
                "Mitspieler", "treinador", "diretor", "jornalista", "empresário", "companheiro", "entraîneur",
                "président", "directeur sportif", "journaliste", "coéquipier", "sélectionneur", "club de", "club di");
        // who admires a player is no player himself: "Eddie Howe remains a long-standing admirer of X"
        PLAYER_AFTER.add(MANAGER_POSS, "remains a long-standing admirer", "is a long-standing admirer", "is a big admirer",
                "is also a big admirer", "is a long-time admirer", "is an admirer", "remains an admirer");
        PLAYER_AFTER.add(MANAGER_POSS, "'s side", "'s team", "'s men", "'s charges", "'s squad", "'s defence",
                "'s plans", "'s teams");
        p.add(OBJ_STRONG, "preso", "nel mirino", "ha messo nel mirino", "fecha com", "la venue de", "ha ceduto", "hanno ceduto", "a cédé", "ont cédé", "ist sich mit", "sind sich mit", "have made",
                "has made", "prise", "to prise", "bringing", "re-signing", "re-sign", "prestazioni sportive di", "holt", "individuato in", "la piste", "piste menant à",
                "piste sérieuse avec", "une piste sérieuse avec", "de olho em", "contratação do", "a contratação do", "abre mão de", "passi avanti per", "atento ao", "to take", "entorno de", "el entorno de", "l'entourage de", "entourage de", "l'entourage d'", "entourage d'", "la operación",
                "regarding", "to watch", "free transfer for", "a free transfer for", "l'entourage di", "entourage di",
                "pelo regresso de", "o regresso de", "regresso de", "situação de", "baggert an", "un départ de", "départ de",
                "la salida de", "salida de", "a saída de", "saída de", "la partenza di", "partenza di", "l'addio di",
                "den Abgang von", "Abgang von",
                "tentazione", "wegen", "reports linking", "linking", "proposed sending", "sending", "quedarse con", "agreement in principle with", "an agreement in principle with",
                "intensiv mit", "o retorno de", "pelo retorno de", "retorno de", "il ritorno di", "el regreso de", "the return of",
                "a ida de", "ida de", "Gerücht um", "homework on",
                "operación", "repatriar a", "repatriate", "Leihe von", "transferência de", "quer",
                "the agent of", "his agent", "l'agente di", "agente di", "el agente de", "agente de", "o empresário de",
                "empresário de", "l'agent de", "agent de", "der Berater von", "Berater von", "to bring", "bring in", "bringing in", "talks about", "in talks about", "discussions about",
                "arrival of", "the arrival of", "identified", "have identified", "leiht", "s'offre",
                "vuelve a la carga por", "préstamo de", "el préstamo de", "vender a", "la llegada de", "llegada de", "la incorporación de",
                "incorporación de", "l'arrivée de", "a chegada de", "chegada de", "a incorporação de", "la cesión de", "cesión de", "la cessione di",
                "para acompanhar", "a swoop for", "swoop for", "sent scouts to watch", "intérêt supposé du Bayern",
                "coché le nom de", "di non chiudere per",
                "enquiries about", "made enquiries about", "la evolución de", "sueñan con", "sueña con", "atentos a",
                "estão atentos a", "querem", "quieren", "vogliono", "veulent",
                "representatives of", "the representatives of",
                "la situación de", "situación de", "brader", "ne compte pas brader",
                "il nome caldo è", "nome caldo è", "il nome caldo e", "nome caldo e",
                "cash in on", "to cash in on", "informações sobre",
                "virato su", "ha virato su", "gostaria de contar com", "contar com",
                "talk of", "admirer of", "big admirer of", "le prêt de", "pour le prêt de", "le prêt d'", "option d'achat d'", "il prestito di",
                "o empréstimo de", "accelera per", "accelerano per", "puesto sobre la mesa",
                "sigue muy de cerca a", "siguen de cerca a", "siguen muy de cerca a", "transferência definitiva de",
                "traspaso definitivo de", "trasferimento definitivo di", "transfert définitif de",
                "permanent transfer of", "il prezzo di", "fissa il prezzo di",
                "verpflichtet", "sigue de cerca a", "segue con attenzione", "suit avec attention", "suit de près",
                "acompanha de perto", "move for", "a move for", "bid for", "offer for", "deal for", "approach for",
                "pursuit of", "interest in", "race for", "chase for", "sign", "signing of",
                "the signing of", "to sign", "signed", "keeping tabs on", "tracking", "monitoring", "eyeing", "target",
                "want", "wants", "wanted", "enquiry for", "enquired about", "agreed to sign",
                "completed the signing of", "announced the signing of", "confirmed the signing of", "unveiled", "land",
                "acquire", "snap up", "transfer of", "interested in", "services of", "the services of", "deal to sign",
                "bid to sign", "valuation of", "fee for", "pay for", "weighing up a move for",
                "considering a move for", "pursuing", "is pursuing", "release clause of", "loan move for",
                "closing in on", "pay", "to pay", "paid", "triggered", "activating", "attempt to sign", "contract of",
                "deal with", "sale of", "acquisto di", "arrivo di", "colpo", "obiettivo", "pensa a", "pensa ad",
                "vuole", "affare", "trattativa per", "offerta per", "ingaggio di", "cessione di", "trasferimento di",
                "interessato a", "piace", "segue", "punta", "corteggia", "fichaje de", "el fichaje de", "oferta por",
                "interés en", "interés por", "quiere a", "negociación por", "contratación de", "traspaso de",
                "venta de", "fichar a", "sigue a", "busca a", "cláusula de", "cláusula de rescisão de", "rescisão de",
                "Transfer von", "Wechsel von", "Angebot für", "Interesse an", "Verpflichtung von", "Verkauf von",
                "Ausstiegsklausel von", "contratação de", "contratar", "proposta por", "proposta pelo", "interesse em",
                "venda de", "compra de", "negociações por", "transfert de", "offre pour", "intérêt pour",
                "recrutement de", "signature de", "intéressé par", "s'intéresse à", "vente de", "cession de",
                "recrutement d'", "signature d'", "transfert d'", "vente d'", "cession d'", "arrivée d'", "pour",
                "für", "per", "por", "pelo", "su", "will", "möchte", "wollen", "hat", "ist an", "sind an",
                "arrivée de", "sold", "have sold", "has sold", "venduto", "vendido", "vendido a",
                "vendu", "vendeu");
        p.add(OBJ_WEAK, "for", "with", "on", "about", "of", "de", "di", "over", "über", "sur", "sobre");
        p.add(SALE_OF, "sale of", "cessione di", "la cessione di", "venta de", "venda de", "vente de", "cession de", "Verkauf von");
        PLAYER_AFTER.add(PRICE_NOUN, "release clause", "buyout clause", "price tag", "asking price", "valuation");
        PLAYER_AFTER.add(SUBJ, "wird für eine Saison", "wird leihweise", "wird auf Leihbasis", "está de malas feitas", "de malas feitas", "se rapproche de", "se rapproche du",
                "leaving for", "joining", "'s progress at", "'s development at",
                "is attracting", "is attracting interest", "is attracting attention",
                "is drawing interest", "sta attirando", "atrae el interés", "suscite l'intérêt", "desperta o interesse");
        PLAYER_AFTER.add(SUBJ, "está em conversações", "está em conversações avançadas");
        PLAYER_AFTER.add(SUBJ, "na mira do", "na mira da", "na mira de", "pourrait quitter");
        // not "torna in campo" (back on the pitch) nor "el sueño de ganar" (a dream of winning)
        PLAYER_AFTER.add(SUBJ, "torna in Italia", "torna in Serie A", "el sueño blanco", "el gran sueño",
                "está muito perto de regressar",
                "está muito perto de regressar ao", "attire", "attire la");
        // who tells the board is the manager or an official, not the player
        PLAYER_AFTER.add(MANAGER_POSS, "has told the board", "told the board");
        PLAYER_AFTER.add(SUBJ, "jugará cedido en", "est courtisé par", "could be on his way out of",
                "on his way out of");
        PLAYER_AFTER.add(SUBJ, "en el radar de", "en el radar del", "está de saída", "está de saída do",
                "está de saída da", "is aware of");
        PLAYER_AFTER.add(SUBJ, "a refusé", "a refusé de rejoindre", "has refused", "ha rifiutato", "ha rechazado",
                "rechazó", "recusou", "a décliné", "ne retournera pas", "s'engage avec", "steht vor dem Abschied");
        PLAYER_AFTER.add(SUBJ, "is on his way to", "is on his way", "has been signed by", "geht", "returns to", "is returning to", "will return to",
                "steht bei", "steht beim", "está cerca de salir",
                "cerca de salir", "podría salir", "está perto de sair", "perto de sair", "vicino all'addio",
                "fait l'objet d'un intérêt", "fait l'objet de", "'s loan", "'s season-long loan", "'s loan deal", "'s loan spell", "erkundigt",
                "tiene pretendientes", "tiene mercado", "tem mercado", "piace a", "piace al", "piace alla",
                "piace all'", "swoop", "volta a estar na mira", "vai ser emprestado", "vai ser emprestado ao",
                "ganz oben auf ihrer Liste", "ganz oben auf der Liste", "no jugará en", "jugará en", "is edging closer to", "edging closer to", "has made it clear", "'s release clause", "'s buyout clause", "'s price tag", "'s asking price", "ya es de", "ya es del", "está na agenda", "has emerged as a target", "emerged as a target", "termina contrato", "'s deadline-day move", "remains a", "pasa reconocimiento médico",
                "ya pasa reconocimiento médico", "pasa el reconocimiento médico", "hat den Medizincheck", "vuelve a",
                "pourrait filer", "a donné son accord", "è atterrato", "è sbarcato", "has landed", "ha aterrizado", "realiza exames médicos", "está na mira", "will not be joining", "will not join", "ya está en", "corta los rumores", "has shut down speculation",
                "shut down speculation", "said when asked about reports linking him", "was unveiled", "was presented", "can join", "could join", "to leave", "to join",
                "set to join", "has joined", "joins", "has signed", "has signed for", "signs", "signs for",
                "has completed", "completed his", "has agreed", "agreed", "is set to", "is set for", "set for",
                "is close to", "is closing in", "is keen", "keen on", "wants to join", "wants to leave",
                "has asked to leave", "asked to leave", "has told", "has turned down", "turned down", "has rejected",
                "rejected", "will join", "is expected", "is undergoing", "will undergo", "undergoes",
                "is having a medical", "has flown", "has arrived", "is travelling", "has been linked", "is wanted",
                "is a target", "is on the verge", "is poised", "is heading", "moves", "is moving", "has chosen",
                "chose", "has no plans to leave", "has decided", "'s move", "'s loan move", "'s proposed move",
                "'s switch", "'s transfer", "'s representatives", "'s agent", "'s situation",
                "'s €", "'s future", "is in talks", "will be", "will now have", "is due", "'s contract",
                "is set for a medical", "has been given permission", "has completed his", "is still", "will travel",
                "has already", "has already agreed", "is a new", "sarà", "sarà un giocatore", "è un nuovo giocatore",
                "ha firmato", "firma", "ha scelto", "resta", "spinge", "al", "alla", "all'", "verso", "è",
                "es nuevo jugador", "rechaza", "seguirá", "deja", "ficha por", "ha elegido", "llega", "wechselt",
                "absolviert", "ist in", "unterschreibt", "kommt", "está a caminho", "é reforço", "assina", "chega",
                "deixa", "s'est engagé", "rejoint", "rejoindrait", "rejoindra", "va rejoindre", "devrait rejoindre", "signe", "est arrivé", "quitte", "sera", "est dans le viseur",
                "to");
        p.add(PAST_SIGNING, "january signing", "summer signing", "new signing", "record signing",
                "club-record signing", "deadline-day signing", "record-breaking signing", "signing",
                "'s january signing", "acquisto estivo", "nuovo acquisto", "fichaje estrella", "Neuzugang",
                "reforço de inverno", "recrue");
        p.add(DESCRIPTOR, "the", "a", "an", "their", "his", "il", "lo", "la", "l'", "el", "der", "die", "das", "den",
                "dem", "o", "os", "le", "les", "du", "young", "teenage", "talented", "former", "highly-rated",
                "veteran", "new", "left-footed", "right-footed", "experienced", "relegated", "giovane", "joven",
                "jovem", "jeune", "junge", "nigerian", "brazilian", "italian", "french", "spanish", "german", "dutch",
                "belgian", "portuguese", "argentine", "argentinian", "uruguayan", "ecuadorian", "english", "georgian",
                "danish", "swedish", "slovenian", "hungarian", "croatian", "ukrainian", "nazionale", "azzurro",
                "olandese", "belga", "francese", "colombiano", "brasileiro", "brasileño", "argentino", "uruguaio", "uruguayo",
                "espanhol", "português", "médio", "ex", "centre", "central", "central midfielder", "'s");

        Lexicon c = CLUB;
        c.add(BID_BY, "offer from", "bid from", "approach from", "proposal from", "offers from", "offre du", "offre de",
                "offerta del", "oferta del", "Angebot von", "proposta do", "lodged by", "been lodged by");
        c.add(DEST_BEFORE | BID_BY, "offre d'", "proposition de", "proposition du", "proposition d'", "proposta del",
                "proposta dell'", "propuesta del", "proposta da");
        c.add(DEST_BEFORE | HEADING, "join", "joins", "joining", "will join", "to join", "move to", "switch to",
                "on his way to", "heading to", "bound for", "moving to", "rejoindre", "rejoindra", "a caminho do");
        c.add(DEST_BEFORE, "su di lui ci sono", "su di lui c'è", "su di lui ci sono il", "su di lui ci sono l'");
        c.add(DEST_BEFORE | HEADING, "leaving for", "leave for", "left for");
        c.add(DEST_BEFORE | HEADING, "se rapproche de", "se rapproche du", "se rapproche de l'", "de malas feitas para");
        c.add(DEST_BEFORE, "intérêt supposé du", "l'intérêt supposé du", "die Untersuchungen bei", "Untersuchungen bei",
                "zu den");
        c.add(SELL_BEFORE, "trasladado al", "ha trasladado al", "trasladó al", "transmis une offre à", "offerta ufficiale al",
                "oferta formal a", "una oferta formal a", "farà ritorno a", "farà ritorno al");
        c.add(DEST_BEFORE, "verhandelt", "verhandeln");
        c.add(DEST_BEFORE, "en el radar de", "en el radar del", "no hay nada con", "no hay nada con el");
        c.add(DEST_BEFORE, "jugará cedido en", "jugará cedido en el", "courtisé par", "est courtisé par");
        c.add(DEST_BEFORE, "rejoint", "rejoint le", "rejoint la", "rejoint l'", "suivi par", "également suivi par",
                "nessun contatto con", "nessun contatto con il");
        // where he is happy now is his club, not where he goes ("Federico è felicissimo all'Inter")
        c.add(SELL_BEFORE, "happy at", "is happy at", "felice all'", "felicissimo all'", "felice al", "felicissimo al",
                "está feliz en el", "está feliz no", "glücklich bei", "heureux à");
        c.add(SELL_BEFORE, "ha preguntado al", "han preguntado al", "preguntado al");
        c.add(SELL_BEFORE, "pourrait quitter");
        c.add(DEST_BEFORE, "regressar ao", "de regressar ao", "voltar ao", "regressar à", "voltar à");
        // a former club, a match's venue
        c.add(NO_ROLE, "the former", "former", "déplacement à", "du déplacement à");
        c.add(SELL_BEFORE, "on his way out of");
        c.add(SELL_BEFORE, "acceptée par", "acceptée par le");
        c.add(DEST_BEFORE, "assina pelo", "assina pela", "assinou pelo", "assinou pela");
        c.add(DEST_BEFORE, "s'engage avec", "ne retournera pas à", "vigile il", "vigile l'", "interesa al",
                "sí interesa al", "Untersuchungen beim", "die Untersuchungen beim");
        c.add(SELL_BEFORE, "de saída do", "de saída da", "que llegó al", "que llegó a");
        c.add(SELL_BEFORE, "progress at", "'s progress at", "development at", "'s development at",
                "del jugador del", "situación del jugador del", "do jogador do", "situação do jogador do");
        c.add(DEST_BEFORE, "attention from", "serious attention from", "attracting interest from");
        c.add(BID_BY, "offres de", "offres du", "offres d'", "ofertas del", "offerte del");
        c.add(DEST_BEFORE, "calciomercato", "intéresse", "wanted by both", "coveted by both", "targeted by both", "interest from both", "back to", "na mira da", "emprestado ao", "emprestado à", "beobachtet", "jugará en el", "jugará en", "no contact from", "he only wants", "only wants", "beschäftigt sich", "Abfuhr für den", "Abfuhr für", "na agenda do", "na agenda da", "ya es de", "ya es del", "a target for", "target for", "has rejected", "have rejected", "niente da fare per", "visite mediche con", "visite mediche con il", "visite mediche con la", "exames médicos no", "vuelve a", "vuelve al", "torna al", "volta ao", "undergoing his", "undergo his", "completed his", "pour le", "reconocimiento médico con el", "médico con el", "na mira do", "na mira de", "linking him with", "linking him with a move to", "anyone from", "nadie del", "nadie de",
                "nessuno del", "personne de", "Interesse des", "Interesse von", "wanted by", "coveted by", "targeted by", "on the radar of", "to", "join", "joins",
                "joining", "joined", "move to", "switch to", "linked with", "signs for", "sign for", "signed for",
                "heading to", "bound for", "moving to", "head to", "medical with", "medical at", "personal terms with",
                "offer from", "bid from", "approach from", "interest from", "proposal from", "offers from",
                "joined by", "choosing", "chosen", "chose", "wants to join", "agreed to join", "rejoin",
                "has signed for", "al", "alla", "all'", "ai", "verso", "verso il", "rumbo al", "zum", "zur", "nach",
                "zu", "para o", "para a", "a caminho do", "au", "à", "vers", "rejoindre", "rejoindrait", "rejoindra", "engagé avec",
                "s'est engagé avec", "offre du", "offerta del", "oferta del", "Angebot von", "proposta do",
                "reforço do", "reforço da", "Medizincheck beim", "Medizincheck bei", "den Medizincheck beim",
                "jogador do", "giocatore del", "giocatore della", "jugador del", "nouveau joueur du", "Spieler des",
                "nuovo giocatore del", "nuovo giocatore della", "es nuevo jugador del", "is a new player of",
                "offre de", "dans le viseur du", "dans le viseur de", "dans le viseur de l'", "a long-term target for", "a priority for", "lodged by", "been lodged by",
                "submitted by", "been submitted by", "tabled by", "been tabled by", "proposed by", "been proposed by",
                "signed by", "been signed by", "intérêt appuyé du", "intérêt appuyé de", "intérêt appuyé de l'");
        c.add(RIVAL_BEFORE, "set to beat", "to beat", "anche il", "anche l'", "anche la", "también el", "también la", "auch der", "auch die",
                "beating", "ahead of", "competition from", "seeing off competition from", "seeing off",
                "hijacking", "hijack", "over", "interest from", "rivals", "instead of");
        c.add(SELL_BEFORE, "fez chegar a", "fez chegar ao", "fez chegar à", "fazer chegar a", "fazer chegar ao",
                "presentata al", "presentata all'", "presentato al", "informazioni all'", "have put to", "has put to", "en fin de contrat à", "fin de contrat à", "en fin de contrat avec", "termina contrato con el", "termina contrato con", "accepted by", "been accepted by", "procedente del", "procedente de", "en provenance de",
                "en provenance du", "pagará al", "pagar al", "paga al", "pagará a", "pagou ao", "vai pagar ao",
                "payer à", "pay to", "from", "leave", "leaving", "left", "quit", "depart", "exit", "rejected by",
                "turned down by", "knocked back by", "rebuffed by", "pay", "paid", "dall'", "dal", "dalla",
                "lasciare", "desde", "dejar", "deja", "von", "vom", "verlassen", "bei", "ao", "deixa", "quitter",
                "quitte", "do", "recebe", "stay at", "stay", "remain at", "to stay at", "seguirá en", "resta al",
                "continuar no", "rester à", "resta all'", "resta alla", "rimane all'", "rimane al", "stays at",
                "se queda en el", "abonará al", "abona al", "beim", "informazioni al", "informazioni alla", "informações ao", "cedido por el", "release clause at", "bleibt bei", "reste au", "rester au", "fica no",
                "salir del", "salir de", "sair do", "sair da", "refusée par", "refusé par", "rejetée par", "rechazada por",
                "respinta dal", "respinta dalla", "recusada pelo", "rejeitada pelo");
        // a match's opponent, not a rival for a player ("the 2-0 win over Fulham"); the club of a loan he is on now
        c.add(NO_ROLE, "currently on loan at", "currently on loan with", "attualmente in prestito al",
                "attualmente in prestito alla", "attualmente in prestito all'", "actualmente cedido en el",
                "actualmente cedido en", "atualmente emprestado ao", "atualmente emprestado à", "actuellement prêté à",
                "derzeit an", "derzeit ausgeliehen an");
        c.add(NO_ROLE, "win over", "wins over", "victory over", "triumph over", "win against", "victory against",
                "defeat to", "defeat by", "loss to", "draw with", "draw against", "vittoria contro", "vittoria sul",
                "victoria ante", "victoria sobre", "Sieg gegen", "Sieg über", "victoire contre", "vitória sobre");
        c.add(FROM, "from", "dall'", "dal", "dalla", "von", "vom", "desde", "de", "du", "do");
        c.add(COUNTER_BEFORE, "with", "con", "mit", "com", "avec", "tra", "between", "entre", "zwischen");
        c.add(POSS_PREP, "of", "dell'", "del", "della", "de", "de l'", "do", "da", "du", "des", "von", "vom",
                "d'");
        c.add(SELL_WEAK, "at", "for");
        // a club that offers, in the active voice, is the bidder ("the club that received an offer" uses the noun)
        CLUB_AFTER.add(DEST_AFTER, "fecha com", "proche de boucler", "have activated", "has activated", "activated", "has triggered", "ist sich mit",
                "sind sich mit", "are set to beat", "set to beat", "holt", "comunica di aver acquisito", "comunica di aver acquistato", "ha acquisito",
                "fa sul serio per", "fanno sul serio per", "ha messo sul tavolo",
                "hanno messo sul tavolo", "mette sul tavolo", "mettono sul tavolo", "both had scouts", "had scouts", "are exploring", "baggert an", "both of whom have watched", "both of whom have scouted", "have put to", "has put to", "han preguntado por", "ha preguntado por", "have made an enquiry", "made an enquiry", "has made an enquiry", "on alert", "have done their homework on", "have done their homework", "estão de olho em", "está de olho em", "sources have moved quickly to dismiss claims", "sources have dismissed claims",
                "sources dismiss claims", "sources deny", "both keeping close tabs on", "keeping close tabs on", "doctors", "medical staff", "offered", "has offered", "have offered", "ha offerto", "ha proposto", "ofereceu",
                "ofreció", "ha ofrecido", "a proposé", "a offert", "bietet", "will pay", "pagará", "pagarán",
                "pagherà", "pagheranno", "paiera", "paieront", "vai pagar", "pagam", "vão pagar", "abonará", "abonarán",
                "vont débourser", "va débourser", "déboursera");
        CLUB_AFTER.add(DEST_AFTER, "ha messo sul piatto", "hanno messo sul piatto", "mette sul piatto",
                "mettono sul piatto", "formalizou", "formalizó", "desistiu", "ha desistido", "desiste", "cerró");
        CLUB_AFTER.add(DEST_AFTER, "de olho em", "de olho no", "accelera per", "accelerano per", "anuncia",
                "annuncia", "ha puesto sobre la mesa", "pone sobre la mesa", "is a big admirer of",
                "have asked", "has asked");
        CLUB_AFTER.add(SELL_AFTER, "è stato proposto", "è stata proposta", "sono stati proposti", "rate", "rate him",
                "não aceita negociar", "aceitou a proposta");
        CLUB_AFTER.add(DEST_AFTER, "have sent scouts", "sent scouts", "enviou observadores", "acelera por",
                "ha trasladado", "a transmis une offre", "add");
        CLUB_AFTER.add(DEST_AFTER, "exploring", "exploring the possibility", "exploring the possibility of");
        CLUB_AFTER.add(DEST_AFTER, "steht vor der Verpflichtung von", "steht vor der Verpflichtung", "réfléchit",
                "réfléchit à", "suit également le dossier", "suit également");
        CLUB_AFTER.add(SELL_AFTER, "are ready to cash in on", "ready to cash in on", "cash in on");
        CLUB_AFTER.add(SELL_AFTER, "had accepted", "has accepted", "has already accepted", "had already accepted");
        CLUB_AFTER.add(DEST_AFTER, "hat sich bereits erkundigt", "suit également le dossier de près", "do continue to monitor");
        CLUB_AFTER.add(DEST_AFTER, "já se informou", "se informou sobre", "are understood to be keeping close tabs",
                "keeping close tabs", "reste à l'affût");
        CLUB_AFTER.add(DEST_AFTER, "suivent également le dossier", "suivent le dossier", "ein Auge auf",
                "had also enquired", "tem acompanhado", "'s training ground");
        CLUB_AFTER.add(DEST_AFTER, "have called", "has called",
                "steht unmittelbar vor der Verpflichtung", "était aussi sur le coup", "est aussi sur le coup",
                "est sur le coup");
        c.add(DEST_BEFORE, "a atenção do", "a atenção da");
        CLUB_AFTER.add(SELL_AFTER, "cierra la puerta", "chiude la porta", "ha chiuso la porta", "ferme la porte",
                "fecha a porta", "have closed the door", "has closed the door", "no se sentará a negociar");
        CLUB_AFTER.add(DEST_AFTER, "mantiene conversaciones", "mantienen conversaciones", "gostaria de contar com",
                "suivent de très près", "suit de très près", "suivent de près", "ha virato su", "bot", "bot für");
        CLUB_AFTER.add(SELL_AFTER, "ha detto no", "hanno detto no", "ha detto no all'", "dagegen abgelehnt");
        CLUB_AFTER.add(DEST_AFTER, "se renseignent sur", "se renseigne sur", "se renseignent", "se renseigne");
        CLUB_AFTER.add(DEST_AFTER, "siguen muy de cerca", "siguen de cerca", "sigue muy de cerca", "siguen", "querem",
                "quieren", "vogliono", "veulent", "estão atentos", "está atento");
        CLUB_AFTER.add(DEST_AFTER | DENIES, "have moved to shut down talk", "moved to shut down talk");
        CLUB_AFTER.add(DEST_AFTER, "weigh up", "weighs up", "sending scouts", "hanno chiesto informazioni",
                "ha chiesto informazioni", "hizo una oferta", "aurait coché", "a coché", "ha deciso di non chiudere");
        CLUB_AFTER.add(DEST_AFTER | DENIES, "niegan cualquier negociación", "niega cualquier negociación",
                "niegan cualquier contacto", "niegan");
        CLUB_AFTER.add(ALSO_AFTER, "l'a également supervisé", "l'a aussi supervisé", "a également supervisé");
        CLUB_AFTER.add(DEST_AFTER | DENIES, "have played down reports", "has played down reports",
                "played down reports", "desmiente cualquier contacto", "niega cualquier contacto");
        CLUB_AFTER.add(DEST_AFTER, "are set to agree", "set to agree", "are close to", "close to", "are interested",
                "interested", "are weighing up", "weighing up", "want", "wants", "keen", "are keen", "eyeing",
                "monitoring", "tracking", "keeping tabs", "have made", "made", "submitted", "have submitted", "lodged",
                "tabled", "bid", "offer", "have had", "had", "are in talks", "in talks", "talks",
                "opened talks", "have opened talks", "have agreed", "agreed", "are closing in", "closing in",
                "leading the race", "are leading the race", "joined the race", "have joined the race", "pursuit",
                "interest", "move", "swoop", "target", "have completed", "completed", "have signed", "signed",
                "announced", "confirmed", "have confirmed", "unveiled", "have triggered", "triggered", "paid",
                "have paid", "to pay", "will have to pay", "would need to", "set to pay", "are set to pay",
                "pay", "enquired", "have enquired", "are considering", "considering", "could", "would",
                "are preparing", "preparing", "are ready", "ready", "are plotting", "plotting", "have reached",
                "reached", "have been linked", "been linked", "no problem in spending", "willing", "prepared",
                "are prepared", "raised", "have raised", "have denied", "denied", "deny", "dismissed",
                "have no interest", "walk away", "pulled out", "ended their interest", "'s move", "'s interest",
                "'s bid", "'s offer", "'s pursuit", "'s talks", "'s attempt", "are among", "among",
                "have finally agreed", "finally agreed", "have officially announced", "had agreed", "had offered",
                "pensa", "vuole", "punta", "segue", "ha presentato", "offre", "ha trovato", "trovato",
                "accordo", "trattativa", "sarebbero pronti", "ha chiuso", "è interessato", "interessato",
                "non hanno trovato", "quiere", "busca", "sigue", "negocia", "ha alcanzado", "presentó", "oferta",
                "cierra", "está dispuesto", "esta dispuesto", "ha pagado", "ha pagato", "a payé",
                "desmiente", "niega", "interesado", "hat", "verhandelt", "will", "möchte", "zieht",
                "interessiert", "dementiert", "fez", "fez uma proposta", "está muito perto", "fechou",
                "interessado", "quer", "pagou", "est en négociations", "a formulé", "a trouvé", "serait intéressé",
                "dément", "veut", "est en", "also", "are also", "were also", "have also", "also reportedly interested",
                "have also been linked", "esteve interessado", "também esteve interessado",
                "était également intéressé", "chegou a acordo", "a trouvé un accord", "have been given permission",
                "'s British-record bid", "'s long pursuit", "'s move for", "has reached", "have reached an agreement",
                "have agreed a deal", "have reached an agreement in principle", "s'intéresse", "s'intéresse à",
                "ist an", "sind an", "descarta", "a officialisé", "are preparing a fresh approach", "ha cerrado",
                "s'intéresserait", "sigue de cerca", "segue con attenzione", "suit avec attention", "suit de près",
                "acompanha de perto", "está em negociações", "em negociações", "ha ufficializzato", "ufficializza",
                "ha anunciado", "ha hecho oficial", "anunciou", "verpflichtet", "steht kurz vor", "serait proche",
                "sonda", "estudia", "have rejected claims", "has rejected claims", "rejected claims", "ruled out",
                "have ruled out", "has ruled out", "rule out", "rules out");
        CLUB_AFTER.add(OFFICIAL, "manager", "boss", "coach", "head coach", "chairman", "president", "director",
                "sporting director", "technical director", "football director", "director of football",
                "chief executive", "ceo", "owner", "allenatore", "tecnico", "presidente", "direttore sportivo", "ds",
                "entrenador", "director deportivo", "Trainer", "Sportvorstand", "Sportdirektor", "Vorstand",
                "Präsident", "treinador", "diretor", "entraîneur", "président", "directeur sportif");
        CLUB_AFTER.add(DEST_AFTER | DENIES, "have moved to dismiss reports", "moved to dismiss reports",
                "desmienten cualquier contacto con el entorno", "have moved quickly to shoot down reports", "moved quickly to shoot down reports",
                "shoot down reports", "have moved quickly to shut down reports", "moved quickly to shut down reports",
                "shut down reports");
        CLUB_AFTER.add(DENIES, "sources have moved quickly to dismiss claims", "sources have dismissed claims",
                "sources dismiss claims", "sources deny", "have denied", "has denied", "denied", "deny", "denies", "smentisce", "desmiente",
                "niega", "dementiert", "desmente", "dément");
        CLUB_AFTER.add(ALSO_AFTER, "s'est aussi renseigné", "s'est également renseigné", "also enquired",
                "have also enquired", "has also enquired");
        CLUB_AFTER.add(ALSO_AFTER, "também", "também está atento", "anche", "also", "are also", "were also", "have also", "also reportedly interested",
                "have also been linked", "esteve interessado", "também esteve interessado",
                "était également intéressé", "are among", "among");
        CLUB_AFTER.add(SELL_AFTER, "ha ceduto", "hanno ceduto", "a cédé", "ont cédé", "accepting", "demanded", "are demanding", "is demanding", "will demand", "demand", "refused to lower", "have refused to lower",
                "would consider offers", "would consider offers for", "are bracing themselves for", "bracing themselves for", "would demand", "reject", "rejected", "have rejected", "turned down", "have turned down",
                "knocked back", "have knocked back", "rebuffed", "insist", "not for sale", "want more",
                "demanding", "asking", "value", "valuing", "valued", "have accepted",
                "accepted", "will not sell", "refuse", "no indications", "have shown no", "no intention",
                "holding out", "held firm", "have so far held firm", "are understood to want", "would reportedly want",
                "continue to demand", "have given no sign", "rifiuta", "ha rifiutato", "respinge", "chiede", "valuta",
                "riflettono", "incassa", "non ha intenzione", "rechaza", "pide", "recibirá", "exige", "lehnt",
                "lehnte", "fordert", "verlangt", "recebe", "aceitou", "recusa", "pede", "réclame", "touchera",
                "has confirmed an agreement", "have confirmed an agreement", "value him", "would want",
                "want at least", "will receive", "is determined", "accept", "recusou", "rejeitou", "wants to stay",
                "he wants to stay", "have sold", "has sold", "ha venduto", "ha vendido", "a vendu", "vendeu",
                "a repoussé", "repousse", "a rejeté", "rejette", "aceptó", "acepta", "ha aceptado", "fissa il prezzo", "fissa il prezzo di", "recusar", "ha deciso di trattenere", "trattenere",
                "descarta vender", "descarta vender a", "agreed to loan", "agreed to sell", "agreed to let",
                "have agreed to sell", "have agreed to loan", "has agreed to sell", "willing to sell",
                "are willing to sell", "prepared to sell", "open to selling", "ruled out selling", "want to keep",
                "wants to keep", "determined to keep", "intend to keep", "have ruled out selling",
                "has ruled out selling", "rule out selling", "rules out selling");
        c.add(OFFER_NOUN, "bid", "offer", "approach", "interest", "proposal", "enquiry", "bids", "offers", "offerta",
                "oferta", "Angebot", "proposta", "offre", "bid of", "offer of");
        CLUB_AFTER.add(WANT, "want", "wants", "will", "vuole", "quiere", "quer", "veut");

        Lexicon k = CITE;
        k.add(CITE_BEFORE, "according to", "per", "via", "reports", "reported by", "reports the", "said", "told",
                "secondo", "come riporta", "riporta", "según", "informa", "laut", "berichtet", "segundo", "avança o",
                "avança a", "selon", "source", "sources", "h/t", "cc", "credit", "told the", "confirmed to", "per the",
                "to the");
        k.add(CITE_AFTER, "reports", "reported", "understands", "understand", "claims", "says", "revealed",
                "has learned", "'s", "riporta", "informa", "berichtet", "meldet", "avança", "révèle", "rapporte",
                "report", "reporting", "has reported", "have reported", "understood", "'s David Ornstein reports");
    }
}
