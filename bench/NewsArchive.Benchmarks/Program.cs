using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/NewsArchive.Benchmarks [-- BenchmarkDotNet options, e.g. --filter '*' --job short]
BenchmarkSwitcher.FromAssembly(typeof(NewsArchive.Benchmarks.ParseBenchmarks).Assembly).Run(args);
