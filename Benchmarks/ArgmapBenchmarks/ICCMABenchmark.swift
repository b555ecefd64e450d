import ArgumentFormats
import ArgumentModel
import Foundation

/// `iccma-read`: writes a seeded random framework (default 1,000,000 arguments and 5,000,000 attacks, or
/// `--arguments N --attacks M`) as `.i23` in memory, then prints the median time of reading it back (bytes to
/// ``AttackFramework``, including the sort and index), of writing it, and of reading the `.apx` and `.tgf` forms.
enum ICCMABenchmark {
    static var program: BenchmarkProgram {
        BenchmarkProgram(name: "iccma-read", summary: "read/write ICCMA .i23/.apx/.tgf of 1M arguments, 5M attacks", run: run)
    }

    static func run(_ args: [String]) throws {
        var arguments = 1_000_000, attacks = 5_000_000, repeats = 3
        var rest = args[...]
        while let option = rest.popFirst() {
            guard let value = rest.popFirst().flatMap(Int.init), value >= 0 else {
                throw BenchmarkError.usage("\(option) needs a number")
            }
            switch option {
            case "--arguments": arguments = value
            case "--attacks": attacks = value
            case "--repeats": repeats = value
            default: throw BenchmarkError.usage("unknown option \(option); use --arguments N --attacks M --repeats R")
            }
        }
        let framework = FrameworkGenerator.random(arguments: arguments, attacks: attacks, seed: 1)
        print("iccma-read: \(framework.count) arguments, \(framework.attacks.count) attacks (median of \(repeats))")
        for format in [ICCMAFormat.i23, .apx, .tgf] {
            var text = ""
            let write = Timing.median(repeats: repeats) { text = ICCMA.write(framework, format: format) }
            let bytes = Array(text.utf8)
            var read = FrameworkReadResult(framework: AttackFramework(count: 0, attacks: []))
            let time = Timing.median(repeats: repeats) { read = ICCMA.readFramework(bytes, format: format) }
            let ok = read.diagnostics.isEmpty && read.framework.attacks == framework.attacks
            print("  .\(format.rawValue): \(bytes.count / 1_000_000) MB; read \(Timing.format(time))"
                + String(format: " (%.0f MB/s)", Double(bytes.count) / 1e6 / time)
                + ", write \(Timing.format(write))" + (ok ? "" : "  (MISMATCH)"))
        }
    }
}
