using ClayGen.Benchmarks;

return BenchmarkProgram.Run(args);
