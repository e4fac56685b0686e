namespace NewsArchive.Storage;

/// <summary>
/// Writes a file so that a killed process leaves the old file or the new one, never half of one: the
/// bytes go to a temporary name in the archive's <c>tmp/</c> folder (same file system), which is then
/// renamed into place. No fsync per file: <see cref="DiskFlush"/> flushes once at the end of a batch.
/// One writer remembers the folders it has made, so that an import of many files asks for each month's
/// folder once instead of once a file; a folder removed meanwhile is made again.
/// </summary>
internal sealed class AtomicFile(ArchiveLayout layout)
{
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    public void Write(string relative, ReadOnlySpan<byte> bytes)
    {
        var target = layout.Full(relative);
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.Contains(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.Add(folder);
        }
        var temp = Path.Combine(layout.Temp, $"{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        using (var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write))
            RandomAccess.Write(handle, bytes, 0);
        try
        {
            File.Move(temp, target, overwrite: true);
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(folder);
            File.Move(temp, target, overwrite: true);
        }
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
