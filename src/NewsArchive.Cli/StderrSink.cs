using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace NewsArchive.Cli;

/// <summary>
/// Serilog sink for the command's stderr writer: every level goes there, never to stdout, and tests
/// that run the CLI in-process capture it without touching the global console.
/// </summary>
internal sealed class StderrSink(TextWriter stderr, string template) : ILogEventSink
{
    private readonly MessageTemplateTextFormatter _formatter = new MessageTemplateTextFormatter(template);

    public void Emit(LogEvent logEvent)
    {
        lock (stderr) _formatter.Format(logEvent, stderr);
    }
}
