using NewsArchive.Parsing;

namespace NewsArchive.Tests.Extraction;

public sealed class DatelineTests
{
    public static TheoryData<string, string?, string?> GermanLines() => new()
    {
        { "12.02.2025, 20:12 Uhr", "2025-02-12T20:12:00+01:00", null },
        { "12.07.2025, 20:12 Uhr", "2025-07-12T20:12:00+02:00", null },
        { "12. Februar 2025", "2025-02-12", null },
        { "Mittwoch, 12. März 2025, 18:05 Uhr", "2025-03-12T18:05:00+01:00", null },
        { "Stand: 12.02.2025 18:05 Uhr", "2025-02-12T18:05:00+01:00", null },
        { "12.03.2025, 18.05 Uhr", "2025-03-12T18:05:00+01:00", null },
        { "aktualisiert am 13.02.2025, 09:30 Uhr", null, "2025-02-13T09:30:00+01:00" },
        { "12.02.2025, 20:12 Uhr, aktualisiert am 13.02.2025, 09:30 Uhr", "2025-02-12T20:12:00+01:00", "2025-02-13T09:30:00+01:00" },
        { "31. März 2025, 9:12 Uhr", "2025-03-31T09:12:00+02:00", null },
        { "12. MÄRZ 2025", "2025-03-12", null },
    };

    [Theory]
    [MemberData(nameof(GermanLines))]
    public void A_German_dateline_gives_the_instant_with_Berlin_daylight_saving(string line, string? published, string? modified)
    {
        var article = Parse.Text($"Bahn streikt erneut\n{line}\nDie Gewerkschaft hat für Donnerstag zu einem Streik aufgerufen, der den Verkehr lahmlegen wird. Das ist nicht der erste Ausstand in diesem Jahr.\n");
        Assert.Equal(line, article.Dateline.Text);
        Assert.Equal(published, article.Dateline.Published);
        Assert.Equal(modified, article.Dateline.Modified);
    }

    public static TheoryData<string, string?, string?> EnglishLines() => new()
    {
        { "Feb. 12, 2025", "2025-02-12", null },
        { "February 12, 2025 8:12 PM ET", "2025-02-12T20:12:00-05:00", null },
        { "July 12, 2025, 8:12 p.m. ET", "2025-07-12T20:12:00-04:00", null },
        { "Updated 3:45 PM EST, February 12, 2025", null, "2025-02-12T15:45:00-05:00" },
        { "Wed 12 Feb 2025 18.05 GMT", "2025-02-12T18:05:00+00:00", null },
        { "February 12, 2025 1:05 PM GMT+1", "2025-02-12T13:05:00+01:00", null },
        { "12 February 2025", "2025-02-12", null },
        { "February 12, 2025 8:12 PM", "2025-02-12T20:12:00", null },
        { "FEB. 12, 2025", "2025-02-12", null },
    };

    [Theory]
    [MemberData(nameof(EnglishLines))]
    public void An_English_dateline_takes_the_zone_it_states_and_no_other(string line, string? published, string? modified)
    {
        var article = Parse.Text($"Senate passes the bill\n{line}\nThe Senate passed the bill on Wednesday after a long debate in which the two parties were at odds over the cost of it.\n");
        Assert.Equal(line, article.Dateline.Text);
        Assert.Equal(published, article.Dateline.Published);
        Assert.Equal(modified, article.Dateline.Modified);
    }

    [Fact]
    public void The_timezone_option_places_a_time_that_states_no_zone()
    {
        var text = "Senate passes the bill\nFebruary 12, 2025 8:12 PM\nThe Senate passed the bill on Wednesday after a long debate in which the parties were at odds over it.\n";
        var article = Parse.Text(text, new ParseOptions(TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")));
        Assert.Equal("2025-02-12T20:12:00-06:00", article.Dateline.Published);
        Assert.Equal("option", article.Provenance["dateline.offset"]);
    }

    [Fact]
    public void A_date_without_a_year_needs_the_reference_date()
    {
        var text = "COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, the company said in its review.\n";
        Assert.Null(Parse.Text(text).Dateline.Published);
        Assert.Equal("2025-02-26", Parse.Text(text, new ParseOptions(ReferenceDate: new DateOnly(2025, 3, 1))).Dateline.Published);
        Assert.Equal("2024-02-26", Parse.Text(text, new ParseOptions(ReferenceDate: new DateOnly(2025, 1, 15))).Dateline.Published);
    }
}
