namespace NewsArchive.Parsing.Dates;

/// <summary>
/// How to read a slashed numeric date (<c>02/10/2020</c>), which writers order by custom: the US puts the
/// month first, most of the world the day. Text without a known custom reads only slashed dates whose order
/// its numbers settle (<c>26/10/13</c>: there is no month 26).
/// </summary>
internal enum DateOrder
{
    /// <summary>Custom unknown: only an unambiguous slashed date is read.</summary>
    Unknown,

    /// <summary>Day, month, year (<c>en-GB</c>, <c>de</c>, <c>fr</c>, ...).</summary>
    DayFirst,

    /// <summary>Month, day, year (<c>en-US</c>).</summary>
    MonthFirst,
}
