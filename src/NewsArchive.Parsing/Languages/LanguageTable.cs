namespace NewsArchive.Parsing.Languages;

/// <summary>
/// Everything newsarc knows about one language, as data: extractors read these tables and hold no
/// vocabulary of their own. Adding a language means adding one table to <see cref="LanguageTables"/>.
/// Words are lower case; matching ignores case unless a field says otherwise.
/// </summary>
public sealed record LanguageTable
{
    public required string Code { get; init; }

    /// <summary>Frequent function words, used to tell the language of a text.</summary>
    public required IReadOnlySet<string> Stopwords { get; init; }

    /// <summary>Month names and abbreviations (without the dot) to month numbers.</summary>
    public required IReadOnlyDictionary<string, int> Months { get; init; }

    public required IReadOnlySet<string> Weekdays { get; init; }

    /// <summary>The IANA zone most of the language's outlets publish in, or null where no zone dominates.</summary>
    public string? HomeZone { get; init; }

    /// <summary>Zone names written after a time (<c>MEZ</c>, <c>ET</c>): an IANA zone id or a fixed offset like <c>+01:00</c>.</summary>
    public required IReadOnlyDictionary<string, string> ZoneAbbreviations { get; init; }

    /// <summary>Words that follow a clock time in this language (<c>Uhr</c>).</summary>
    public IReadOnlySet<string> ClockWords { get; init; } = new HashSet<string>();

    /// <summary>Labels that say a date is the last update (<c>aktualisiert am</c>, <c>Updated</c>).</summary>
    public required IReadOnlyList<string> UpdateLabels { get; init; }

    /// <summary>Labels in front of the publication date (<c>Stand:</c>, <c>Published</c>), dropped from nothing: they stay in <c>dateline.text</c>.</summary>
    public required IReadOnlyList<string> PublishedLabels { get; init; }

    /// <summary>Page furniture that makes up a whole line (<c>Artikel anhören</c>, <c>Share</c>).</summary>
    public required IReadOnlySet<string> FurnitureLines { get; init; }

    /// <summary>Furniture that opens a short line and takes all of it (<c>Lesezeit:</c>, <c>Mehr zum Thema</c>).</summary>
    public required IReadOnlyList<string> FurniturePrefixes { get; init; }

    /// <summary>Furniture that closes a short line and takes all of it (<c>3 Min. Lesezeit</c>, <c>5 min read</c>).</summary>
    public IReadOnlyList<string> FurnitureSuffixes { get; init; } = [];

    /// <summary>Words that open a byline (<c>Von</c>, <c>By</c>).</summary>
    public required IReadOnlyList<string> BylineOpeners { get; init; }

    /// <summary>Labels of a source line (<c>Quelle:</c>) and of trailer lines crediting reporters (<c>Reporting by</c>).</summary>
    public required IReadOnlyList<string> SourceLabels { get; init; }

    /// <summary>Labels in trailer lines that name people who are not authors (<c>Editing by</c>).</summary>
    public IReadOnlyList<string> NonAuthorLabels { get; init; } = [];

    /// <summary>Credits that name no author: the newsroom (<c>red</c>), a publishing system's placeholders (<c>admin</c>).</summary>
    public IReadOnlySet<string> NonAuthorCredits { get; init; } = new HashSet<string>();

    /// <summary>Words joining names in a list (<c>und</c>, <c>and</c>).</summary>
    public required IReadOnlySet<string> Conjunctions { get; init; }

    /// <summary>Labels that open a photo credit (<c>Foto:</c>, <c>Photo:</c>, <c>Image source,</c>).</summary>
    public required IReadOnlyList<string> CreditLabels { get; init; }

    /// <summary>Labels that open an image caption (<c>Image caption,</c>).</summary>
    public IReadOnlyList<string> CaptionLabels { get; init; } = [];

    /// <summary>Whether outlets in this language lead the body with a teaser paragraph (German Vorspann).</summary>
    public bool TeaserLeadsBody { get; init; }

    /// <summary>Reporting verbs in every form that introduces a quote (<c>sagte</c>, <c>said</c>).</summary>
    public required IReadOnlySet<string> SpeechVerbs { get; init; }

    /// <summary>Split verbs that report speech only with their particle (<c>ließ … verlauten</c>; <c>ließ sich ein</c> does not).</summary>
    public IReadOnlySet<string> ParticleRequired { get; init; } = new HashSet<string>();

