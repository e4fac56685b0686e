using System.Buffers;
using System.Text;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Languages;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// Pictures in copied text show as a caption line and a credit line. A credit is a short line that
/// opens with a credit label, bare or in parentheses (<c>(Foto: picture alliance / ZUMAPRESS.com)</c>,
/// <c>Photo: Jane Doe / AFP</c>, <c>Image source, Getty Images</c>), or that closes a caption
/// (<c>… persönlich. (Foto: dpa)</c>, <c>… on Tuesday. Photograph: Jane Doe/Reuters</c>). Its caption
/// is a labelled caption line right after it (BBC), else the line before it when that is not the
/// headline or already claimed.
/// </summary>
internal sealed class ImageExtractor : IExtractor
{
    private const int MaxCreditWords = 16;
    private const int MaxCaptionWords = 70;
    private static readonly string[] CaptionLabels = [.. LanguageTables.All.SelectMany(t => t.CaptionLabels)];
    private static readonly string[] AllLabels = [.. LanguageTables.All.SelectMany(t => t.CreditLabels).Distinct(StringComparer.OrdinalIgnoreCase)];
    /// <summary>
    /// Every language's credit labels at once: most paragraphs hold none, and a search or two tells so. Labels
    /// in ASCII are searched by a vectorised matcher; the others (<c>©</c>, <c>credit…</c>) only where the
    /// text holds one of their non-ASCII characters in either case.
    /// </summary>
    private static readonly SearchValues<string> AsciiLabels = SearchValues.Create([.. AllLabels.Where(l => Ascii.IsValid(l))], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> OtherLabels = SearchValues.Create([.. AllLabels.Where(l => !Ascii.IsValid(l))], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> OtherLabelChars = SearchValues.Create(
        [.. AllLabels.SelectMany(l => l).Where(c => !char.IsAscii(c)).SelectMany(c => new[] { c, char.ToUpperInvariant(c), char.ToLowerInvariant(c) }).Distinct()]);

    private static bool MayHoldCreditLabel(ReadOnlySpan<char> text) =>
        text.ContainsAny(AsciiLabels) || text.ContainsAny(OtherLabelChars) && text.ContainsAny(OtherLabels);

    public void Extract(ExtractionContext context)
    {
        var language = context.Language;
        var blocks = context.ContentBlocks();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != BlockKind.Unknown) continue;

            if (CreditOf(block.Text, language) is { } credit)
            {
                block.Kind = BlockKind.Credit;
                var caption = CaptionAfter(blocks, i, language) ?? CaptionBefore(blocks, i);
                context.Images.Add(new ArticleImage(caption, credit, null));
            }
            else if (SplitCaptionAndCredit(block.Text, language) is { } pair)
            {
                block.Kind = BlockKind.Caption;
                context.Images.Add(new ArticleImage(pair.Caption, pair.Credit, null));
            }
        }
    }

    public static bool IsCredit(string text, LanguageTable language) => CreditOf(text, language) is not null;

