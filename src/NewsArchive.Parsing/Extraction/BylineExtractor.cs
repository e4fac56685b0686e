using System.Text.RegularExpressions;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// Bylines and source lines, kept apart into authors, publisher and agencies:
/// <c>Von Anna Muster und Jan Beispiel</c>, <c>By JANE DOE and JOHN ROE</c>, <c>by Janie Gabbett, Reuters</c>,
/// <c>Quelle: ntv.de, lme/dpa</c>, <c>Reporting by Jane Doe; Editing by John Roe</c>, the BBC's name line
/// over an outlet line, the Guardian's <c>Jane Doe in Berlin</c>, a bare agency line (<c>Reuter</c>,
/// <c>(dpa)</c>) and an agency credit closing the last paragraph (<c>… sagte er. (dpa)</c>).
/// A credit is an agency when the agency table names it, the publisher when it is a known outlet or
/// a web address, an author when it is a name (two or more capitalised words) or initials (<c>lme</c>);
/// a single capitalised word after a comma is the writer's place (<c>Von Jan Beispiel, Berlin</c>).
/// </summary>
internal sealed partial class BylineExtractor : IExtractor
{
    private const int HeaderDepth = 14;
    private const int MaxBylineWords = 16;
    private static readonly HashSet<string> NameParticles = ["von", "van", "de", "der", "den", "da", "del", "di", "du", "la", "le", "bin", "al", "el", "zu", "ten", "ter"];

    public void Extract(ExtractionContext context)
    {
        var language = context.Language;
        var blocks = context.ContentBlocks();
        var pastProse = false; // a long paragraph left unclaimed above ends the header
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != BlockKind.Unknown) continue;
            var inHeader = i < HeaderDepth && !pastProse;

