using System.Globalization;
using System.Text;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Languages;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Evaluation;

/// <summary>
/// Scores the real parse path against gold quotes. A found quote matches a gold quote when their
/// token overlap is at least 0.8 of the longer one (or, where the gold keeps only the opening words,
/// when the found quote starts with them), one to one, in reading order. A speaker is right when it is
/// the gold's speaker as the spec writes it (<see cref="SpecSpeakerRight"/>); where the gold has only the
/// words naming the speaker at the quote, when their surname is in <c>speaker</c>, or where they name no
/// one, in <c>mention</c> (<see cref="SpeakerRight"/>). That second figure is reported for every corpus.
/// </summary>
internal sealed class Scorer(string corpus)
{
    private int _articles, _gold, _found, _matched, _speakersRight, _wordsRight, _cuesRight;
    private readonly List<string> _missed = [], _extra = [], _wrongSpeaker = [], _wrongCue = [];

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
            List<GoldQuote> annotations = [gold, .. gold.Also];
            if (annotations.Any(g => SpeakerRight(g.Speaker, found[i]))) _wordsRight++;
            if (annotations.Any(g => g.Resolved is { } spec ? SpecSpeakerRight(spec.Name, found[i].Speaker) : SpeakerRight(g.Speaker, found[i]))) _speakersRight++;
            else
            {
                var resolved = gold.Resolved is { } r ? $" → {r.Name ?? "null"}" : "";
                _wrongSpeaker.Add($"{article.Name}: «{Short(gold.Text)}» gold {gold.Speaker ?? "null"}{resolved}, found {found[i].Speaker ?? "null"} (mention {found[i].Mention ?? "null"})");
            }
            if (annotations.Any(g => string.Equals(g.Cue ?? "", found[i].Cue ?? "", StringComparison.OrdinalIgnoreCase))) _cuesRight++;
            else _wrongCue.Add($"{article.Name}: «{Short(gold.Text)}» gold {gold.Cue ?? "null"}, found {found[i].Cue ?? "null"}");
        }
        // A found quote that matches a quote the gold leaves out of the score counts neither way.
        for (var k = 0; k < found.Count; k++)
            if (!used[k] && article.Ignored.Any(text => Overlap(text, found[k].Text) >= 0.8)) { used[k] = true; _found--; }
        for (var k = 0; k < found.Count; k++)
            if (!used[k]) _extra.Add($"{article.Name}: «{Short(found[k].Text)}» ({found[k].Speaker ?? "null"})");
    }

    public void Report(TextWriter output, int errors)
    {
        var p = Ratio(_matched, _found);
        var r = Ratio(_matched, _gold);
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus}: {_articles} articles, {_gold} gold quotes, {_found} found, {_matched} matched | precision {p:0.000} recall {r:0.000} F1 {f1:0.000} | speaker {Ratio(_speakersRight, _matched):0.000} (by the annotated words {Ratio(_wordsRight, _matched):0.000}) | cue {Ratio(_cuesRight, _matched):0.000}"));
        if (errors <= 0) return;
        foreach (var (title, list) in new[] { ("missed", _missed), ("not in gold", _extra), ("wrong speaker", _wrongSpeaker), ("wrong cue", _wrongCue) })
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

    /// <summary>
    /// Right when the spec's speaker is null and so is <c>speaker</c>, or when its surname (see <see cref="Surname"/>)
    /// is a word of <c>speaker</c>, or the two are the same name apart from case and hyphens.
    /// </summary>
    internal static bool SpecSpeakerRight(string? spec, string? found)
    {
        if (spec is null || found is null) return spec is null && found is null;
        static string Plain(string name) => string.Join(' ', name.ToLowerInvariant().Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries));
        return Plain(spec) == Plain(found) || found.Split(NameBreaks).Contains(Surname(spec), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Right when the gold speaker's surname is in <c>speaker</c>. The gold marks the words that name the
    /// speaker at the quote, with no link to a name elsewhere, so where it names no one by name (a pronoun,
    /// <c>der Bundespräsident</c>, <c>Der Sprecher</c>) it is compared with <c>mention</c>, and only
    /// where the speaker came from that mention (a pronoun or role resolved, or no speaker named).
    /// </summary>
    internal static bool SpeakerRight(string? gold, Quote found)
    {
        if (gold is null) return found.Speaker is null;
        var surname = Surname(gold);
        if (found.Speaker is not null && found.Speaker.Split(NameBreaks).Contains(surname, StringComparer.OrdinalIgnoreCase)) return true;
        var fromMention = found.Speaker is null || found.Attribution is Attributions.Role or Attributions.Pronoun;
        return fromMention && found.Mention is not null
               && found.Mention.Split(NameBreaks, StringSplitOptions.RemoveEmptyEntries).Contains(surname, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The gold speaker's surname: the last word of a name, a run of two or more capitalised words. Of
    /// several runs, the first that holds a given name (<c>Auffassung des CDU-Fraktionsvorsitzenden Hartmut
    /// Perschau</c>), else the last in apposition after a comma, else the first that does not follow an
    /// article or preposition (<c>der Afrikanischen Union</c> is not the speaker); titles before a name are
    /// part of its run (<c>Bundesfinanzminister Peer Steinbrück</c>). With no run, the last capitalised
    /// word; a pronoun as it is. Party labels in parentheses are dropped.
    /// </summary>
    internal static string Surname(string gold)
    {
        List<string> words = [.. WithoutParentheses(gold).Replace(",", " , ", StringComparison.Ordinal).Split(NameBreaks, StringSplitOptions.RemoveEmptyEntries)];
        var runs = new List<(int First, int Last, bool Governed)>();
        string? single = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCapitalised(words[i]) || i == 0 && Determiners.Contains(words[i].ToLowerInvariant())) continue;
            var end = i;
            while (end + 1 < words.Count && (IsCapitalised(words[end + 1]) || Particles.Contains(words[end + 1]) && end + 2 < words.Count && IsCapitalised(words[end + 2]))) end++;
            var governed = i > 0 && Governors.Contains(words[i - 1].ToLowerInvariant());
            if (end > i) runs.Add((i, end, governed));
            else if (!governed) single ??= words[end];
            i = end;
        }
        var named = runs.FindIndex(r => Enumerable.Range(r.First, r.Last - r.First).Any(k => IsCapitalised(words[k]) && GivenNames.GenderOf(words[k]) is not null));
        var apposition = runs.FindLastIndex(r => r.First > 0 && words[r.First - 1] == ",");
        var free = runs.FindIndex(r => !r.Governed);
        var chosen = named >= 0 ? named : apposition >= 0 ? apposition : free;
        return chosen >= 0 ? words[runs[chosen].Last] : single ?? words.LastOrDefault(w => w != ",") ?? gold;
    }

    private static string WithoutParentheses(string text)
    {
        var kept = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0) kept.Append(c);
        }
        return kept.ToString();
    }

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]);

    private static readonly HashSet<string> Determiners = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "the", "a", "an"];
    private static readonly HashSet<string> Governors = ["der", "des", "dem", "den", "vom", "beim", "im", "am", "für", "bei", "aus", "zum", "zur", "of", "at", "for", "from"];
    private static readonly HashSet<string> Particles = ["von", "van", "de", "zu", "al", "bin"];

    private static List<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '!', '?', '"', '„', '“', '”', '»', '«', '(', ')', '-', '–'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Breaks between the words of a name; a comma stays a word of its own, a hyphen inside a name stays.</summary>
    private static readonly char[] NameBreaks = [' ', '.', ';', ':', '!', '?', '"', '„', '“', '”', '»', '«', '(', ')', '–'];

    private static string Normal(string text) => string.Join(' ', Words(text));

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
