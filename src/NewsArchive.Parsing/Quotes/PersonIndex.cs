using NewsArchive.Parsing.Extraction;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Quotes;

/// <summary>A person the article names, with what it says they are (<see cref="Roles.Describe"/>).</summary>
internal sealed class Person(string name, char gender)
{
    public string Name { get; set; } = name;
    public char Gender { get; set; } = gender;
    public HashSet<string> Descriptors { get; } = [];
    public List<string> RoleHeads { get; } = [];
    public int LastSeen { get; set; } = -1;
    public string Surname => Name.Split(' ')[^1];
}

/// <summary>
/// The people an article names, found where a role noun introduces a name (<c>dem ukrainischen
/// Präsidenten Wolodymyr Selenskyj</c>, <c>Senator Marcus Whitfield</c>) and, in languages that do not
/// capitalise nouns, as runs of capitalised words that open with a given name or an initial. It
/// answers: the fullest form of a name the article uses (<c>Selenskyj</c> → <c>Wolodymyr Selenskyj</c>),
/// who a role noun or pronoun refers to, which company <c>the company</c> is, what an acronym stands
/// for, and which capitalised words are nouns rather than names. Positions are the text's index times
/// <see cref="Stride"/> plus the offset, so earlier is smaller.
/// </summary>
internal sealed class PersonIndex
{
    /// <summary>Texts are at most this long (longer ones are not searched), and at most <c>int.MaxValue / Stride</c> of them count.</summary>
    public const int Stride = 1 << 15;
    private const int MaxNameTokens = 4;
    private readonly LanguageTable _language;
    private readonly IReadOnlyList<string> _raw;
    private readonly List<List<Token>> _texts;
    /// <summary>The role noun each token ends with (<see cref="Roles.HeadOf"/>), by text and token: both passes over the texts ask for every token.</summary>
    private readonly string?[][] _heads;
    /// <summary>Whether each token is a name word (<see cref="IsNameToken"/>), by text and token, for the same passes.</summary>
    private readonly bool[][] _isName;
    /// <summary>The mentions found while the index is built, in any order; then null, and <see cref="_mentions"/> holds them sorted.</summary>
    private readonly List<(Person Person, int Position)>? _found = [];
    private readonly MentionList _mentions;
    private readonly Dictionary<string, List<(int Text, int Index)>> _occurrences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fullestNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fullestOrganisations = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _acronyms;
    private HashSet<string>? _commonNouns;
    private readonly HashSet<string> _nameWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>
    /// A pronoun refers back at most this many mentions, and an earlier mention counts as none: the bound keeps a text
    /// naming thousands of people linear.
    /// </summary>
    private const int MaxLookBack = 400;

    /// <summary>A role refers back to one of the people named most recently, not to anyone ever named.</summary>
    private const int MaxRoleCandidates = 50;

    /// <summary>The surnames of the people the article names, except one.</summary>
    private readonly record struct SurnamesBut(Dictionary<string, List<Person>> BySurname, string Except)
    {
        public bool Contains(string word) => word != Except && BySurname.TryGetValue(word, out var people) && people.Count > 0;
    }
    private List<(int Position, string Name)>? _companies;
    private readonly Dictionary<string, List<(int Position, string Word)>> _compounds = new(StringComparer.OrdinalIgnoreCase);

    public List<Person> People { get; } = [];

    /// <summary>The tokens of text <paramref name="text"/> (in the order given to the constructor), split once for every rule that reads them: no one changes them.</summary>
    public List<Token> TokensOf(int text) => _texts[text];

    /// <summary>Texts in reading order: headline first, then teaser and paragraphs.</summary>
    public PersonIndex(IReadOnlyList<string> texts, LanguageTable language)
    {
        _language = language;
        _raw = [.. texts.Select(t => t.Length < Stride ? t : "")];
        _texts = [.. _raw.Select(Token.Split)];
        _heads = [.. _texts.Select(tokens => tokens.Select(t => Roles.HeadOf(t, language)).ToArray())];
        _isName = [.. _texts.Select(tokens => tokens.Select(IsNameToken).ToArray())];
        for (var t = 0; t < _texts.Count; t++)
            for (var i = 0; i < _texts[t].Count; i++)
            {
                var word = _texts[t][i].Text;
                Occurs(word, t, i);
                if (Names.WithoutJoinedParticle(word) is var shorter && shorter != word) Occurs(shorter, t, i);
            }
        // Names that read as an organisation's anywhere (Hiram Walker-Gooderham and Worts) are no one's, also where they stand alone.
        for (var t = 0; t < _texts.Count; t++) FindPeople(t, collectOrganisations: true);
        for (var t = 0; t < _texts.Count; t++) FindPeople(t, collectOrganisations: false);
        // A surname mentions the person it belongs to: of namesakes, the one whose given name stands before it, else the first named.
        var bySurname = People.GroupBy(p => Names.WithoutJoinedParticle(p.Surname)).ToDictionary(g => g.Key, g => g.ToList());
        for (var t = 0; t < _texts.Count; t++)
            for (var i = 0; i < _texts[t].Count; i++)
                if (bySurname.TryGetValue(Names.WithoutJoinedParticle(_texts[t][i].Text), out var namesakes))
                {
                    var before = i > 0 ? _texts[t][i - 1].Text + " " + _texts[t][i].Text : null;
                    var person = namesakes.Find(p => before is not null && p.Name.EndsWith(before, StringComparison.Ordinal)) ?? namesakes[0];
                    _found.Add((person, t * Stride + _texts[t][i].Start));
                }
        _found.Sort((a, b) => a.Position.CompareTo(b.Position));
        _mentions = new MentionList(_texts.Count, _found);
        _found = null;
        foreach (var person in People)
        {
            person.Name = FullestName(person.Name);
            _nameWords.UnionWith(person.Name.Split(' '));
            if (person.Gender == '?') person.Gender = GenderOfName(person.Name);
        }
    }

