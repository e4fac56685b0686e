namespace NewsArchive.Cli;

/// <summary>
/// Reads one input's bytes, or says in a few words why it cannot (<see cref="InputErrors"/>): the reason goes
/// into a one-line error that names the file. A file is opened once and then read: one deleted after it was
/// listed either cannot be opened (no such file) or is read whole, as an open file's data stays until it is
/// closed; never half. Files over the size limit are refused unread, and no read goes past the limit (a file
/// growing while it is read, a device).
/// </summary>
internal readonly record struct InputFile(byte[] Bytes, string? Error)
{
    public static InputFile Read(string path, long maxBytes)
    {
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                return ReadAtMost(stdin, maxBytes);
            }
            if (Directory.Exists(path)) return Fail(InputErrors.Directory);
            using var stream = InputStream.Open(path);
            if (!stream.CanSeek) return Fail(InputErrors.NotRegular);
            if (stream.Length > maxBytes) return Fail(InputErrors.TooLarge(stream.Length, maxBytes));
            return ReadAtMost(stream, maxBytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(InputErrors.NoSuchFile);
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(InputErrors.PermissionDenied);
        }
        catch (IOException e)
        {
            return Fail(InputErrors.Unreadable(e.Message));
        }
    }

    private static InputFile ReadAtMost(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return Fail(InputErrors.TooLarge(null, maxBytes));
        }
        return new(buffer.ToArray(), null);
    }

    private static InputFile Fail(string reason) => new([], reason);
}
