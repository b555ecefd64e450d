import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// Hostile and extreme inputs the reader and printer handle on purpose (issue 10): deep relation chains and deep
/// indentation without recursion, a 10 MB line, invalid UTF-8, NUL bytes, unbalanced brackets and comments, and
/// YAML bombs. Each test also bounds the time, so a quadratic or recursive regression fails instead of hanging.
@Suite struct PathologicalInputTests {
    /// Runs `body` and fails when it takes longer than `seconds` (generous: debug build on a shared machine).
    private func within<T>(_ seconds: Int, _ what: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = try clock.measure { result = try body() }
        #expect(elapsed < .seconds(seconds), "\(what) took \(elapsed)")
        return result!
    }

    /// `[S0]` ← `[S1]` ← … ← `[S100000]`: a support chain 100,000 relations deep, written as one small tree per
    /// link. Reading, printing and reading back must not recurse along the chain.
    @Test func hundredThousandLevelSupportChain() {
        let depth = 100_000
        var text = "[S0]: The thesis.\n"
        text.reserveCapacity(depth * 40)
        for k in 1...depth {
            text += "[S\(k - 1)]\n  <+ [S\(k)]: Reason \(k).\n\n"
        }
        let first = within(60, "reading the chain") { ArgdownReader.read(text) }
        #expect(!first.diagnostics.containsErrors)
        #expect(first.graph.listedRelations.count == depth)
        #expect(first.graph.nodes.count == depth + 1)
        let printed = within(60, "printing the chain") { ArgdownPrinter.print(first.graph) }
        let second = within(60, "reading the printed chain") { ArgdownReader.read(printed) }
        #expect(!second.diagnostics.containsErrors)
        #expect(second.graph.listedRelations.count == depth)
        let diffs = within(60, "comparing") { first.graph.structuralDifferences(from: second.graph) }
        #expect(diffs.isEmpty, "\(diffs.prefix(3))")
    }