    /// <summary>Notes where a word (or its shorter form as a surname: <c>al-Gaddafi</c> → <c>Gaddafi</c>) stands.</summary>
    private void Occurs(string key, int text, int index)
    {
        if (!_occurrences.TryGetValue(key, out var list)) _occurrences[key] = list = [];
        list.Add((text, index));
    }

    /// <summary>The gender of a name's given name (<c>Renate Schmidt</c>: f), or '?' where it has none or either.</summary>
    private static char GenderOfName(string name) =>
        name.Split(' ').Select(GivenNames.GenderOf).FirstOrDefault(g => g is not null) ?? '?';

    private readonly HashSet<string> _organisationNames = new(StringComparer.Ordinal);

    private void FindPeople(int textIndex, bool collectOrganisations)
    {
        var tokens = _texts[textIndex];
        var isName = _isName[textIndex];
        for (var i = 0; i < tokens.Count; i++)
        {
            var head = _heads[textIndex][i];
            if (head is { } role && i + 1 < tokens.Count && isName[i + 1] && !IsPlural(tokens[i], role)
                && !IsPluralByArticle(tokens, i, role) && !IsGenitiveOfName(tokens, i + 1))
            {
                var end = NameEnd(tokens, i + 1);
                // "General Motors Corp", "General Accounting Office": where only names are capitalised, a role word opens an organisation's name.
                if (!_language.NounsCapitalized && tokens[i].IsCapitalized && IsOrganisationName(tokens, i + 1, end)) { i = end; continue; }
                if (collectOrganisations) { i = end; continue; }
                var person = Add(Join(tokens, i + 1, end), textIndex * Stride + tokens[i + 1].Start, Roles.GenderOf(tokens[i], role, _language));
                person.Descriptors.UnionWith(Roles.Describe(tokens, i, _language));
                person.RoleHeads.Add(role);
                i = end;
            }
            else if (head is { } described && !IsPlural(tokens[i], described) && NameAfterAside(tokens, i + 1) is { } named)
            {
                // "Der frühere Präsident des Irak, Saddam Hussein, …": the name in apposition to a described role.
                if (!collectOrganisations && !IsOrganisationName(tokens, named.First, named.Last))
                {
                    var person = Add(Join(tokens, named.First, named.Last), textIndex * Stride + tokens[named.First].Start, Roles.GenderOf(tokens[i], described, _language));
                    person.Descriptors.UnionWith(Roles.Describe(tokens, i, _language));
                    person.RoleHeads.Add(described);
                }
                i = named.Last;
            }
            else if (isName[i] && i + 1 < tokens.Count && isName[i + 1]
                     && (IsPersonalInitial(tokens[i]) || GivenNames.GenderOf(tokens[i].Text) is not null)
                     && !IsCommonNoun(tokens[i].Text) && !IsCommonNoun(tokens[i + 1].Text))
            {
                var end = NameEnd(tokens, i);
                var name = Join(tokens, i, end);
                if (collectOrganisations) { if (IsOrganisationName(tokens, i, end)) _organisationNames.Add(Names.WithoutPossessive(name)); }
                else if (!_organisationNames.Contains(Names.WithoutPossessive(name))) Add(name, textIndex * Stride + tokens[i].Start, '?');
                i = end;
            }
        }
    }

    /// <summary>
    /// Where nouns are capitalised, a lone name with a genitive <c>s</c> whose bare form the article uses as a name is whose
    /// the role is, not its name: <c>Der behandelnde Arzt Lahms</c> (Philipp Lahm's doctor).
    /// </summary>
    private bool IsGenitiveOfName(List<Token> tokens, int i) => (i + 1 >= tokens.Count || !IsNameToken(tokens[i + 1])) && IsGenitiveOfName(tokens[i].Text);

    /// <summary>Whether a word is a name with a genitive <c>s</c> whose bare form the article uses too (<c>Lahms</c>: Philipp Lahm; <c>Libyens</c>).</summary>
    public bool IsGenitiveOfName(string word) =>
        _language.NounsCapitalized && word.Length > 3 && word.EndsWith('s') && _occurrences.ContainsKey(word[..^1]);

