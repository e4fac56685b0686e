using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Tests.Properties;

/// <summary>
/// How many generated inputs the properties try: 1,000 in every <c>dotnet test</c>, or as many as
/// <c>NEWSARC_PROPERTY_ITERATIONS</c> says (the campaign: 100000), shared out between the properties. A failing input
/// is saved under the temporary folder so it can be parsed again with <c>newsarc parse</c>; CsCheck prints the seed that
/// regenerates it (<c>CsCheck_Seed</c>).
/// </summary>
internal static class PropertyRuns
{
    private const long CiInputs = 1_000;

    /// <summary>The inputs of all generated-input properties together.</summary>
    public static long Inputs =>
        long.TryParse(Environment.GetEnvironmentVariable("NEWSARC_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : CiInputs;

    /// <summary>A property's part of <see cref="Inputs"/>.</summary>
    public static long Iterations(double share) => Math.Max(1, (long)Math.Round(Inputs * share));

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
