import ArgdownSyntax
import ArgumentFormats
import ArgumentModel
import Foundation

/// `reader`: speed, memory and growth of the Argdown reader (issue 15 item 4).
///
/// Every case (an input shape of ``ReaderInputs`` at one size) runs in a child process (this program, re-run with
/// `--case`), so that its peak resident memory (`ru_maxrss`, read by the child after its first read and export,
/// and from `wait4` over all repeats) is its own. The child generates the text,
/// then reads it with ``ArgdownReader`` and writes the graph as Argdown JSON (the export `argdown json` makes),
/// streamed in chunks to a sink that counts them (as a file would take them)
/// at least `--repeats` times (default 3) and, for a short case, until the runs add up to ``minimumCPU`` seconds
/// (at most ``maximumRuns`` runs), and prints the best CPU and wall times; MB/s and growth use CPU time, which
/// other processes on a shared machine inflate far less than wall time. Noise only ever adds time, so the best of
/// more runs is the steadier estimate: with three runs of a 40 ms case, one busy minute of the shared host was
/// enough to print a growth exponent of 1.6 for a shape that is linear. The table gives bytes, time, MB/s and peak memory per
/// case, and per shape the growth exponent log(t₂/t₁) / log(bytes₂/bytes₁) between consecutive sizes (1.0 is
/// linear; 2.0 quadratic). The verdict line checks the issue's targets: at least 20 MB/s and at most 250 MB on
/// the 100,000-statement map, and every exponent at most 1.3. Options: `--shapes map,mentions,...`, `--scale F`
/// (multiplies every size), `--repeats N`; `--file PATH` measures one file in this process instead.
enum ReaderBenchmark {
    static var program: BenchmarkProgram { BenchmarkProgram(
        name: "reader",
        summary: "Argdown reader + JSON export: MB/s, peak memory, growth on pathological inputs",
        run: run) }

    /// One measured case.
    struct Measurement {
        var size: Int
        var bytes: Int
        /// Wall-clock seconds (the best repeat).
        var wall: Double
        /// CPU seconds of the process (the best repeat): what the table's MB/s and growth use, since the machine
        /// may be shared and wall time then counts other processes' turns.
        var seconds: Double
        /// CPU seconds of reading alone (without the export).
        var parseSeconds: Double
        /// Peak resident memory of the child after its first read and export (text generation included), in MiB:
        /// the memory one parse + export needs. Later repeats can raise the process's peak a little (freed memory
        /// is not always reused at once), which ``processPeakMB`` shows.
        var peakMB: Double
        /// Peak resident memory once the text was generated and read (before the export), in MiB.
        var parsePeakMB: Double
        /// Peak resident memory of the whole child over all repeats (`ru_maxrss` from `wait4`), in MiB.
        var processPeakMB: Double
    }

