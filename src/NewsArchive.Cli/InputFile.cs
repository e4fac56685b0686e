namespace NewsArchive.Cli;

/// <summary>
/// Reads one input's bytes, or says in a few words why it cannot: the reason goes into a one-line
/// error that names the file. Files over <see cref="MaxBytes"/> are refused unread.
/// </summary>
internal readonly record struct InputFile(byte[] Bytes, string? Error)
{
    public const long MaxBytes = 64L * 1024 * 1024;

    public static InputFile Read(string path)
    {
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                return new(buffer.ToArray(), null);
            }
            if (Directory.Exists(path)) return Fail("is a directory, not a file");
            var info = new FileInfo(path);
            if (!info.Exists) return Fail("no such file");
            if (info.Length > MaxBytes) return Fail($"the file is {info.Length / (1024 * 1024)} MiB, over the {MaxBytes / (1024 * 1024)} MiB limit");
            return new(File.ReadAllBytes(path), null);
        }
        catch (UnauthorizedAccessException)
        {
            return Fail("permission denied");
        }
        catch (IOException e)
        {
            return Fail($"cannot be read ({e.Message})");
        }
    }

    private static InputFile Fail(string reason) => new([], reason);
}
