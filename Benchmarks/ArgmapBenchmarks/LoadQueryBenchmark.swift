import ArgdownSyntax
import ArgumentAnalysis
import ArgumentModel
import Foundation

/// `load-query`: issue 15 item 4's end-to-end case. A child process (this program, re-run with `--case`) generates
/// the statement tree `argmap generate --statements N --shape tree --seed 3` prints (1,000,001 statements by
/// default, about 120 MB of Argdown), reads it with ``ArgdownReader`` and answers `?x supports+ [Claim 1]` with
/// ``QueryEngine``, once. It prints the CPU seconds of reading and of the query, their sum against pyoxigraph's
/// 2.3 s for the query alone, and the peak resident memory (`ru_maxrss`) before reading (the generated text) and
/// after the query. Options: `--statements N` (default 1000001).
enum LoadQueryBenchmark {
    static var program: BenchmarkProgram {
        BenchmarkProgram(
            name: "load-query",
            summary: "read the 1,000,001-statement tree (120 MB) and answer ?x supports+ [Claim 1]: CPU vs 2.3 s, peak memory",
            run: run)
    }

    /// pyoxigraph's time for the query alone on this map (issue 15 item 4), in seconds.
    static let target = 2.3

    static func run(_ arguments: [String]) throws {
        var statements = 1_000_001, isChild = false
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--statements": statements = Int(value) ?? statements
            case "--case": isChild = true
            default: throw BenchmarkError.usage("unknown option \(arguments[i]); options: --statements N")
            }
            i += 2
        }
        if isChild { return try runCase(statements: statements) }
        let output = try ChildProcess.run(["load-query", "--case", "1", "--statements", "\(statements)"])
        let fields = output.text.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard output.status == 0, fields.count >= 6 else {
            throw BenchmarkError("the child failed (status \(output.status)): \(output.text)")
        }
        let (bytes, readCPU, queryCPU, answers, textPeak, peak) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])
        let total = readCPU + queryCPU
        print("load-query: \(statements) statements (tree, seed 3), \(Int(bytes)) bytes of Argdown, \(Int(answers)) answers")
        print(String(format: "  read   cpu %@ (%.1f MB/s)", Timing.format(readCPU) as NSString, bytes / 1e6 / readCPU))
        print(String(format: "  query  cpu %@", Timing.format(queryCPU) as NSString))
        print(String(format: "  total  cpu %@ = %.2f × pyoxigraph's %.1f s for the query alone", Timing.format(total) as NSString, total / target, target))
        print(String(format: "  peak memory: %.0f MiB with the text generated, %.0f MiB after reading and the query (process peak %.0f MiB)",
            textPeak / 1024, peak / 1024, output.peakKiB / 1024))
        print(total < target ? "verdict: met (under \(target) s)" : String(format: "verdict: NOT MET (%.2f s over)", total - target))
    }

    /// The child's work: prints bytes, read CPU seconds, query CPU seconds, answers, peak KiB before reading, peak
    /// KiB after the query.
    static func runCase(statements: Int) throws {
        let data = generatedText(statements: statements)
        let textPeak = ReaderBenchmark.peakResidentKiB()
        let start = QueryBenchmark.cpuSeconds()
        let result = ArgdownReader.read(data: data, file: "generated.argdown")
        let read = QueryBenchmark.cpuSeconds()
        let answer = try QueryEngine(result.graph).evaluate(try Query.parse("?x supports+ [Claim 1]"))
        let query = QueryBenchmark.cpuSeconds()
        print("\(data.count) \(read - start) \(query - read) \(answer.rows.count) \(textPeak) \(ReaderBenchmark.peakResidentKiB())")
        fflush(nil)  // every stream: the output must be out before exit
        exit(0)  // as `argmap query` does: the graph is not taken apart at exit
    }

    /// The Argdown text of the generated tree, as the bytes `argmap query` reads from the file (the generator's
    /// graph is gone before reading starts).
    static func generatedText(statements: Int) -> Data {
        let graph = MapGenerator.generate(.init(statements: statements, shape: .tree, seed: 3))
        return Data(ArgdownPrinter.print(graph).utf8)
    }
}
