import ArgdownSyntax
import ArgumentFormats
import ArgumentModel
import ArgumentRendering
import Foundation

/// `growth`: the shapes that once took quadratic time (issue 21), each timed at three sizes doubling from one to
/// the next, with the growth exponent log(t₂/t₁) / log(n₂/n₁) between consecutive sizes: about 1 is linear, 2
/// quadratic.
///
/// Rows: `render-long-text` (an Argdown map of one statement holding 1, 2, 4 MB of text, read and drawn to SVG as
/// `argmap render` does), `kialo` (20k, 40k, 80k claims), `aif-locutions` (10k, 20k, 40k locutions). Options:
/// `--only NAME` (one row), `--repeats N` (default 3, the median counts), `--scale F` (multiplies every size; 0.25
/// for a quick look).
enum GrowthBenchmark {
    static var program: BenchmarkProgram { BenchmarkProgram(
        name: "growth",
        summary: "growth exponents: long texts rendered, Kialo 80k claims, AIF 40k locutions",
        run: run) }

    /// One row: a name, the three sizes and their unit, and a function timing one run at a size.
    struct Row {
        var name: String
        var sizes: [Int]
        var unit: String
        var prepare: (Int) throws -> () throws -> Void
    }

    static var rows: [Row] { [
        Row(name: "render-long-text", sizes: [1 << 20, 2 << 20, 4 << 20], unit: "bytes of text") { size in
            let text = longStatement(bytes: size)
            return {
                let graph = ArgdownReader.read(text, file: "long.argdown").graph
                _ = try blocking { try await MapRenderer.svg(graph) }
            }
        },
        Row(name: "kialo", sizes: [20_000, 40_000, 80_000], unit: "claims") { size in
            let text = kialoExport(claims: size)
            return { _ = KialoReader.read(text, file: "many.txt") }
        },
        Row(name: "aif-locutions", sizes: [10_000, 20_000, 40_000], unit: "locutions") { size in
            let text = aifLocutions(size)
            return { _ = AIFReader.read(text, file: "many.json") }
        },
    ] }

    static func run(_ arguments: [String]) throws {
        var only: String?, repeats = 3, scale = 1.0
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--only": only = value; i += 1
            case "--repeats": repeats = max(1, Int(value) ?? repeats); i += 1
            case "--scale": scale = Double(value) ?? scale; i += 1
            default: throw BenchmarkError.usage("unknown option \(arguments[i])")
            }
            i += 1
        }
        // Graphviz starts once per process (plugins, fonts): a warm-up keeps that out of the first row.
        _ = try blocking { try await MapRenderer.svg(ArgdownReader.read("[A]: a.", file: nil).graph) }
        print("row               size                  median      exponent")
        for row in rows where only == nil || row.name == only {
            var previous: (size: Double, seconds: Double)?
            for size in row.sizes.map({ max(1, Int(Double($0) * scale)) }) {
                let body = try row.prepare(size)
                let seconds = try Timing.median(repeats: repeats, body)
                let exponent = previous.flatMap { Timing.growthExponent(from: $0, to: (Double(size), seconds)) }
                    .map { String(format: "%.2f", $0) } ?? "-"
                print("\(row.name.padding(toLength: 17, withPad: " ", startingAt: 0)) \(String(size).padding(toLength: 8, withPad: " ", startingAt: 0)) \(row.unit.padding(toLength: 13, withPad: " ", startingAt: 0)) \(Timing.format(seconds).padding(toLength: 11, withPad: " ", startingAt: 0)) \(exponent)")
                previous = (Double(size), seconds)
            }
        }
    }

    /// `[Long]: ` followed by `bytes` of words (lengths 1-12, a full stop now and then).
    static func longStatement(bytes: Int) -> String {
        var text = "[Long]: "
        text.reserveCapacity(bytes + 16)
        var state: UInt64 = 1917
        while text.utf8.count < bytes {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60) % 12 + 1
            text += String(repeating: "w", count: length) + (state & 0xF == 0 ? ". " : " ")
        }
        return text + "\n"
    }

    /// A Kialo export of `claims` claims: theses of ten replies each, pros and cons alternating.
    static func kialoExport(claims: Int) -> String {
        var text = "Discussion Title: Growth\n\n"
        var made = 0, thesis = 0
        while made < claims {
            thesis += 1
            text += "\(thesis). Thesis \(thesis)\n"
            made += 1
            for reply in 1...10 where made < claims {
                text += "\(thesis).\(reply). \(reply % 2 == 0 ? "Pro" : "Con"): Reply \(thesis).\(reply)\n"
                made += 1
            }
        }
        return text
    }

    /// An AIF document of one I-node and `count` locutions, every tenth repeated (so deduplication has work).
    static func aifLocutions(_ count: Int) -> String {
        var locutions: [String] = []
        locutions.reserveCapacity(count)
        for i in 0..<count {
            let id = i % 10 == 9 ? i - 1 : i
            locutions.append(#"{"nodeID": "L\#(id)", "personID": "\#(id % 50)"}"#)
        }
        return #"{"nodes": [{"nodeID": "1", "text": "A claim", "type": "I"}], "edges": [], "locutions": ["#
            + locutions.joined(separator: ", ") + "]}"
    }
}