    /// <summary>
    /// A name of two or more words in apposition after a role's attachment: from <paramref name="start"/>, a few
    /// articles, prepositions and capitalised words, a comma, then the name, closed by punctuation.
    /// </summary>
    private (int First, int Last)? NameAfterAside(List<Token> tokens, int start)
    {
        var comma = start;
        while (comma < tokens.Count && comma - start < 8 && (tokens[comma].IsWord || tokens[comma].Text == "-")
               && (tokens[comma].IsCapitalized || tokens[comma].Text == "-" || _language.Determiners.Contains(tokens[comma].Lower) || _language.AttachmentWords.Contains(tokens[comma].Lower)
                   || _language.Conjunctions.Contains(tokens[comma].Lower)
                   || _language.Prepositions.Contains(tokens[comma].Text)))
            comma++;
        if (comma == start || comma + 2 >= tokens.Count || tokens[comma].Text != "," || !IsNameToken(tokens[comma + 1]) || !IsNameToken(tokens[comma + 2])) return null;
        var end = NameEnd(tokens, comma + 1);
        return end + 1 >= tokens.Count || !tokens[end + 1].IsWord ? (comma + 1, end) : null;
    }

    /// <summary>
    /// A role the article makes plural, before a word that is no given name: <c>die Ermittler Hinweise</c> (the feminine
    /// singular ends otherwise: <c>die Ministerin</c>; <c>die Abgeordnete Eva Muster</c> has a given name).
    /// </summary>
    private bool IsPluralByArticle(List<Token> tokens, int role, string head) =>
        role > 0 && _language.PluralArticles.Contains(tokens[role - 1].Lower) && Roles.GenderOf(tokens[role], head, _language) != 'f'
        && GivenNames.GenderOf(tokens[role + 1].Text) is null;

    /// <summary>A role in the plural names no one person: <c>told analysts Brunswick was …</c>.</summary>
    public bool IsPlural(Token token, string role) =>
        _language.PluralEndings.Any(e => token.Lower.EndsWith(e, StringComparison.Ordinal) && !role.EndsWith(e, StringComparison.Ordinal));

    private bool IsOrganisationName(List<Token> tokens, int start, int end)
    {
        var last = end;
        while (last + 1 < tokens.Count && last - start < MaxNameTokens && (NounPhrase.IsNameOrNoun(tokens[last + 1], _language)
                                                                        || _language.NameLinks.Contains(tokens[last + 1].Lower))) last++;
        // "Hiram Walker-Gooderham and Worts", "Harris Upham and Co": a conjunction before a word that opens no person's name.
        if (last + 2 < tokens.Count && _language.Conjunctions.Contains(tokens[last + 1].Lower) && IsNameToken(tokens[last + 2])
            && GivenNames.GenderOf(tokens[last + 2].Text) is null && !IsPersonalInitial(tokens[last + 2]))
            return true;
        return tokens[start..(last + 1)].Select(t => Names.WithoutPossessive(t.Lower))
            .Any(w => _language.CompanySuffixes.Contains(w) || _language.NameLinks.Contains(w) || _language.OrganisationWords.Contains(w));
    }

    private int NameEnd(List<Token> tokens, int start)
    {
        var end = start;
        while (end + 1 < tokens.Count && end + 1 - start < MaxNameTokens
               && (IsNameToken(tokens[end + 1]) || Names.IsParticle(tokens, end + 1))) end++;
        while (end > start && !IsNameToken(tokens[end])) end--;
        return end;
    }

    private Person Add(string name, int position, char gender)
    {
        name = string.Join(' ', name.Split(' ').Select(Names.WithoutPossessive));
        // Only people with the same surname can be the same person: look among them.
        var surname = name[(name.LastIndexOf(' ') + 1)..];
        var namesakes = _bySurname.TryGetValue(surname, out var list) ? list : _bySurname[surname] = [];
        var person = namesakes.FirstOrDefault(p => p.Name == name || p.Name.EndsWith(" " + name, StringComparison.Ordinal));
        if (person is null)
        {
            person = namesakes.FirstOrDefault(p => name.EndsWith(" " + p.Name, StringComparison.Ordinal));
            if (person is not null) person.Name = name;
        }
        if (person is null)
        {
            People.Add(person = new Person(name, gender));
            namesakes.Add(person);
            var first = name.Split(' ')[0];
            if (first != surname) (_byFirstWord.TryGetValue(first, out var same) ? same : _byFirstWord[first] = []).Add(person);
        }
        _nameWords.UnionWith(person.Name.Split(' '));
        // A role's grammatical gender says more about this person than a list of given names (Ayaan, "Politikerin").
        if (gender != '?') person.Gender = gender;
        else if (person.Gender == '?') person.Gender = GenderOfName(person.Name);
        if (_found is not null) _found.Add((person, position)); else _mentions.Insert(person, position);
        return person;
    }

