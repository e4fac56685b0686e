using NewsArchive.Parsing.Extraction;
using NewsArchive.Parsing.Languages;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing.Quotes;

/// <summary>Who a mention names: the speaker as the spec writes it, how it was found, and the person if one.</summary>
internal readonly record struct Resolution(string? Speaker, string Attribution, Person? Person);

/// <summary>
/// Turns the phrase at a cue into a speaker. A name in it (after any role, <c>Trump-Sprecherin
/// Karoline Leavitt</c>) gives the person, as the fullest name the article uses. A pronoun gives the
/// running speaker, or the last person named before it. A spokesperson of a named organisation
/// gives the organisation (<c>ein Sprecher des Innenministeriums</c> → <c>Innenministerium</c>). A
/// definite role noun refers back to the person it describes (<c>der ukrainische Staatschef</c>); an
/// indefinite one introduces someone unnamed (<c>one analyst</c>: no speaker, attribution <c>cue</c>). An article and a
/// capitalised noun alone name an organisation, completed from an earlier compound
/// (<c>das Ministerium</c> → <c>Verkehrsministerium</c>). <c>the company</c> is the company named last;
/// <c>it</c>, <c>they</c> and <c>the report</c> are the organisation that spoke last. A noun for what
/// was said points at who said it (<c>Zitat von Schröder</c>). A noun the article uses with an
/// article (<c>Vorbehalte</c>) is no name; only names that read as a person's become people.
/// </summary>
internal sealed class SpeakerResolver(PersonIndex people, LanguageTable language)
{
    /// <param name="local">The running speaker (their last quote in this paragraph or the one before): what a pronoun refers to first.</param>
    /// <param name="source">The mention follows a source phrase (<c>laut</c>, <c>nach Angaben</c>, <c>zufolge</c>): it names a source for sure.</param>
    /// <param name="unnamedRunning">The running speaker is someone unnamed (<c>one analyst</c>): <c>he</c> or <c>she</c> is them, no one named.</param>
    /// <param name="pluralVerb">The reporting verb is plural: a pronoun that may be either (<c>sie</c>) is.</param>
    public Resolution Resolve(string mention, int position, Person? local, bool source = false, bool unnamedRunning = false, bool pluralVerb = false)
    {
        if (pluralVerb && Token.Split(mention) is [{ } pronoun] && language.Pronouns.ContainsKey(pronoun.Lower)) return Pronoun('p', position, local);
        if (unnamedRunning && Token.Split(mention) is [{ } only] && language.Pronouns.TryGetValue(only.Lower, out var g) && g is not ('n' or 'p'))
            return new(null, Attributions.None, null);
        var resolution = ResolveMention(mention, position, local, source);
        if (resolution is { Person: null, Speaker: { } organisation, Attribution: Attributions.Cue or Attributions.Role } && (IsOrganisation(organisation) || IsNamedBody(organisation)))
            _organisation = organisation;
        return resolution;
    }

    /// <summary>The organisation that spoke last, at a cue: what <c>it</c> and <c>the report</c> refer to first.</summary>
    private string? _organisation;

    /// <summary>The organisation the last named spokesperson spoke for: what <c>der Sprecher</c> refers to.</summary>
    private string? _spokenFor;

    private string? LastOrganisation(int position) => people.LastCompanyBefore(position) ?? _organisation;

