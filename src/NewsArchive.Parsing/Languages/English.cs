namespace NewsArchive.Parsing.Languages;

/// <summary>English: the vocabulary of British and American outlets and AP/Reuters/AFP wire copy.</summary>
internal static class English
{
    public static LanguageTable Table { get; } = new()
    {
        Code = "en",
        Stopwords = Set("in on at by with from into onto upon about above below under over between among during before after since until within without against toward towards through across despite via per according however meanwhile later earlier still now then also but yet so while when if as after before there here this that these those it we i you our us what who which where why how the and of to in is that for on with was as it by at from he she they his her their said be has have had are were an this which would will not but or its who been after also than more about over"),
        Months = new Dictionary<string, int>
        {
            ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
            ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
            ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
            ["december"] = 12, ["dec"] = 12,
        },
        Weekdays = Set("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"),
        HomeZone = null,
        ZoneAbbreviations = new Dictionary<string, string>
        {
            ["et"] = "America/New_York", ["est"] = "-05:00", ["edt"] = "-04:00", ["ct"] = "America/Chicago", ["cst"] = "-06:00",
            ["cdt"] = "-05:00", ["mt"] = "America/Denver", ["mst"] = "-07:00", ["mdt"] = "-06:00", ["pt"] = "America/Los_Angeles",
            ["pst"] = "-08:00", ["pdt"] = "-07:00", ["gmt"] = "+00:00", ["utc"] = "+00:00", ["bst"] = "+01:00", ["cet"] = "+01:00",
            ["cest"] = "+02:00", ["aest"] = "+10:00", ["aedt"] = "+11:00", ["ist"] = "+05:30", ["jst"] = "+09:00",
        },
        UpdateLabels = ["last updated", "updated on", "updated:", "updated", "last modified", "modified"],
        PublishedLabels = ["published on", "published:", "published", "posted on", "posted:", "first published on", "first published:", "first published"],
        FurnitureLines = Set([
            "share", "save", "share this article", "share full article", "advertisement", "skip advertisement", "read more",
            "listen to this article", "listen", "print", "comment", "comments", "related", "related articles", "more on this story",
            "sign up", "subscribe", "follow", "copy link", "link copied", "email", "facebook", "twitter", "x", "linkedin", "whatsapp",
            "reddit", "gift this article", "continue reading", "see more", "show more", "close", "play", "watch", "video",
            "most read", "top stories", "recommended", "article continues below", "story continues below advertisement",
            "skip to content", "supported by", "add to myft", "view comments", "jump to comments", "share on facebook",
            "share on twitter", "share via email", "copy link to clipboard", "purchase licensing rights", "suggested topics",
            "our standards: the thomson reuters trust principles.", "we want to hear from you", "view image in fullscreen",
            "enlarge this image", "toggle caption", "hide caption", "expand", "open image in gallery", "image", "photo",
        ]),
        FurniturePrefixes = ["read more:", "related:", "see also:", "more:", "sign up for", "sign up to", "watch:", "reading time:", "click here to", "share this:", "listen:"],
        FurnitureSuffixes = ["min read", "minute read", "minutes read", "min listen"],
        BylineOpeners = ["by", "written by", "words by", "analysis by", "reporting by"],
        SourceLabels = ["source:", "sources:", "reporting from", "reporting by", "additional reporting by", "writing by", "compiled by", "with reporting from"],
        NonAuthorLabels = ["editing by", "edited by", "graphics by", "photos by", "fact-checked by"],
        Conjunctions = Set("and &"),
        CreditLabels = ["credit...", "credit…", "photo:", "photos:", "photograph:", "image:", "image credit:", "image source,", "image source:", "credit:", "picture:", "pictures:", "©"],
        CaptionLabels = ["image caption,", "image caption:", "caption:"],
        TeaserLeadsBody = false,
        Adverbs = Set("also later then previously recently earlier once again still separately further however too subsequently repeatedly"),
        AttachmentWords = Set("for of at"),
        CreditSignatures = ["AP Photo", "AP", "REUTERS/", "Reuters/", "AFP via Getty Images", "AFP/", "Getty Images", "Bloomberg", "EPA", "Photo by", "Photo courtesy", "Courtesy of"],
        TitleNouns = Set("comedy drama thriller opera musical ballet book film movie documentary report study program programme campaign initiative project bill act album song series show novel memoir play exhibition ship vessel operation plan magazine newspaper app podcast hashtag slogan festival"),
        RelativeTimeWords = Set("ago hour hours minute minutes min mins day days second seconds"),
        SpeechVerbs = Set([
            "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks", "posted", "posts",
            "tweeted", "tweets", "stated", "states", "explained", "explains", "noted", "notes", "warned", "warns", "argued",
            "argues", "insisted", "insists", "declared", "declares", "remarked", "replied", "replies", "responded", "responds",
            "continued", "continues", "acknowledged", "acknowledges", "admitted", "admits", "announced", "announces", "claimed",
            "claims", "commented", "comments", "conceded", "concedes", "emphasized", "emphasised", "emphasizes", "emphasises",
            "stressed", "stresses", "urged", "urges", "predicted", "predicts", "recalled", "recalls", "testified", "quipped",
            "confirmed", "confirms", "cautioned", "cautions", "concluded", "concludes", "maintained", "maintains", "observed",
            "pointed", "reiterated", "reiterates", "shouted", "suggested", "suggests", "thundered", "vowed", "vows", "wondered",
            "contended", "contends", "complained", "complains", "boasted", "joked", "pleaded", "demanded", "demands",
            "estimated", "estimates", "forecast", "write", "believed", "believes", "called", "calls", "described", "describes",
            "termed", "dismissed", "hailed", "praised", "criticized", "criticised", "accused", "blamed", "promised", "pledged",
        ]),
        SplitVerbs = new Dictionary<string, string> { ["pointed"] = "out" },
        CuesBeforeSpeaker = ["according to", "in the words of", "quoting"],
        ImpersonalCues = ["it said", "the statement said", "the report said", "the statement read", "it read"],
        Pronouns = new Dictionary<string, char> { ["he"] = 'm', ["she"] = 'f', ["they"] = 'p' },
        SubjectDeterminers = Set("the a an one another this that its his her their our some several two three many"),
        IndefiniteDeterminers = Set("a an one another some several two three many"),
        Determiners = Set("the a an one another this that these those its his her their our my your some several any each every"),
        RoleNouns = [
            "president", "vice president", "prime minister", "minister", "chancellor", "spokesman", "spokeswoman", "spokesperson",
            "secretary", "senator", "governor", "mayor", "director", "adviser", "advisor", "envoy", "ambassador", "chairman",
            "chairwoman", "chair", "chief", "executive", "ceo", "cfo", "leader", "head", "official", "officer", "analyst",
            "economist", "strategist", "expert", "professor", "researcher", "scientist", "lawyer", "attorney", "judge", "coach",
            "captain", "king", "queen", "pope", "bishop", "general", "commander", "manager", "founder", "owner", "representative",
            "congressman", "congresswoman", "lawmaker", "legislator", "diplomat", "commissioner", "chairperson", "treasurer",
            "trader", "dealer", "banker", "partner", "investor", "resident", "witness", "activist", "student", "teacher", "doctor",
            "nurse", "officer", "sheriff", "inspector", "superintendent", "councillor", "councilman", "councilwoman",
            "sen.", "rep.", "gov.", "judge", "justice", "prosecutor", "chief executive", "farmer", "exporter", "importer", "producer",
            "owner", "operator", "worker", "employee", "tenant", "landlord", "developer", "planner", "engineer", "pilot", "skipper",
        ],
        FeminineRoleEndings = ["woman", "women", "ess"],
        RoleEndings = ["", "s"],
        RoleSynonyms = [
            new HashSet<string> { "president", "head of state", "leader" },
            new HashSet<string> { "chairman", "chairwoman", "chair", "chairperson", "chief", "head", "ceo", "executive" },
            new HashSet<string> { "lawmaker", "legislator", "senator", "sen.", "congressman", "congresswoman", "representative", "rep." },
            new HashSet<string> { "governor", "gov." },
        ],
        SpokespersonRoles = Set("spokesman spokeswoman spokesperson"),
        SourceNouns = Set("statement words remarks comments view letter report interview speech editorial release note memo website"),
        AuthorWords = Set("by"),
        CompanyNouns = Set("company firm utility concern group"),
        CompanySuffixes = ["corp", "corp.", "corporation", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc", "ag", "gmbh", "se", "sa", "nv", "group", "holding", "holdings", "bank", "bancorp"],
        RelativeSubjects = Set("who"),
        Honorifics = Set("mr. mrs. ms. miss dr. prof. sir dame lord lady rev. mr mrs ms dr prof sen. rep. gov. gen. col. lt. sgt. capt."),
        NamingWords = ["so-called", "so called", "titled", "entitled", "named", "known as", "the word", "the term", "the phrase", "nicknamed"],
        QuotePairs = [('“', '”'), ('"', '"'), ('‘', '’'), ('«', '»'), ('»', '«'), ('„', '“'), ('\'', '\'')],
        Abbreviations = Set("mr mrs ms dr prof st jr sr sen rep gov gen col lt sgt capt inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n vs etc no e.g i.e mt ft"),
    };

    private static HashSet<string> Set(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static HashSet<string> Set(string[] words) => [.. words];
}