    /// <summary>Split particle verbs: the finite form and the particles that may close it, separated by <c>|</c> (<c>teilte … mit</c>, <c>gab … an|bekannt|zu</c>).</summary>
    public IReadOnlyDictionary<string, string> SplitVerbs { get; init; } = new Dictionary<string, string>();

    /// <summary>Cues that stand before the speaker and need no verb (<c>so</c>, <c>laut</c>, <c>according to</c>).</summary>
    public required IReadOnlyList<string> CuesBeforeSpeaker { get; init; }

    /// <summary>Cues that stand after the speaker (<c>zufolge</c>).</summary>
    public IReadOnlyList<string> CuesAfterSpeaker { get; init; } = [];

    /// <summary>Phrases that make the reporting verb's subject an unnamed impersonal source (<c>heißt es</c>).</summary>
    public IReadOnlyList<string> ImpersonalCues { get; init; } = [];

    /// <summary>Words that introduce an acronym after the name it stands for: <c>„Fédération Internationale de Football Association“, kurz FIFA</c>.</summary>
    public IReadOnlySet<string> AcronymMarkers { get; init; } = new HashSet<string>();

    /// <summary>Prepositions that name the source after an impersonal cue (<c>hieß es in der Erklärung</c>, <c>hieß es vom Ministerium</c>).</summary>
    public IReadOnlySet<string> SourcePrepositions { get; init; } = new HashSet<string>();

    /// <summary>Demonstratives that open a sentence attributing the quote before it (<c>„…“ Das sagte X.</c>, <c>"…" That's what X said.</c>).</summary>
    public IReadOnlySet<string> BackReferences { get; init; } = new HashSet<string>();

    /// <summary>Personal pronouns that can name a speaker, to their gender: m, f or p (plural).</summary>
    public required IReadOnlyDictionary<string, char> Pronouns { get; init; }

    /// <summary>Articles and determiners that can open a subject (nominative in German).</summary>
    public required IReadOnlySet<string> SubjectDeterminers { get; init; }

    /// <summary>Indefinite articles: a speaker introduced with one is new and unnamed (<c>ein Sprecher</c>, <c>one analyst</c>).</summary>
    public required IReadOnlySet<string> IndefiniteDeterminers { get; init; }

    /// <summary>All articles, determiners and possessives (any case): a capitalised word after one is a noun, not a first name.</summary>
    public required IReadOnlySet<string> Determiners { get; init; }

    /// <summary>
    /// Whether common nouns are capitalised (German): then a lower-case word between an article and
    /// its noun is an adjective; otherwise (English) lower-case nouns belong to a phrase after its article.
    /// </summary>
    public bool NounsCapitalized { get; init; }

    /// <summary>Words that count time in a relative date (<c>2 hours ago</c>), to be ignored around a date.</summary>
    public IReadOnlySet<string> RelativeTimeWords { get; init; } = new HashSet<string>();

    /// <summary>Adverbs that may stand between a subject and its reporting verb (<c>Velten selbst nannte</c>, <c>Smith also said</c>).</summary>
    public IReadOnlySet<string> Adverbs { get; init; } = new HashSet<string>();

    /// <summary>
    /// How many given names may stand before a surname (initials aside). German allows one, so an
    /// unknown role noun before a name stays out of it (<c>Hafenlotse Bernd Uhlig</c>); English two.
    /// </summary>
    public int MaxGivenNames { get; init; } = 2;

    /// <summary>Words that attach an organisation or place to a noun (<c>Sprecher des Ministeriums</c>, <c>spokesman for the ministry</c>).</summary>
    public required IReadOnlySet<string> AttachmentWords { get; init; }

    /// <summary>Prepositions inside an organisation's name, between capitalised words (<c>Conference on Trade</c>, <c>Bundesamt für Verfassungsschutz</c>).</summary>
    public IReadOnlySet<string> NameLinks { get; init; } = new HashSet<string>();

    /// <summary>Articles of the genitive, after which a noun is read back to its nominative (<c>des Finanzministeriums</c>).</summary>
    public IReadOnlySet<string> GenitiveArticles { get; init; } = new HashSet<string>();

    /// <summary>Endings of the genitive singular, longest first (<c>es</c>, <c>s</c>).</summary>
    public IReadOnlyList<string> GenitiveEndings { get; init; } = [];

    /// <summary>How photo credits open when they close a caption in parentheses and are kept whole (<c>(AP Photo/Jane Doe)</c>).</summary>
    public IReadOnlyList<string> CreditSignatures { get; init; } = [];

