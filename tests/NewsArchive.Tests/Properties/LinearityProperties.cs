using System.Diagnostics;
using System.Text;
using CsCheck;
using NewsArchive.Parsing;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Properties;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedAlone
{
    public const string Name = "timing";
}

/// <summary>
/// The parser's time grows linearly with its input: for hostile shapes (one speaker named on every line of a
/// huge page, one endless line, unbalanced quotation marks by the thousand, paragraphs of nothing but cue words
/// and marks, wide and deep HTML), an input four times as large takes well under the sixteen times a quadratic
/// step would. The unit each shape repeats is generated; the sizes are fixed (<see cref="PropertyRuns.LinearityScale"/>).
/// Not a benchmark: the two sizes are timed in turns after a warm-up, each by its best run (a busy machine only adds
/// time), alone (no other test runs in parallel). At CI sizes it catches a quadratic step that costs about half as
/// much as the linear work on the smaller input; larger scales catch smaller ones.
/// </summary>
[Collection(TimedAlone.Name)]
public sealed class LinearityProperties(ITestOutputHelper output)
{
    private const int Growth = 4;
    /// <summary>Linear time gives 4; quadratic 16. Well under quadratic, with room for a busy machine.</summary>
    private const double MaxRatio = 8;
    private const int Rounds = 5;

    public static TheoryData<string> Shapes() => [.. ShapeOf.Keys];

    private static readonly string[] Marks = ["„", "“", "”", "\"", "»", "«", "'", "‚", "‘", "’"];

    /// <summary>Each shape: a generated unit, n, and the input of size n made from the unit.</summary>
    private static readonly Dictionary<string, (Gen<string> Unit, int N, Func<string, int, string> Build)> ShapeOf = new()
    {
        ["one speaker named five times in every paragraph"] = (
            InputGenerators.CleanWord.Select(w => $"Die Hafengesellschaft hat am Montag neue {w} beschlossen, sagte Jana Beispiel. "), 400,
            (unit, n) => "Hafen erhöht Gebühren\n\n" + string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat(unit, 5)).Trim(), n)) + "\n"),
        ["generated paragraphs"] = (
            InputGenerators.CleanParagraph.Array[20, 20].Select(p => string.Join("\n\n", p)), 15,
            (unit, n) => "Überschrift\n\n" + string.Join("\n\n", Enumerable.Repeat(unit, n)) + "\n"),
        ["one line without a line break"] = (
            InputGenerators.CleanSentence.Array[20, 20].Select(s => string.Join(' ', s)), 50,
            (unit, n) => "Überschrift\n\n" + string.Join(' ', Enumerable.Repeat(unit, n))),
        ["unbalanced quotation marks"] = (
            Gen.Select(Gen.OneOf(Marks), InputGenerators.CleanWord, (m, w) => $"{m}{w} ").Array[100, 100].Select(string.Concat), 100,
            (unit, n) => "Überschrift\n\n" + string.Join("\n\n", Enumerable.Repeat(unit.Trim(), n)) + "\n"),
        ["paragraphs of cue words and marks"] = (
            Gen.Frequency((2, Gen.OneOf("sagte", "said", "erklärte", "so", "laut", "according to", "told", "er", "sie", "he", "she", "Jana Beispiel", "Trump")),
                    (1, Gen.OneOf(Marks)), (1, InputGenerators.CleanWord))
                .Array[8, 8].Select(w => string.Join(' ', w) + ".").Array[100, 100].Select(p => string.Join("\n\n", p)), 20,
            (unit, n) => "Überschrift\n\n" + string.Join("\n\n", Enumerable.Repeat(unit, n)) + "\n"),
        ["a wide html page"] = (
            InputGenerators.CleanParagraph.Array[20, 20].Select(p => string.Concat(p.Select(x => $"<div class=\"c\"><p>{x}</p><span>Teilen</span></div>"))), 10,
            (unit, n) => "<!DOCTYPE html><html><head><title>T</title></head><body><article>" + string.Concat(Enumerable.Repeat(unit, n)) + "</article></body></html>"),
        // Depth itself is bounded (NestingGuard.MaxDepth): AngleSharp's tree builder looks through every open element at each
        // start tag, so one page nested to the limit takes it about a second. What grows here is the number of deep blocks.
        ["deeply nested html blocks"] = (
            Gen.Select(Gen.OneOf("div", "section", "span", "b", "article", "blockquote"), InputGenerators.CleanParagraph,
                (tag, p) => string.Concat(Enumerable.Repeat($"<{tag}>", 200)) + p + string.Concat(Enumerable.Repeat($"</{tag}>", 200))), 20,
            (unit, n) => "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat(unit, n)) + "</body></html>"),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Parsing_time_grows_linearly_with_the_input(string shape)
    {
        var (unit, n, build) = ShapeOf[shape];
        n *= PropertyRuns.LinearityScale;
        unit.Sample(u =>
        {
            var small = Encoding.UTF8.GetBytes(build(u, n));
            var large = Encoding.UTF8.GetBytes(build(u, n * Growth));
            // Both sizes must go the whole way through the pipeline: a refused input would time nothing.
            Assert.Null(ArticleParser.Parse(small, null, ParseOptions.Default).Error);
            // A busy machine can slow one measurement; a quadratic step fails every time, so measure again once.
            var (ratio, smallMs, largeMs) = Measure(small, large);
            if (ratio >= MaxRatio) (ratio, smallMs, largeMs) = Measure(small, large);
            output.WriteLine($"{shape}: {small.Length:N0} bytes {smallMs:F1} ms, {large.Length:N0} bytes {largeMs:F1} ms, ratio {ratio:F2}");
            Assert.True(ratio < MaxRatio, $"{shape}: {Growth} times the input took {ratio:F1} times as long ({smallMs:F0} ms -> {largeMs:F0} ms)");
        }, iter: 1, threads: 1);
    }

    private static (double Ratio, double SmallMs, double LargeMs) Measure(byte[] small, byte[] large)
    {
        Time(small);
        Time(large);
        var smallTimes = new List<double>();
        var largeTimes = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            smallTimes.Add(Time(small));
            largeTimes.Add(Time(large));
        }
        var (s, l) = (smallTimes.Min(), largeTimes.Min());
        return (l / Math.Max(s, 0.5), s, l);
    }

    private static double Time(byte[] bytes)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        ArticleParser.Parse(bytes, null, ParseOptions.Default);
        return watch.Elapsed.TotalMilliseconds;
    }
}