    /// <summary>An acronym (<c>GATT</c>), or a name with an organisation word (<c>Economist Intelligence Unit</c>, <c>Bundesinnenministerium</c>).</summary>
    private bool IsOrganisation(string name) =>
        name.Length >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c))
        || name.Split(' ').Any(w => language.OrganisationWords.Any(o => w.Equals(o, StringComparison.OrdinalIgnoreCase)
                                                                      || language.NounsCapitalized && w.EndsWith(o, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A name of two or more capitalised words that is no person's: <c>General Agreement on Tariffs and Trade</c>.</summary>
    private bool IsNamedBody(string name)
    {
        var words = name.Split(' ');
        return words.Count(w => w.Length > 0 && char.IsUpper(w[0])) >= 2
               && (!people.IsPersonName(name) || words.Any(w => language.NameLinks.Contains(w) || language.Conjunctions.Contains(w)));
    }

    private Resolution ResolveMention(string mention, int position, Person? local, bool source)
    {
        var tokens = Token.Split(mention).Where(t => t.IsWord).ToList();
        if (tokens.Count == 0) return new(null, Attributions.None, null);

        if ((NameInApposition(mention, position) ?? NameBeforeDescription(mention, position)) is { } named) return named;
        if (JointSpeakers(mention, tokens, position) is { } joint) return joint;
        // A name in quotation marks, after its article or not: a publication or organisation ("die „Computerwoche“", "„Die Zeit“").
        if (Token.Split(mention).SkipWhile(t => t.IsWord && language.Determiners.Contains(t.Lower)).ToList() is [{ IsWord: false } open, .. var rest]
            && open.OpensQuote && rest.Count >= 2 && !rest[^1].IsWord)
            return new(mention[rest[0].Start..rest[^2].End], Attributions.Cue, null);

        if (tokens.Count == 1 && language.Pronouns.TryGetValue(tokens[0].Lower, out var gender))
            return Pronoun(gender, position, language.Demonstratives.Contains(tokens[0].Lower) ? null : local);
        // Members that speak as their body: "die Richter" → the court the article named.
        if (language.BodyPhrases.TryGetValue(string.Join(' ', tokens.Select(t => t.Lower)), out var bodyWord) && people.CompoundEndingWith(bodyWord, position) is { } court)
            return new(court, Attributions.Role, null);

        // What was said, not who said it: the words of the one attached ("Zitat von Schröder"), or no one.
        var said = tokens.FindIndex(t => language.IsSourceNoun(t.Lower));
        // Whose words a possessive says, as a pronoun does: "Seiner Meinung nach", "Ihre Erklärung".
        if (said >= 1 && language.Possessives.TryGetValue(tokens[said - 1].Lower, out var owner)) return Pronoun(owner, position, local);
        if (said >= 0 && (said + 1 == tokens.Count || language.AttachmentWords.Contains(tokens[said + 1].Lower)))
        {
            // The genitive keeps its article, which says it is one: "des Rechnungshofs" → Rechnungshof.
            if (said + 2 < tokens.Count)
                return ResolveMention(mention[tokens[language.GenitiveArticles.Contains(tokens[said + 1].Lower) ? said + 1 : said + 2].Start..], position, local, source: true);
            // "dem LSVD-Schreiben", "der HIS-Studie", "der documenta-Homepage": the organisation before the hyphen.
            if (tokens[said].Text.IndexOf('-', StringComparison.Ordinal) is > 1 and var hyphen && char.IsLetter(tokens[said].Text[0])
                && !language.Stopwords.Contains(tokens[said].Lower[..hyphen]) && !language.IsSourceNoun(tokens[said].Lower[..hyphen]))
                return new(people.FullestOrganisation(people.ExpandAcronym(tokens[said].Text[..hyphen])), Attributions.Cue, null);
            // "the report", "die Erklärung": the organisation that spoke last wrote it.
            return said == 1 && language.IsDefinite(tokens[0].Lower) && LastOrganisation(position) is { } author ? new(author, Attributions.Role, null) : new(null, Attributions.None, null);
        }

        // "die Nachrichtenagentur", "the agency": the agency or outlet the article named last.
        if (tokens.Count == 2 && language.IsDefinite(tokens[0].Lower) && language.MediaNouns.Any(m => tokens[1].Lower.EndsWith(m, StringComparison.Ordinal))
            && people.LastMediumBefore(position) is { } medium)
            return new(medium, Attributions.Role, null);
        // "the company": the company the article named last.
        if (IsCompanyReference(tokens) && people.LastCompanyBefore(position) is { } company)
            return new(company, Attributions.Role, null);
        // "die Organisation", "the union": the organisation that spoke last, where the article names none that ends in the
        // noun ("der Verband" is the Kommunalverband named before).
        if (tokens.Count == 2 && language.IsDefinite(tokens[0].Lower) && language.OrganisationReferences.Contains(tokens[1].Lower)
            && !(language.NounsCapitalized && people.CompoundEndingWith(tokens[1].Text, position) is not null))
            return LastOrganisation(position) is { } organisation ? new(organisation, Attributions.Role, null) : new(null, Attributions.None, null);

        // The role of the one who speaks, not one in what it is attached to: "Minister X von der Kanzlei des Ministerpräsidenten".
        var firstRole = tokens.FindIndex(t => Roles.HeadOf(t, language) is not null);
        var attached = firstRole >= 0 ? tokens.FindIndex(firstRole, t => language.AttachmentWords.Contains(t.Lower)) : -1;
        var roleIndex = attached > firstRole ? tokens[..attached].FindLastIndex(t => Roles.HeadOf(t, language) is not null)
                                             : tokens.FindLastIndex(t => Roles.HeadOf(t, language) is not null);
        var opensName = roleIndex >= 0 && OpensOrganisationName(tokens, roleIndex) ? roleIndex : -1;
        // A role word right after a given name, ending the mention, is a surname: "Anna Richter", "Karin Koch".
        if (roleIndex > 0 && roleIndex == tokens.Count - 1 && people.IsNameToken(tokens[roleIndex - 1]) && GivenNames.GenderOf(tokens[roleIndex - 1].Text) is not null)
        {
            opensName = roleIndex - 1;
            roleIndex = tokens[..(roleIndex - 1)].FindLastIndex(t => Roles.HeadOf(t, language) is not null); // a role before the given name
        }
        if (opensName >= 0 && opensName <= roleIndex) roleIndex = -1;
        var role = roleIndex >= 0 ? Roles.HeadOf(tokens[roleIndex], language) : null;
        // "von" after a given name is a name particle, no attachment: "Kurt von Figura".
        var attachment = Enumerable.Range(Math.Max(roleIndex, 0), tokens.Count - Math.Max(roleIndex, 0))
            .FirstOrDefault(k => language.AttachmentWords.Contains(tokens[k].Lower)
                                 && !(k > 0 && Names.IsParticle(tokens, k) && GivenNames.GenderOf(tokens[k - 1].Text) is not null), -1);
        var head = attachment > roleIndex && attachment > 0 ? tokens[..attachment] : tokens;
        if (opensName >= head.Count) opensName = -1;
        var name = new List<string>();
        if (head.Count > roleIndex + 1 && (people.IsNameToken(head[^1]) || opensName >= 0))
            name = [.. head[(opensName >= 0 ? opensName : Names.Start(head, head.Count - 1, roleIndex + 1, language, k => people.IsNameToken(head[k])))..].Select(t => t.Text)];
        // Whose the role is, not its name: "Der behandelnde Arzt Lahms".
        if (name.Count == 1 && roleIndex >= 0 && people.IsGenitiveOfName(name[0])) name = [];
        // A full name after the role's attachment: "Abgeordneten des russischen Föderationsrates Viktor Oserow".
        if (name.Count == 0 && roleIndex >= 0 && attachment > roleIndex && TrailingName(tokens, attachment + 2) is { } trailing) name = trailing;
        var article = language.Determiners.Contains(tokens[0].Lower) || language.SubjectDeterminers.Contains(tokens[0].Lower);
        var indefinite = language.IndefiniteDeterminers.Contains(tokens[0].Lower);
        var descriptors = roleIndex >= 0 ? Roles.Describe(tokens, roleIndex, language) : [];

        // An article and capitalised words name an organisation ("die Deutsche Bahn", "The National Growers
        // Alliance"), except where nouns are capitalised and a noun stands before a full name ("der Hafenlotse Bernd Uhlig").
        var personAfterNoun = language.NounsCapitalized && name.Count >= 2 && head.Count - name.Count >= 2;
        if (role is null && article && !indefinite && name.Count > 0 && !personAfterNoun)
        {
            // "das Gericht" completed to "Bundesverwaltungsgericht" refers back, as a role noun does.
            var (organisation, refersBack) = Organisation(tokens, position);
            // Where nouns are capitalised, an article and one noun that names no organisation describe someone
            // or something unnamed: "der Student", "der Bericht", "das Motiv".
            if (!refersBack && (IsPlainNoun(organisation) || IsGroupNoun(organisation.Split(' ')[0]))) return new(null, Attributions.None, null);
            return new(organisation, refersBack ? Attributions.Role : Attributions.Cue, null);
        }
        // An article and an acronym, perhaps after a noun: "die FIFA" (spelled out where the article does), "der Fahrgastverband IGEB".
        if (role is null && article && !indefinite && name.Count == 0 && tokens.Count >= 2 && tokens[^1].Text.Length >= 2 && tokens[^1].Text.All(char.IsUpper)
            && tokens.Skip(1).All(t => t.IsCapitalized))
            return new(tokens.Count == 2 ? people.ExpandAcronym(tokens[1].Text) : string.Join(' ', tokens.Skip(1).Select(t => t.Text)), Attributions.Cue, null);
        // A noun alone after a source word, completed from an earlier compound as with its article: "laut Gericht" → Landgericht Mannheim.
        if (source && tokens.Count == 1 && language.NounsCapitalized && language.OrganisationWords.Contains(tokens[0].Lower)
            && people.CompoundEndingWith(tokens[0].Text, position) is { } compound)
            return new(compound, Attributions.Role, null);
        // Where nouns are capitalised, a noun is no name: "äußerte Vorbehalte", "das Motiv".
        if (role is null && !source && name.Count > 0 && people.IsCommonNoun(name[^1])) return new(null, Attributions.None, null);
        if (name.Count > 0 && !indefinite)
        {
            var full = people.ExpandAcronym(people.FullestName(string.Join(' ', name.Select(Names.WithoutPossessive))));
            // Only what reads as a person becomes one that pronouns and continuations can refer to.
            if (role is null && !people.IsPersonName(full))
                return IsGroupNoun(full) ? new(null, Attributions.Cue, null) : new(people.FullestOrganisation(full), Attributions.Cue, null);
            var g = roleIndex >= 0 ? Roles.GenderOf(tokens[roleIndex], role!, language) : '?';
            var noted = people.Note(full, position, g, descriptors, role);
            return new(noted.Name.Length > full.Length && noted.Name.EndsWith(full, StringComparison.Ordinal) ? noted.Name : full, Attributions.Cue, noted);
        }
        if (role is not null && (language.SpokespersonRoles.Contains(tokens[roleIndex].Lower) || language.SpokespersonRoles.Contains(role)))
        {
            if (SpokenFor(tokens, roleIndex, attachment, position) is { } org)
            {
                _spokenFor = org;
                return new(org, Attributions.Cue, null);
            }
            // "Der Sprecher" alone: the spokesperson met before, of the same organisation.
            if (tokens.Count == 2 && language.IsDefinite(tokens[0].Lower) && _spokenFor is { } same) return new(same, Attributions.Role, null);
        }
        // Members speaking together for their organisation: "the EC ministers", "OPEC delegates".
        if (role is not null && people.IsPlural(tokens[roleIndex], role)
            && tokens.Take(roleIndex).Where(t => t.IsCapitalized && !language.Determiners.Contains(t.Lower)).Select(t => t.Text).ToList() is [_, ..] members)
            return new(members is [var acronym] && people.ExpandAcronym(acronym) is var expanded && expanded != acronym
                ? expanded
                : people.FullestOrganisation(string.Join(' ', members)), Attributions.Cue, null);
        // Someone's spokesperson or lawyer ("sein Sprecher", "her lawyer") is someone else, unnamed.
        if (role is not null && name.Count == 0 && language.Possessives.ContainsKey(tokens[0].Lower)) return new(null, Attributions.Cue, null);
        if (role is not null && !indefinite && people.ByRole(descriptors, role, position) is { } referent)
            return new(referent.Name, Attributions.Role, referent);
        // "der 54-Jährige": the running speaker, or someone named in the same paragraph, as a pronoun refers.
        if (role is not null && article && !indefinite && language.AnyoneRoles.Contains(role))
        {
            var aged = Pronoun(language.SubjectArticleGenders.GetValueOrDefault(tokens[0].Lower, '?'), position, local);
            return aged.Person is { } one && (one == local || people.LastSeenBefore(one, position) / PersonIndex.Stride == position / PersonIndex.Stride)
                ? aged with { Attribution = Attributions.Role }
                : new(null, Attributions.None, null);
        }
        // An unnamed representative of a named organisation speaks for it: "Der Hauptgeschäftsführer des BPI".
        if (role is not null && attachment > roleIndex && SpokenFor(tokens, roleIndex, attachment, position) is { } body
            && (IsOrganisation(body) || IsNamedBody(body)) && !(people.IsCommonNoun(body) && !body.All(char.IsUpper)))
            return new(body, Attributions.Cue, null);
        // A definite role no one named has: the running speaker, where they were introduced by a role too
        // ("Der stellvertretende Direktor …, Bambang Suryo Aji, sagte …" — "so der stellvertretende Chef der Behörde").
        if (role is not null && article && !indefinite && local is { RoleHeads.Count: > 0 }
            && people.CanBe(local, Roles.GenderOf(tokens[roleIndex], role, language)))
            return new(local.Name, Attributions.Role, local);
        // Someone the cue describes but does not name ("one analyst", "ein Sprecher"): found by the cue, nameless.
        return new(null, indefinite ? Attributions.Cue : Attributions.None, null);
    }

    /// <summary>Two or more name words that end the mention, from <paramref name="floor"/> on, where they read as a person's name.</summary>
    private List<string>? TrailingName(List<Token> tokens, int floor)
    {
        var first = tokens.Count;
        while (first > floor && people.IsNameToken(tokens[first - 1])) first--;
        // From its given name, where it has one: "Föderationsrates Viktor Oserow".
        var given = tokens.FindIndex(first, t => GivenNames.GenderOf(t.Text) is not null);
        if (given >= 0 && given < tokens.Count - 1) first = given;
        var words = tokens[first..].Select(t => t.Text).ToList();
        return words.Count >= 2 && people.IsPersonName(string.Join(' ', words)) ? words : null;
    }

    /// <summary>
    /// A pronoun of <paramref name="gender"/>: the running speaker where they can be meant, else the person named last.
    /// <c>it</c> speaks for an organisation, and so does <c>they</c> (a group's members are not one person).
    /// </summary>
    private Resolution Pronoun(char gender, int position, Person? local)
    {
        if (gender is 'n' or 'p') return LastOrganisation(position) is { } it ? new(it, Attributions.Pronoun, null) : new(null, Attributions.None, null);
        var person = local is not null && (people.CanBe(local, gender) || local.Gender == '?')
            ? local
            : people.LastBefore(position, gender);
        return person is null ? new(null, Attributions.None, null) : new(person.Name, Attributions.Pronoun, person);
    }

    /// <summary>Where nouns are capitalised, one noun for unnamed people or media: <c>Datenschützer</c>, <c>Feuerwehrmänner</c>, <c>Nachrichtenagentur</c>.</summary>
    private bool IsGroupNoun(string word) =>
        !word.Contains(' ', StringComparison.Ordinal) && Outlets.Find(word) is null && Agencies.ShortName(word) is null && language.IsGroupNoun(word);

    private bool IsPlainNoun(string word) =>
        language.NounsCapitalized && !word.Contains(' ', StringComparison.Ordinal) && !IsOrganisation(word)
        && Outlets.Find(word) is null && Agencies.ShortName(word) is null && people.IsCommonNoun(word) && !people.IsSpelledOut(word);

    /// <summary>
    /// A capitalised role word that opens an organisation's name (<c>General Motors Corp</c>, <c>the General Accounting
    /// Office</c>): where only names are capitalised, the words after it name an organisation, not a person.
    /// </summary>
    private bool OpensOrganisationName(List<Token> tokens, int role)
    {
        if (language.NounsCapitalized || !tokens[role].IsCapitalized || role + 2 >= tokens.Count || !tokens[role + 1].IsCapitalized
            || GivenNames.GenderOf(tokens[role + 1].Text) is not null || Names.IsInitial(tokens[role + 1])) return false;
        var rest = string.Join(' ', tokens.Skip(role + 1).TakeWhile(t => !language.AttachmentWords.Contains(t.Lower)).Select(t => t.Text));
        return !people.IsPersonName(rest) && (IsOrganisation(rest) || tokens.Skip(role + 1).Any(t => language.NameLinks.Contains(t.Lower) || language.Conjunctions.Contains(t.Lower))
                                              || language.CompanySuffixes.Contains(tokens[^1].Lower));
    }

    /// <summary>An article and a noun for a company (<c>the company</c>, <c>die Firma</c>): the company named before.</summary>
    private bool IsCompanyReference(List<Token> words) =>
        words.Count == 2 && language.IsDefinite(words[0].Lower) && language.CompanyNouns.Contains(words[1].Lower);

    /// <summary>Whether a mention names an organisation for sure: <c>Die Bundesregierung</c>, <c>the Economist Intelligence Unit</c>.</summary>
    public bool NamesOrganisation(string mention)
    {
        var all = Token.Split(mention).Where(t => t.IsWord).ToList();
        // "Die Firma", "the company": the company named before.
        if (IsCompanyReference(all)) return true;
        var words = all.Where(t => !language.Determiners.Contains(t.Lower) && !language.SubjectDeterminers.Contains(t.Lower)).ToList();
        return words.Count > 0 && words.All(t => t.IsCapitalized) && IsOrganisation(string.Join(' ', words.Select(t => t.Text)));
    }

    /// <summary>Whether a mention names a person for sure: a role noun, a pronoun, a full name, or the surname of someone the article introduced.</summary>
    public bool NamesPerson(string mention)
    {
        var tokens = Token.Split(mention).Where(t => t.IsWord).ToList();
        return tokens.Any(t => Roles.HeadOf(t, language) is not null || IsGroupNoun(t.Text))
               || tokens.Count == 2 && language.Possessives.ContainsKey(tokens[0].Lower) && language.IsSourceNoun(tokens[1].Lower) // "Ihre Erklärung"
               || tokens.Count == 1 && (language.Pronouns.ContainsKey(tokens[0].Lower) || GivenNames.GenderOf(tokens[0].Text) is not null && people.IsNameToken(tokens[0]))
               || tokens.Count > 0 && people.People.Any(p => p.Surname == tokens[^1].Text)
               || tokens.Count is 2 or 3 && tokens.All(people.IsNameToken); // a full name: "Sadiq Khan"
    }

    /// <summary>
    /// Two people named together speak together: <c>Özcan Mutlu und Benedikt Lux</c>, as the article writes them. The
    /// second is the person a continuation or pronoun refers to.
    /// </summary>
    private Resolution? JointSpeakers(string mention, List<Token> tokens, int position)
    {
        var and = tokens.FindIndex(t => language.Conjunctions.Contains(t.Lower));
        if (and < 2 || tokens.Count - and < 3 || !tokens.Skip(and + 1).All(people.IsNameToken)) return null;
        var first = Names.Start(tokens, and - 1, 0, language, k => people.IsNameToken(tokens[k]));
        if (and - first < 2) return null;
        var one = string.Join(' ', tokens[first..and].Select(t => t.Text));
        var other = string.Join(' ', tokens.Skip(and + 1).Select(t => t.Text));
        if (!people.IsPersonName(one) || !people.IsPersonName(other)) return null;
        people.Note(one, position, '?', [], null);
        var second = people.Note(other, position, '?', [], null);
        return new(mention[tokens[first].Start..], Attributions.Cue, second);
    }

    /// <summary>A description with the name in apposition: <c>der Leiter des Programms, Klaus Stöhr</c> gives Klaus Stöhr.</summary>
    private Resolution? NameInApposition(string mention, int position)
    {
        var comma = mention.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0) return null;
        var apposition = Token.Split(mention[(comma + 2)..]);
        if (apposition.Count < 2 || !apposition.Select((t, i) => people.IsNameToken(t) || Names.IsParticle(apposition, i)).All(x => x)) return null;
        var described = Token.Split(mention[..comma]).Where(t => t.IsWord).ToList();
        var roleAt = described.FindLastIndex(t => Roles.HeadOf(t, language) is not null);
        var role = roleAt >= 0 ? Roles.HeadOf(described[roleAt], language) : null;
        var full = people.FullestName(string.Join(' ', apposition.Select(t => t.Text)));
        var gender = role is not null ? Roles.GenderOf(described[roleAt], role, language) : '?';
        var descriptors = roleAt >= 0 ? Roles.Describe(described, roleAt, language) : [];
        return new(full, Attributions.Cue, people.Note(full, position, gender, descriptors, role));
    }

    /// <summary>A name with its description after it: <c>Jerry Larson, dem Präsidenten von UP Aerospace</c> gives Jerry Larson.</summary>
    private Resolution? NameBeforeDescription(string mention, int position)
    {
        var comma = mention.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0) return null;
        var name = Token.Split(mention[..comma]);
        var described = Token.Split(mention[(comma + 2)..]).Where(t => t.IsWord).ToList();
        var roleAt = described.FindIndex(t => Roles.HeadOf(t, language) is not null);
        if (name.Count < 2 || roleAt < 0 || !name.Select((t, i) => people.IsNameToken(t) || Names.IsParticle(name, i)).All(x => x)) return null;
        var full = people.FullestName(string.Join(' ', name.Select(t => t.Text)));
        if (!people.IsPersonName(full)) return null;
        var role = Roles.HeadOf(described[roleAt], language)!;
        return new(full, Attributions.Cue, people.Note(full, position, Roles.GenderOf(described[roleAt], role, language), Roles.Describe(described, roleAt, language), role));
    }

    /// <summary>
    /// An organisation named with an article: the words after it (<c>The National Growers Alliance</c>),
    /// a genitive read back (<c>des Finanzministeriums</c>), a lone noun completed from an earlier
    /// compound (<c>das Ministerium</c> → <c>Verkehrsministerium</c>).
    /// </summary>
    private (string Name, bool RefersBack) Organisation(List<Token> tokens, int position)
    {
        var words = tokens.Skip(1).Select(t => t.Text).ToList();
        if (language.GenitiveArticles.Contains(tokens[0].Lower)) words = NominativePhrase(words);
        if (words.Count == 1 && people.ExpandAcronym(words[0]) is var expanded && expanded != words[0]) return (expanded, false);
        if (words.Count == 1 && language.NounsCapitalized && people.CompoundEndingWith(words[0], position) is { } compound) return (compound, true);
        // "die Universität": the fuller name that opens with it (Universität Bayreuth).
        if (words.Count == 1 && people.FullestOrganisation(words[0]) is var fuller && fuller != words[0])
            return (TextCounts.Pieces(fuller) >= 3 && !IsOrganisation(words[0]) ? fuller[(words[0].Length + 1)..] : fuller, true); // "der Sender Deutsche Welle"
        return (string.Join(' ', words), false);
    }

    /// <summary>The organisation a spokesperson speaks for: a genitive or <c>for</c> attachment, or the words before the role.</summary>
    private string? SpokenFor(List<Token> tokens, int roleIndex, int attachment, int position)
    {
        if (attachment > roleIndex)
        {
            var words = tokens.Skip(attachment + 1).SkipWhile(t => language.Determiners.Contains(t.Lower)).Select(t => t.Text).ToList();
            if (words.Count == 0) return null;
            if (language.GenitiveArticles.Contains(tokens[attachment].Lower)) words[0] = Nominative(words[0]);
            // "des Unternehmens": the company named last; "des Ministeriums": the ministry named before.
            if (words.Count == 1 && language.CompanyNouns.Contains(words[0].ToLowerInvariant())) return people.LastCompanyBefore(position);
            if (words.Count > 1 && language.CompanyNouns.Contains(words[0].ToLowerInvariant())) words.RemoveAt(0); // "des Unternehmens Bayer"
            if (words.Count == 1 && language.NounsCapitalized && people.CompoundEndingWith(words[0], position) is { } compound) return compound;
            return people.FullestOrganisation(people.ExpandAcronym(string.Join(' ', words)));
        }
        var before = tokens.Take(roleIndex).Where(t => t.IsCapitalized && !language.Determiners.Contains(t.Lower)).Select(t => t.Text).ToList();
        if (before.Count > 0) return people.FullestOrganisation(string.Join(' ', before));
        // "ein IWF-Sprecher": the organisation before the hyphen.
        var word = tokens[roleIndex].Text;
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 1 && char.IsUpper(word[0]) && Roles.HeadOf(new Token(word[(hyphen + 1)..], 0), language) is not null)
            return people.ExpandAcronym(word[..hyphen]);
        // "ein Porschesprecher": the compound's first part, where the article names it in full (Porsche AG); a "Polizeisprecher"
        // of no named police speaks for no one.
        var spokesperson = language.NounsCapitalized ? language.SpokespersonRoles.FirstOrDefault(r => word.Length > r.Length + 3 && word.EndsWith(r, StringComparison.OrdinalIgnoreCase)) : null;
        if (spokesperson is null) return null;
        var stem = word[..^spokesperson.Length];
        if (language.CompoundJoints.Any(j => stem.EndsWith(j, StringComparison.Ordinal))) stem = stem[..^1]; // Regierungs- → Regierung
        return people.FullestOrganisation(stem) is var named && named != stem ? named : null;
    }

    /// <summary>
    /// A genitive name back to the nominative: its noun (the first word, or the last of an adjective and noun) and, where
    /// nouns are capitalised, its adjectives as after an article (<c>des Auswärtigen Amtes</c> → <c>Auswärtige Amt</c>).
    /// </summary>
    private List<string> NominativePhrase(List<string> words)
    {
        if (words.Count == 1 || !language.NounsCapitalized) return [Nominative(words[0]), .. words.Skip(1)];
        var noun = words.FindIndex(1, w => !language.GenitiveAdjectiveEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)));
        if (noun < 0) return words;
        return [.. words.Take(noun).Select(w => language.GenitiveAdjectiveEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)) ? w[..^1] : w),
                Nominative(words[noun]), .. words.Skip(noun + 1)];
    }

    /// <summary>A genitive singular back to the nominative: <c>Innenministeriums</c> → <c>Innenministerium</c>, <c>Landes</c> → <c>Land</c>.</summary>
    private string Nominative(string word)
    {
        foreach (var ending in language.GenitiveEndings)
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)
                && !(ending.Length > 1 && word[^(ending.Length + 1)] == ending[0])) // "Komitees" → Komitee, not Komite
                return word[..^ending.Length];
        return word;
    }
}