    /// <summary>Nouns for works and named things: a span in marks right after one is a title or name, not a quote (<c>den Film „…“</c>).</summary>
    public IReadOnlySet<string> TitleNouns { get; init; } = new HashSet<string>();

    /// <summary>
    /// What may follow a place in mixed case that opens the body with neither date nor agency (<c>Wien –</c>,
    /// <c>Göttingen.</c>), where the language's regional press does that. Places in capitals need none of this.
    /// </summary>
    public IReadOnlyList<string> BarePlaceSeparators { get; init; } = [];

    /// <summary>
    /// Where nouns are capitalised, a capitalised phrase in marks is a name only after one of these
    /// articles (<c>sagte er der „Berliner Zeitung“</c>, <c>im „Spiegel“</c>); null where the shape alone tells.
    /// </summary>
    public IReadOnlySet<string>? NameArticles { get; init; }

    /// <summary>Prepositions after which capitalised words in quotation marks are a name (<c>von „Ärzte ohne Grenzen“</c>).</summary>
    public IReadOnlySet<string> NamePrepositions { get; init; } = new HashSet<string>();

    /// <summary>Role nouns (<c>Präsident</c>, <c>spokesman</c>), also matched as the end of a compound (<c>Außenminister</c>).</summary>
    public required IReadOnlyList<string> RoleNouns { get; init; }

    /// <summary>Endings a role noun may carry (German inflection and feminine forms).</summary>
    public IReadOnlyList<string> RoleEndings { get; init; } = [""];

    /// <summary>Endings that make a role noun feminine (<c>Ministerin</c>, <c>spokeswoman</c>).</summary>
    public IReadOnlyList<string> FeminineRoleEndings { get; init; } = [];

    /// <summary>Role nouns that refer to the same office (<c>Staatschef</c> and <c>Präsident</c>).</summary>
    public IReadOnlyList<IReadOnlySet<string>> RoleSynonyms { get; init; } = [];

    /// <summary>Roles whose holder speaks for an organisation (<c>Sprecher des Ministeriums</c> gives the ministry).</summary>
    public IReadOnlySet<string> SpokespersonRoles { get; init; } = new HashSet<string>();

    /// <summary>
    /// Nouns for what was said or written, also as the end of a compound (<c>Pressemitteilung</c>): no
    /// speaker themselves, they point at the one attached (<c>nach den Worten des Ministers</c>, <c>Zitat von X</c>).
    /// </summary>
    public IReadOnlySet<string> SourceNouns { get; init; } = new HashSet<string>();

    /// <summary>
    /// Verb forms of reported speech (German Konjunktiv I: <c>sei</c>, <c>habe</c>): a sentence with one
    /// reports the running speaker, so even a short fragment in it is their quote.
    /// </summary>
    public IReadOnlySet<string> ReportedSpeechVerbs { get; init; } = new HashSet<string>();

    /// <summary>
    /// Nouns for an organisation of any kind that a definite article turns into a reference to the one that spoke last
    /// (<c>die Organisation</c> after Amnesty International); nouns that name a body by themselves (<c>die Polizei</c>) are not here.
    /// </summary>
    public IReadOnlySet<string> OrganisationReferences { get; init; } = new HashSet<string>();

    /// <summary>Nouns for a company that a definite article turns into a reference to the one named before (<c>the company</c>, <c>das Unternehmen</c>).</summary>
    public IReadOnlySet<string> CompanyNouns { get; init; } = new HashSet<string>();

    /// <summary>How nouns for a news agency end, which with a definite article refer to the agency or outlet named last (<c>die Nachrichtenagentur</c>, <c>the agency</c>).</summary>
    public IReadOnlyList<string> MediaNouns { get; init; } = [];

    /// <summary>How a role noun ends in the plural where its singular does not (English <c>analysts</c>); empty where the plural cannot be told so.</summary>
    public IReadOnlyList<string> PluralEndings { get; init; } = [];

    /// <summary>How the first part of a compound ends with its joining letter, dropped to get the noun (<c>Regierungs</c>sprecher → <c>Regierung</c>).</summary>
    public IReadOnlyList<string> CompoundJoints { get; init; } = [];

    /// <summary>How an adjective ends in the genitive, one letter more than after a nominative article (<c>des Auswärtigen</c> → <c>Auswärtige</c>).</summary>
    public IReadOnlyList<string> GenitiveAdjectiveEndings { get; init; } = [];

