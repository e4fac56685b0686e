namespace NewsArchive.Cli;

/// <summary>Whether a writer is a person's terminal: tables and live progress for people, JSON lines and plain lines for programs.</summary>
internal static class Terminal
{
    public static bool IsStdout(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;

    public static bool IsStderr(TextWriter writer) => ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;

    public static int Width => Console.IsOutputRedirected ? 120 : Math.Max(40, Console.WindowWidth);

    /// <summary>A cell cut to <paramref name="width"/> characters with an ellipsis.</summary>
    public static string Cell(string? text, int width)
    {
        text ??= "";
        return text.Length <= width ? text.PadRight(width) : text[..Math.Max(0, width - 1)] + "…";
    }
}
