using System.Globalization;

namespace NewsArchive.Storage;

/// <summary>
/// The time an article is archived at: UTC to the second, as <c>2026-12-06T19:12:44+00:00</c>. The text is made
/// once a second and reused: formatting it for every article was a visible part of an import's writer.
/// </summary>
internal sealed class UtcSeconds
{
    private long _second = -1;
    private string _text = "";

    public string Now()
    {
        var now = DateTime.UtcNow;
        var second = now.Ticks / TimeSpan.TicksPerSecond;
        if (second != _second)
        {
            _text = now.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
            _second = second;
        }
        return _text;
    }
}
