import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// Inputs the libFuzzer target `fuzz-argdown` found (minimised by hand), kept so the bugs stay fixed.
/// See docs/fuzzing.md for the list.
@Suite struct FuzzRegressionTests {
    /// read → print → read gives the same graph, without errors.
    private func expectRoundTrip(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let first = ArgdownReader.read(text)
        #expect(!first.diagnostics.containsErrors, sourceLocation: sourceLocation)
        let printed = ArgdownPrinter.print(first.graph)
        let second = ArgdownReader.read(printed)
        #expect(!second.diagnostics.containsErrors, "\(printed)", sourceLocation: sourceLocation)
        let diffs = first.graph.structuralDifferences(from: second.graph)
        #expect(diffs.isEmpty, "\(diffs)\n\(printed)", sourceLocation: sourceLocation)
    }

    /// An untitled argument's pcs printed right after a titled argument that has none was read back as that
    /// argument's pcs (the printer now prints pcs-less titled arguments after the others).
    @Test func untitledPCSIsNotTakenByThePrecedingArgument() {
        let text = """
            [C]: The conclusion.
              <- <Critic>: It attacks.

            (1) [P]: A premise.
            ----
            (2) [C]
            """
        let graph = ArgdownReader.read(text).graph
        #expect(graph.argument(titled: "Critic").map { graph[$0].pcs == nil } == true)
        #expect(graph.arguments.filter { $0.isUntitled && $0.pcs != nil }.count == 1)
        expectRoundTrip(text)
    }

    /// The same with the pcs-less argument in a section, before a second untitled argument.
    @Test func untitledPCSAfterArgumentInSection() {
        expectRoundTrip("""
            # Part

            <Critic>: It attacks.

            [C]: The conclusion.
              <+ <Other>: Helps.

            (1) [P]: A premise.
            ----
            (2) [C]
            """)
    }

    /// A diagnostic without an explicit end covered one byte, so at a multi-byte character (here U+FFFD from
    /// invalid UTF-8 in the front matter) its end offset fell inside the character.
    @Test func diagnosticEndIsAtACharacterBoundary() throws {
        // A control character makes Yams fail without a position, so the error sits at the first character.
        let data = Data("===\n".utf8 + [0xEB] + ": \u{1}\n===\n[A]: text.\n".utf8)
        let result = ArgdownReader.read(data: data)
        let yaml = try #require(result.diagnostics.first { $0.code == "invalid-yaml" })
        let range = try #require(yaml.range)
        #expect(range.start.line == 2 && range.start.column == 1 && range.start.offset == 4)
        // U+FFFD is three bytes: the next character starts at offset 7, column 2.
        #expect(range.end.column == 2)
        #expect(range.end.offset == 7)
    }
}
