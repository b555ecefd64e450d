import Foundation

// argmap's benchmark programs. Build in release mode and run one by name:
//   swift run -c release argmap-benchmarks <name> [options]
// Each benchmark prints its measurements; none of them is a test.

/// A benchmark program: a name, a one-line summary, and its entry point taking the remaining arguments.
struct BenchmarkProgram {
    var name: String
    var summary: String
    var run: ([String]) throws -> Void
}

let programs: [BenchmarkProgram] = [
    CorpusBenchmark.program,
    RenderBenchmark.program,
    WritersBenchmark.program,
    BenchmarkProgram(name: "classroom-grade", summary: "grade reworded maps of 100-800 claims (alignment cost)", run: GradingBenchmark.run),
    QueryBenchmark.program,
    LoadQueryBenchmark.program,
    ICCMABenchmark.program,
    SemanticsBenchmark.program,
    ParseBenchmark.program,
    ReaderBenchmark.program,
    GrowthBenchmark.program,
    MergeBenchmark.program,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let program = programs.first(where: { $0.name == name }) else {
    print("usage: argmap-benchmarks <name> [options]\n\nbenchmarks:")
    for p in programs { print("  \(p.name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(p.summary)") }
    exit(arguments.isEmpty ? 0 : 2)
}
do {
    try program.run(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(name): \(error)\n".utf8))
    exit(1)
}
