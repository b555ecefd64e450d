import ArgdownSyntax
import ArgumentModel
import Foundation

/// `parse`: reads generated maps written as Argdown with ``ArgdownReader`` and checks that the time grows
/// linearly with the input.
///
/// For each size a map of that many statements (a third as many reconstructed arguments, essay shape) is generated
/// with ``MapGenerator`` and printed canonically; the reader runs `--repeats` times (default 5) and the best time
/// counts. Printed per size: statements, bytes, best time, MB/s, and the time ratio to the previous size divided
/// by the size ratio (1.0 = linear; about 2 for a doubling would mean quadratic growth). Options: `--sizes
/// 1000,10000,20000` (default), `--repeats N`, `--seed N`.
enum ParseBenchmark {
    static var program: BenchmarkProgram { BenchmarkProgram(
        name: "parse",
        summary: "ArgdownReader on generated maps of 1k-20k statements: MB/s and growth",
        run: run) }

    static func run(_ arguments: [String]) throws {
        var sizes = [1000, 10_000, 20_000], repeats = 5, seed: UInt64 = 1917
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--sizes":
                let parsed = value.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !parsed.isEmpty, parsed.allSatisfy({ $0 > 0 }) else {
                    throw BenchmarkError.usage("--sizes takes positive numbers separated by commas, like 1000,10000")
                }
                sizes = parsed
                i += 1
            case "--repeats": repeats = max(1, Int(value) ?? repeats); i += 1
            case "--seed": seed = UInt64(value) ?? seed; i += 1
            default: throw BenchmarkError.usage("unknown option \(arguments[i])")
            }
            i += 1
        }
        print("statements      bytes       best     MB/s   growth (time ratio / size ratio)")
        var previous: (size: Int, time: Double)?
        for size in sizes {
            let graph = MapGenerator.generate(.init(statements: size, arguments: size / 3, shape: .essay, seed: seed))
            let text = ArgdownPrinter.print(graph)
            let bytes = text.utf8.count
            var best = Double.infinity
            var errors = 0
            var nodes = 0
            for _ in 0..<repeats {
                let start = DispatchTime.now().uptimeNanoseconds
                let result = ArgdownReader.read(text, file: "generated.argdown")
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                errors = result.diagnostics.filter { $0.severity == .error }.count
                nodes = result.graph.nodes.count
            }
            var growth = ""
            if let previous {
                let timeRatio = best / previous.time, sizeRatio = Double(size) / Double(previous.size)
                growth = String(format: "%.2fx time for %.2fx size = %.2f", timeRatio, sizeRatio, timeRatio / sizeRatio)
            }
            print(String(format: "%10d %10d %10@ %8.2f   %@", size, bytes, Timing.format(best) as NSString,
                Double(bytes) / 1e6 / best, growth as NSString))
            if errors > 0 { print("  warning: the generated map read with \(errors) errors (\(nodes) nodes)") }
            previous = (size, best)
        }
    }
}
