using System.Text;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Tests;

/// <summary>Runs the real parser on a text, as the CLI does.</summary>
internal static class Parse
{
    public static Article Text(string text, ParseOptions? options = null) =>
        ArticleParser.Parse(Encoding.UTF8.GetBytes(text), null, options ?? ParseOptions.Default).Article
        ?? throw new InvalidOperationException("no article");

    /// <summary>A headline and a body paragraph around the given lines, enough for the language to be told.</summary>
    public static Article Paragraph(string paragraph, string headline = "Überschrift") => Text(headline + "\n" + paragraph + "\n");
}
