import Foundation
import Testing
@testable import ArgdownSyntax
@testable import ArgumentModel

/// Making the listed relations into the graph's relations on another thread while the nodes are finished
/// (`ModelCollector.finish`, ``PreparedRelations``) must give exactly the graph and diagnostics of the sequential
/// pass, adjacency lists included (the prepared batch brings the graph's outgoing and incoming lists). The two-thread
/// paths are forced on small inputs by binding ``TwoThreads/threshold`` to 0 (and off by `Int.max`).
@Suite struct OverlappedFinishTests {
    /// Reads `text` with the two-thread paths forced on and off.
    private func readBothWays(_ text: String) -> (overlapped: ReadResult, sequential: ReadResult) {
        let bytes = Array(text.utf8)
        let overlapped = TwoThreads.$threshold.withValue(0) { ArgdownReader.read(bytes: bytes, file: "map.argdown") }
        let sequential = TwoThreads.$threshold.withValue(Int.max) {
            ArgdownReader.read(bytes: bytes, file: "map.argdown")
        }
        return (overlapped, sequential)
    }

    /// The first difference between two reads, or nil: nodes, relations (every field), both adjacency lists of every
    /// node, sections, metadata, diagnostics.
    private func difference(_ a: ReadResult, _ b: ReadResult) -> String? {
        let (x, y) = (a.graph, b.graph)
        if x.nodes != y.nodes { return "nodes differ" }
        if x.relations.count != y.relations.count { return "relation counts \(x.relations.count) vs \(y.relations.count)" }
        for k in x.relations.indices where x.relations[k] != y.relations[k] {
            return "relation \(k): \(x.relations[k]) vs \(y.relations[k])"
        }
        if x.outgoingRows != y.outgoingRows { return "outgoing lists differ" }
        if x.incomingRows != y.incomingRows { return "incoming lists differ" }
        // The lists are the relations' own grouping (a stale or misplaced grouping would pass the equality above
        // only if both paths were wrong the same way).
        for node in x.nodes.indices {
            let id = NodeID(node)
            if x.outgoing(id).contains(where: { x.relations[$0.index].from != id })
                || x.incoming(id).contains(where: { x.relations[$0.index].to != id }) {
                return "node \(node)'s lists hold a relation of another node"
            }
        }
        if x.outgoingRows.list.count != x.relations.count || x.incomingRows.list.count != x.relations.count {
            return "lists do not hold every relation"
        }
        if x.sections != y.sections { return "sections differ" }
        if x.metadata != y.metadata { return "metadata differs" }
        if a.diagnostics != b.diagnostics { return "diagnostics \(a.diagnostics) vs \(b.diagnostics)" }
        return nil
    }

    /// What a generated map adds to its plain tree of supports and attacks.
    enum Extra: CaseIterable, Sendable {
        case none, rephrases, relationData, pcsPremises, contradictions, duplicates, undercuts, strict, pcs
    }

    /// `nodes` statements defined, then relation trees among them (supports, attacks, some to undefined titles),
    /// arguments supporting statements, and lines of `extra` (each a branch of finishing: rephrases and relation
    /// data added by merges after the listed relations, a pcs kept in data, symmetric relations, duplicates that
    /// keep a batch from being taken whole, undercuts read as attacks, strict mode, a pcs).
    static func map(nodes: Int, extra: Extra, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        var text = extra == .strict ? "===\nmodel:\n  mode: strict\n===\n\n" : ""
        text += "# Statements\n\n"
        for k in 1...nodes { text += "[S\(k)]: Statement \(k).\n\n" }
        text += "# Relations\n\n"
        for k in 2...nodes {
            let parent = 1 + rng.below(k - 1)
            text += "[S\(parent)]\n    \(rng.below(3) == 0 ? "<-" : "<+") [S\(k)]\n"
            if k % 97 == 0 { text += "    <+ [Undefined \(k)]\n" }
            if k % 50 == 0 { text += "\n<A\(k)>: Argument \(k).\n    +> [S\(k)]\n    -> [S\(parent)]\n" }
            let other = 1 + rng.below(nodes)
            switch extra {
            case .none, .strict: break
            case .rephrases where k % 40 == 0:
                text += "\n[S\(k)] {rephrases: [\"[S\(other)]\", \"[Missing \(k)]\"]}\n"
            case .relationData where k % 40 == 0:
                text += "\n[S\(k)] {relationData: [{type: attack, to: \"[S\(parent)]\", data: {w: \(k)}}]}\n"
            case .pcsPremises where k % 50 == 0:
                text += "\n<A\(k)> {pcsPremises: [\"[S\(other)]\"]}\n"
            case .contradictions where k % 40 == 0: text += "\n[S\(k)]\n    >< [S\(other)]\n"
            case .duplicates where k % 40 == 0: text += "\n[S\(parent)]\n    <+ [S\(k)]\n"
            case .undercuts where k % 40 == 0: text += "\n[S\(k)]\n    <_ [S\(other)]\n"
            case .pcs where k % 50 == 0:
                text += "\n<A\(k)>\n\n(1) [S\(other)]\n(2) Premise \(k).\n----\n(3) [S\(k)]\n"
            default: break
            }
            text += "\n"
        }
        return text
    }

