namespace NewsArchive.Cli;

/// <summary>One file to import, or a path that cannot be walked and why.</summary>
internal readonly record struct WalkItem(string Path, string? Error);

/// <summary>
/// Streams the files under the paths given, folder by folder in name order, never holding the whole
/// list: files as given, folders recursively. Hidden files and folders (a name starting with '.') are
/// left out unless given by name; <c>--include</c> keeps only files matching one pattern, <c>--exclude</c> drops
/// files and folders matching one. A symbolic link to a folder is followed unless it leads back into a
/// folder being walked (a loop): that is reported as one failure and the rest goes on.
/// </summary>
internal sealed class FileWalker(IReadOnlyList<Glob> include, IReadOnlyList<Glob> exclude)
{
    public IEnumerable<WalkItem> Walk(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) yield return new WalkItem(path, null);
            else if (Directory.Exists(path))
            {
                var root = System.IO.Path.GetFullPath(path);
                foreach (var item in WalkFolder(root, root, [RealPath(new DirectoryInfo(root)) ?? root])) yield return item;
            }
            else yield return new WalkItem(path, InputErrors.NoSuchPath);
        }
    }

    private IEnumerable<WalkItem> WalkFolder(string root, string folder, List<string> ancestors)
    {
        List<FileSystemInfo> entries;
        string? error = null;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            entries = [];
            error = e is UnauthorizedAccessException ? InputErrors.FolderPermissionDenied : InputErrors.FolderUnreadable(e.Message);
        }
        if (error is not null) yield return new WalkItem(folder, error);

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.')) continue;
            var relative = System.IO.Path.GetRelativePath(root, entry.FullName);
            if (exclude.Any(g => g.Matches(entry.Name, relative))) continue;
            if (entry is DirectoryInfo sub)
            {
                var real = RealPath(sub);
                if (real is null) continue;
                if (ancestors.Contains(real, StringComparer.Ordinal))
                {
                    yield return new WalkItem(entry.FullName, InputErrors.LinkLoop(real));
                    continue;
                }
                ancestors.Add(real);
                foreach (var item in WalkFolder(root, entry.FullName, ancestors)) yield return item;
                ancestors.RemoveAt(ancestors.Count - 1);
            }
            else if (include.Count == 0 || include.Any(g => g.Matches(entry.Name, relative)))
            {
                yield return new WalkItem(entry.FullName, null);
            }
        }
    }

    /// <summary>The folder with its links resolved, or null for a link that leads nowhere.</summary>
    private static string? RealPath(DirectoryInfo folder)
    {
        try
        {
            var resolved = folder.LinkTarget is null ? folder.FullName : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (resolved is null) return null;
            // Resolve links among the parents too, so that every way to a folder gives one name.
            var parent = Directory.GetParent(resolved);
            return parent is null ? resolved : System.IO.Path.Combine(ResolveParents(parent), System.IO.Path.GetFileName(resolved));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string ResolveParents(DirectoryInfo folder)
    {
        var parent = folder.Parent;
        var self = folder.LinkTarget is null ? folder.FullName : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName;
        return parent is null || self != folder.FullName ? self : System.IO.Path.Combine(ResolveParents(parent), folder.Name);
    }
}
