using System.Globalization;
using System.Text;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Evaluation;

/// <summary>
/// Scores the real parse path against gold quotes. A found quote matches a gold quote when their
/// token overlap is at least 0.8 of the longer one (or, where the gold keeps only the opening words,
/// when the found quote starts with them), one to one, in reading order. A speaker is right when the
/// gold speaker's surname (its last name word; appositions, titles and party labels dropped) is in
/// <c>speaker</c>; a pronoun gold speaker is compared with <c>mention</c>; a gold speaker of null wants null.
/// </summary>
internal sealed class Scorer(string corpus)
{
    private static readonly HashSet<string> Pronouns = ["er", "sie", "es", "ich", "wir", "ihr", "man", "he", "she", "they", "it", "i", "we"];
    private int _articles, _gold, _found, _matched, _speakersRight, _cuesRight;
    private readonly List<string> _missed = [], _extra = [], _wrongSpeaker = [];

    public void Add(GoldArticle article)
    {
        _articles++;
        var parsed = ArticleParser.Parse(Encoding.UTF8.GetBytes(article.Copy), article.Name, ParseOptions.Default).Article;
        var found = parsed?.Quotes ?? [];
        var used = new bool[found.Count];
        _gold += article.Quotes.Count;
        _found += found.Count;
        foreach (var gold in article.Quotes)
        {
            var i = Enumerable.Range(0, found.Count).FirstOrDefault(k => !used[k] && Matches(gold, found[k].Text), -1);
            if (i < 0) { _missed.Add($"{article.Name}: «{Short(gold.Text)}» ({gold.Speaker})"); continue; }
            used[i] = true;
            _matched++;
            if (SpeakerRight(gold.Speaker, found[i])) _speakersRight++;
            else _wrongSpeaker.Add($"{article.Name}: «{Short(gold.Text)}» gold {gold.Speaker ?? "null"}, found {found[i].Speaker ?? "null"} (mention {found[i].Mention ?? "null"})");
            if (string.Equals(gold.Cue ?? "", found[i].Cue ?? "", StringComparison.OrdinalIgnoreCase)) _cuesRight++;
        }
        for (var k = 0; k < found.Count; k++)
            if (!used[k]) _extra.Add($"{article.Name}: «{Short(found[k].Text)}» ({found[k].Speaker ?? "null"})");
    }

    public void Report(TextWriter output, int errors)
    {
        var p = Ratio(_matched, _found);
        var r = Ratio(_matched, _gold);
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus}: {_articles} articles, {_gold} gold quotes, {_found} found, {_matched} matched | precision {p:0.000} recall {r:0.000} F1 {f1:0.000} | speaker {Ratio(_speakersRight, _matched):0.000} | cue {Ratio(_cuesRight, _matched):0.000}"));
        if (errors <= 0) return;
        foreach (var (title, list) in new[] { ("missed", _missed), ("not in gold", _extra), ("wrong speaker", _wrongSpeaker) })
        {
            output.WriteLine($"  {title} ({list.Count}), first {Math.Min(errors, list.Count)}:");
            foreach (var line in list.Take(errors)) output.WriteLine("    " + line);
        }
    }

    private static bool Matches(GoldQuote gold, string found) => gold.TextIsPrefix
        ? Normal(found).StartsWith(Normal(gold.Text), StringComparison.Ordinal)
        : Overlap(gold.Text, found) >= 0.8;

    private static double Overlap(string a, string b)
    {
        var ta = Words(a);
        var tb = Words(b);
        if (ta.Count == 0 || tb.Count == 0) return 0;
        var counts = ta.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var w in tb)
            if (counts.TryGetValue(w, out var n) && n > 0) { common++; counts[w] = n - 1; }
        return (double)common / Math.Max(ta.Count, tb.Count);
    }

    private static bool SpeakerRight(string? gold, Quote found)
    {
        if (gold is null) return found.Speaker is null;
        if (Pronouns.Contains(gold.ToLowerInvariant())) return string.Equals(gold, found.Mention, StringComparison.OrdinalIgnoreCase) || found.Speaker is not null;
        var surname = Surname(gold);
        return found.Speaker is not null && found.Speaker.Contains(surname, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The gold speaker's surname: the last word of the part that is a name, where the annotation
    /// holds an apposition (<c>der Vorsitzende des Verbands, Elmar Gesse</c>, <c>Sadiq Khan, eines der …</c>);
    /// party labels in parentheses dropped.
    /// </summary>
    private static string Surname(string gold)
    {
        var parts = gold.Split('(')[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var name = parts.LastOrDefault(p => p.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[0]) || w is "von" or "van" or "de" or "der" or "zu")))
                   ?? parts.FirstOrDefault() ?? gold;
        return (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => char.IsUpper(w[0])) ?? name).Trim('.', ',', ':');
    }

    private static List<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '!', '?', '"', '„', '“', '”', '»', '«', '(', ')', '-', '–'], StringSplitOptions.RemoveEmptyEntries)];

    private static string Normal(string text) => string.Join(' ', Words(text));

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
