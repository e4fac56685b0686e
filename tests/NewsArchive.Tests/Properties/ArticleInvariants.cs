using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Tests.Properties;

/// <summary>
/// What the spec (shared/spec/article-json.md) promises of every article, stated so a machine can check it
/// cheaply: quotes point exactly at their text, text values are clean, the word count adds up, the id and
/// digest have their form. Returns what is broken, so a failing property says which promise.
/// </summary>
internal static partial class ArticleInvariants
{
    private static readonly string[] AttributionValues = ["cue", "continuation", "pronoun", "role", "none"];

    public static IReadOnlyList<string> Violations(ParseResult result, byte[] bytes)
    {
        var broken = new List<string>();
        if ((result.Article is null) == (result.Error is null)) broken.Add("a result has either an article or an error, not both or neither");
        if (result.Error is { } error && string.IsNullOrWhiteSpace(error)) broken.Add("an error says why");
        if (result.Article is not { } a) return broken;

        if (a.SchemaVersion != 1) broken.Add($"schemaVersion is 1, not {a.SchemaVersion}");
        if (!HexId().IsMatch(a.Id)) broken.Add($"id is 16 lower-case hex digits: '{a.Id}'");
        if (a.Input.Sha256 != Convert.ToHexStringLower(SHA256.HashData(bytes))) broken.Add("input.sha256 is the digest of the bytes");
        if (a.Input.Format is not ("text" or "html")) broken.Add($"input.format is text or html: '{a.Input.Format}'");

        foreach (var (field, value) in TextValues(a)) CheckText(field, value, broken);
        if (a.Paragraphs.Any(p => p.Length == 0)) broken.Add("no paragraph is empty");

        var words = WordCount(a.Teaser) + a.Paragraphs.Sum(WordCount);
        if (a.WordCount != words) broken.Add($"wordCount is the words of teaser and paragraphs: {a.WordCount}, counted {words}");

        for (var i = 0; i < a.Quotes.Count; i++)
        {
            var q = a.Quotes[i];
            if (q.Paragraph < 0 || q.Paragraph >= a.Paragraphs.Count || q.Start < 0 || q.Length < 0 || q.Start + q.Length > a.Paragraphs[q.Paragraph].Length)
            {
                broken.Add($"quote {i} points inside a paragraph: paragraph {q.Paragraph}, start {q.Start}, length {q.Length}");
                continue;
            }
            if (a.Paragraphs[q.Paragraph].Substring(q.Start, q.Length) != q.Text)
                broken.Add($"quote {i} is the paragraph's text at start, length: '{a.Paragraphs[q.Paragraph].Substring(q.Start, q.Length)}' is not '{q.Text}'");
            if (q.Text.Length == 0) broken.Add($"quote {i} has text");
            if (!AttributionValues.Contains(q.Attribution)) broken.Add($"quote {i} has a known attribution: '{q.Attribution}'");
            if (q.Attribution == "continuation" && (q.Cue is not null || q.Mention is not null)) broken.Add($"quote {i}, a continuation, has no cue or mention");
            if (i > 0 && (q.Paragraph, q.Start).CompareTo((a.Quotes[i - 1].Paragraph, a.Quotes[i - 1].Start)) <= 0)
                broken.Add($"quote {i} follows quote {i - 1} in reading order");
        }

        foreach (var date in new[] { a.Dateline.Published, a.Dateline.Modified })
            if (date is not null && !IsoDate().IsMatch(date)) broken.Add($"a date is ISO 8601 with an offset written +hh:mm: '{date}'");

        var values = new Dictionary<string, string?>
        {
            ["headline"] = a.Headline, ["kicker"] = a.Kicker, ["teaser"] = a.Teaser, ["language"] = a.Language, ["url"] = a.Url,
            ["dateline.published"] = a.Dateline.Published, ["dateline.modified"] = a.Dateline.Modified, ["byline.publisher"] = a.Byline.Publisher,
        };
        foreach (var (key, value) in values)
            if (value is null && a.Provenance.ContainsKey(key)) broken.Add($"provenance names only fields that have a value: '{key}'");
        return broken;
    }

    private static IEnumerable<(string Field, string? Value)> TextValues(Article a)
    {
        yield return ("kicker", a.Kicker);
        yield return ("headline", a.Headline);
        yield return ("teaser", a.Teaser);
        yield return ("dateline.text", a.Dateline.Text);
        yield return ("dateline.wire", a.Dateline.Wire);
        yield return ("dateline.location", a.Dateline.Location);
        yield return ("byline.text", a.Byline.Text);
        yield return ("byline.publisher", a.Byline.Publisher);
        foreach (var author in a.Byline.Authors) yield return ("byline.authors[]", author);
        foreach (var agency in a.Byline.Agencies) yield return ("byline.agencies[]", agency);
        foreach (var image in a.Images)
        {
            yield return ("images[].caption", image.Caption);
            yield return ("images[].credit", image.Credit);
        }
        for (var i = 0; i < a.Paragraphs.Count; i++) yield return ($"paragraphs[{i}]", a.Paragraphs[i]);
        foreach (var quote in a.Quotes)
        {
            yield return ("quotes[].speaker", quote.Speaker);
            yield return ("quotes[].mention", quote.Mention);
            yield return ("quotes[].cue", quote.Cue);
        }
    }

    /// <summary>The spec's text rules: trimmed, whitespace runs collapsed to one space, no control or zero-width characters, NFC.</summary>
    private static void CheckText(string field, string? value, List<string> broken)
    {
        if (value is null) return;
        if (value.Length == 0) broken.Add($"{field} is null rather than empty");
        if (value.Trim() != value) broken.Add($"{field} is trimmed: '{Show(value)}'");
        if (value.Contains("  ", StringComparison.Ordinal) || value.Any(c => char.IsWhiteSpace(c) && c != ' '))
            broken.Add($"{field} has its whitespace collapsed to single spaces: '{Show(value)}'");
        if (value.Any(c => char.IsControl(c) || c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'))
            broken.Add($"{field} has no control, zero-width or soft-hyphen characters: '{Show(value)}'");
        if (!IsNormalizedSafely(value)) broken.Add($"{field} is NFC: '{Show(value)}'");
    }

    /// <summary>NFC, where the text is valid UTF-16 at all (a lone surrogate cannot be normalised; the decoder replaces those).</summary>
    private static bool IsNormalizedSafely(string value)
    {
        try { return value.IsNormalized(NormalizationForm.FormC); }
        catch (ArgumentException) { return false; }
    }

    private static string Show(string value) =>
        string.Concat(value.Take(120).Select(c => char.IsControl(c) || c > '\u2000' && c < '\u2070' || c == '\u00AD' || c == '\uFEFF' ? $"\\u{(int)c:X4}" : c.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The spec's word: a whitespace-separated token that contains a letter or a digit.</summary>
    public static int WordCount(string? text) =>
        text is null ? 0 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex HexId();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?)?$")]
    private static partial Regex IsoDate();
}