    static func run(_ arguments: [String]) throws {
        var shapes = ReaderInputs.Shape.allCases, scale = 1.0, repeats = 3
        var caseShape: ReaderInputs.Shape?, caseSize = 0, file: String?
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--shapes":
                shapes = try value.split(separator: ",").map {
                    guard let shape = ReaderInputs.Shape(rawValue: String($0)) else {
                        throw BenchmarkError.usage("unknown shape \($0); shapes: "
                            + ReaderInputs.Shape.allCases.map(\.rawValue).joined(separator: ","))
                    }
                    return shape
                }
            case "--scale": scale = Double(value) ?? scale
            case "--repeats": repeats = max(1, Int(value) ?? repeats)
            case "--case": caseShape = ReaderInputs.Shape(rawValue: value)
            case "--size": caseSize = Int(value) ?? 0
            case "--file": file = value
            default: throw BenchmarkError.usage("unknown option \(arguments[i])")
            }
            i += 2
        }
        if let caseShape { return runCase(ReaderInputs.text(caseShape, size: caseSize), repeats: repeats) }
        if let file {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            print("bytes wall cpu read-cpu read-peak-KiB peak-KiB checksum")
            return runCase(text, repeats: repeats)
        }

        print("Argdown reader: parse + Argdown JSON export, best of at least \(repeats) runs (short cases: until \(Int(minimumCPU)) s of CPU, at most \(maximumRuns)); each case in its own process")
        print("shape          size          bytes   cpu time  wall time   MB/s   read only: cpu   MB/s  MiB   peak MiB (all repeats)  growth")
        var failures: [String] = []
        for shape in shapes {
            var previous: Measurement?
            var exponents: [Double] = []
            for base in shape.defaultSizes {
                let size = max(1, Int(Double(base) * scale))
                let m = try measureInChild(shape, size: size, repeats: repeats)
                var growth = ""
                if let p = previous,
                    let exponent = Timing.growthExponent(from: (Double(p.bytes), p.seconds), to: (Double(m.bytes), m.seconds)) {
                    exponents.append(exponent)
                    growth = String(format: "%.2f", exponent)
                }
                print(String(format: "%-10@ %8d %@ %11d %10@ %10@ %6.1f %16@ %6.1f %4.0f %10.0f (%4.0f)   %@", shape.rawValue as NSString,
                    size, shape.unit.prefix(4).padding(toLength: 4, withPad: " ", startingAt: 0) as NSString, m.bytes,
                    Timing.format(m.seconds) as NSString, Timing.format(m.wall) as NSString,
                    Double(m.bytes) / 1e6 / m.seconds, Timing.format(m.parseSeconds) as NSString,
                    Double(m.bytes) / 1e6 / m.parseSeconds, m.parsePeakMB, m.peakMB, m.processPeakMB, growth as NSString))
                if shape == .map, size == 100_000 {
                    let rate = Double(m.bytes) / 1e6 / m.seconds
                    if rate < 20 { failures.append(String(format: "map: %.1f MB/s < 20", rate)) }
                    if m.peakMB > 250 { failures.append(String(format: "map: peak %.0f MiB > 250", m.peakMB)) }
                }
                previous = m
            }
            if let worst = exponents.max(), worst > 1.3 {
                failures.append(String(format: "%@: growth exponent %.2f > 1.3", shape.rawValue as NSString, worst))
            }
        }
        var verdict = failures.isEmpty ? "verdict: every target met" : "verdict: NOT MET: " + failures.joined(separator: "; ")
        if shapes.contains(.map), scale != 1 { verdict += " (the speed and memory targets apply to the 100,000-statement map, not run)" }
        print(verdict)
    }

    /// The child's work: reads and exports `text` at least `repeats` times (short cases more, see the type's
    /// comment) and prints one line: bytes, best wall and CPU seconds, best CPU seconds of reading alone, peak KiB
    /// after the first read and after the first read and export, and a checksum of one run's output.
    static func runCase(_ text: String, repeats: Int) {
        var best = Double.infinity, bestCPU = Double.infinity, parseCPU = Double.infinity
        var sink = 0
        var parsePeak = 0, roundPeak = 0
        var runs = 0, totalCPU = 0.0
        while runs < repeats || (totalCPU < minimumCPU && runs < maximumRuns) {
            runs += 1
            let start = DispatchTime.now().uptimeNanoseconds, startCPU = QueryBenchmark.cpuSeconds()
            let result = ArgdownReader.read(text, file: "generated.argdown")
            parseCPU = min(parseCPU, QueryBenchmark.cpuSeconds() - startCPU)
            if parsePeak == 0 { parsePeak = peakResidentKiB() }
            // The export streams its chunks to a sink, as writing the file does (`argmap export` holds the text).
            let written = Counter()
            ArgdownJSON.write(result.graph) { written.bytes += $0.count }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            let cpu = QueryBenchmark.cpuSeconds() - startCPU
            bestCPU = min(bestCPU, cpu)
            totalCPU += cpu
            sink = written.bytes &+ result.diagnostics.count  // the same every run
            if roundPeak == 0 { roundPeak = peakResidentKiB() }
        }
        print("\(text.utf8.count) \(best) \(bestCPU) \(parseCPU) \(parsePeak) \(roundPeak) \(sink)")
    }

    /// CPU seconds a short case's runs add up to at least (see the type's comment).
    static let minimumCPU = 3.0
    /// Most runs of a short case.
    static let maximumRuns = 25

    /// This process's peak resident memory so far, in KiB (Linux's unit for `ru_maxrss`).
    static func peakResidentKiB() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage.ru_maxrss
    }

    /// Runs one case in a child process and reads its result and its peak memory.
    static func measureInChild(_ shape: ReaderInputs.Shape, size: Int, repeats: Int) throws -> Measurement {
        let child = try ChildProcess.run(["reader", "--case", shape.rawValue, "--size", "\(size)", "--repeats", "\(repeats)"])
        let output = child.output, status = child.status
        let fields = output.split(whereSeparator: \.isWhitespace)
        guard status == 0, fields.count >= 6, let bytes = Int(fields[0]), let wall = Double(fields[1]),
            let cpu = Double(fields[2]), let parseCPU = Double(fields[3]), let parsePeak = Double(fields[4]),
            let roundPeak = Double(fields[5])
        else {
            throw BenchmarkError("\(shape.rawValue) \(size): the child failed (status \(status)): \(output)")
        }
        // Linux reports ru_maxrss in KiB.
        return Measurement(
            size: size, bytes: bytes, wall: wall, seconds: cpu, parseSeconds: parseCPU, peakMB: roundPeak / 1024,
            parsePeakMB: parsePeak / 1024, processPeakMB: child.peakMB)
    }
}

/// Counts the bytes the streamed export hands over.
final class Counter {
    var bytes = 0
}
