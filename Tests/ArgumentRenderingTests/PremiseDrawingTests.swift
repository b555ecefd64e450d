import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering

/// Premises of reconstructed arguments in pictures (issue 16 item 2): joined to their argument by a premise line
/// (`--premises edges`, the default), or left out unless related otherwise (`--premises hidden`).
@Suite struct PremiseDrawingTests {
    /// Two reconstructed arguments: <Budget> is undercut by [Reserves]; <Precedent>'s premise [Last time] is
    /// attacked by [Other cause]. Both conclude something that attacks [Raise].
    static let source = """
        [Raise]: Wages should rise.
          - <Budget>
          - <Precedent>

        <Budget>

        (1) [Tight]: The budget is tight.
        (2) [Forbids]: A tight budget forbids any rise.
        ----
        (3) [No rise]: Wages should not rise.

        <Budget>
          _ [Reserves]: The reserves cover a rise.

        <Precedent>

        (1) [Last time]: Last time a rise led to layoffs.
        (2) [Again]: It will happen again.
        ----
        (3) [Layoffs]: A rise would cause layoffs.

        [Last time]
          - [Other cause]: The layoffs came from the crash.
        """

    static var graph: ArgumentGraph { ArgdownReader.read(source).graph }

    /// The `a -> b` edge lines of `dot` with class `premise`, as (from title, to title) pairs.
    static func premiseEdges(_ dot: String, _ graph: ArgumentGraph) -> Set<String> {
        let ids = ElementIDs(graph)
        var titleOf: [String: String] = [:]
        for node in graph.nodes { titleOf[ids.id(of: node.id)] = node.bracketedTitle }
        var out = Set<String>()
        for line in dot.split(separator: "\n") where line.contains("class=\"premise\"") && line.contains(" -> ") {
            let parts = line.trimmingCharacters(in: .whitespaces).components(separatedBy: " -> ")
            let from = parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let to = String(parts[1].prefix { $0 != " " }).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            out.insert("\(titleOf[from] ?? from) -> \(titleOf[to] ?? to)")
        }
        return out
    }

    @Test func everyPremiseIsJoinedToItsArgument() {
        let graph = Self.graph
        let dot = DOTWriter().write(graph)
        #expect(Self.premiseEdges(dot, graph) == [
            "[Tight] -> <Budget>", "[Forbids] -> <Budget>", "[Last time] -> <Precedent>", "[Again] -> <Precedent>",
        ])
        // The argument → conclusion support is still drawn (a derived support), and the premise line is not a support.
        #expect(dot.contains("class=\"support derived\""))
        #expect(!dot.contains("class=\"premise\", tooltip=\"[Tight] supports"))
        #expect(dot.contains("tooltip=\"[Tight] is a premise of <Budget>\""))
    }

    @Test func legendExplainsThePremiseLine() {
        var options = RenderOptions()
        options.legend = true
        let dot = DOTWriter(options: options).write(Self.graph)
        #expect(dot.contains("class=\"legend-edge premise\""))
        #expect(dot.contains("premise of its argument"))
        options.premises = .hidden
        #expect(!DOTWriter(options: options).write(Self.graph).contains("legend-edge premise"))
    }

    /// The DOT of `graph` with `premises`, and the node statement line of the node titled `title` (nil: not drawn).
    static func drawing(_ graph: ArgumentGraph, _ premises: PremiseDrawing) -> (dot: String, line: (String) -> String?) {
        var options = RenderOptions()
        options.premises = premises
        let dot = DOTWriter(options: options).write(graph)
        let ids = ElementIDs(graph)
        return (dot, { title in
            guard let node = graph.nodes.first(where: { $0.title == title }) else { return nil }
            return dot.split(separator: "\n").first { $0.contains("\"\(ids.id(of: node.id))\" [id=") }.map(String.init)
        })
    }

    @Test func hiddenPremisesLeaveOutOnlyThoseWithoutRelations() {
        let graph = Self.graph
        let (dot, nodeLine) = Self.drawing(graph, .hidden)
        func drawn(_ title: String) -> Bool { nodeLine(title) != nil }
        #expect(Self.premiseEdges(dot, graph).isEmpty)
        #expect(!drawn("Tight") && !drawn("Forbids") && !drawn("Again"))
        #expect(drawn("Last time"), "attacked by [Other cause]: it has a relation of its own")
        #expect(drawn("No rise") && drawn("Budget") && drawn("Reserves"))
    }

    @Test func insideDrawsLonePremisesInTheirArgumentsBox() {
        let graph = Self.graph
        let (dot, nodeLine) = Self.drawing(graph, .inside)
        func line(of title: String) -> String? { nodeLine(title) }
        // [Tight], [Forbids] and [Again] have no relation of their own: boxes inside their argument's label.
        #expect(line(of: "Tight") == nil && line(of: "Forbids") == nil && line(of: "Again") == nil)
        let budget = line(of: "Budget") ?? ""
        #expect(budget.contains("<TD BORDER=\"1\"") && budget.contains("<B>Tight</B>") && budget.contains("<B>Forbids</B>"))
        #expect(budget.contains("Premises: [Tight], [Forbids]"))
        // [Last time] is attacked, so it stays a box of its own, joined to <Precedent> by the premise line.
        #expect(line(of: "Last time") != nil)
        #expect(Self.premiseEdges(dot, graph) == ["[Last time] -> <Precedent>"])
        #expect((line(of: "Precedent") ?? "").contains("<B>Again</B>"))
    }

    @Test func excludingDisconnectedKeepsPremisesJoinedToTheirArgument() throws {
        let graph = Self.graph
        let visible = try #require(try MapSelection(excludeDisconnected: true).visibleNodes(in: graph))
        let titles = Set(visible.map { graph[$0].title })
        #expect(titles.isSuperset(of: ["Tight", "Forbids", "Again", "Last time"]))
    }

    @Test func theInteractivePageKnowsThePremiseLines() {
        let data = ViewerData(graph: Self.graph, title: "t")
        let premiseEntries = data.relations.filter { $0.type == "premise" }
        #expect(premiseEntries.count == 4)
        let ids = ElementIDs(Self.graph)
        let budget = Self.graph.nodes.first { $0.title == "Budget" }.map { ids.id(of: $0.id) }
        #expect(premiseEntries.filter { $0.to == budget }.count == 2)
        #expect(premiseEntries.allSatisfy { $0.id.hasPrefix("premise-") })
    }
}