    /// <summary>
    /// Where nouns are capitalised: a word the article uses right after an article (<c>die Vorbehalte</c>),
    /// or a month, and that is no known person's name. Elsewhere nothing is.
    /// </summary>
    public bool IsCommonNoun(string word)
    {
        if (!_language.NounsCapitalized || _nameWords.Contains(word)) return false;
        // After a comma an article is a relative pronoun, and a name may follow it: "Im Brief, den Teziç an Chirac schickte".
        _commonNouns ??= [.. _texts.SelectMany(t => t.Skip(1).Where((token, i) => _language.Determiners.Contains(t[i].Lower) && (i == 0 || t[i - 1].Text != ","))
            .Select(token => token.Text))];
        return _commonNouns.Contains(word) || _language.Months.ContainsKey(word.ToLowerInvariant());
    }

    /// <summary>
    /// Whether a name reads as a person's: two or more name words that open with a given name or an
    /// initial, or (where nouns are lower case) that a role follows in apposition (<c>Wladyslaw Baka, head
    /// of …</c>); or the surname of someone the article introduced (<c>Merkel</c>).
    /// </summary>
    public bool IsPersonName(string name)
    {
        var words = name.Split(' ');
        // "AMR Corp", "Summer Olympics Committee": a company suffix or organisation word ends no person's name.
        var lastWord = Names.WithoutPossessive(words[^1].ToLowerInvariant());
        if (words.Length >= 2 && (_language.CompanySuffixes.Contains(lastWord) || _language.OrganisationWords.Contains(lastWord)))
            return false;
        var tokens = words.Select(w => new Token(w, 0)).ToList();
        var fullName = words.Length >= 2 && (GivenNames.GenderOf(words[0]) is not null || IsPersonalInitial(tokens[0])
                                             || !_language.NounsCapitalized && HasRoleInApposition(words[^1]));
        return fullName
               || _bySurname.TryGetValue(words[^1], out var namesakes) && namesakes.Count > 0;
    }

    /// <summary>An initial that is no abbreviated place (<c>H.W.</c>, not <c>U.K.</c>).</summary>
    private bool IsPersonalInitial(Token t) => Names.IsInitial(t) && !_language.PlaceAbbreviations.Contains(t.Lower);

    /// <summary>
    /// Whether the article follows the name with a role in apposition: <c>Baka, head of Poland's National Bank</c>.
    /// Known once per surname: a page naming one surname thousands of times asks for each mention.
    /// </summary>
    private bool HasRoleInApposition(string surname)
    {
        if (_roleInApposition.TryGetValue(surname, out var known)) return known;
        return _roleInApposition[surname] = FindRoleInApposition(surname);
    }

    private readonly Dictionary<string, bool> _roleInApposition = new(StringComparer.Ordinal);

    private bool FindRoleInApposition(string surname)
    {
        foreach (var (t, i) in _occurrences.GetValueOrDefault(surname) ?? [])
        {
            var tokens = _texts[t];
            if (i + 2 >= tokens.Count || tokens[i + 1].Text != ",") continue;
            for (var k = i + 2; k < tokens.Count && k <= i + 5 && tokens[k].IsWord; k++)
                if (Roles.HeadOf(tokens[k], _language) is not null) return true;
        }
        return false;
    }

    /// <summary>A word that can be part of a personal name: capitalised, no role, no function word; or an initial.</summary>
    public bool IsNameToken(Token t)
    {
        if (!t.IsWord || !t.IsCapitalized) return false; // most tokens, told without a look-up
        if (_isNameWord.TryGetValue(t.Text, out var known)) return known;
        return _isNameWord[t.Text] = Names.IsNameWord(t, _language);
    }

    /// <summary>Whether a word is a name word (<see cref="Names.IsNameWord"/>, which reads only the word), known once per article: rules ask for every token again and again.</summary>
    private readonly Dictionary<string, bool> _isNameWord = new(StringComparer.Ordinal);

    /// <summary>
    /// The fullest form of a name in the article: the longest run of name words ending in the same
    /// surname, from the body before the headline, that contains every word of <paramref name="name"/>.
    /// A word that is another known person's surname stops the run (<c>mit Putin Selenskyj</c>).
    /// </summary>
    public string FullestName(string name)
    {
        if (_fullestNames.TryGetValue(name, out var known)) return known;
        return _fullestNames[name] = FindFullestName(name);
    }

    private string FindFullestName(string name)
    {
        var words = name.Split(' ');
        var surname = words[^1];
        var others = new SurnamesBut(_bySurname, surname);
        // The body first; the headline, often elliptic ("mit Putin Selenskyj"), only when the body has nothing.
        var body = Longest(inHeadline: false, surname, words, others);
        var best = body is null || !body.Contains(' ', StringComparison.Ordinal) ? Longest(inHeadline: true, surname, words, others) ?? body : body;
        // A family name that comes first (Zhao for Zhao Ziyang), where the article introduced the person.
        if (words.Length == 1 && (best is null || best == name) && _byFirstWord.TryGetValue(name, out var family) && family.Count == 1)
            return family[0].Name;
        return best ?? name;
    }

