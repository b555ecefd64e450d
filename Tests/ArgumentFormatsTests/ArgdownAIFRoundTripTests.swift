import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentFormats

/// Argdown → graph → AIF → graph keeps every support, attack and undercut. Runs once the Argdown reader is in
/// (until then `ArgdownReader.read` is a placeholder returning an empty graph; `AIFWriterTests` covers the same
/// ground with a graph built by hand).
@Suite(.enabled(if: !ArgdownReader.read("[A]: a").graph.nodes.isEmpty, "the Argdown reader has not landed"))
struct ArgdownAIFRoundTripTests {
    static let map = """
        [A]: Text A.
          + [B]: Text B.
          - [D]: Text D.
            <- <Arg2>

        <Arg1>: The first argument.

        (1) [P1]: Premise one.
        (2) [P2]: Premise two.
        ----
        (3) [C]: Conclusion.

        <Arg1>
          _ [E]: An undercutter.

        <Arg2>: A second argument, not reconstructed.
          +> [B]

        [X]: x.
          >< [Y]: y.
          + <Arg1>
        """

    @Test func everyRelationSurvives() {
        let original = ArgdownReader.read(Self.map, file: "map.argdown")
        #expect(!original.diagnostics.containsErrors)
        let types = Set(original.graph.relations.map(\.type))
        #expect(types.isSuperset(of: [.support, .attack, .undercut, .contradictory]))
        let back = AIFReader.read(AIFWriter.write(original.graph), file: "map.json")
        #expect(back.diagnostics.isEmpty)
        #expect(back.graph.relationLines == original.graph.relationLines)
        // Titles and texts come back too.
        #expect(back.graph.nodes.map(\.bracketedTitle).sorted() == original.graph.nodes.map(\.bracketedTitle).sorted())
        for node in original.graph.nodes {
            #expect(back.graph.node(node.kind, titled: node.title).map { back.graph[$0].text } == node.text)
        }
    }
}
