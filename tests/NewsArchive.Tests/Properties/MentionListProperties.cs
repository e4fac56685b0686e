using CsCheck;
using NewsArchive.Parsing.Extraction;
using NewsArchive.Parsing.Quotes;

namespace NewsArchive.Tests.Properties;

/// <summary>
/// <see cref="MentionList"/> keeps mentions per text for speed; it must look back exactly as the one sorted list it
/// replaced did, where a mention noted later stands before those at the same position.
/// </summary>
public sealed class MentionListProperties
{
    private static readonly Person[] People = [.. Enumerable.Range(0, 5).Select(i => new Person("P" + i, '?'))];

    /// <summary>A position in one of a few texts, often at a text's start or at a position used before.</summary>
    private static readonly Gen<int> Position = Gen.Select(Gen.Int[0, 6], Gen.Frequency((1, Gen.Const(0)), (3, Gen.Int[0, 5]), (1, Gen.Int[0, PersonIndex.Stride - 1])),
        (text, offset) => text * PersonIndex.Stride + offset);

    private static readonly Gen<(int Texts, (int Person, int Position)[] Initial, (bool Query, int Person, int Position)[] Operations)> Scenario =
        Gen.Select(Gen.Int[1, 8], Gen.Select(Gen.Int[0, 4], Position).Array[0, 30], Gen.Select(Gen.Bool, Gen.Int[0, 4], Position).Array[0, 60]);

    [Fact]
    public void Mentions_are_looked_back_at_in_the_order_of_one_sorted_list() =>
        Scenario.Sample(scenario =>
        {
            var initial = scenario.Initial.Select(m => (People[m.Person], m.Position)).OrderBy(m => m.Position).ToList();
            var model = new List<(Person Person, int Position)>(initial);
            var mentions = new MentionList(scenario.Texts, initial);
            foreach (var (query, person, position) in scenario.Operations)
            {
                if (query)
                {
                    var before = Sorted.LowerBound(model, m => m.Position, position);
                    Assert.Equal(model.Take(before).Reverse(), mentions.Before(position));
                }
                else
                {
                    model.Insert(Sorted.LowerBound(model, m => m.Position, position), (People[person], position));
                    mentions.Insert(People[person], position);
                }
            }
        }, iter: PropertyRuns.Iterations(0.5));
}