    private string? Longest(bool inHeadline, string surname, string[] words, SurnamesBut others)
    {
        string[]? best = null;
        foreach (var candidate in Runs(inHeadline, surname, others))
            if (words.All(w => candidate.Contains(w) || candidate.Any(c => Names.WithoutJoinedParticle(c) == w)) && (best is null || candidate.Length > best.Length))
                best = candidate;
        return best is null ? null : string.Join(' ', best);
    }

    /// <summary>The distinct runs of name words that end in <paramref name="surname"/>, in the headline or the body, found once per surname.</summary>
    private List<string[]> Runs(bool inHeadline, string surname, SurnamesBut others)
    {
        if (_runs.TryGetValue((surname, inHeadline), out var known)) return known;
        var runs = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (t, i) in _occurrences.GetValueOrDefault(surname) ?? [])
        {
            if (t == 0 != inHeadline) continue;
            var tokens = _texts[t];
            var run = Join(tokens, Names.Start(tokens, i, 0, _language, k => CanExtendLeft(tokens, k, others)), i);
            if (seen.Add(run)) runs.Add(run.Split(' '));
        }
        return _runs[(surname, inHeadline)] = runs;
    }

    private readonly Dictionary<(string Surname, bool InHeadline), List<string[]>> _runs = [];

    /// <summary>
    /// Whether a name run may grow left over <paramref name="k"/>: a name word that is no other person's
    /// surname, not a noun after an article or <c>of</c> (<c>Secretary of State George Shultz</c>) and,
    /// where nouns are capitalised, not after an adjective (<c>den russischen Angriffskrieg Keith Kellogg</c>).
    /// </summary>
    private bool CanExtendLeft(List<Token> tokens, int k, SurnamesBut otherSurnames)
    {
        if (!IsNameToken(tokens[k]) || otherSurnames.Contains(tokens[k].Text) || Names.WithoutPossessive(tokens[k].Text) != tokens[k].Text) return false;
        // A cue word opening the sentence is no given name: "Laut CNN".
        if (_language.CuesBeforeSpeaker.Contains(tokens[k].Lower)) return false;
        if (k == 0) return true;
        var before = tokens[k - 1];
        // After an article or "of" a capitalised word is a noun: "Chancellor of the Exchequer Nigel Lawson".
        if (_language.Determiners.Contains(before.Lower) || _language.AttachmentWords.Contains(before.Text)) return false;
        var isAdjective = before.IsWord && !before.IsCapitalized && !_language.Stopwords.Contains(before.Lower);
        return !_language.NounsCapitalized || !isAdjective;
    }

    /// <summary>The person a definite role mention refers to, by descriptors and role, most recent first.</summary>
    public Person? ByRole(HashSet<string> descriptors, string role, int position)
    {
        Person? best = null;
        var bestScore = 0;
        var bestSeen = -1;
        var lastSeen = new Dictionary<Person, int>();
        foreach (var (person, seen) in _mentions.Before(position).Take(MaxLookBack))
        {
            if (lastSeen.Count >= People.Count || lastSeen.Count >= MaxRoleCandidates) break;
            lastSeen.TryAdd(person, seen);
        }
        foreach (var (person, seen) in lastSeen)
        {
            var roleScore = person.RoleHeads.Select(r => Roles.Agreement(r, role, _language)).DefaultIfEmpty(0).Max();
            var score = 2 * descriptors.Count(d => d != role && person.Descriptors.Contains(d)) + roleScore;
            if (roleScore == 0 && !descriptors.Any(d => d != role && person.Descriptors.Contains(d))) continue;
            if (score > bestScore || score == bestScore && seen > bestSeen) (best, bestScore, bestSeen) = (person, score, seen);
        }
        return best;
    }

    /// <summary>
    /// The person named last before <paramref name="position"/>, of a matching gender where known; of
    /// unknown gender, only one a role introduced or (where nouns are lower case) a full personal name
    /// (<c>he</c> is not <c>Brunswick Corp</c>).
    /// </summary>
    public Person? LastBefore(int position, char gender)
    {
        Person? firstObject = null;
        foreach (var (person, at) in _mentions.Before(position).Take(MaxLookBack))
        {
            if (!CanBe(person, gender)) continue;
            // A subject is likelier than someone after a preposition ("Im Brief, den Teziç an Jacques Chirac schickte, erklärt er"),
            // within the same paragraph.
            if (firstObject is null && !IsObject(at)) return person;
            if (firstObject is null) firstObject = person;
            else if (at / Stride != position / Stride) break;
            else if (!IsObject(at)) return person;
        }
        return firstObject;
    }

    /// <summary>
    /// Whether the mention at <paramref name="position"/> is an object: after a preposition, perhaps with an article
    /// between, or after an object's article (<c>traf den Präsidenten Hans Wolf</c>).
    /// </summary>
    private bool IsObject(int position)
    {
        var tokens = _texts[position / Stride];
        var k = Sorted.LowerBound(tokens, t => t.Start, position % Stride) - 1;
        // The given names before a surname, and a role before them.
        while (k >= 0 && (IsNameToken(tokens[k]) || Names.IsParticle(tokens, k) || Roles.HeadOf(tokens[k], _language) is not null)) k--;
        // After a comma the article is a relative pronoun, and the name its clause's subject: "Im Brief, den Teziç an Chirac schickte".
        if (k >= 0 && _language.ObjectArticles.Contains(tokens[k].Lower)) return k == 0 || tokens[k - 1].Text != ",";
        if (k >= 0 && _language.Determiners.Contains(tokens[k].Lower)) k--;
        return k >= 0 && _language.Prepositions.Contains(tokens[k].Lower);
    }

    /// <summary>Where <paramref name="person"/> was last mentioned before <paramref name="position"/>, or -1.</summary>
    public int LastSeenBefore(Person person, int position)
    {
        foreach (var (mentioned, at) in _mentions.Before(position).Take(MaxLookBack))
            if (mentioned == person) return at;
        return -1;
    }

    /// <summary>Whether a pronoun of <paramref name="gender"/> can refer to <paramref name="person"/>: see <see cref="LastBefore"/>.</summary>
    public bool CanBe(Person person, char gender) =>
        gender is '?' or 'p' || person.Gender == gender
        || person.Gender == '?' && (person.RoleHeads.Count > 0 || !_language.NounsCapitalized && person.Name.Contains(' ') && IsPersonName(person.Name));

    /// <summary>Records a speaker named at a quote, so later pronouns and roles can find them.</summary>
    public Person Note(string name, int position, char gender, HashSet<string> descriptors, string? role)
    {
        var person = Add(name, position, gender);
        person.Descriptors.UnionWith(descriptors);
        if (role is not null) person.RoleHeads.Add(role);
        return person;
    }

    /// <summary>
    /// The fullest form of an organisation's name in the article: the first longer run of capitalised words
    /// (no roles, no function words) that starts with the same words (<c>Castlegate</c> → <c>Castlegate Bank</c>).
    /// </summary>
    public string FullestOrganisation(string name)
    {
        if (_fullestOrganisations.TryGetValue(name, out var known)) return known;
        var words = name.Split(' ');
        var best = words;
        foreach (var (t, i) in _occurrences.GetValueOrDefault(words[0]) ?? [])
        {
            var tokens = _texts[t];
            if (i + words.Length > tokens.Count || !words.Select((w, k) => tokens[i + k].Text == w).All(x => x)) continue;
            var end = i + words.Length;
            while (end < tokens.Count && end - i < 6 && NounPhrase.IsNameOrNoun(tokens[end], _language) && Roles.HeadOf(tokens[end], _language) is null) end++;
            // "First City Bancorp of Texas": a place attached to a company name.
            if (end + 1 < tokens.Count && end > i && _language.CompanySuffixes.Contains(tokens[end - 1].Lower)
                && _language.AttachmentWords.Contains(tokens[end].Text) && tokens[end + 1].IsCapitalized)
                for (end += 2; end < tokens.Count && tokens[end].IsCapitalized && end - i < 9;) end++;
            // The first form that says more is the fullest: a later, longer one may be another body ("First City National Bank").
            if (end - i > words.Length) { best = [.. tokens[i..end].Select(x => x.Text)]; break; }
        }
        best[^1] = Names.WithoutPossessive(best[^1]);
        return _fullestOrganisations[name] = string.Join(' ', best);
    }

    /// <summary>
    /// An acronym's full form where the article spells it out (<c>EIU</c> → <c>Economist Intelligence
    /// Unit</c>): a run of capitalised words whose initials, function words aside, are its letters.
    /// Anything else is returned as it is.
    /// </summary>
    public string ExpandAcronym(string name)
    {
        if (name.Length is < 2 or > MaxAcronym || !name.All(char.IsUpper)) return name;
        _acronyms ??= FindSpelledOut();
        return _acronyms.GetValueOrDefault(name, name);
    }

    private const int MaxAcronym = 6;

    /// <summary>Whether the article defines an acronym for <paramref name="name"/>: <c>Bundesgerichtshof (BGH)</c> makes it a name.</summary>
    public bool IsSpelledOut(string name)
    {
        _acronyms ??= FindSpelledOut();
        _spelledOut ??= [.. _acronyms.Values];
        return _spelledOut.Contains(name);
    }

    private HashSet<string>? _spelledOut;

    /// <summary>
    /// Every acronym the article defines (<c>Internationaler Währungsfonds (IWF)</c>), then every run of capitalised
    /// words by its initials, the first run for each, in one pass.
    /// </summary>
    private Dictionary<string, string> FindSpelledOut()
    {
        var spelled = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var t = 0; t < _texts.Count; t++)
        {
            var tokens = _texts[t];
            for (var i = 2; i < tokens.Count; i++)
            {
                if (tokens[i].Text.Length is < 2 or > MaxAcronym || !tokens[i].Text.All(char.IsUpper)) continue;
                var inParentheses = tokens[i - 1].Text == "(" && i + 1 < tokens.Count && tokens[i + 1].Text == ")";
                var marked = i >= 3 && _language.AcronymMarkers.Contains(tokens[i - 1].Lower) && tokens[i - 2].Text == ",";
                if ((inParentheses || marked) && DefinedBefore(t, inParentheses ? i - 2 : i - 3, tokens[i].Text) is { } full)
                    spelled.TryAdd(tokens[i].Text, full);
            }
        }
        foreach (var tokens in _texts)
            for (var i = 0; i < tokens.Count; i++)
            {
                var initials = "";
                for (var k = i; k < tokens.Count && initials.Length < MaxAcronym; k++)
                {
                    if (k > i && _language.Stopwords.Contains(tokens[k].Text)) continue;
                    if (!tokens[k].IsCapitalized || tokens[k].Text.All(char.IsUpper)) break;
                    initials += tokens[k].Text[0];
                    if (initials.Length < 2) continue;
                    var company = k + 1 < tokens.Count && _language.CompanySuffixes.Contains(tokens[k + 1].Lower);
                    spelled.TryAdd(initials, Join(tokens, i, company ? k + 1 : k));
                }
            }
        return spelled;
    }

    /// <summary>
    /// The name an acronym defined after token <paramref name="last"/> stands for: the run of capitalised words and
    /// function words before it (<c>Bundesverband der Pharmazeutischen Industrie</c>, <c>Reporter ohne Grenzen</c>)
    /// from its leftmost word that opens with the acronym's first letter and holds its other letters in order.
    /// A person's name is no definition (<c>Christian Dürr (FDP)</c>).
    /// </summary>
    private string? DefinedBefore(int text, int last, string acronym)
    {
        var tokens = _texts[text];
        while (last >= 0 && IsQuoteMark(tokens[last])) last--;
        if (last < 0 || !tokens[last].IsWord) return null;
        var end = tokens[last].End;
        var start = -1;
        for (var k = last; k >= 0 && last - k < 8; k--)
        {
            var token = tokens[k];
            if (token.IsCapitalized && !_language.Determiners.Contains(token.Lower))
            {
                if (char.ToUpperInvariant(token.Text[0]) == acronym[0] && HasInOrder(_raw[text][(token.Start + 1)..end], acronym[1..])) start = k;
                continue;
            }
            var link = token.Text == "-" || IsQuoteMark(token) || Names.IsParticle(tokens, k) || _language.Conjunctions.Contains(token.Lower)
                       || _language.NameLinks.Contains(token.Lower) || _language.Stopwords.Contains(token.Lower);
            if (!link) break;
        }
        if (start < 0 || GivenNames.GenderOf(tokens[start].Text) is not null && start < last && IsNameToken(tokens[start + 1])) return null;
        return _raw[text][tokens[start].Start..end];
    }

    private static bool HasInOrder(string text, string letters)
    {
        var lower = text.ToLowerInvariant();
        var at = 0;
        foreach (var letter in letters)
        {
            at = lower.IndexOf(char.ToLowerInvariant(letter), at);
            if (at++ < 0) return false;
        }
        return true;
    }

    private static bool IsQuoteMark(Token token) => token.Text is "„" or "“" or "”" or "\"" or "»" or "«" or "‚" or "‘" or "’";

    /// <summary>
    /// The company named last before <paramref name="position"/>: a run of capitalised words that ends
    /// in a company suffix (<c>Public Service Co</c>, <c>Citicorp</c>), with an <c>of</c> place after it kept.
    /// </summary>
    public string? LastCompanyBefore(int position)
    {
        _companies ??= FindCompanies();
        var before = Sorted.LowerBound(_companies, c => c.Position, position);
        return before > 0 ? _companies[before - 1].Name : null;
    }

    private List<(int Position, string Name)> FindCompanies()
    {
        var companies = new List<(int Position, string Name)>();
        for (var t = 0; t < _texts.Count; t++)
        {
            var tokens = _texts[t];
            for (var i = 0; i < tokens.Count; i++)
            {
                var lower = tokens[i].Lower;
                if (IsCompanyKind(tokens[i]) && CompanyNamedAfter(tokens, i + 1) is var named && named > i)
                {
                    companies.Add((t * Stride + tokens[i + 1].Start, Join(tokens, i + 1, named))); // "der Autohersteller Rolls Royce"
                    i = named;
                    continue;
                }
                if (!tokens[i].IsCapitalized || !_language.CompanySuffixes.Any(s => lower == s || s.Length > 3 && lower.EndsWith(s, StringComparison.Ordinal))) continue;
                var first = i;
                while (first > 0 && i - first < 5 && NounPhrase.IsNameOrNoun(tokens[first - 1], _language) && !IsCompanyKind(tokens[first - 1])) first--;
                if (first == i && _language.CompanySuffixes.Contains(lower)) continue; // a suffix alone ("and Co") names no company
                var last = i;
                if (last + 2 < tokens.Count && _language.AttachmentWords.Contains(tokens[last + 1].Text) && tokens[last + 2].IsCapitalized)
                    for (last += 2; last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && last - i < 4;) last++;
                companies.Add((t * Stride + tokens[first].Start, Join(tokens, first, last)));
            }
        }
        return companies;
    }

    /// <summary>A word for a kind of company that introduces one's name: <c>Autohersteller</c>, <c>Energiekonzern</c>, <c>carmaker</c>.</summary>
    private bool IsCompanyKind(Token t) => t.Text.Length > 3 && _language.CompanyKinds.Any(k => t.Lower.EndsWith(k, StringComparison.Ordinal));

    /// <summary>The last of up to three name words from <paramref name="start"/> that are no common nouns, or <paramref name="start"/> - 1.</summary>
    private int CompanyNamedAfter(List<Token> tokens, int start)
    {
        var last = start - 1;
        while (last + 1 < tokens.Count && last + 1 - start < 3 && Names.IsNameWord(tokens[last + 1], _language) && !IsCommonNoun(tokens[last + 1].Text)) last++;
        return last;
    }

    /// <summary>The news agency or outlet named last before <paramref name="position"/> (<c>Xinhua</c>, <c>Reuters</c>, <c>tagesschau.de</c>).</summary>
    public string? LastMediumBefore(int position)
    {
        _media ??= [.. _texts.SelectMany((tokens, t) => tokens
            .Where(token => token.IsWord && (Agencies.ShortName(token.Text) is not null || Outlets.Find(token.Text) is not null))
            .Select(token => (t * Stride + token.Start, Agencies.ShortName(token.Text) ?? token.Text)))];
        var before = Sorted.LowerBound(_media, m => m.Position, position);
        return before > 0 ? _media[before - 1].Name : null;
    }

    private List<(int Position, string Name)>? _media;

    /// <summary>The most recent earlier word that ends with <paramref name="noun"/> (<c>das Ministerium</c> → <c>Verkehrsministerium</c>).</summary>
    public string? CompoundEndingWith(string noun, int position)
    {
        if (!_compounds.TryGetValue(noun, out var compounds))
        {
            _compounds[noun] = compounds = [];
            for (var t = 0; t < _texts.Count; t++)
            {
                var tokens = _texts[t];
                for (var i = 0; i < tokens.Count; i++)
                {
                    // A name that ends in the noun: "laut Süddeutscher Zeitung" for "die Zeitung", "Das Auswärtige Amt" for "das Amt".
                    if (i > 0 && NamedWith(tokens, i, noun) is { } named) { compounds.Add((t * Stride + tokens[i - 1].Start, named)); continue; }
                    if (!tokens[i].IsCapitalized || Compound(tokens[i].Text, noun) is not { } compound) continue;
                    // A place after it is part of the name: "des Landgerichts Mannheim" → "Landgericht Mannheim"; a name of two
                    // words or more is the name, the compound its kind: "die Menschenrechtsorganisation Amnesty International".
                    var after = i + 1;
                    while (after < tokens.Count && after - i <= 3 && Names.IsNameWord(tokens[after], _language) && !IsCommonNoun(tokens[after].Text)) after++;
                    var complete = after >= tokens.Count || !tokens[after].IsCapitalized;
                    var name = !complete ? compound
                        : after - (i + 1) >= 2 ? Join(tokens, i + 1, after - 1)
                        : after == i + 2 ? compound + " " + tokens[i + 1].Text
                        : compound;
                    compounds.Add((t * Stride + tokens[i].Start, name));
                }
            }
        }
        var before = Sorted.LowerBound(compounds, c => c.Position, position);
        return before > 0 ? compounds[before - 1].Word : null;
    }

    /// <summary>A capitalised word and the noun at <paramref name="i"/> (or its genitive), as one name, or null.</summary>
    private string? NamedWith(List<Token> tokens, int i, string noun)
    {
        var word = tokens[i].Text;
        var same = word.Equals(noun, StringComparison.OrdinalIgnoreCase)
                   || _language.GenitiveEndings.Any(e => word.Length == noun.Length + e.Length && word.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && word.EndsWith(e, StringComparison.Ordinal));
        var before = tokens[i - 1];
        return same && Names.IsNameWord(before, _language) && !_language.CuesBeforeSpeaker.Contains(before.Lower) && !IsCommonNoun(before.Text)
            ? before.Text + " " + noun
            : null;
    }

    /// <summary><paramref name="word"/> as a compound ending in <paramref name="noun"/>, also from the genitive (<c>Landgerichts</c> → <c>Landgericht</c>), or null.</summary>
    private string? Compound(string word, string noun)
    {
        foreach (var ending in (IEnumerable<string>)["", .. _language.GenitiveEndings])
        {
            var stem = word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal) ? word[..^ending.Length] : null;
            if (stem is not null && stem.Length > noun.Length && stem.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && char.IsLower(stem[^noun.Length]))
                return stem;
        }
        return null;
    }

    private static string Join(List<Token> tokens, int first, int last) => string.Join(' ', tokens[first..(last + 1)].Select(t => t.Text));
}
