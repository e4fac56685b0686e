namespace NewsArchive.Storage;

/// <summary>
/// Writes a file so that a killed process leaves the old file or the new one, never half of one: the
/// bytes go to a temporary name in the archive's <c>tmp/</c> folder (same file system), which is then
/// renamed into place. No fsync per file: <see cref="DiskFlush"/> flushes once at the end of a batch.
/// </summary>
internal static class AtomicFile
{
    public static void Write(ArchiveLayout layout, string relative, ReadOnlySpan<byte> bytes)
    {
        var target = layout.Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = Path.Combine(layout.Temp, $"{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            stream.Write(bytes);
        File.Move(temp, target, overwrite: true);
    }

    /// <summary>Removes what killed processes left in <c>tmp/</c>; files of a running process (its id in the name) stay.</summary>
    public static int CleanTemp(ArchiveLayout layout)
    {
        if (!Directory.Exists(layout.Temp)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(layout.Temp, "*.tmp"))
        {
            var name = Path.GetFileName(file);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), out var pid) && IsRunning(pid)) continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (IOException)
            {
                // Another cleaner got it first.
            }
        }
        return removed;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
