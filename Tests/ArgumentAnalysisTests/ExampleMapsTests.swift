import ArgdownSyntax
import ArgumentAnalysis
import ArgumentModel
import Foundation
import Testing

/// The example maps in graphs/: they read without errors, and the essay map is faithful to the essay
/// (every node quotes it verbatim, enough objections, every node tied to the thesis).
@Suite struct ExampleMapsTests {
    /// The repository root: this file is Tests/ArgumentAnalysisTests/ExampleMapsTests.swift.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let mapNames = ["october-1917.argdown", "teaching-example.argdown", "debate-free-public-transport.argdown"]

    private static func read(_ name: String) throws -> ReadResult {
        let url = root.appendingPathComponent("graphs").appendingPathComponent(name)
        return ArgdownReader.read(data: try Data(contentsOf: url), file: "graphs/\(name)")
    }

    @Test(arguments: mapNames)
    func mapReadsWithoutErrors(_ name: String) throws {
        let result = try Self.read(name)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        #expect(result.graph.nodes.count >= 8)
    }

    @Test func teachingExampleHasANamedInferenceRuleAndAnUndercut() throws {
        let graph = try Self.read("teaching-example.argdown").graph
        let rules = graph.nodes.compactMap(\.pcs).flatMap(\.inferences).flatMap(\.rules)
        #expect(rules.contains("modus ponens"))
        #expect(graph.listedRelations.contains { $0.type == .undercut })
        #expect((8...15).contains(graph.nodes.count))
    }

    @Test func debateMapIsLargeWithObjectionsAndRebuttals() throws {
        let graph = try Self.read("debate-free-public-transport.argdown").graph
        #expect(graph.nodes.count >= 30)
        // Rebuttals: attacks on nodes that themselves attack something.
        let attackers = Set(graph.listedRelations.filter { $0.type.isAttacking }.map(\.from))
        let rebuttals = graph.listedRelations.filter { $0.type.isAttacking && attackers.contains($0.to) }
        #expect(rebuttals.count >= 5)
    }

    @Test func essayMapIsLargeAndArgues() throws {
        let graph = try Self.read("october-1917.argdown").graph
        #expect(graph.nodes.count >= 35)
        let attacks = graph.listedRelations.filter { [.attack, .undercut, .contradictory, .contrary].contains($0.type) }
        #expect(attacks.count >= 6)
        #expect(graph.listedRelations.contains { $0.type == .undercut })
        #expect(graph.listedRelations.contains { $0.type == .contradictory })
    }

    @Test func everyEssayNodeIsConnectedToTheThesis() throws {
        let graph = try Self.read("october-1917.argdown").graph
        let thesis = try #require(graph.statement(titled: "Workers and party"))
        #expect(graph.metadata["mainConclusion"]?.stringValue == "Workers and party")
        // Undirected adjacency: every relation, plus an argument's link to the statements of its pcs.
        var neighbours = [[NodeID]](repeating: [], count: graph.nodes.count)
        func link(_ a: NodeID, _ b: NodeID) {
            neighbours[a.index].append(b)
            neighbours[b.index].append(a)
        }
        for relation in graph.relations { link(relation.from, relation.to) }
        for node in graph.nodes {
            for step in node.pcs?.statements ?? [] { link(node.id, step.statement) }
        }
        var seen: Set<NodeID> = [thesis]
        var queue = [thesis]
        while let next = queue.popLast() {
            for n in neighbours[next.index] where seen.insert(n).inserted { queue.append(n) }
        }
        let cut = graph.nodes.filter { !seen.contains($0.id) }.map(\.title)
        #expect(cut.isEmpty, "not connected to the thesis: \(cut)")
    }

    @Test func everyEssayNodeQuotesTheEssayVerbatim() throws {
        let graph = try Self.read("october-1917.argdown").graph
        let unquoted = graph.nodes.filter { $0.quote == nil }.map(\.title)
        #expect(unquoted.isEmpty, "without a quote: \(unquoted)")
        let essayURL = Self.root.deletingLastPathComponent().appendingPathComponent("shared/essay/october-1917.txt")
        let essay = try String(contentsOf: essayURL, encoding: .utf8)
        let result = QuoteVerifier.verify(graph, source: essay, sourcePath: "october-1917.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.matches.count == graph.nodes.count)
        #expect(Set(result.matches.map(\.node)).count == result.matches.count)
    }

    @Test func essayQuotesNamePeopleWhereTheEssayQuotesThem() throws {
        let graph = try Self.read("october-1917.argdown").graph
        let speakers = Set(graph.nodes.compactMap { $0.data["by"]?.stringValue })
        for name in ["Lenin", "Trotsky", "Sukhanov", "Mandel", "Rabinowitch", "Wade", "Martov", "Service", "Kerensky", "Izvestia"] {
            #expect(speakers.contains(name), "no node quotes \(name)")
        }
    }
}
