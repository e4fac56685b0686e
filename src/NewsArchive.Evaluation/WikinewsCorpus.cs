using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsArchive.Evaluation;

/// <summary>
/// German WikiNews with quotation attribution (Petersen-Frey and Biemann 2024, CC BY-NC-SA 4.0), read in
/// place. Each article becomes a reader's copy: the headline from the file name, its date as a date
/// line, then the text. Gold quotes are the <c>Direct</c> annotations whose quote span lies in quotation
/// marks (marks stripped) and that have a speaker annotated; those without one count neither for nor against.
/// Their speakers, resolved to the spec's <c>speaker</c>, come from <c>eval/wikinews-speakers.json</c>,
/// matched by article id and the quote's first words, in text order. A span annotated twice is one gold quote.
/// </summary>
internal static partial class WikinewsCorpus
{
    private const string Marks = "\"„“”»«‚‘’'";

    public static IEnumerable<GoldArticle> Read(string folder, string speakersFile)
    {
        var speakers = Speakers(speakersFile);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var m = FileName().Match(name);
            if (!m.Success) continue;
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var text = json.RootElement.GetProperty("originalText").GetString()!;
            var copy = $"{m.Groups[1].Value}\n{m.Groups[4].Value}.{m.Groups[3].Value}.{m.Groups[2].Value}\n{text}";
            var quotes = Quotes(json.RootElement, text).ToList();
            var id = name[..name.IndexOf(' ', StringComparison.Ordinal)];
            quotes = [.. quotes.Select(q => q.Speaker is not null && speakers.TryGetValue((id, Opening(q.Text)), out var queue) && queue.Count > 0
                ? q with { Resolved = new SpecSpeaker(queue.Dequeue()) }
                : q)];
            yield return new GoldArticle(name, copy, Merged(quotes.Where(q => q.Speaker is not null)), [.. quotes.Where(q => q.Speaker is null).Select(q => q.Text)]);
        }
    }

    /// <summary>One gold quote per span: a span annotated again (in text order, so next to it) joins the first as <see cref="GoldQuote.Also"/>.</summary>
    private static List<GoldQuote> Merged(IEnumerable<GoldQuote> quotes)
    {
        var merged = new List<GoldQuote>();
        foreach (var quote in quotes)
        {
            if (merged.Count > 0 && merged[^1].Text == quote.Text) merged[^1] = merged[^1] with { Also = [.. merged[^1].Also, quote] };
            else merged.Add(quote);
        }
        return merged;
    }

    /// <summary>The resolved speakers by article id and opening words, each queue in text order.</summary>
    private static Dictionary<(string Article, string Opening), Queue<string?>> Speakers(string file)
    {
        var speakers = new Dictionary<(string, string), Queue<string?>>();
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        foreach (var q in json.RootElement.GetProperty("quotes").EnumerateArray())
        {
            var key = (q.GetProperty("article").GetString()!, Opening(q.GetProperty("quote").GetString()!));
            if (!speakers.TryGetValue(key, out var queue)) speakers[key] = queue = new();
            queue.Enqueue(q.GetProperty("speaker").GetString());
        }
        return speakers;
    }

    private static string Opening(string quote) => string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8));

    private static IEnumerable<GoldQuote> Quotes(JsonElement root, string text)
    {
        foreach (var a in root.GetProperty("annotations").EnumerateArray().OrderBy(a => QuoteBegin(a)))
        {
            if (a.GetProperty("type").GetString() != "Direct") continue;
            var spans = a.GetProperty("quote").GetProperty("spans");
            if (spans.GetArrayLength() == 0) continue;
            var begin = spans[0].GetProperty("charBegin").GetInt32();
            var end = spans[spans.GetArrayLength() - 1].GetProperty("charEnd").GetInt32();
            var quoted = text[begin..end].Trim();
            var inMarks = begin > 0 && Marks.Contains(text[begin - 1]) || quoted.Length > 0 && Marks.Contains(quoted[0]);
            var speaker = a.GetProperty("speaker").GetProperty("text").GetString()?.Trim();
            if (!inMarks) continue;
            yield return new GoldQuote(quoted.Trim(Marks.ToCharArray()).Trim(), false, string.IsNullOrEmpty(speaker) ? null : speaker, CueText(a.GetProperty("cue"), text));
        }
    }

    private static int QuoteBegin(JsonElement annotation) =>
        annotation.GetProperty("quote").GetProperty("spans") is { } spans && spans.GetArrayLength() > 0 ? spans[0].GetProperty("charBegin").GetInt32() : -1;

    /// <summary>Split cues (<c>teilte … mit</c>) compare as their parts joined by one space.</summary>
    private static string? CueText(JsonElement cue, string text)
    {
        var parts = cue.GetProperty("spans").EnumerateArray()
            .Select(s => text[s.GetProperty("charBegin").GetInt32()..s.GetProperty("charEnd").GetInt32()].Trim())
            .Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    [GeneratedRegex(@"^\d+ - (.*) \((\d{4})-(\d{2})-(\d{2})\)\.pretty\.json$")]
    private static partial Regex FileName();
}