    /// One relation tree indented one more space per level, 2,000 levels deep (the text grows with the square of
    /// the depth: 2 MB here). Each level attaches to the one above it.
    @Test func deeplyIndentedRelationTree() {
        let depth = 2_000
        var text = "[L0]: Root.\n"
        for k in 1...depth {
            text += String(repeating: " ", count: k) + "<+ [L\(k)]: Level \(k).\n"
        }
        let result = within(60, "reading the deep tree") { ArgdownReader.read(text) }
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.prefix(2).map(\.headline))")
        #expect(result.graph.listedRelations.count == depth)
        let graph = result.graph
        // Level k supports level k - 1.
        for k in [1, depth / 2, depth] {
            let from = graph.statement(titled: "L\(k)"), to = graph.statement(titled: "L\(k - 1)")
            #expect(from.map { graph.successors($0, .support) } == to.map { [$0] })
        }
        let again = ArgdownReader.read(ArgdownPrinter.print(graph))
        #expect(graph.structuralDifferences(from: again.graph).isEmpty)
    }

    /// A 10 MB line: a statement text, and a line of nothing but opening brackets.
    @Test func tenMegabyteLine() {
        let size = 10 << 20
        let long = String(repeating: "word ", count: size / 5)
        let result = within(60, "reading a 10 MB statement") { ArgdownReader.read("[Long]: " + long + "\n") }
        #expect(!result.diagnostics.containsErrors)
        #expect(result.graph.statement(titled: "Long").map { result.graph[$0].text?.utf8.count } == long.utf8.count - 1)
        let brackets = within(60, "reading 10 MB of brackets") { ArgdownReader.read(String(repeating: "[", count: size)) }
        #expect(brackets.graph.nodes.count <= 1)
    }

    /// Invalid UTF-8 is an error at the first bad byte (offset, line and column), and the rest is still read.
    @Test(arguments: [
        ([0xFF], 0), ([0xC0, 0x80], 0), ([0xE2, 0x82], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
    ] as [([UInt8], Int)])
    func invalidUTF8IsReportedAtTheBadByte(bad: [UInt8], _: Int) throws {
        let before = Array("[A]: fine.\n\n[B]: x".utf8)
        let data = Data(before + bad + Array(" y.\n\n[C]: after.\n".utf8))
        let result = ArgdownReader.read(data: data)
        let error = try #require(result.diagnostics.first { $0.code == "invalid-utf8" })
        #expect(error.range?.start.offset == before.count)
        #expect(error.range?.start.line == 3)
        #expect(error.range?.start.column == 7)
        #expect(result.graph.statement(titled: "C") != nil)
    }

    /// NUL bytes are ordinary characters: they do not end the text or a title.
    @Test func nulBytesAreCharacters() throws {
        let result = ArgdownReader.read("[A\u{0}B]: text\u{0}with NUL.\n  <+ [C]: after \u{0}.\n")
        let a = try #require(result.graph.statement(titled: "A\u{0}B"))
        #expect(result.graph[a].text == "text\u{0}with NUL.")
        #expect(result.graph.listedRelations.count == 1)
        let again = ArgdownReader.read(ArgdownPrinter.print(result.graph))
        #expect(result.graph.structuralDifferences(from: again.graph).isEmpty)
    }

    /// Unbalanced brackets and data braces give diagnostics (or plain text), never a crash, and stay linear.
    @Test(arguments: ["[", "]", "<", ">", "{", "}", "[[", "<<", "{{", "(", "#(", "@["])
    func unbalancedBrackets(piece: String) {
        let line = String(repeating: piece, count: 50_000)
        let texts = [line, "[A]: " + line, "[A]\n  <+ " + line, "(1) " + line + "\n----\n(2) " + line]
        for text in texts {
            let result = within(30, "reading \(piece) × 50,000") { ArgdownReader.read(text) }
            for d in result.diagnostics { #expect(d.range.map { $0.start.offset <= text.utf8.count } ?? true) }
        }
    }

    /// A comment that never closes is an error at its opener; the rest of the file is ignored, not misread.
    @Test(arguments: ["/*", "<!--"])
    func unterminatedComment(opener: String) throws {
        let text = "[A]: before.\n" + opener + " never closed\n\n[B]: hidden.\n" + String(repeating: "<+ [", count: 1000)
        let result = ArgdownReader.read(text)
        let error = try #require(result.diagnostics.first { $0.code == "unterminated-comment" })
        #expect(error.range?.start.line == 2)
        #expect(result.graph.statement(titled: "A") != nil)
        #expect(result.graph.statement(titled: "B") == nil)
        // Many closers without openers are text.
        #expect(ArgdownReader.read(String(repeating: "*/ --> ", count: 100_000)).graph.nodes.count <= 1)
    }

    /// Deeply nested YAML (front matter and a data block) is rejected quickly, before the recursive YAML parser.
    @Test func deeplyNestedYAMLIsRejected() {
        let depth = 100_000
        let flow = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let front = within(30, "deep front matter") { ArgdownReader.read("===\nkey: \(flow)\n===\n[A]: text.\n") }
        #expect(front.diagnostics.contains { $0.code == "data-too-deep" }, "\(front.diagnostics.map(\.code))")
        #expect(front.graph.statement(titled: "A") != nil)
        let braces = String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth)
        let block = within(30, "deep data block") { ArgdownReader.read("[A]: text. \(braces)\n") }
        #expect(block.diagnostics.contains { $0.code == "data-too-deep" }, "\(block.diagnostics.map(\.code))")
        var indented = "===\n"
        for k in 0..<1_000 { indented += String(repeating: " ", count: k) + "k\(k):\n" }
        let blockStyle = within(30, "deep block mapping") { ArgdownReader.read(indented + "===\n[A]: t.\n") }
        #expect(blockStyle.diagnostics.contains { $0.code == "data-too-deep" })
    }

    /// A "billion laughs" of YAML aliases is rejected when its expansion passes the value budget.
    @Test func yamlAliasBombIsRejected() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for k in 1...9 {
            let refs = Array(repeating: "*a\(k - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(k): &a\(k) [\(refs)]\n"
        }
        let result = within(30, "alias bomb") { ArgdownReader.read("===\n" + yaml + "===\n[A]: text.\n") }
        #expect(result.diagnostics.contains { $0.code == "data-too-large" }, "\(result.diagnostics.map(\.code))")
        #expect(result.graph.statement(titled: "A") != nil)
        let inBlock = within(30, "alias bomb in a data block") {
            ArgdownReader.read("[A]: text. {" + yaml.split(separator: "\n").joined(separator: ", ") + "}\n")
        }
        #expect(inBlock.diagnostics.containsErrors)
    }
}
