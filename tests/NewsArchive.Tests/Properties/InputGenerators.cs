using System.Text;
using CsCheck;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Tests.Properties;

/// <summary>An input for the parser and how it was made (shown when a property fails).</summary>
public sealed record GeneratedInput(string Shape, byte[] Bytes);

/// <summary>
/// Generators of parser inputs: articles made of the language tables' own words (speech verbs, role nouns,
/// months, furniture, labels), names, quotation marks of every style, balanced or not, datelines, wire
/// datelines, bylines, control characters and stray Unicode; HTML pages of random tags, nested deep or
/// wide within the nesting limit; and the samples and the seed mutated byte by byte.
/// </summary>
internal static class InputGenerators
{
    private static readonly string[] Names =
    [
        "Jana Beispiel", "Wolodymyr Selenskyj", "Donald Trump", "Karoline Leavitt", "Marcus Whitfield", "Anna Richter",
        "Selenskyj", "Trump", "Beispiel", "H.W. Baker", "Muammar al-Gaddafi", "Gaddafi", "Zhao Ziyang", "Renate Schmidt",
    ];

    private static readonly string[] Organisations =
        ["Hafengesellschaft", "Innenministerium", "Bundesgerichtshof (BGH)", "Castlegate Bank", "AMR Corp", "die Regierung", "the company"];

    private static readonly (string Open, string Close)[] MarkPairs =
        [("„", "“"), ("„", "”"), ("„", "\""), ("»", "«"), ("«", "»"), ("“", "”"), ("\"", "\""), ("'", "'"), ("‚", "‘"), ("‘", "’"), ("”", "”")];

    private static readonly string[] LoneMarks = ["„", "“", "”", "\"", "»", "«", "'", "‚", "‘", "’", "‹", "›", "``", "''"];

    private static readonly string[] Datelines =
    [
        "12.02.2025, 20:12 Uhr", "Feb. 12, 2025 8:12 p.m. ET", "Mittwoch, 12. Februar 2025", "aktualisiert am 13.02.2025, 07:01 Uhr",
        "Updated 3:04 PM GMT, March 1, 2024", "2025-02-12T20:12:00+01:00", "vor 2 Stunden", "31.02.2025", "12. Februar", "00:00 Uhr",
        "March 32, 1987", "Stand: 12.02.2025 19:44 Uhr",
    ];

    private static readonly string[] WireDatelines =
        ["WASHINGTON (AP) —", "Berlin (dpa) -", "TOKYO, Oct 20 -", "PORTLAND, Ore. (AP) —", "Kiew (AFP) –", "LONDON, March 3 (Reuters) -", "(dpa) -"];

    private static readonly string[] Bylines =
    [
        "Quelle: ntv.de, lme/dpa", "By Jane Doe, AP", "Von Max Muster", "By JANIE HAR and MICHAEL LIEDTKE Associated Press",
        "Foto: picture alliance / ZUMAPRESS.com", "(Foto: dpa)", "Reuters", "Photo: Getty Images", "Von unserem Korrespondenten",
    ];

    private static readonly string[] Oddities =
    [
        "\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u007F", "\u0085", "\u009C", "\u00AD", "\u200B", "\u200D", "\u2060",
        "\uFEFF", "\u202E", "\u2028", "\u2029", "\t", "\r", "\u00A0", "\u3000", "e\u0301", "\uD83D\uDE00", "\uD800", "\uDC00", "\uFFFD", "&amp;", "&#8222;", "&nbsp;",
        "-\n", "…", "—", "–",
    ];

    private static readonly string[] Tags =
    [
        "div", "p", "span", "article", "section", "main", "header", "footer", "nav", "aside", "figure", "figcaption", "h1", "h2", "h3",
        "b", "i", "em", "strong", "a", "ul", "li", "table", "tr", "td", "blockquote", "q", "time", "br", "img", "script", "style",
        "noscript", "template", "svg", "iframe", "form", "button", "pre", "code",
    ];

    private static readonly string[] Attributes =
    [
        "class=\"article-body\"", "class=\"share\"", "class=\"byline author\"", "itemprop=\"articleBody\"", "datetime=\"2025-02-12T20:12:00+01:00\"",
        "id=\"main\"", "class=\"comments\"", "rel=\"author\"", "href=\"https://example.org/2025/02/12/story\"", "src=\"x.jpg\" alt=\"Bild\"",
        "hidden", "style=\"display:none\"", "class=\"caption\"", "role=\"navigation\"", "aria-hidden=\"true\"",
    ];

