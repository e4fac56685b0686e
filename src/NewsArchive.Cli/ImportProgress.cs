using System.Diagnostics;
using System.Globalization;

namespace NewsArchive.Cli;

/// <summary>
/// Import progress on stderr: on a terminal one live line (done/total, rate, ETA) redrawn a few times a
/// second; otherwise a plain line every <see cref="PlainEvery"/>. The total is counted by a walk of its own
/// running beside the import, so it shows as '?' until that walk is done.
/// </summary>
internal sealed class ImportProgress(TextWriter stderr, bool live) : IDisposable
{
    private static readonly TimeSpan LiveEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;
    private long _done;
    private long _total = -1;
    private bool _drawn;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Total(long total) => Interlocked.Exchange(ref _total, total);

    public void Done(int count)
    {
        var done = Interlocked.Add(ref _done, count);
        var now = _clock.Elapsed;
        if (now - _last < (live ? LiveEvery : PlainEvery)) return;
        _last = now;
        var line = Line(done, now);
        lock (stderr)
        {
            if (live)
            {
                stderr.Write("\r" + line.PadRight(78));
                _drawn = true;
            }
            else stderr.WriteLine("newsarc: " + line);
        }
    }

    /// <summary>Clears the live line so that the summary and errors start on a clean one.</summary>
    public void Clear()
    {
        lock (stderr)
        {
            if (!_drawn) return;
            stderr.Write("\r" + new string(' ', 78) + "\r");
            _drawn = false;
        }
    }

    public void Dispose() => Clear();

    private string Line(long done, TimeSpan elapsed)
    {
        var total = Interlocked.Read(ref _total);
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var text = total >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{done:N0}/{total:N0} files ({100.0 * done / Math.Max(total, 1):F0}%), {rate:N0}/s")
            : string.Create(CultureInfo.InvariantCulture, $"{done:N0}/? files, {rate:N0}/s");
        if (total > done && rate > 0) text += $", ETA {TimeSpan.FromSeconds((total - done) / rate):h\\:mm\\:ss}";
        return text;
    }
}
