using NewsArchive.Storage;

namespace NewsArchive.Cli;

/// <summary>The tables <c>list</c>, <c>search</c> and <c>stats</c> print for people: one line a row, cut to the terminal's width.</summary>
internal static class Tables
{
    /// <summary>A table when asked for, or by default when stdout is a terminal.</summary>
    public static bool Wanted(string? format, TextWriter output) => format is null ? Terminal.IsStdout(output) : format == "table";

    public static void SummaryHeader(TextWriter output) =>
        output.WriteLine($"{"ID",-16}  {"DATE",-10}  {"LANG",-4}  {Terminal.Cell("PUBLISHER", 16)}  {Terminal.Cell("AGENCIES", 10)}  HEADLINE");

    public static string Summary(ArticleSummary s)
    {
        var line = $"{s.Id,-16}  {Terminal.Cell(s.Published is { Length: >= 10 } p ? p[..10] : "", 10)}  {Terminal.Cell(s.Language, 4)}  " +
                   $"{Terminal.Cell(s.Publisher, 16)}  {Terminal.Cell(string.Join(",", s.Agencies), 10)}  ";
        var rest = Math.Max(20, Terminal.Width - line.Length);
        line += Terminal.Cell(s.Headline, rest).TrimEnd();
        return s.Snippet is null ? line : line + "\n" + new string(' ', 18) + Terminal.Cell(s.Snippet, Math.Max(20, Terminal.Width - 18)).TrimEnd();
    }

    public static string Quote(QuoteHit q) =>
        $"{q.Id,-16}  {Terminal.Cell(q.Published is { Length: >= 10 } p ? p[..10] : "", 10)}  {Terminal.Cell(q.Speaker, 24)}  " +
        Terminal.Cell($"„{q.Text}“", Math.Max(20, Terminal.Width - 56)).TrimEnd();

    public static void Counts(TextWriter output, string title, IReadOnlyDictionary<string, int> counts)
    {
        output.WriteLine(title);
        foreach (var (key, n) in counts) output.WriteLine($"  {Terminal.Cell(key, 40)}  {n,8:N0}");
    }
}
