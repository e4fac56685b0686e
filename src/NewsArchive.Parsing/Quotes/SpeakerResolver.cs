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
/// indefinite one introduces someone unnamed (<c>one analyst</c>: no speaker). An article and a
/// capitalised noun alone name an organisation, completed from an earlier compound
/// (<c>das Ministerium</c> → <c>Verkehrsministerium</c>).
/// </summary>
internal sealed class SpeakerResolver(PersonIndex people, LanguageTable language)
{
    private static readonly HashSet<string> Attachments = ["des", "der", "for", "of", "at"];

    public Resolution Resolve(string mention, int position, Person? running)
    {
        var tokens = Token.Split(mention).Where(t => t.IsWord).ToList();
        if (tokens.Count == 0) return new(null, Attributions.None, null);

        if (tokens.Count == 1 && language.Pronouns.TryGetValue(tokens[0].Lower, out var gender))
        {
            var person = running is not null && (running.Gender == '?' || gender == 'p' || running.Gender == gender)
                ? running
                : people.LastBefore(position, gender);
            return person is null ? new(null, Attributions.None, null) : new(person.Name, Attributions.Pronoun, person);
        }

        var roleIndex = tokens.FindLastIndex(t => Roles.HeadOf(t, language) is not null);
        var role = roleIndex >= 0 ? Roles.HeadOf(tokens[roleIndex], language) : null;
        var attachment = tokens.FindIndex(Math.Max(roleIndex, 0), t => Attachments.Contains(t.Lower));
        var nameEnd = attachment > roleIndex ? attachment : tokens.Count;
        var name = tokens.Skip(roleIndex + 1).Take(nameEnd - roleIndex - 1).Where(people.IsNameToken).Select(t => t.Text).ToList();
        var indefinite = language.IndefiniteDeterminers.Contains(tokens[0].Lower);
        var descriptors = roleIndex >= 0 ? Roles.Describe(tokens, roleIndex, language) : [];

        if (name.Count > 0 && !indefinite && !(roleIndex < 0 && language.Determiners.Contains(tokens[0].Lower)))
        {
            var full = people.FullestName(string.Join(' ', name));
            var g = roleIndex >= 0 ? Roles.GenderOf(tokens[roleIndex], role!, language) : '?';
            return new(full, Attributions.Cue, people.Note(full, position, g, descriptors, role));
        }
        if (role is not null && language.SpokespersonRoles.Contains(tokens[roleIndex].Lower) && Organisation(tokens, roleIndex, attachment) is { } org)
            return new(org, Attributions.Cue, null);
        if (role is not null && !indefinite && people.ByRole(descriptors, role, position) is { } referent)
            return new(referent.Name, Attributions.Role, referent);
        if (role is null && !indefinite && language.NounsCapitalized && language.Determiners.Contains(tokens[0].Lower)
            && tokens.Count == 2 && tokens[1].IsCapitalized)
            return new(people.CompoundEndingWith(tokens[1].Text, position) ?? tokens[1].Text, Attributions.Cue, null);
        return new(null, Attributions.None, null);
    }

    /// <summary>The organisation a spokesperson speaks for: a genitive or <c>for</c> attachment, or the words before the role.</summary>
    private string? Organisation(List<Token> tokens, int roleIndex, int attachment)
    {
        if (attachment > roleIndex)
        {
            var words = tokens.Skip(attachment + 1).Where(t => !language.Determiners.Contains(t.Lower)).Select(t => t.Text).ToList();
            if (words.Count == 0) return null;
            if (tokens[attachment].Lower == "des") words[^1] = Nominative(words[^1]);
            return string.Join(' ', words);
        }
        var before = tokens.Take(roleIndex).Where(t => t.IsCapitalized && !language.Determiners.Contains(t.Lower)).Select(t => t.Text).ToList();
        return before.Count > 0 ? string.Join(' ', before) : null;
    }

    /// <summary>German genitive singular back to the nominative: <c>Innenministeriums</c> → <c>Innenministerium</c>.</summary>
    private static string Nominative(string word) =>
        word.EndsWith("es", StringComparison.Ordinal) && word.Length > 5 && !word.EndsWith("nes", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('s') && word.Length > 3 ? word[..^1] : word;
}
