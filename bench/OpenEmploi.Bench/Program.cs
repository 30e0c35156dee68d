using OpenEmploi.Bench;

// The benchmark harness: run on demand, never in tests. Each benchmark prints the figures and
// the markdown row that docs/benchmarks.md records.
return await BenchCommand.RunAsync(args);
