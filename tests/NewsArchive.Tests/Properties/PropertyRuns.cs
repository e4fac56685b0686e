using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Tests.Properties;

/// <summary>
/// How many inputs each generated-input property tries: a short share in every <c>dotnet test</c>, and a campaign
/// with <c>NEWSARC_PROPERTY_ITERATIONS</c> (e.g. 100000). A failing input is saved under the temporary folder so it
/// can be parsed again with <c>newsarc parse</c>; CsCheck prints the seed that regenerates it (<c>CsCheck_Seed</c>).
/// </summary>
internal static class PropertyRuns
{
    public static long Iterations(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("NEWSARC_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : ciDefault;

    /// <summary>
    /// How many times larger the linearity inputs are than in CI (<c>NEWSARC_LINEARITY_SCALE</c>, default 1). A quadratic
    /// step with a small constant (shifting a list of mentions on each insertion) shows only on large inputs: at scale 10
    /// the page of one speaker has 4,000 and 16,000 paragraphs.
    /// </summary>
    public static int LinearityScale =>
        int.TryParse(Environment.GetEnvironmentVariable("NEWSARC_LINEARITY_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 1;

    public static string FailureFolder { get; } = Path.Combine(Path.GetTempPath(), "newsarc-property-failures");

    /// <summary>Saves the input and describes it: its shape, size, where it was saved and how it begins.</summary>
    public static string Describe(GeneratedInput input)
    {
        Directory.CreateDirectory(FailureFolder);
        var path = Path.Combine(FailureFolder, Convert.ToHexStringLower(SHA256.HashData(input.Bytes))[..16] + (input.Shape.StartsWith("html", StringComparison.Ordinal) ? ".html" : ".txt"));
        File.WriteAllBytes(path, input.Bytes);
        var start = Encoding.UTF8.GetString(input.Bytes, 0, Math.Min(input.Bytes.Length, 300));
        return $"{input.Shape}, {input.Bytes.Length} bytes, saved to {path}: {start}";
    }
}