    private static readonly string[] HeadParts =
    [
        "<title>Selenskyj spricht mit Trump | ntv.de</title>", "<meta property=\"og:title\" content=\"Ein Titel\">",
        "<meta property=\"article:published_time\" content=\"2025-02-12T20:12:00+01:00\">", "<meta name=\"author\" content=\"Jana Beispiel\">",
        "<link rel=\"canonical\" href=\"https://www.n-tv.de/politik/article123.html\">", "<meta charset=\"windows-1252\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ein Titel\",\"datePublished\":\"2025-02-12\",\"author\":{\"name\":\"Jana Beispiel\"}}</script>",
        "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Person\",\"name\":[1,2]},{\"datePublished\":null}]</script>",
        "<script type=\"application/ld+json\">{{{[[[</script>", "<meta property=\"og:url\" content=\"javascript:alert(1)\">",
    ];

    /// <summary>The words of both language tables, by kind: what real articles and the extractors are made of.</summary>
    private static readonly string[] TableWords = LanguageTables.All.SelectMany(t =>
        t.Stopwords.Concat(t.SpeechVerbs).Concat(t.RoleNouns).Concat(t.Months.Keys).Concat(t.Weekdays).Concat(t.Pronouns.Keys)
            .Concat(t.Determiners).Concat(t.CuesBeforeSpeaker).Concat(t.CuesAfterSpeaker).Concat(t.ImpersonalCues).Concat(t.FurnitureLines)
            .Concat(t.BylineOpeners).Concat(t.SourceLabels).Concat(t.CreditLabels).Concat(t.UpdateLabels).Concat(t.PublishedLabels)
            .Concat(t.SourceNouns).Concat(t.GroupNouns).Concat(t.CompanySuffixes).Concat(t.MediaNouns).Concat(t.TitleNouns))
        .Where(w => w.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static readonly string[] CueWords = LanguageTables.All
        .SelectMany(t => t.SpeechVerbs.Concat(t.CuesBeforeSpeaker).Concat(t.CuesAfterSpeaker).Concat(t.Pronouns.Keys))
        .Where(w => w.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static readonly string[] PlainWords =
    [
        "Die", "Hafengesellschaft", "hat", "am", "Montag", "neue", "Gebühren", "beschlossen", "the", "port", "authority", "raised", "fees",
        "Krieg", "Frieden", "Gespräch", "Ukraine", "Präsident", "Staatschef", "spokesman", "analyst", "2025", "20:12", "U.S.", "Dr.", "z.B.",
    ];

    /// <summary>A word an article could hold: from the tables, names, organisations, made-up words.</summary>
    public static readonly Gen<string> CleanWord = Gen.Frequency(
        (6, Gen.OneOf(TableWords)), (4, Gen.OneOf(PlainWords)), (3, Gen.OneOf(Names)), (1, Gen.OneOf(Organisations)),
        (1, Gen.Char["A-Za-zÄÖÜäöüß0123456789"].Array[1, 10].Select(c => new string(c))));

    /// <summary>A word, or control characters, stray Unicode, entities, random strings.</summary>
    public static readonly Gen<string> Word = Gen.Frequency((14, CleanWord), (1, Gen.OneOf(Oddities)), (1, Gen.String[1, 12]));

    private static readonly Gen<string> Punctuation = Gen.OneOf(",", ".", ":", ";", "!", "?", " -", " –", "(", ")", "/", "...");

    private static Gen<string> WordsOf(Gen<string> word) => Gen.Frequency((8, word), (2, Punctuation), (1, Gen.OneOf(LoneMarks)))
        .Array[1, 14].Select(w => string.Join(' ', w));

    private static readonly Gen<string> Words = WordsOf(Word);

    /// <summary>Words in a pair of quotation marks, nested marks and all.</summary>
    private static Gen<string> QuotedOf(Gen<string> word) => Gen.Select(Gen.OneOf(MarkPairs), WordsOf(word), Gen.Int[0, 5], Gen.OneOf(MarkPairs), word,
        (pair, words, nest, inner, w) => pair.Open + words + (nest == 0 ? $" {inner.Open}{w}{inner.Close} " : "") + pair.Close);

    private static readonly Gen<string> Speaker = Gen.Frequency(
        (4, Gen.OneOf(Names)), (2, Gen.Select(Gen.OneOf(TableWords), Gen.OneOf(Names), (role, name) => role + " " + name)),
        (2, Gen.OneOf("er", "sie", "he", "she", "they", "der Minister", "the spokesman", "ein Sprecher des Innenministeriums", "one analyst", "die Richter")),
        (1, Gen.OneOf(Organisations)));

    private static readonly Gen<string> Cue = Gen.OneOf(CueWords);

    /// <summary>A sentence: plain words, or a quotation with its attribution in one of the orders news writing uses.</summary>
    private static Gen<string> SentenceOf(Gen<string> word)
    {
        var (words, quoted) = (WordsOf(word), QuotedOf(word));
        return Gen.Frequency(
            (4, words.Select(w => w + ".")),
            (3, Gen.Select(quoted, Cue, Speaker, (q, c, s) => $"{q}, {c} {s}.")),
            (2, Gen.Select(Speaker, Cue, quoted, (s, c, q) => $"{s} {c}: {q}")),
            (2, Gen.Select(Speaker, Cue, words, quoted, (s, c, w, q) => $"{s} {c}, {w} {q} {w}.")),
            (1, Gen.Select(quoted, quoted, Cue, Speaker, (a, b, c, s) => $"{a[..^1]},{a[^1]} {c} {s}, {b}")),
            (1, Gen.Select(words, Gen.OneOf(LoneMarks), words, (a, m, b) => $"{a} {m}{b}.")),
            (1, Gen.OneOf("Die Hafengesellschaft hat am Montag neue Gebühren beschlossen, sagte Jana Beispiel.",
                "„Ich hatte ein bedeutsames Gespräch“, erklärte der ukrainische Staatschef.", "\"We will see,\" he said.")));
    }

    public static readonly Gen<string> Sentence = SentenceOf(Word);

    public static readonly Gen<string> Paragraph = Sentence.Array[1, 6].Select(s => string.Join(' ', s));

    /// <summary>A sentence of words an article could hold, no control characters or stray Unicode: one that parses to an article.</summary>
    public static readonly Gen<string> CleanSentence = SentenceOf(CleanWord);

    public static readonly Gen<string> CleanParagraph = CleanSentence.Array[1, 6].Select(s => string.Join(' ', s));

    private static readonly Gen<string> LineBreak = Gen.OneOf("\n\n", "\n", "\r\n\r\n", "\r\n", "\n \n", "\r", "\n\n\n");

    /// <summary>A copied text article: headline, perhaps a kicker, dateline, teaser, byline, a wire dateline opening the body, paragraphs.</summary>
    public static readonly Gen<string> TextArticle = Gen.Select(
        Words, Gen.OneOf(Datelines).Null(0.4), Gen.OneOf(Bylines).Null(0.5), Gen.OneOf(WireDatelines).Null(0.6),
        Paragraph.Array[0, 12], LineBreak, Gen.OneOf(Bylines).Null(0.6), Paragraph.Null(0.6),
        (headline, dateline, byline, wire, paragraphs, br, signoff, teaser) =>
        {
            var lines = new List<string> { headline };
            if (teaser is not null) lines.Add(teaser);
            if (dateline is not null) lines.Add(dateline);
            if (byline is not null) lines.Add(byline);
            for (var i = 0; i < paragraphs.Length; i++) lines.Add(i == 0 && wire is not null ? wire + " " + paragraphs[i] : paragraphs[i]);
            if (signoff is not null) lines.Add(signoff);
            return string.Join(br, lines);
        });

    /// <summary>An HTML element holding <paramref name="inner"/>, with a random attribute, perhaps left unclosed.</summary>
    private static Gen<string> Element(Gen<string> inner) => Gen.Select(Gen.OneOf(Tags), Gen.OneOf(Attributes).Null(0.5), inner, Gen.Int[0, 9],
        (tag, attribute, content, close) => $"<{tag}{(attribute is null ? "" : " " + attribute)}>{content}{(close == 0 ? "" : $"</{tag}>")}");

    /// <summary>Random markup: text, tags nested a few levels, wide lists of siblings, stray brackets and comments.</summary>
    private static readonly Gen<string> Markup = Gen.Recursive<string>((depth, self) => depth >= 5
        ? Gen.Frequency((3, Paragraph), (1, Gen.OneOf("<br>", "<!-- x -->", "<", "</div>", "<p", "&", "<![CDATA[ x ]]>", "<?xml ?>")))
        : Gen.Frequency((3, Paragraph), (3, Element(self)), (2, self.Array[0, 6].Select(parts => string.Concat(parts))),
            (1, Element(self).Select(e => "<p>" + e))));

    /// <summary>A page: a head of metadata (some of it broken), then random markup, perhaps nested or wide to the extreme.</summary>
    public static readonly Gen<string> HtmlPage = Gen.Select(
        Gen.OneOf(HeadParts).Array[0, 6], Markup.Array[1, 4], Gen.Int[0, 3], Gen.Int[1, 200], Gen.OneOf(Tags), Paragraph,
        (head, body, extreme, count, tag, paragraph) =>
        {
            var sb = new StringBuilder(extreme == 3 ? "" : "<!DOCTYPE html>\n<html><head>");
            sb.AppendJoin("\n", head).Append("</head><body>");
            // Deep nesting below the guard's limit, or many siblings: the shapes that are slow in an HTML parser.
            if (extreme == 1) sb.Insert(sb.Length, $"<{tag}>", count).Append(paragraph).Insert(sb.Length, $"</{tag}>", count);
            if (extreme == 2) for (var i = 0; i < count; i++) sb.Append("<p>").Append(paragraph).Append("</p>");
            sb.AppendJoin("\n", body);
            return sb.Append(extreme == 3 ? "" : "</body></html>").ToString();
        });

    /// <summary>A text in one of the encodings people save articles in.</summary>
    private static readonly Gen<Func<string, byte[]>> Encoding_ = Gen.OneOf<Func<string, byte[]>>(
        s => Encoding.UTF8.GetBytes(s),
        s => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(s)],
        s => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(s)],
        s => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(s)],
        s => Encoding.Latin1.GetBytes(s));

    public static readonly Gen<GeneratedInput> Text =
        Gen.Select(TextArticle, Encoding_, (text, encode) => new GeneratedInput("text", encode(text)));

    public static readonly Gen<GeneratedInput> Html =
        Gen.Select(HtmlPage, Encoding_, (page, encode) => new GeneratedInput("html", encode(page)));

    private static readonly Lazy<(string Name, byte[] Bytes)[]> SampleFiles = new(() =>
        [.. Directory.EnumerateFiles(TestPaths.Samples, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Append(TestPaths.Seed)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))]);

    /// <summary>One edit of a byte array: flip, insert (invalid UTF-8 too), delete, duplicate, or splice generated text in.</summary>
    private static readonly Gen<Func<byte[], byte[]>> Mutation = Gen.Frequency<Func<byte[], byte[]>>(
        (3, Gen.Select(Gen.Double[0, 1], Gen.Byte, (at, b) => (Func<byte[], byte[]>)(bytes =>
        {
            if (bytes.Length == 0) return bytes;
            var copy = (byte[])bytes.Clone();
            copy[(int)(at * (copy.Length - 1))] = b;
            return copy;
        }))),
        (2, Gen.Select(Gen.Double[0, 1], Gen.OneOf<byte[]>([0xC3], [0xFF, 0xFE], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00, 0x00], [0x80], [0xC0, 0xAF]),
            (at, b) => (Func<byte[], byte[]>)(bytes => Splice(bytes, at, 0, b)))),
        (2, Gen.Select(Gen.Double[0, 1], Gen.Int[1, 400], (at, n) => (Func<byte[], byte[]>)(bytes => Splice(bytes, at, n, [])))),
        (2, Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[1, 2_000], (at, from, n) => (Func<byte[], byte[]>)(bytes =>
        {
            var start = (int)(from * bytes.Length);
            return Splice(bytes, at, 0, bytes[start..Math.Min(bytes.Length, start + n)]);
        }))),
        (3, Gen.Select(Gen.Double[0, 1], Gen.Frequency((3, Sentence), (1, Gen.OneOf(LoneMarks)), (1, Gen.OneOf(Oddities)), (1, Markup), (1, LineBreak)),
            (at, text) => (Func<byte[], byte[]>)(bytes => Splice(bytes, at, 0, Encoding.UTF8.GetBytes(text))))),
        (1, Gen.Double[0, 1].Select(at => (Func<byte[], byte[]>)(bytes => bytes[..(int)(at * bytes.Length)]))));

    private static byte[] Splice(byte[] bytes, double at, int remove, byte[] insert)
    {
        var start = (int)(at * bytes.Length);
        var end = Math.Min(bytes.Length, start + remove);
        return [.. bytes[..start], .. insert, .. bytes[end..]];
    }

    /// <summary>A sample or the seed with a few edits, or two of them spliced together.</summary>
    public static readonly Gen<GeneratedInput> MutatedSample = Gen.Select(
        Gen.Int[0, SampleFiles.Value.Length - 1], Gen.Int[0, SampleFiles.Value.Length - 1], Gen.Double[0, 1], Gen.Bool, Mutation.Array[1, 8],
        (first, second, cut, join, edits) =>
        {
            var (name, bytes) = SampleFiles.Value[first];
            if (join)
            {
                bytes = [.. bytes[..(int)(cut * bytes.Length)], .. SampleFiles.Value[second].Bytes[(int)(cut * SampleFiles.Value[second].Bytes.Length)..]];
                name += " + " + SampleFiles.Value[second].Name;
            }
            foreach (var edit in edits) bytes = edit(bytes);
            return new GeneratedInput($"{name}, {edits.Length} edits", bytes);
        });

    public static readonly Gen<GeneratedInput> Any = Gen.Frequency((2, Text), (1, Html), (2, MutatedSample));
}