    /// <summary>The credit without its label and parentheses, when the whole line is a credit.</summary>
    private static string? CreditOf(string text, LanguageTable language)
    {
        var t = text.Trim();
        if (t.StartsWith('(') && t.EndsWith(')')) t = t[1..^1].Trim();
        if (TextCounts.Pieces(t) > MaxCreditWords) return null;
        foreach (var label in AllCreditLabels(language))
        {
            if (!t.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            var credit = t[label.Length..].Trim().TrimEnd('.').Trim();
            return credit.Length > 0 ? credit : null;
        }
        return null;
    }

    private static IEnumerable<string> AllCreditLabels(LanguageTable language) =>
        language.CreditLabels.Concat(LanguageTables.All.Where(t => t != language).SelectMany(t => t.CreditLabels));

    /// <summary>A credit without the label a page prints before it (<c>Photo: Lena Okafor</c> -> <c>Lena Okafor</c>), as the text rules give it.</summary>
    internal static string WithoutCreditLabel(string credit, LanguageTable language)
    {
        foreach (var label in AllCreditLabels(language))
            if (label.Length > 1 && credit.StartsWith(label, StringComparison.OrdinalIgnoreCase) && credit.Length > label.Length + 1)
                return credit[label.Length..].Trim();
        return credit;
    }

    internal static (string Caption, string Credit)? SplitCaptionAndCredit(string text, LanguageTable language)
    {
        if (SignedCredit(text, language) is { } signed) return signed;
        if (!MayHoldCreditLabel(text)) return null;
        foreach (var label in AllCreditLabels(language))
        {
            var i = text.LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (i <= 0 || char.IsLetter(text[i]) && !char.IsUpper(text[i]) && text[i - 1] != '(' || label.Length < 2 && text[i - 1] != ' ') continue;
            var open = text[i - 1] == '(' ? i - 1 : i;
            var caption = text[..open].Trim();
            var credit = text[(i + label.Length)..].Trim().TrimEnd('.').TrimEnd(')').Trim();
            if (caption.Length == 0 || credit.Length == 0 || TextCounts.Pieces(credit) > MaxCreditWords) continue;
            if (!".!?".Contains(caption[^1]) && text[i - 1] != '(') continue;
            return (StripCaptionLabel(caption, language), credit);
        }
        return null;
    }

    /// <summary>
    /// A caption closed by a credit that names its source outright, in parentheses or after the last
    /// sentence: <c>… in Washington. (AP Photo/Lena Hartwell)</c>, <c>… February 11, 2025. REUTERS/Tobias Wren</c>.
    /// </summary>
    private static (string Caption, string Credit)? SignedCredit(string text, LanguageTable language)
    {
        var parenthesised = text.EndsWith(')');
        var open = parenthesised ? text.LastIndexOf('(') : text.LastIndexOf(". ", StringComparison.Ordinal) + 1;
        if (open <= 0) return null;
        var credit = (parenthesised ? text[(open + 1)..^1] : text[open..]).Trim();
        var caption = text[..open].Trim();
        // A bare agency closing a paragraph is its source sign-off ("… sagte er. (dpa)"), not a photo credit.
        if (caption.Length == 0 || !".!?".Contains(caption[^1]) || TextCounts.Pieces(credit) > MaxCreditWords || Agencies.ShortName(credit) is not null) return null;
        return language.CreditSignatures.Any(s => credit.StartsWith(s, StringComparison.Ordinal)
                                                  && (credit.Length == s.Length || !char.IsLetter(s[^1]) || !char.IsLetter(credit[s.Length])))
            ? (StripCaptionLabel(caption, language), credit)
            : null;
    }

    private static string? CaptionAfter(List<Block> blocks, int credit, LanguageTable language)
    {
        if (credit + 1 >= blocks.Count || blocks[credit + 1].Kind != BlockKind.Unknown) return null;
        var text = blocks[credit + 1].Text;
        var label = CaptionLabels.FirstOrDefault(l => text.StartsWith(l, StringComparison.OrdinalIgnoreCase));
        if (label is null) return null;
        blocks[credit + 1].Kind = BlockKind.Caption;
        return text[label.Length..].Trim();
    }

    private static string? CaptionBefore(List<Block> blocks, int credit)
    {
        if (credit < 1) return null;
        var before = blocks[credit - 1];
        if (before.Kind != BlockKind.Unknown || TextCounts.Pieces(before.Text) > MaxCaptionWords) return null;
        before.Kind = BlockKind.Caption;
        return before.Text;
    }

    private static string StripCaptionLabel(string caption, LanguageTable language)
    {
        var label = CaptionLabels.FirstOrDefault(l => caption.StartsWith(l, StringComparison.OrdinalIgnoreCase));
        return label is null ? caption : caption[label.Length..].Trim();
    }
}
