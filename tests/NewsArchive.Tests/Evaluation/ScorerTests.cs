using NewsArchive.Evaluation;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Tests.Evaluation;

/// <summary>How the evaluation reads a gold speaker annotation and decides whether a found speaker is right.</summary>
public sealed class ScorerTests
{
    [Theory]
    [InlineData("Bundesfinanzminister Peer Steinbrück", "Steinbrück")]
    [InlineData("Der Kommissionspräsident der Afrikanischen Union (AU), Alpha Omar Konaré", "Konaré")]
    [InlineData("Theo Kitz vom Bankhaus Merck Finck", "Kitz")]
    [InlineData("Bill Graham, Parteichef der Liberalen", "Graham")]
    [InlineData("den Worten des kommunistischen Parteichefs Hanois, Pham Quang Nghi", "Nghi")]
    [InlineData("Ministerpräsident Günther Oettinger (CDU)", "Oettinger")]
    [InlineData("Auffassung des CDU-Fraktionsvorsitzenden Hartmut Perschau", "Perschau")]
    [InlineData("Der Gentechnik-Experte von Greenpeace, Martin Hoffstetter", "Hoffstetter")]
    [InlineData("Der Sprecher", "Sprecher")]
    [InlineData("er", "er")]
    public void Surname_is_the_name_in_the_annotation(string gold, string surname) =>
        Assert.Equal(surname, Scorer.Surname(gold));

    [Theory]
    // the surname in the speaker
    [InlineData("Bundesfinanzminister Peer Steinbrück", "Peer Steinbrück", "Steinbrück", Attributions.Cue, true)]
    [InlineData("Bundesfinanzminister Peer Steinbrück", "Anja Hajduk", "Hajduk", Attributions.Cue, false)]
    // a described speaker: the mention, where the speaker came from it
    [InlineData("der Bundespräsident", "Horst Köhler", "der Bundespräsident", Attributions.Role, true)]
    [InlineData("Der Sprecher", null, "Der Sprecher", Attributions.None, true)]
    [InlineData("er", "Horst Köhler", "er", Attributions.Pronoun, true)]
    // a wrong speaker is not excused by a mention that holds the gold name
    [InlineData("von Schröder", "Zitat", "Zitat von Schröder", Attributions.Cue, false)]
    // a continuation cannot be checked against a pronoun
    [InlineData("er", "Horst Köhler", null, Attributions.Continuation, false)]
    public void Speaker_is_right_by_surname_or_mention(string gold, string? speaker, string? mention, string attribution, bool right) =>
        Assert.Equal(right, Scorer.SpeakerRight(gold, new Quote("…", speaker, mention, null, attribution, false, 0, 0, 1)));

    [Theory]
    [InlineData("Nicolas Sarkozy", "Nicolas Sarkozy", true)]
    [InlineData("Nicolas Sarkozy", "Sarkozy", true)]
    [InlineData("Rolls-Royce", "Rolls Royce", true)]
    [InlineData("Ursula von der Leyen", "Ursula von der Leyen", true)]
    [InlineData("Nicolas Sarkozy", "Jacques Chirac", false)]
    [InlineData("Nicolas Sarkozy", null, false)]
    [InlineData(null, null, true)]
    [InlineData(null, "Sportler", false)]
    public void Spec_speaker_is_right_by_name(string? spec, string? found, bool right) =>
        Assert.Equal(right, Scorer.SpecSpeakerRight(spec, found));

    [Fact]
    public void A_span_annotated_twice_is_one_quote_that_either_speaker_gets_right()
    {
        var scorer = new Scorer("test");
        var copy = "Streit um Rente\n12.03.2024\nDie Regierung streitet über die Rente.\n\n„Wir lassen niemanden zurück“, sagte Ministerin Helga Brandstätter der Zeitung.\n\nDie Opposition widersprach.";
        var medium = new GoldQuote("Wir lassen niemanden zurück", false, "der Zeitung", "sagte", new SpecSpeaker("Zeitung"));
        var gold = medium with { Also = [new GoldQuote("Wir lassen niemanden zurück", false, "Ministerin Helga Brandstätter", "sagte", new SpecSpeaker("Helga Brandstätter"))] };
        scorer.Add(new GoldArticle("test", copy, [gold], []));
        var output = new StringWriter();
        scorer.Report(output, 0);
        Assert.Contains("1 gold quotes, 1 found, 1 matched", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("speaker 1.000", output.ToString(), StringComparison.Ordinal);
    }
}
