namespace NewsArchive.Parsing.Languages;

/// <summary>German: the vocabulary of German-language outlets and dpa/APA/SDA wire copy.</summary>
internal static class German
{
    /// <summary>Verbs whose particle stands apart in a main clause (<c>teilte … mit</c>); in a subordinate clause it is joined (<c>mitteilte</c>).</summary>
    private static readonly Dictionary<string, string> SplitVerbs = new()
    {
        ["teilte"] = "mit", ["teilt"] = "mit", ["teilten"] = "mit", ["kündigte"] = "an", ["kündigt"] = "an", ["kündigten"] = "an",
        ["fügte"] = "hinzu", ["fügt"] = "hinzu", ["räumte"] = "ein", ["räumt"] = "ein", ["stellte"] = "klar|fest", ["stellt"] = "klar|fest",
        ["gab"] = "an|bekannt|zu", ["gibt"] = "an|bekannt|zu", ["hob"] = "hervor", ["hebt"] = "hervor", ["wies"] = "hin|zurück", ["weist"] = "hin|zurück",
        ["rief"] = "auf", ["ruft"] = "auf", ["strich"] = "heraus", ["prangerte"] = "an", ["prangerten"] = "an", ["sprach"] = "von", ["spricht"] = "von", ["warf"] = "vor", ["wirft"] = "vor",
        ["ließ"] = "verlauten", ["lässt"] = "verlauten", ["meldete"] = "zurück", ["fasste"] = "zusammen", ["fasst"] = "zusammen", ["führte"] = "aus", ["führt"] = "aus",
    };

