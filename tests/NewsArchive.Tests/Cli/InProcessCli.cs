namespace NewsArchive.Tests.Cli;

/// <summary>Tests that run newsarc in-process share Serilog's global logger, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class InProcessCli
{
    public const string Name = "newsarc in-process";
}
