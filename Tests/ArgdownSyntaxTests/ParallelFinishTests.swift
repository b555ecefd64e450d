import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// Finishing a map's nodes on two threads (``TwoThreads``: plain nodes finished in parts on both threads, merges
/// after them in node order) must give exactly the graph and diagnostics of the sequential pass. The parallel path is forced on small inputs by binding the threshold to 0 (and the sequential
/// one by `Int.max`), then every node (with its occurrences), relation, section and diagnostic is compared.
@Suite struct ParallelFinishTests {
    /// The package's root, from this file's path (Tests/ArgdownSyntaxTests/ParallelFinishTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every `.argdown` file under Tests/ and graphs/, sorted.
    static var argdownFiles: [URL] {
        var out: [URL] = []
        for folder in ["Tests", "graphs"] {
            guard let walker = FileManager.default.enumerator(
                at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            else { continue }
            for case let url as URL in walker where url.pathExtension == "argdown" { out.append(url) }
        }
        return out.sorted { $0.path < $1.path }
    }

    /// Reads `bytes` with the parallel path forced on (threshold 0) and off (`Int.max`).
    private func readBothWays(_ bytes: [UInt8]) -> (parallel: ReadResult, sequential: ReadResult) {
        let parallel = TwoThreads.$threshold.withValue(0) { ArgdownReader.read(bytes: bytes, file: "map.argdown") }
        let sequential = TwoThreads.$threshold.withValue(Int.max) {
            ArgdownReader.read(bytes: bytes, file: "map.argdown")
        }
        return (parallel, sequential)
    }

    /// The first difference between two reads, or nil: nodes in order with every field (occurrences included),
    /// relations, sections, metadata, diagnostics.
    private func difference(_ a: ReadResult, _ b: ReadResult) -> String? {
        if a.graph.nodes.count != b.graph.nodes.count { return "node counts \(a.graph.nodes.count) vs \(b.graph.nodes.count)" }
        for k in a.graph.nodes.indices where a.graph.nodes[k] != b.graph.nodes[k] {
            return "node \(k) \(a.graph.nodes[k].title): \(a.graph.nodes[k]) vs \(b.graph.nodes[k])"
        }
        if a.graph.relations != b.graph.relations { return "relations differ" }
        if a.graph.sections != b.graph.sections { return "sections differ" }
        if a.graph.metadata != b.graph.metadata { return "metadata differs" }
        if a.diagnostics != b.diagnostics { return "diagnostics \(a.diagnostics) vs \(b.diagnostics)" }
        return nil
    }

    @Test func everyArgdownFileReadsTheSameOnTwoThreads() throws {
        let files = Self.argdownFiles
        #expect(files.count >= 40)  // the walk found the fixtures (40 at the time of writing)
        var differing: [String] = []
        for url in files {
            let (parallel, sequential) = readBothWays([UInt8](try Data(contentsOf: url)))
            if let d = difference(parallel, sequential) { differing.append("\(url.lastPathComponent): \(d)") }
        }
        #expect(differing == [])
    }

    @Test(arguments: MapGenerator.Shape.allCases)
    func generatedMapsReadTheSameOnTwoThreads(shape: MapGenerator.Shape) {
        // 6,000 statements and their arguments: a node on each side of every part boundary.
        let graph = MapGenerator.generate(.init(statements: 6_000, arguments: 300, shape: shape, seed: 11))
        let (parallel, sequential) = readBothWays(Array(ArgdownPrinter.print(graph).utf8))
        #expect(parallel.graph.nodes.count > 6_000)
        #expect(difference(parallel, sequential) == nil)
    }

    /// A map whose nodes take every branch of finishing, mixed at random over 9,000 nodes: plain definitions and
    /// references, second texts that differ (a note each), `isCanonical`, tags, data on definitions and
    /// references, sections with `isInGroup`, kept keys (rephrases and relation data, which add relations and
    /// records), undefined references, arguments with a pcs.
    static func mixedMap(nodes: Int, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        var text = "# Part 1\n\n"
        for k in 1...nodes {
            if k % 700 == 0 { text += "## Section \(k)\n\n" }
            switch rng.below(12) {
            case 0: text += "[S\(k)]: First text \(k).\n\n[S\(k)]: Second text \(k).\n\n"
            case 1: text += "[S\(k)]: Text \(k) #tag\(k % 5) #common\n\n"
            case 2: text += "[S\(k)]: Text \(k). {weight: \(k % 9), ok: true}\n\n"
            case 3: text += "[S\(k)]: A \(k).\n\n[S\(k)]: B \(k). {isCanonical: true}\n\n[S\(k)]: C \(k).\n\n"
            case 4: text += "[S\(k)]: Grouped \(k). {isInGroup: true}\n\n"
            case 5 where k > 2: text += "[S\(k)]: Says \(k). {rephrases: [\"[S\(k - 1)]\", \"[Missing \(k)]\"]}\n\n"
            case 6 where k > 2:
                text += "[S\(k)]: Related \(k). {relationData: [{to: \"[S\(k - 2)]\", type: support, data: {w: \(k)}}]}\n\n"
            case 7:
                text += "<A\(k)>: Argument \(k).\n\n<A\(k)>\n\n(1) [P\(k)]: Premise \(k).\n(2) Other \(k).\n----\n(3) [S\(k)]: So \(k).\n\n"
            case 8: text += "[S\(k)]\n  + [Undefined \(k)] #t\n  - [S\(max(1, k / 2))]: Different \(k).\n\n"
            default: text += "[S\(k)]: Plain \(k).\n  <+ [S\(max(1, k / 3))]\n\n"
            }
        }
        for k in stride(from: 1, through: nodes, by: 7) { text += "[S\(k)] {late: \(k)}\n  - [S\(nodes + 1 - k)]\n\n" }
        return text
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func mixedMapsWithConflictsTagsAndDataReadTheSameOnTwoThreads(seed: UInt64) {
        let (parallel, sequential) = readBothWays(Array(Self.mixedMap(nodes: 9_000, seed: seed).utf8))
        // The map takes the branches it is made for: notes, undefined references, merged data, rephrases.
        #expect(parallel.diagnostics.contains { $0.code == ArgdownDiagnosticCode.conflictingDefinition.rawValue })
        #expect(parallel.diagnostics.contains { $0.code == ArgdownDiagnosticCode.undefinedReference.rawValue })
        #expect(parallel.graph.relations.contains { $0.type == .rephrase })
        #expect(parallel.graph.nodes.contains { !$0.tags.isEmpty && !$0.data.isEmpty })
        #expect(difference(parallel, sequential) == nil)
    }

    @Test func twoThreadsOnlyFromTheThresholdAndWithTwoCores() {
        let twoCores = ProcessInfo.processInfo.activeProcessorCount >= 2
        TwoThreads.$threshold.withValue(1_000) {
            #expect(!TwoThreads.pays(for: 999))
            #expect(TwoThreads.pays(for: 1_000) == twoCores)
        }
        #expect(TwoThreads.threshold == TwoThreads.defaultThreshold)
        #expect(!TwoThreads.pays(for: TwoThreads.defaultThreshold - 1))
    }
}
