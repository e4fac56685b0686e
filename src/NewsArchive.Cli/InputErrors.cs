namespace NewsArchive.Cli;

/// <summary>
/// Why an input cannot be read, in the few words that follow its name on the one stderr line
/// (<c>newsarc: error: PATH: REASON</c>). The parser's own reasons (empty, binary, nested too deep) come
/// from <c>ArticleParser</c>; these are the ones found before it sees a byte.
/// </summary>
internal static class InputErrors
{
    public const string NoSuchFile = "no such file";
    public const string NoSuchPath = "no such file or folder";
    public const string Directory = "is a directory, not a file (use 'newsarc import' for folders)";
    public const string PermissionDenied = "permission denied";
    public const string NotRegular = "not a regular file (a pipe, socket or device); use '-' to read standard input";
    public const string FolderPermissionDenied = "folder cannot be read (permission denied)";

    /// <summary>Over the limit; sizes in bytes where the rounded figures would read alike.</summary>
    public static string TooLarge(long? size, long limit)
    {
        if (size is not { } bytes) return $"the input is over the limit of {ByteSize.Format(limit)} (--max-size)";
        var (shown, limitShown) = (ByteSize.Format(bytes), ByteSize.Format(limit));
        if (shown == limitShown) (shown, limitShown) = (ByteSize.Bytes(bytes), ByteSize.Bytes(limit));
        return $"the file is {shown}, over the limit of {limitShown} (--max-size)";
    }

    public static string Unreadable(string why) => $"cannot be read ({why})";

    public static string FolderUnreadable(string why) => $"folder cannot be read ({why})";

    public static string LinkLoop(string target) => $"symbolic link loop (leads back to {target}); not followed";
}