    /// <summary>How nouns for unnamed people or media end (<c>Experten</c>, <c>Datenschützer</c>, <c>Nachrichtenagentur</c>): a speaker no one can name.</summary>
    public IReadOnlyList<string> GroupNouns { get; init; } = [];

    /// <summary>A noun for what was said, also at the end of a compound: <c>Pressemitteilung</c>, <c>statement</c>.</summary>
    public bool IsSourceNoun(string lowerWord) => SourceNouns.Any(n => lowerWord.EndsWith(n, StringComparison.Ordinal));

    /// <summary>Where nouns are capitalised, whether a capitalised word is a noun for unnamed people or media (see <see cref="GroupNouns"/>).</summary>
    public bool IsGroupNoun(string word) =>
        NounsCapitalized && word.Length > 0 && char.IsUpper(word[0])
        && GroupNouns.Any(g => word.EndsWith(g, StringComparison.OrdinalIgnoreCase) || PluralCaseEndings.Any(e => word.EndsWith(g + e, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Possessive determiners and the gender of the pronoun they stand for (<c>seiner Meinung nach</c>: er; <c>their statement</c>: they).</summary>
    public IReadOnlyDictionary<string, char> Possessives { get; init; } = new Dictionary<string, char>();

    /// <summary>Words that make a possessive and a noun for what was said a cue (<c>seiner Meinung nach</c>, <c>ihren Angaben zufolge</c>).</summary>
    public IReadOnlySet<string> PossessiveCues { get; init; } = new HashSet<string>();

    /// <summary>Role nouns that fit anyone, so refer back as a pronoun does: <c>der 54-Jährige</c>.</summary>
    public IReadOnlySet<string> AnyoneRoles { get; init; } = new HashSet<string>();

    /// <summary>Pronouns for one member of a group that follows: <c>einer der Organisatoren</c>, <c>one of the organisers</c>.</summary>
    public IReadOnlySet<string> OneOf { get; init; } = new HashSet<string>();

    /// <summary>The gender a subject's article gives a noun that has none of its own (<c>die 29-Jährige</c>: f).</summary>
    public IReadOnlyDictionary<string, char> SubjectArticleGenders { get; init; } = new Dictionary<string, char>();

    /// <summary>Articles that mark an object, not a subject (<c>traf den Präsidenten</c>): a pronoun refers to the subject first.</summary>
    public IReadOnlySet<string> ObjectArticles { get; init; } = new HashSet<string>();

    /// <summary>Articles of a plural (and of a feminine singular): <c>die Ermittler</c>.</summary>
    public IReadOnlySet<string> PluralArticles { get; init; } = new HashSet<string>();

    /// <summary>Nouns of time, which head adverbial phrases, not subjects (<c>sagte dieser Tage</c>, <c>said last week</c>).</summary>
    public IReadOnlySet<string> TimeNouns { get; init; } = new HashSet<string>();

    /// <summary>Endings of a reporting verb in the plural, which make an ambiguous pronoun plural (<c>Sie schrieben</c>: they, not she).</summary>
    public IReadOnlyList<string> PluralVerbEndings { get; init; } = [];

    /// <summary>Endings a plural noun takes in other cases: the German dative <c>-n</c> (<c>von Kritikern</c>).</summary>
    public IReadOnlyList<string> PluralCaseEndings { get; init; } = [];

    /// <summary>Auxiliaries of the perfect tense, which a cue after a quote may open with the subject before the participle (<c>hatte Koch-Mehrin gesagt</c>).</summary>
    public IReadOnlySet<string> PerfectAuxiliaries { get; init; } = new HashSet<string>();

    /// <summary>Where nouns are capitalised, how adjectives and adverbs end, which open a sentence capitalised but name no one (<c>Unmissverständlich</c>, <c>Relativierend</c>).</summary>
    public IReadOnlyList<string> AdverbEndings { get; init; } = [];

    /// <summary>How words for a kind of company end, words that introduce a company's name (<c>der Autohersteller Rolls Royce</c>, <c>carmaker Volvo</c>).</summary>
    public IReadOnlyList<string> CompanyKinds { get; init; } = [];

    /// <summary>How company names end (<c>Corp</c>, <c>Inc</c>, <c>AG</c>), also as the end of a word (<c>Citicorp</c>).</summary>
    public IReadOnlyList<string> CompanySuffixes { get; init; } = [];

    /// <summary>
    /// Verbs of quoting whose object is the speaker and whose subject the medium (<c>Der Spiegel zitiert den
    /// Prediger mit den Worten …</c>), unless a passive auxiliary before them makes the subject the speaker.
    /// </summary>
    public IReadOnlySet<string> QuotingVerbs { get; init; } = new HashSet<string>();

    /// <summary>Auxiliaries of the passive (<c>wird … zitiert</c>, <c>was quoted</c>).</summary>
    public IReadOnlySet<string> PassiveAuxiliaries { get; init; } = new HashSet<string>();

    /// <summary>Reporting verbs whose object is the one spoken to, never the speaker (<c>… told Reuters</c>).</summary>
    public IReadOnlySet<string> AddresseeVerbs { get; init; } = new HashSet<string>();

    /// <summary>
    /// Words that make a name an organisation's (<c>Association</c>, <c>Ministry</c>; German also as the end of
    /// a compound: <c>Bundesinnenministerium</c>): what <c>it</c> and <c>the report</c> may refer to.
    /// </summary>
    public IReadOnlyList<string> OrganisationWords { get; init; } = [];

    /// <summary>A definite article or determiner (<c>der</c>, <c>the</c>, <c>dieser</c>): one that opens a subject and is not indefinite.</summary>
    public bool IsDefinite(string lowerWord) => SubjectDeterminers.Contains(lowerWord) && !IndefiniteDeterminers.Contains(lowerWord);

    /// <summary>Prepositions: a phrase right after one is no subject (<c>a banker in Sao Paulo said</c>).</summary>
    public IReadOnlySet<string> Prepositions { get; init; } = new HashSet<string>();

    /// <summary>Abbreviated places and bodies written like initials (<c>U.S.</c>, <c>U.K.</c>): they open no personal name.</summary>
    public IReadOnlySet<string> PlaceAbbreviations { get; init; } = new HashSet<string>();

    /// <summary>Reflexive pronouns between a reporting verb and its subject (<c>äußerte sich der Minister</c>).</summary>
    public IReadOnlySet<string> Reflexives { get; init; } = new HashSet<string>();

    /// <summary>Relative pronouns that stand for the phrase before their comma as a reporting verb's subject (<c>Denis Baudouin, who said …</c>).</summary>
    public IReadOnlySet<string> RelativeSubjects { get; init; } = new HashSet<string>();

    /// <summary>Pronouns (of <see cref="Pronouns"/>) that point at the person named last, not the running speaker: <c>sagte dieser</c>.</summary>
    public IReadOnlySet<string> Demonstratives { get; init; } = new HashSet<string>();

    /// <summary>
    /// Phrases for the members of a body that speak as the body, with the word its name ends in: <c>die Richter</c>
    /// and <c>die Kammer</c> are the court the article named (<c>Landgericht Mannheim</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> BodyPhrases { get; init; } = new Dictionary<string, string>();

    /// <summary>Relative pronouns that open a clause set off by commas (<c>Norman Paech, der als Begleitung … anwesend war, …</c>).</summary>
    public IReadOnlySet<string> RelativePronouns { get; init; } = new HashSet<string>();

    /// <summary>Words that name a work's author right after its title (<c>„Der Fänger im Roggen“ von J.D. Salinger</c>).</summary>
    public IReadOnlySet<string> AuthorWords { get; init; } = new HashSet<string>();

    /// <summary>Prepositions that name the agent of a passive (<c>von Kritikern als „…“ bezeichnet</c>, <c>described by analysts as</c>).</summary>
    public IReadOnlySet<string> AgentWords { get; init; } = new HashSet<string>();

    /// <summary>Titles and honorifics that are not part of a name (<c>Dr.</c>, <c>Mr.</c>).</summary>
    public required IReadOnlySet<string> Honorifics { get; init; }

    /// <summary>Words before a span in marks that name a thing rather than quote speech (<c>sogenannte</c>, <c>so-called</c>).</summary>
    public required IReadOnlyList<string> NamingWords { get; init; }

    /// <summary>Quotation mark pairs, opening to closing, in the order the language prefers them.</summary>
    public required IReadOnlyList<(char Open, char Close)> QuotePairs { get; init; }

    /// <summary>Abbreviations that end with a dot but do not end a sentence.</summary>
    public required IReadOnlySet<string> Abbreviations { get; init; }
}
