namespace NewsArchive.Tests;

/// <summary>Where the repository and the shared folder beside it are, found from the test binaries upwards.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Repository, "..", "shared"));

    public static string Samples => Path.Combine(Repository, "samples");

    public static string Seed => Path.Combine(Shared, "seed", "ntv-2025-02-12-selenskyj-trump.txt");

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
