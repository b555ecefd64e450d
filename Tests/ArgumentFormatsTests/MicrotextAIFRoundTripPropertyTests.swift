import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// Microtext → AIF → graph over generated microtexts (issue 18 item 1): the graph's metadata (id, topic, stance),
/// every node with its data, and every relation with its type and data (the edge id and the microtext edge type:
/// `sup` vs `exa`, `reb`, `und`, `add`) come back, and the AIF reads without a diagnostic.
@Suite struct MicrotextAIFRoundTripPropertyTests {
    /// A microtext as the corpus writes them: EDUs, ADUs (pro/opp), one segmentation edge per ADU, and argumentative
    /// edges from each ADU but the first: support or example to an earlier ADU, rebuttal of an earlier ADU,
    /// undercut of an earlier edge, or a linked premise (`add`) joining an earlier support.
    static func microtext(seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        let count = 2 + rng.below(7)
        var lines = [#"<?xml version='1.0' encoding='UTF-8'?>"#,
                     #"<arggraph id="micro_g\#(seed)" topic_id="topic_\#(rng.below(5))" stance="\#(rng.chance(0.5) ? "pro" : "con")">"#]
        for i in 1...count { lines.append(#"  <edu id="e\#(i)"><![CDATA[Segment \#(i) of text \#(seed), with  two blanks & more.]]></edu>"#) }
        for i in 1...count { lines.append(#"  <adu id="a\#(i)" type="\#(rng.chance(0.7) ? "pro" : "opp")"/>"#) }
        var edge = 0
        for i in 1...count {
            edge += 1
            lines.append(#"  <edge id="c\#(edge)" src="e\#(i)" trg="a\#(i)" type="seg"/>"#)
        }
        var supports: [String] = [], attacks: [String] = []
        for i in 2...count {
            edge += 1
            let id = "c\(edge)"
            switch rng.below(5) {
            case 0 where !attacks.isEmpty || !supports.isEmpty:
                let targets = attacks + supports
                lines.append(#"  <edge id="\#(id)" src="a\#(i)" trg="\#(targets[rng.below(targets.count)])" type="und"/>"#)
            case 1 where !supports.isEmpty:
                lines.append(#"  <edge id="\#(id)" src="a\#(i)" trg="\#(supports[rng.below(supports.count)])" type="add"/>"#)
            case 2:
                lines.append(#"  <edge id="\#(id)" src="a\#(i)" trg="a\#(1 + rng.below(i - 1))" type="reb"/>"#)
                attacks.append(id)
            default:
                lines.append(#"  <edge id="\#(id)" src="a\#(i)" trg="a\#(1 + rng.below(i - 1))" type="\#(rng.chance(0.3) ? "exa" : "sup")"/>"#)
                supports.append(id)
            }
        }
        lines.append("</arggraph>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// What must survive, as comparable text: metadata, nodes (kind, title, text, data) and relations (titles,
    /// type, data without the S-node's own `nodeID` and `text`, which AIF adds).
    static func essence(_ graph: ArgumentGraph) -> [String] {
        let meta = ["meta \(graph.metadata)"]
        let nodes = graph.nodes.map { "node \($0.kind) \($0.title) \($0.text ?? "-") \($0.data)" }.sorted()
        let relations = graph.relations.filter { !$0.isDerived }.map { r -> String in
            var data = r.data.objectValue
            data.removeValue(forKey: "nodeID")
            data.removeValue(forKey: "text")
            return "rel \(graph[r.from].bracketedTitle) \(r.type) \(graph[r.to].bracketedTitle) \(r.inference ?? -1) \(DataValue.object(data))"
        }.sorted()
        return meta + nodes + relations
    }

    @Test func generatedMicrotextsComeBackThroughAIF() {
        var differing: [UInt64] = []
        for seed in UInt64(1)...200 {
            let read = MicrotextReader.read(Self.microtext(seed: seed), file: "micro_g\(seed).xml")
            #expect(!read.diagnostics.containsErrors, "\(seed): \(read.diagnostics.map(\.message))")
            #expect(MapTextFormat.aif.losses(read.graph).isEmpty, "\(seed): \(MapTextFormat.aif.losses(read.graph))")
            let back = AIFReader.read(AIFWriter.write(read.graph), file: "micro_g\(seed).json")
            #expect(back.diagnostics.isEmpty, "\(seed): \(back.diagnostics.map(\.message))")
            if Self.essence(back.graph) != Self.essence(read.graph) { differing.append(seed) }
        }
        #expect(differing.isEmpty, "microtexts that do not come back: \(differing)")
    }

    /// The corpus fixture, by hand: its id, topic and stance, and `sup` vs `exa` on the two supports.
    @Test func theFixtureKeepsItsMetadataAndEdgeTypes() throws {
        let url = try #require(Bundle.module.url(forResource: "micro_t001", withExtension: "xml", subdirectory: "Fixtures/microtext"))
        let read = MicrotextReader.read(try String(contentsOf: url, encoding: .utf8))
        let back = AIFReader.read(AIFWriter.write(read.graph)).graph
        #expect(back.metadata["topic_id"]?.stringValue == "waste_separation")
        #expect(back.metadata["stance"]?.stringValue == "pro")
        #expect(Set(back.relations.compactMap { $0.data["type"]?.stringValue }) == ["sup", "exa", "reb", "und"])
    }
}
