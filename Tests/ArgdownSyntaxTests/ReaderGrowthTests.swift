import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// Inputs whose cost grew quadratically before issue 15: many data blocks merged into one element, and many
/// diagnostics printed for one long line. Each must finish well within a bound the quadratic versions missed by
/// minutes (debug build, shared machine).
@Suite struct ReaderGrowthTests {
    private func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// 20,000 data blocks on one statement merge in place (each merge copied the whole object before).
    @Test func manyDataBlocksMergeLinearly() throws {
        var text = "[D]: A statement with many data blocks.\n"
        for k in 0..<20_000 { text += "{k\(k): \(k)}\n" }
        var result: ReadResult?
        let elapsed = seconds { result = ArgdownReader.read(text) }
        #expect(elapsed < 60, "reading 20,000 data blocks took \(elapsed) s")
        let graph = try #require(result?.graph)
        let d = try #require(graph.statement(titled: "D"))
        #expect(graph[d].data.objectValue.count == 20_000)
        #expect(graph[d].data["k19999"] == .int(19_999))
        #expect(Array(graph[d].data.objectValue.keys.prefix(2)) == ["k0", "k1"])
    }

    /// In-place merging keeps `merging`'s meaning: deep for objects, later wins, key order of first appearance.
    @Test func mergeInPlaceMatchesMerging() {
        let a = DataValue.object(["x": .int(1), "n": .object(["p": .int(1), "q": .int(2)]), "s": .string("a")])
        let b = DataValue.object(["n": .object(["q": .int(3), "r": .int(4)]), "x": .null, "t": .bool(true)])
        var merged = a
        merged.merge(b)
        #expect(merged == .object([
            "x": .null, "n": .object(["p": .int(1), "q": .int(3), "r": .int(4)]), "s": .string("a"), "t": .bool(true),
        ]))
        #expect(a.merging(b) == merged)
        var empty = DataValue.empty
        empty.merge(b)
        #expect(empty == b)
        var scalar = DataValue.int(1)
        scalar.merge(b)
        #expect(scalar == b)
        var object = a
        object.merge(.string("replaced"))
        #expect(object == .string("replaced"))
    }

    /// One 360 KB line of `@[A] @<B> @[` (60,000 undefined mentions): the formatter keeps the line's scalars for
    /// the next diagnostic on it instead of converting the whole line again for each (6 × 10¹⁰ steps before).
    @Test func manyDiagnosticsOnOneLongLineFormatLinearly() {
        let text = String(repeating: "@[A] @<B> @[", count: 30_000) + "\n"
        let result = ArgdownReader.read(text, file: "m.argdown")
        #expect(result.diagnostics.count >= 60_000)
        var printed = ""
        let elapsed = seconds { printed = DiagnosticFormatter(source: text).format(result.diagnostics) }
        #expect(elapsed < 60, "formatting took \(elapsed) s")
        let lines = printed.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 * result.diagnostics.count)
        // The last diagnostic's excerpt is the window at the end of the line, its caret under the column.
        #expect(lines[lines.count - 2].hasPrefix("1 | …"))
    }

    /// The per-diagnostic and list formatters agree (checked on a small text, where formatting each alone is cheap).
    @Test func cachedLineFormattingEqualsFormattingEachAlone() {
        let text = "[A]: x @[Nope] y @<Gone> z.\n\n[B]\n  <+ @[Q]\n"
        let result = ArgdownReader.read(text, file: "f.argdown")
        #expect(result.diagnostics.count >= 3)
        let formatter = DiagnosticFormatter(source: text)
        #expect(formatter.format(result.diagnostics) == result.diagnostics.map(formatter.format).joined(separator: "\n"))
    }
}
