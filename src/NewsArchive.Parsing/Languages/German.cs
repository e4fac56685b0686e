namespace NewsArchive.Parsing.Languages;

/// <summary>German: the vocabulary of German-language outlets and dpa/APA/SDA wire copy.</summary>
internal static class German
{
    public static LanguageTable Table { get; } = new()
    {
        Code = "de",
        Stopwords = Set("dazu zuvor danach außerdem zudem später daraufhin deshalb dennoch jedoch doch aber nun jetzt heute gestern morgen bereits schon dann da hier dort damals allerdings trotzdem zunächst schließlich inzwischen weiter weiterhin indes demnach wie was wer wo wann warum dies diese dieser dieses dass denn weil wenn ob man kein keine nicht nur noch sehr mehr ganz alle viele einige beide es sie er wir ich ihr uns der die das und ist nicht mit sich des dem den ein eine einen einem einer auch auf für von zu im bei wie nach wird werden wurde sind hat haben sein aus dass oder über noch nur vor um sei habe man als am es sie er wir ich ihr zum zur bis durch gegen sowie unter"),
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
        BylineOpeners = ["von", "ein beitrag von", "eine analyse von", "ein kommentar von", "ein gastbeitrag von", "mit material von"],
        NonAuthorCredits = Set("red red. redaktion online ots afx"),
        SourceLabels = ["quelle:", "quellen:", "mit material von", "mitarbeit:"],
        Conjunctions = Set("und &"),
        CreditLabels = ["foto:", "fotos:", "bild:", "bilder:", "bildquelle:", "grafik:", "copyright:", "©"],
        CaptionLabels = ["bildunterschrift:", "bildbeschreibung:"],
        TeaserLeadsBody = true,
        NounsCapitalized = true,
        MaxGivenNames = 1,
        GenitiveArticles = Set("des eines"),
        AttachmentWords = Set("des der von vom"),
        GenitiveEndings = ["es", "s"],
        CreditSignatures = ["picture alliance", "dpa", "IMAGO", "Imago", "AFP", "Reuters", "REUTERS", "AP", "Getty Images", "epd", "KNA"],
        Adverbs = Set("selbst auch zudem außerdem dazu nun jetzt bereits schon später damals erneut ebenfalls weiter noch jedoch allerdings aber dann gestern heute zuletzt zuvor daraufhin kürzlich"),
        TitleNouns = Set("komödie drama thriller krimi tragödie oper operette musical doku dokumentation ballett titel motto film kinofilm dokumentarfilm buch roman studie programm förderprogramm kampagne initiative projekt aktion bericht report gesetz serie sendung album song lied stück ausstellung schiff kino theater festival plan konzept zeitung magazin app podcast hashtag slogan losung operation mission verein bündnis netzwerk reihe format show spiel"),
        BarePlaceSeparators = ["-", "–", "—", "."],
        RelativeTimeWords = Set("vor stunde stunden minute minuten tag tagen sekunden"),
        SpeechVerbs = Set([
            "sagte", "sagt", "sagten", "sagen", "gesagt", "erklärte", "erklärt", "erklärten", "betonte", "betont", "betonten",
            "schrieb", "schreibt", "schrieben", "meinte", "meint", "ergänzte", "ergänzt", "warnte", "warnt", "kritisierte",
            "kritisiert", "forderte", "fordert", "erläuterte", "erläutert", "bekräftigte", "bekräftigt", "unterstrich",
            "unterstreicht", "bestätigte", "bestätigt", "versicherte", "versichert", "mahnte", "mahnt", "bilanzierte",
            "resümierte", "appellierte", "beklagte", "beklagt", "lobte", "lobt", "antwortete", "antwortet", "fragte", "fragt",
            "twitterte", "postete", "verkündete", "verkündet", "berichtete", "berichtet", "erzählte", "erzählt", "sprach",
            "spricht", "rief", "ruft", "klagte", "klagt", "jubelte", "räumte", "kündigte", "teilte", "teilt", "fügte", "fügt",
            "stellte", "gab", "hob", "wies", "schilderte", "schildert", "begründete", "begründet", "argumentierte",
            "argumentiert", "entgegnete", "konterte", "widersprach", "beteuerte", "beteuert", "kommentierte", "kommentiert",
            "urteilte", "bemerkte", "hieß", "heißt", "zitierte", "zitiert", "verlautete", "mitteilte", "erklärt hat",
            "befand", "findet", "fand", "glaubt", "glaubte", "ergänzten", "warnten", "forderten", "kritisierten", "räumt",
            "kündigt", "gibt", "stellt", "hebt", "weist", "schreiben", "erklären", "mitgeteilt", "hinzufügte",
            "nannte", "nennt", "nannten", "bezeichnete", "bezeichnet", "bezeichneten", "sprach", "spricht", "warf", "wirft",
            "drohte", "droht", "versprach", "verspricht", "prophezeite", "räumten", "ergänzte", "präzisierte",
        ]),
        SplitVerbs = new Dictionary<string, string>
        {
            ["teilte"] = "mit", ["teilt"] = "mit", ["teilten"] = "mit", ["kündigte"] = "an", ["kündigt"] = "an", ["kündigten"] = "an",
            ["fügte"] = "hinzu", ["fügt"] = "hinzu", ["räumte"] = "ein", ["räumt"] = "ein", ["stellte"] = "klar", ["stellt"] = "klar",
            ["gab"] = "an", ["gibt"] = "an", ["hob"] = "hervor", ["hebt"] = "hervor", ["wies"] = "hin", ["weist"] = "hin",
            ["rief"] = "auf", ["ruft"] = "auf", ["sprach"] = "von", ["spricht"] = "von", ["warf"] = "vor", ["wirft"] = "vor",
        },
        CuesBeforeSpeaker = ["so", "laut", "nach angaben von", "nach angaben", "nach worten von", "nach worten", "nach einschätzung von", "nach einschätzung", "nach ansicht von", "nach ansicht"],
        CuesAfterSpeaker = ["zufolge"],
        ImpersonalCues = ["hieß es", "heißt es", "hieß es in", "heißt es in"],
        Pronouns = new Dictionary<string, char> { ["er"] = 'm', ["sie"] = 'f' },
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
            "unternehmer", "unternehmerin", "händler", "händlerin", "vorsitz", "intendant", "intendantin", "kurator", "kuratorin",
        ],
        FeminineRoleEndings = ["in", "innen"],
        RoleEndings = ["", "in", "en", "n", "s", "innen", "es", "e", "er", "em"],
        RoleSynonyms = [
            new HashSet<string> { "präsident", "staatschef", "staatsoberhaupt" },
            new HashSet<string> { "kanzler", "regierungschef", "bundeskanzler", "premier", "premierminister", "ministerpräsident" },
            new HashSet<string> { "chef", "leiter", "vorsitzende", "vorsitzender", "vorstandschef", "konzernchef" },
        ],
        SpokespersonRoles = Set("sprecher sprecherin regierungssprecher regierungssprecherin pressesprecher pressesprecherin polizeisprecher polizeisprecherin sprecherinnen"),
        Honorifics = Set("dr. prof. dr prof herr frau dipl.-ing. ing. mag."),
        NamingWords = ["sogenannte", "sogenannten", "sogenannter", "sogenanntes", "so genannte", "so genannten", "sog.", "namens", "titel", "motto", "mit dem namen", "unter dem namen", "das wort", "den begriff", "der begriff", "das stichwort", "hashtag", "schlagwort", "bezeichnung"],
        QuotePairs = [('„', '“'), ('»', '«'), ('«', '»'), ('"', '"'), ('“', '”'), ('‚', '‘'), ('›', '‹'), ('‹', '›'), ('\'', '\'')],
        Abbreviations = Set("dr prof bzw ca vgl usw etc nr st str z.b u.a d.h o.ä evtl ggf inkl jr sen jan feb mrz apr jun jul aug sep sept okt nov dez mio mrd"),
    };

    private static HashSet<string> Set(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static HashSet<string> Set(string[] words) => [.. words];
}