    public static LanguageTable Table { get; } = new()
    {
        Code = "de",
        Stopwords = Set("ab in an auf aus bei mit nach seit von zu durch für gegen ohne um unter über vor zwischen innerhalb außerhalb während wegen trotz statt gemäß seitens angesichts hinsichtlich bezüglich dank mittels neben hinter oberhalb unterhalb dem den des einem einer eines also so ja nein erst ebenso sowohl weder noch nachdem bevor obwohl damit sodass falls sobald solange seitdem während erwartungsgemäß zufolge dazu zuvor danach außerdem zudem später daraufhin deshalb dennoch jedoch doch aber nun jetzt heute gestern morgen bereits schon dann da hier dort damals allerdings trotzdem zunächst schließlich inzwischen weiter weiterhin indes demnach wie was wer wo wann warum dies diese dieser dieses dass denn weil wenn ob man kein keine nicht nur noch sehr mehr ganz alle viele einige beide es sie er wir ich ihr uns der die das und ist nicht mit sich des dem den ein eine einen einem einer auch auf für von zu im bei wie nach wird werden wurde sind hat haben sein aus dass oder über noch nur vor um sei habe man als am es sie er wir ich ihr zum zur bis durch gegen sowie unter folgendes folgende"),
        Months = new Dictionary<string, int>
        {
            ["januar"] = 1, ["jan"] = 1, ["jänner"] = 1, ["februar"] = 2, ["feb"] = 2, ["märz"] = 3, ["mär"] = 3, ["mrz"] = 3,
            ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7,
            ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10,
            ["november"] = 11, ["nov"] = 11, ["dezember"] = 12, ["dez"] = 12,
        },
        Weekdays = Set("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so"),
        HomeZone = "Europe/Berlin",
        ZoneAbbreviations = new Dictionary<string, string>
        {
            ["mez"] = "+01:00", ["mesz"] = "+02:00", ["cet"] = "+01:00", ["cest"] = "+02:00", ["utc"] = "+00:00", ["gmt"] = "+00:00",
        },
        ClockWords = Set("uhr h"),
        UpdateLabels = ["zuletzt aktualisiert am", "zuletzt aktualisiert", "aktualisiert am", "aktualisiert:", "aktualisiert", "update:"],
        PublishedLabels = ["veröffentlicht am", "veröffentlicht:", "erschienen am", "erstellt am", "stand:", "stand"],
        FurnitureLines = Set([
            "artikel anhören", "artikel vorlesen", "anhören", "teilen", "drucken", "anzeige", "werbung", "kommentare", "kommentieren",
            "mehr zum thema", "zur merkliste hinzufügen", "merken", "artikel merken", "artikel zum hören", "zum artikel", "weiterlesen",
            "link kopieren", "e-mail", "facebook", "whatsapp", "x", "twitter", "teilen auf facebook", "artikel teilen",
            "audio", "video", "fotostrecke", "bildergalerie", "newsletter", "jetzt abonnieren", "zur startseite", "mehr",
            "lesen sie auch", "das könnte sie auch interessieren", "empfehlungen", "feedback", "schließen", "anzeige schließen",
            "hören", "artikel hören", "audio starten", "pausieren", "vorlesen", "bild vergrößern", "zur bildergalerie",
            "zum kommentarbereich", "beitrag teilen", "seite teilen", "kopieren", "link kopiert",
        ]),
        FurniturePrefixes = ["lesezeit:", "lesedauer:", "mehr zum thema:", "lesen sie auch:", "lesen sie mehr:", "zum thema:", "hören sie auch:", "mehr lesen:", "alle artikel zu", "video:", "audio:", "exklusiv für abonnenten", "jetzt teilen:", "teilen:", "anzeige:"],
        FurnitureSuffixes = ["min. lesezeit", "minuten lesezeit", "min lesezeit", "lesezeit", "min", "min."],
        BylineOpeners = ["von", "veröffentlicht von", "geschrieben von", "ein beitrag von", "eine analyse von", "ein kommentar von", "ein gastbeitrag von", "mit material von"],
        NonAuthorCredits = Set("red red. redaktion online ots afx"),
        SourceLabels = ["quelle:", "quellen:", "mit material von", "mitarbeit:"],
        Conjunctions = Set("und &"),
        CreditLabels = ["foto:", "fotos:", "bild:", "bilder:", "bildquelle:", "grafik:", "copyright:", "©"],
        CaptionLabels = ["bildunterschrift:", "bildbeschreibung:"],
        TeaserLeadsBody = true,
        NounsCapitalized = true,
        MaxGivenNames = 1,
        GenitiveArticles = Set("des eines"),
        NameArticles = Set("dem der des im beim vom am zum zur ins"),
        NamePrepositions = Set("von bei"),
        NameLinks = Set("für"),
        AttachmentWords = Set("des der von vom"),
        GenitiveEndings = ["es", "s"],
        CreditSignatures = ["picture alliance", "dpa", "IMAGO", "Imago", "AFP", "Reuters", "REUTERS", "AP", "Getty Images", "epd", "KNA"],
        Adverbs = Set("immer wieder selbst auch zudem außerdem dazu nun jetzt bereits schon später damals erneut ebenfalls weiter noch jedoch allerdings aber dann gestern heute zuletzt zuvor daraufhin kürzlich dabei damit daher darauf danach deshalb inzwischen indessen trotzdem anschließend zunächst gleichzeitig dennoch stattdessen offenbar offensichtlich hingegen dagegen ferner überdies außerdem insbesondere zugleich darin"),
        TitleNouns = Set("organisation hilfsorganisation verband gruppe partei bewegung stiftung zeitung zeitschrift sender radiosender nachrichtenagentur agentur firma unternehmen band rockband marke komödie drama thriller krimi tragödie oper operette musical doku dokumentation ballett titel motto film kinofilm dokumentarfilm buch roman studie programm förderprogramm kampagne initiative projekt aktion bericht report gesetz serie sendung album song lied stück ausstellung schiff kino theater festival plan konzept zeitung magazin app podcast hashtag slogan losung operation mission verein bündnis netzwerk reihe format show spiel überschrift schlagzeile enzyklika rubrik sorte spitzname spitznamen codename codenamen künstlername künstlernamen"),
        BarePlaceSeparators = ["-", "–", "—", "."],
        RelativeTimeWords = Set("vor stunde stunden minute minuten tag tagen sekunden"),
        SpeechVerbs = WithPlurals(Set([
            "sagte", "sagt", "sagten", "sagen", "gesagt", "erklärte", "erklärt", "erklärten", "betonte", "betont", "betonten",
            "schrieb", "schreibt", "schrieben", "meinte", "meint", "ergänzte", "ergänzt", "warnte", "warnt", "kritisierte",
            "kritisiert", "forderte", "fordert", "erläuterte", "erläutert", "bekräftigte", "bekräftigt", "unterstrich",
            "unterstreicht", "bestätigte", "bestätigt", "versicherte", "versichert", "mahnte", "mahnt", "bilanzierte",
            "resümierte", "appellierte", "beklagte", "beklagt", "lobte", "lobt", "antwortete", "antwortet", "fragte", "fragt",
            "twitterte", "postete", "verkündete", "verkündet", "berichtete", "berichtet", "erzählte", "erzählt", "sprach",
            "spricht", "rief", "ruft", "klagte", "klagt", "jubelte", "räumte", "kündigte", "teilte", "teilt", "fügte", "fügt",
            "stellte", "gab", "hob", "wies", "schilderte", "schildert", "begründete", "begründet", "argumentierte",
            "argumentiert", "entgegnete", "konterte", "widersprach", "beteuerte", "beteuert", "kommentierte", "kommentiert",
            "urteilte", "bemerkte", "hieß", "heißt", "zitierte", "zitiert", "verlautete", "erklärt hat",
            "befand", "findet", "fand", "glaubt", "glaubte", "ergänzten", "warnten", "forderten", "kritisierten", "räumt",
            "kündigt", "gibt", "stellt", "hebt", "weist", "schreiben", "erklären", "mitgeteilt",
            "äußerte", "äußert", "äußerten", "verurteilte", "verurteilt", "bekannte", "bekennt", "resümiert", "bilanziert", "zitiert",
            "nannte", "nennt", "nannten", "bezeichnete", "bezeichnet", "bezeichneten", "sprach", "spricht", "warf", "wirft",
            "drohte", "droht", "versprach", "verspricht", "prophezeite", "räumten", "ergänzte", "präzisierte",
            "erinnerte", "erinnert", "urteilte", "urteilt", "strich", "prangerte", "prangerten", "meinen", "meinten",
            "wetterte", "schimpfte", "mahnten", "bekräftigten", "betonten", "erklärten", "sagten",
            "behauptete", "behauptet", "behaupteten", "bezweifelte", "bezweifelt", "vermutete", "vermutet", "empfahl", "empfiehlt",
            "riet", "rät", "beschrieb", "beschreibt", "erwiderte", "erwidert", "gestand", "gesteht", "verwies", "verweist",
            "beschwor", "schwärmte", "schwärmt", "spottete", "lästerte", "polterte", "sagen", "meldete", "meldet", "ließ", "lässt", "führte", "führt", "gefordert", "gewarnt", "geschrieben", "gelobt", "gemahnt", "geäußert", "gemeint", "gefragt", "geantwortet", "genannt", "gesprochen", "geklagt", "eingestuft", "eingeschätzt", "bewertet", "skandierte", "skandierten", "skandieren", "riefen", "würdigte", "würdigt", "begrüßte", "begrüßt", "wertete", "bewertete", "attestierte", "bescheinigte", "beurteilte", "beurteilt", "rechtfertigte", "rechtfertigt", "verteidigte", "verteidigt", "bat", "bittet", "fragten", "fragen", "zeigte", "zeigt", "zeigten", "fasste", "fasst",
        ], Joined(SplitVerbs))),
        SplitVerbs = SplitVerbs,
        ParticleRequired = Set("ließ lässt fasste fasst gab gibt führte führt"),
        CuesBeforeSpeaker = ["so", "laut", "mit diesen worten", "mit den worten", "nach den worten von", "nach den worten", "nach aussage von", "nach aussage", "nach angaben von", "nach angaben", "nach worten von", "nach worten", "nach einschätzung von", "nach einschätzung", "nach ansicht von", "nach ansicht", "nach auffassung von", "nach auffassung", "nach aussagen von", "nach aussagen", "nach meinung von", "nach meinung", "nach darstellung von", "nach darstellung", "nach informationen von", "nach informationen", "nach erkenntnissen von", "nach erkenntnissen", "nach berichten von", "nach berichten"],
        CuesAfterSpeaker = ["zufolge"],
        ImpersonalCues = ["hieß es", "heißt es", "hatte es geheißen", "hat es geheißen"],
        AcronymMarkers = Set("kurz abgekürzt"),
        SourcePrepositions = Set("in im auf aus von vom bei beim"),
        BackReferences = Set("das dies dieses"),
        Pronouns = new Dictionary<string, char> { ["er"] = 'm', ["sie"] = 'f', ["dieser"] = 'm' },
        Demonstratives = Set("dieser"),
        SubjectDeterminers = Set("deren dessen der die das ein eine kein keine dieser diese dieses jener jene sein seine ihr ihre unser unsere"),
        IndefiniteDeterminers = Set("ein eine einer eines einem einen"),
        Determiners = Set("deren dessen der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen dieser diese dieses diesem diesen sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere jeder jede jedes beim vom zum zur im am ins ans"),
        RoleNouns = [
            "präsident", "vizepräsident", "staatschef", "staatsoberhaupt", "regierungschef", "kanzler", "bundeskanzler", "minister",
            "ministerpräsident", "premier", "premierminister", "sprecher", "direktor", "berater", "gesandte", "gesandter", "botschafter",
            "vorsitzende", "vorsitzender", "chef", "leiter", "bürgermeister", "abgeordnete", "abgeordneter", "senator", "gouverneur",
            "richter", "anwalt", "anwältin", "experte", "expertin", "ökonom", "analyst", "trainer", "kapitän", "könig", "königin",
            "papst", "bischof", "generalsekretär", "manager", "professor", "professorin", "politiker", "funktionär", "beauftragte",
            "beauftragter", "sekretär", "kommissar", "kommissarin", "oberbürgermeister", "landrat", "ministerin", "dekan", "rektor",
            "vorstand", "gründer", "inhaber", "geschäftsführer", "stürmer", "torwart", "spieler", "sänger", "autor", "forscher",
            "wissenschaftler", "mediziner", "arzt", "ärztin", "polizist", "kommandeur", "general", "oberst", "führer", "anführer",
            "aktivist", "gewerkschafter", "ökonomin", "staatssekretär", "staatsanwalt", "staatsanwältin", "verteidiger",
            "vizekanzler", "fraktionschef", "parteichef", "landeschef", "konzernchef", "vorstandschef", "sondergesandte",
            "sonderbeauftragte", "regierungssprecher", "bürgerrechtler", "diplomat", "moderator", "schauspieler", "regisseur",
            "vorständin", "rätin", "stadtrat", "psychologe", "psychologin", "geschäftsführerin", "ministerialrat", "dezernent",
            "bürgermeisterin", "leiterin", "referent", "referentin", "vertreter", "vertreterin", "mitarbeiter", "mitarbeiterin",
            "ermittler", "ermittlerin", "kläger", "klägerin", "angeklagte", "zeuge", "zeugin", "ökonomen", "betreiber", "betreiberin",
            "reeder", "kapitänin", "pilot", "pilotin", "ingenieur", "ingenieurin", "lehrer", "lehrerin", "landwirt", "landwirtin",
            "unternehmer", "unternehmerin", "händler", "händlerin", "vorsitz", "intendant", "intendantin", "kurator", "kuratorin", "jährig", "ceo",
        ],
        FeminineRoleEndings = ["in", "innen"],
        RoleEndings = ["", "in", "en", "n", "s", "innen", "es", "e", "er", "em"],
        RoleSynonyms = [
            new HashSet<string> { "präsident", "staatschef", "staatsoberhaupt" },
            new HashSet<string> { "kanzler", "regierungschef", "bundeskanzler", "premier", "premierminister", "ministerpräsident" },
            new HashSet<string> { "chef", "leiter", "vorsitzende", "vorsitzender", "vorstandschef", "konzernchef" },
        ],
        SpokespersonRoles = Set("sprecher sprecherin regierungssprecher regierungssprecherin pressesprecher pressesprecherin polizeisprecher polizeisprecherin sprecherinnen"),
        ReportedSpeechVerbs = Set("sei seien habe werde müsse könne solle dürfe wolle gebe hätte hätten wäre wären würde würden"),
        SourceNouns = Set("zitat zitate wort worte worten angabe angaben aussage aussagen meinung ansicht auffassung einschätzung erklärung mitteilung stellungnahme äußerung äußerungen darstellung schreiben brief kommentar interview rede ankündigung behauptung meldung homepage webseite website internetseite text ausführungen bekundungen studie bericht antrag entwurf version dokument beschluss resolution gutachten protokoll"),
        Possessives = new Dictionary<string, char>
        {
            ["sein"] = 'm', ["seine"] = 'm', ["seiner"] = 'm', ["seinem"] = 'm', ["seinen"] = 'm', ["seines"] = 'm',
            ["ihr"] = 'f', ["ihre"] = 'f', ["ihrer"] = 'f', ["ihrem"] = 'f', ["ihren"] = 'f', ["ihres"] = 'f',
        },
        PossessiveCues = Set("nach zufolge"),
        AnyoneRoles = Set("jährig"),
        RelativePronouns = Set("der die das dem den denen dessen deren welcher welche welches welchem welchen"),
        OneOf = Set("einer eine eines"),
        SubjectArticleGenders = new Dictionary<string, char> { ["der"] = 'm', ["die"] = 'f' },
        ObjectArticles = Set("den dem einen einem"),
        PluralArticles = Set("die"),
        PluralEndings = ["rn", "innen"],
        BodyPhrases = new Dictionary<string, string>
        {
            ["die richter"] = "Gericht", ["die richterinnen"] = "Gericht", ["die kammer"] = "Gericht", ["die strafkammer"] = "Gericht",
            ["die verfassungsrichter"] = "Verfassungsgericht", ["die karlsruher richter"] = "Verfassungsgericht",
        },
        TimeNouns = Set("tag tage tagen woche wochen monat monate monaten jahr jahre jahren abend nacht wochenende wochenendes vormittag nachmittag mittag"),
        AgentWords = Set("von vom"),
        AuthorWords = Set("von"),
        CompanyNouns = Set("unternehmen firma konzern"),
        OrganisationReferences = Set("organisation gruppe verband gewerkschaft institut verein stiftung initiative"),
        MediaNouns = ["agentur"],
        CompoundJoints = ["ungs", "ts", "heits", "keits", "ions", "täts"],
        GenitiveAdjectiveEndings = ["en"],
        GroupNouns = ["experten", "kritiker", "beobachter", "anwohner", "demonstranten", "veranstalter", "schützer", "männer", "leute", "zeugen",
            "ermittler", "meteorologen", "analysten", "anhänger", "bewohner", "teilnehmer", "mitglieder", "gegner", "befürworter",
            "wissenschaftler", "forscher", "ärzte", "helfer", "passagiere", "medien", "fernsehen", "nachrichtenagentur", "unterstützer",
            "initiatoren", "organisatoren", "politiker", "juristen", "ökonomen", "fachleute", "insider", "diplomaten", "aktivisten", "kenner"],
        PluralCaseEndings = ["n"],
        PluralVerbEndings = ["en"],
        PerfectAuxiliaries = Set("hat hatte habe haben hatten hätte"),
        AdverbEndings = ["lich", "ig", "isch", "end", "bar", "los", "sam", "weise", "erweise"],
        CompanyKinds = ["hersteller", "konzern", "unternehmen", "firma", "anbieter", "betreiber", "händler", "versicherer", "zulieferer", "bauer", "fluggesellschaft", "airline", "kette", "discounter", "reederei", "verlag"],
        CompanySuffixes = ["corp", "corp.", "corporation", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc", "ag", "gmbh", "se", "sa", "nv", "group", "holding", "holdings", "bank", "bancorp"],
        QuotingVerbs = Set("zitiert zitierte zitierten"),
        PassiveAuxiliaries = Set("wird wurde werden wurden"),
        PlaceAbbreviations = Set("u.s. u.k. u.n."),
        Reflexives = Set("sich"),
        OrganisationWords = ["ministerium", "amt", "behörde", "verband", "partei", "gericht", "kommission", "institut", "bank", "rat", "agentur", "gewerkschaft", "organisation", "union", "stiftung", "polizei", "regierung", "verein", "konzern", "unternehmen", "gruppe", "ag", "gmbh", "senat", "fraktion", "bund", "komitee", "zentrale", "büro"],
        Prepositions = Set("in im am an auf aus bei beim von vom mit nach zu zum zur für über unter gegen gegenüber ohne"),
        Honorifics = Set("dr. prof. dr prof herr frau dipl.-ing. ing. mag."),
        NamingWords = ["sogenannte", "sogenannten", "sogenannter", "sogenanntes", "so genannte", "so genannten", "sog.", "namens", "titel", "motto", "mit dem namen", "unter dem namen", "das wort", "den begriff", "der begriff", "das stichwort", "hashtag", "schlagwort", "bezeichnung"],
        QuotePairs = [('„', '“'), ('»', '«'), ('«', '»'), ('"', '"'), ('“', '”'), ('‚', '‘'), ('›', '‹'), ('‹', '›'), ('\'', '\''), ('„', '”'), ('„', '"'), ('‚', '’')],
        Abbreviations = Set("dr prof bzw ca vgl usw etc nr st str z.b u.a d.h o.ä evtl ggf inkl jr sen jan feb mrz apr jun jul aug sep sept okt nov dez mio mrd"),
    };

    private static HashSet<string> Set(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static HashSet<string> Set(string[] words) => [.. words];

    private static HashSet<string> Set(string[] words, IEnumerable<string> more) => [.. words, .. more];

    /// <summary>
    /// The forms with the particle joined on, as a subordinate clause has them (<c>mitteilte</c>, <c>feststellt</c>), and
    /// the plural of every past form (<c>verurteilte</c> → <c>verurteilten</c>).
    /// </summary>
    private static IEnumerable<string> Joined(Dictionary<string, string> splitVerbs) =>
        splitVerbs.SelectMany(v => v.Value.Split('|').Select(particle => particle + v.Key));

    private static HashSet<string> WithPlurals(HashSet<string> verbs) => [.. verbs, .. verbs.Where(v => v.EndsWith("te", StringComparison.Ordinal)).Select(v => v + "n")];
}