    @Test(arguments: Extra.allCases)
    func generatedMapsReadTheSameWithRelationsMadeOnAnotherThread(extra: Extra) {
        let text = Self.map(nodes: 3_000, extra: extra, seed: 5)
        let (overlapped, sequential) = readBothWays(text)
        #expect(overlapped.graph.relations.count > 3_000)
        #expect(difference(overlapped, sequential) == nil)
        // The map takes the branch it is made for.
        let graph = overlapped.graph
        switch extra {
        case .rephrases: #expect(graph.relations.contains { $0.type == .rephrase })
        case .relationData: #expect(graph.relations.contains { !$0.data.isEmpty })
        case .pcsPremises:
            #expect(graph.nodes.contains { $0.pcs != nil })
            #expect(graph.relations.contains { $0.isDerived })
        case .contradictions: #expect(graph.relations.contains { $0.type == .contradictory })
        case .duplicates, .undercuts, .none:
            #expect(graph.relations.allSatisfy { $0.type == .support || $0.type == .attack })
        case .strict: #expect(graph.relations.contains { $0.type == .entails })
        case .pcs: #expect(graph.relations.contains { $0.isDerived })
        }
    }

    @Test func everyArgdownFileReadsTheSameWithRelationsMadeOnAnotherThread() throws {
        let files = ParallelFinishTests.argdownFiles
        #expect(files.count >= 40)
        var differing: [String] = []
        for url in files {
            let (overlapped, sequential) = readBothWays(String(decoding: try Data(contentsOf: url), as: UTF8.self))
            if let d = difference(overlapped, sequential) { differing.append("\(url.lastPathComponent): \(d)") }
        }
        #expect(differing == [])
    }

    @Test(arguments: MapGenerator.Shape.allCases)
    func printedGeneratedMapsReadTheSameWithRelationsMadeOnAnotherThread(shape: MapGenerator.Shape) {
        let graph = MapGenerator.generate(.init(statements: 4_000, arguments: 200, shape: shape, seed: 17))
        let (overlapped, sequential) = readBothWays(ArgdownPrinter.print(graph))
        #expect(difference(overlapped, sequential) == nil)
    }

    /// Which maps the other thread may make the relations for: only where the transforms change nothing.
    @Test func relationsAreMadeAheadOnlyWhereTheTransformsChangeNothing() {
        func independent(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            var parser = ArgdownParser(source: SourceText(bytes: bytes, file: nil), stripped: bytes)
            let body = parser.parseFrontMatter()
            _ = parser.parseBody(from: body, plan: .automatic)
            return parser.model.relationsIndependentOfNodes
        }
        #expect(independent(Self.map(nodes: 100, extra: .none, seed: 1)))
        #expect(independent(Self.map(nodes: 100, extra: .pcsPremises, seed: 1)))
        #expect(!independent(Self.map(nodes: 100, extra: .strict, seed: 1)))
        #expect(!independent(Self.map(nodes: 100, extra: .pcs, seed: 1)))
    }

    /// A prepared batch is taken whole only when it could be: a duplicate, a symmetric relation or an endpoint
    /// beyond the nodes leave it to be added one by one, with the same result as ``GraphBuilder/addRelations(_:)``.
    @Test func preparedBatchesAddWhatAddRelationsAdds() {
        var base = GraphBuilder()
        for k in 0..<6 { base.node(.statement, title: "N\(k)") }
        let plain = [(0, 1, RelationType.support), (2, 1, .attack), (3, 0, .support), (4, 4, .attack)]
        let batches: [[(Int, Int, RelationType)]] = [
            plain, plain + [(0, 1, .support)], plain + [(1, 5, .contradictory)], [],
        ]
        for batch in batches {
            let relations = batch.enumerated().map { k, r in
                Relation(id: RelationID(k), from: NodeID(r.0), to: NodeID(r.1), type: r.2)
            }
            var a = base, b = base
            a.addRelations(relations)
            b.addRelations(prepared: PreparedRelations(relations, nodeCount: 6))
            let (x, y) = (a.build(), b.build())
            #expect(x.relations == y.relations)
            #expect(x.outgoingRows == y.outgoingRows)
            #expect(x.incomingRows == y.incomingRows)
        }
        let duplicate = PreparedRelations(
            [Relation(id: RelationID(0), from: NodeID(0), to: NodeID(1), type: .support),
             Relation(id: RelationID(1), from: NodeID(0), to: NodeID(1), type: .support)], nodeCount: 6)
        #expect(duplicate.outgoing == nil && duplicate.incoming == nil)
        let outside = PreparedRelations([Relation(id: RelationID(0), from: NodeID(0), to: NodeID(6), type: .support)], nodeCount: 6)
        #expect(outside.outgoing == nil)
        let fine = PreparedRelations([Relation(id: RelationID(7), from: NodeID(0), to: NodeID(5), type: .attack)], nodeCount: 6)
        #expect(fine.outgoing != nil && fine.incoming?.list == [RelationID(0)])
        // A builder with other nodes than the batch was grouped for adds it one by one.
        var more = base
        more.node(.statement, title: "N6")
        more.addRelations(prepared: PreparedRelations(
            [Relation(id: RelationID(0), from: NodeID(0), to: NodeID(5), type: .attack)], nodeCount: 6))
        #expect(more.build().incoming(NodeID(5)).count == 1)
    }
}