            if (inHeader && LooksLikeByline(block.Text, language))
                Claim(context, block, Opener(block.Text, language.BylineOpeners));
            else if (inHeader && IsNameOverOutlet(blocks, i, language))
                Claim(context, block, 0);
            else if (inHeader && Outlets.FindIn(block.Text) is { } outlet && block.Text.StartsWith(outlet.Name, StringComparison.Ordinal)
                     && TextCounts.Words(block.Text) <= 5 && i > 0 && blocks[i - 1].Kind == BlockKind.Byline)
                Claim(context, block, 0);
            else if (inHeader && IsNameInPlace(block.Text, language))
                Claim(context, block, 0);
            else if (IsSourceLine(block.Text, language))
                Claim(context, block, Opener(block.Text, language.SourceLabels));
            pastProse |= inHeader && block.Kind == BlockKind.Unknown && TextCounts.Words(block.Text) > 40;
        }
        ClaimClosingCredit(context, blocks);

        context.OutletZone ??= (context.Publisher is { } p ? Outlets.Find(p) : null)?.Zone
            ?? Outlets.FindIn(string.Join(" | ", context.BylineLines))?.Zone;
    }

    /// <summary>A line that opens with a byline word and goes on with names only.</summary>
    public static bool LooksLikeByline(string text, LanguageTable language)
    {
        var opener = Opener(text, language.BylineOpeners);
        if (opener == 0) return false;
        var words = Words(text[opener..]);
        return words.Count is > 0 and <= MaxBylineWords && words.Any(w => char.IsUpper(w[0])) && words.All(w => IsNameWord(w, language));
    }

    private static void Claim(ExtractionContext context, Block block, int labelLength)
    {
        block.Kind = BlockKind.Byline;
        context.BylineLines.Add(block.Text);
        ReadCredits(context, block.Text[labelLength..]);
    }

    /// <summary>Splits a credit list into authors, publisher and agencies (see the class summary).</summary>
    internal static void ReadCredits(ExtractionContext context, string credits)
    {
        var language = context.Language;
        foreach (var part in credits.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = part.ToLowerInvariant();
            if (language.NonAuthorLabels.Any(l => lower.StartsWith(l, StringComparison.Ordinal))) continue;
            var content = part[Opener(part, language.SourceLabels.Concat(language.BylineOpeners).ToList())..];
            foreach (var item in SplitList(content, language))
                Classify(context, item);
        }
    }

    private static void Classify(ExtractionContext context, string item)
    {
        item = item.TrimStart('©', ' ');
        if (item.Length == 0) return;
        if (Agencies.ShortName(item) is { } agency) { context.AddAgency(agency); return; }
        item = WithoutTrailingAgency(context, item);
        if (Outlets.Find(item) is not null || WebAddress().IsMatch(item)) { context.Publisher ??= item; return; }
        if (context.Language.NonAuthorCredits.Contains(item.ToLowerInvariant())) return;
        if (context.Publisher is { } site && SiteName.IsSiteOrDesk(item, site)) return;
        if (Initials().IsMatch(item)) { context.AddAuthor(item); return; }
        var name = StripPlace(item);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is >= 2 and <= 5 && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
            && words.All(w => char.IsUpper(w[0]) || NameParticles.Contains(w)))
            context.AddAuthor(name);
    }

    /// <summary>A name run together with its agency, as page bylines print it (<c>By JANE DOE Associated Press</c>): the agency credited, the name kept.</summary>
    private static string WithoutTrailingAgency(ExtractionContext context, string item)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 2); n >= 1; n--)
        {
            if (Agencies.ShortName(string.Join(' ', words[^n..])) is not { } agency) continue;
            context.AddAgency(agency);
            return string.Join(' ', words[..^n]);
        }
        return item;
    }

    private static IEnumerable<string> SplitList(string content, LanguageTable language)
    {
        var items = new List<string>();
        foreach (var piece in content.Split(',', StringSplitOptions.TrimEntries))
        {
            var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var current = new List<string>();
            foreach (var w in words)
            {
                if (language.Conjunctions.Contains(w.ToLowerInvariant())) { items.Add(string.Join(' ', current)); current.Clear(); }
                else current.Add(w);
            }
            items.Add(string.Join(' ', current));
        }
        return items.SelectMany(i => i.Contains(' ') ? [i] : i.Split('/'))
                    .Select(i => i.Trim().Trim('(', ')', '.').Trim()).Where(i => i.Length > 0);
    }

    private static string StripPlace(string item)
    {
        var i = item.IndexOf(" in ", StringComparison.Ordinal);
        return i > 0 ? item[..i] : item;
    }

    /// <summary>The BBC shape: a line that is only a name, over a line that opens with an outlet's name.</summary>
    private static bool IsNameOverOutlet(List<Block> blocks, int i, LanguageTable language) =>
        i + 1 < blocks.Count && IsBareName(blocks[i].Text, language)
        && Outlets.FindIn(blocks[i + 1].Text) is { } o && blocks[i + 1].Text.StartsWith(o.Name, StringComparison.Ordinal);

    /// <summary>The Guardian shape: <c>Jane Doe in Berlin</c>, <c>Jane Doe and John Roe in Washington</c>.</summary>
    public static bool IsNameInPlace(string text, LanguageTable language)
    {
        var at = text.LastIndexOf(" in ", StringComparison.Ordinal);
        if (at <= 0) return false;
        var place = text[(at + 4)..];
        return IsBareName(text[..at], language) && place.Length > 0 && char.IsUpper(place[0]) && TextCounts.Words(place) <= 3
               && place.Split(' ').All(w => char.IsUpper(w[0]));
    }

    public static bool IsBareName(string text, LanguageTable language)
    {
        var words = Words(text);
        return words.Count is >= 2 and <= 9 && !text.Any(char.IsDigit) && !".!?:".Contains(text[^1])
               && words.All(w => IsNameWord(w, language)) && words.Count(w => char.IsUpper(w[0])) >= 2
               && !words.Any(w => language.Stopwords.Contains(w.ToLowerInvariant()) && !language.Conjunctions.Contains(w.ToLowerInvariant()));
    }

    private static bool IsSourceLine(string text, LanguageTable language)
    {
        if (TextCounts.Words(text) > 25) return false;
        if (Opener(text, language.SourceLabels) > 0) return true;
        var items = SplitList(text.Trim('(', ')'), language).ToList();
        return items.Count > 0 && items.All(i => Agencies.ShortName(i) is not null) && text.Length <= 40
               || text.StartsWith('(') && text.EndsWith(')') && IsCreditList(items)
               || AgencyCopyright().IsMatch(text);
    }

    /// <summary>An agency credit in parentheses closing the last paragraph: <c>… sagte er. (dpa)</c>, <c>(jst/AFP)</c>.</summary>
    private static void ClaimClosingCredit(ExtractionContext context, List<Block> blocks)
    {
        var last = blocks.LastOrDefault(b => b.Kind == BlockKind.Unknown);
        if (last is null) return;
        var m = ClosingCredit().Match(last.Text);
        if (!m.Success) return;
        if (!IsCreditList(SplitList(m.Groups[1].Value, context.Language).ToList())) return;
        last.Text = last.Text[..m.Index].TrimEnd();
        context.BylineLines.Add(m.Value.Trim());
        ReadCredits(context, m.Groups[1].Value);
    }

    /// <summary>An agency sign-off: agencies, editors' initials and a date (<c>jst/dpa</c>, <c>APA, red, 7.1.2025</c>), at least one agency.</summary>
    private static bool IsCreditList(List<string> items) =>
        items.Any(i => Agencies.ShortName(i) is not null)
        && items.All(i => Agencies.ShortName(i) is not null || Initials().IsMatch(i) || i.All(c => char.IsDigit(c) || c == '.'));

    private static bool IsNameWord(string w, LanguageTable language) =>
        char.IsUpper(w[0]) || language.Conjunctions.Contains(w.ToLowerInvariant()) || w == "in" || NameParticles.Contains(w)
        || Agencies.ShortName(w) is not null || Initials().IsMatch(w);

    private static List<string> Words(string text) =>
        [.. text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('(', ')', '.', ';')).Where(w => w.Length > 0)];

    private static int Opener(string text, IReadOnlyList<string> openers)
    {
        foreach (var o in openers.OrderByDescending(o => o.Length))
        {
            if (!text.StartsWith(o, StringComparison.OrdinalIgnoreCase)) continue;
            if (o.EndsWith(':')) return o.Length;
            if (text.Length > o.Length && text[o.Length] == ' ') return o.Length + 1;
        }
        return 0;
    }


    [GeneratedRegex(@"^[a-zäöüß]{2,4}$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"^[\w-]{2,40}\.(de|com|at|ch|net|org|co\.uk|uk|eu|info|fr|it|es)$")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"^©\s?[\w-]{2,20}")]
    private static partial Regex AgencyCopyright();

    [GeneratedRegex(@"\s\(([\w/ ,.-]{2,40})\)$")]
    private static partial Regex ClosingCredit();
}
