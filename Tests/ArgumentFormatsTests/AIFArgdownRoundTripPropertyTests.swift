import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// AIF → Argdown → AIF over generated dialogue-layer corpora (issue 18 item 1): every I-node text byte for byte
/// (blanks and line breaks included), every RA/CA/MA with its premises and targets, node ids, schemes, timestamps,
/// the dialogue layer (L, YA, TA, PA nodes, their edges) and the locutions come back; only argument-layer edge ids,
/// which AIF tools do not rely on, may be renumbered. The Argdown in the middle must read without errors.
@Suite struct AIFArgdownRoundTripPropertyTests {
    /// A nodeset file as OVA/AIFdb write them: turns of locutions asserting propositions, transitions between turns,
    /// inferences (1–3 premises, a scheme), conflicts (some on inferences: undercuts), rephrases, preferences, and
    /// sometimes two conflicts between the same propositions. Texts carry repeated blanks, tabs, line breaks,
    /// Markdown-like characters and non-ASCII letters.
    static func nodeset(seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        var nodes: [[String: Any]] = [], edges: [[String: Any]] = [], locutions: [[String: Any]] = []
        var next = Int(seed % 1_000) * 10_000
        let words = ["Zürich", "taxes", "  should", "rise", "\n", "_not_", "*really*", "because", "\t", "[x]", "#tag", "schools", "naïve", ".v."]
        func text() -> String {
            var out = rng.chance(0.2) ? " " : ""
            for k in 0..<(2 + rng.below(6)) { out += (k == 0 ? "" : " ") + words[rng.below(words.count)] }
            return out + (rng.chance(0.2) ? "  " : "")
        }
        func node(_ type: String, _ text: String, extra: [String: Any] = [:]) -> String {
            next += 1
            var n: [String: Any] = ["nodeID": "\(next)", "type": type, "text": text, "timestamp": "2021-0\(1 + rng.below(9))-1\(rng.below(10)) 10:00:0\(rng.below(10))"]
            for (k, v) in extra { n[k] = v }
            nodes.append(n)
            return "\(next)"
        }
        func edge(_ a: String, _ b: String) {
            next += 1
            edges.append(["edgeID": "\(next)", "fromID": a, "toID": b, "formEdgeID": NSNull()])
        }
        var propositions: [String] = [], transitions: [String] = [], inferences: [String] = [], locutionIDs: [String] = []
        for k in 0..<(3 + rng.below(10)) {
            let l = node("L", "Speaker\(k % 3) : \(text())")
            locutionIDs.append(l)
            locutions.append(["nodeID": l, "personID": "\(k % 3)", "timestamp": "2021-01-01 10:00:0\(k % 10)", "start": NSNull(), "end": NSNull()])
            let i = node("I", text())
            propositions.append(i)
            let ya = node("YA", "Asserting")
            edge(l, ya)
            edge(ya, i)
            if k > 0 {
                let ta = node("TA", "Default Transition")
                edge(locutionIDs[k - 1], ta)
                edge(ta, l)
                transitions.append(ta)
            }
        }
        let schemes = ["Argument From Expert Opinion", "Argument From Analogy", "Practical Reasoning"]
        for _ in 0..<(2 + rng.below(6)) {
            let target = propositions[rng.below(propositions.count)]
            let others = propositions.filter { $0 != target }
            guard !others.isEmpty else { break }
            let anchor = transitions.isEmpty ? nil : transitions[rng.below(transitions.count)]
            switch rng.below(5) {
            case 0, 1:
                let ra = node("RA", "Default Inference", extra: ["scheme": schemes[rng.below(3)], "schemeID": "\(rng.below(90))"])
                var premises = Set<String>()
                for _ in 0..<(1 + rng.below(3)) { premises.insert(others[rng.below(others.count)]) }
                for p in premises.sorted() { edge(p, ra) }
                edge(ra, target)
                inferences.append(ra)
                if let anchor { let ya = node("YA", "Arguing"); edge(anchor, ya); edge(ya, ra) }
            case 2:
                let source = others[rng.below(others.count)]
                let count = rng.chance(0.3) ? 2 : 1  // two S-nodes between the same propositions stay two
                for _ in 0..<count {
                    let ca = node("CA", "Default Conflict", extra: ["scheme": "Conflict From Bias"])
                    edge(source, ca)
                    edge(ca, !inferences.isEmpty && rng.chance(0.3) ? inferences[rng.below(inferences.count)] : target)
                }
            case 3:
                let ma = node("MA", "Default Rephrase")
                edge(others[rng.below(others.count)], ma)
                edge(ma, target)
            default:
                let pa = node("PA", "Default Preference")
                edge(others[rng.below(others.count)], pa)
                edge(pa, target)
            }
        }
        let document: [String: Any] = ["nodes": nodes, "edges": edges, "locutions": locutions, "participants": []]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// What must survive, as comparable values: every node (all its keys), every edge as (from, to) — with its id
    /// for the dialogue layer, whose edges are written back verbatim — and the locutions.
    struct Essence: Equatable {
        var nodes: [String: [String: String]]
        var edges: [String]
        var locutions: [String]

        init(_ text: String) throws {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let list = object["nodes"] as? [[String: Any]] ?? []
            nodes = [:]
            var dialogue = Set<String>()
            for n in list {
                let id = "\(n["nodeID"] ?? "")"
                var fields: [String: String] = [:]
                for (k, v) in n where !["argmapRelation", "argmapNode", "argmapInference"].contains(k) { fields[k] = "\(v)" }
                nodes[id] = fields
                if !["I", "RA", "CA", "MA"].contains("\(n["type"] ?? "")") { dialogue.insert(id) }
            }
            edges = (object["edges"] as? [[String: Any]] ?? []).map { e in
                let from = "\(e["fromID"] ?? "")", to = "\(e["toID"] ?? "")"
                let id = dialogue.contains(from) || dialogue.contains(to) ? "\(e["edgeID"] ?? "")" : "-"
                return "\(from)→\(to) \(id)"
            }.sorted()
            locutions = (object["locutions"] as? [[String: Any]] ?? []).map { l in
                l.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            }
        }
    }

    @Test(arguments: 0..<4)
    func generatedCorpusComesBackThroughArgdown(batch: Int) throws {
        var differing: [String] = []
        for file in 0..<75 {  // 300 files in all
            let seed = UInt64(batch * 1_000 + file + 1)
            let original = Self.nodeset(seed: seed)
            let read = AIFReader.read(original, file: "nodeset\(seed).json")
            #expect(!read.diagnostics.containsErrors, "\(seed): \(read.diagnostics.map(\.message))")
            let argdown = ArgdownPrinter.print(read.graph)
            let reread = ArgdownReader.read(argdown, file: "nodeset\(seed).argdown")
            #expect(!reread.diagnostics.containsErrors, "\(seed): \(reread.diagnostics.map(\.message))")
            #expect(MapTextFormat.argdown.losses(read.graph).isEmpty, "\(seed): \(MapTextFormat.argdown.losses(read.graph))")
            let back = AIFWriter.write(reread.graph)
            if try Essence(back) != Essence(original) { differing.append("\(seed)") }
        }
        #expect(differing.isEmpty, "files that do not come back: \(differing)")
    }

    /// The mechanism on one file, by hand: a text with blanks and a line break, a scheme and id on a conflict, two
    /// conflicts between the same propositions.
    @Test func blanksSchemesAndParallelConflictsAreKeptInData() throws {
        let aif = #"""
            {"nodes": [{"nodeID": "1", "type": "I", "text": "  Two  spaces\nand a line "},
                       {"nodeID": "2", "type": "I", "text": "B"},
                       {"nodeID": "3", "type": "CA", "text": "Default Conflict", "scheme": "Conflict From Bias", "timestamp": "t3"},
                       {"nodeID": "4", "type": "CA", "text": "Default Conflict"}],
             "edges": [{"edgeID": "a", "fromID": "1", "toID": "3"}, {"edgeID": "b", "fromID": "3", "toID": "2"},
                       {"edgeID": "c", "fromID": "1", "toID": "4"}, {"edgeID": "d", "fromID": "4", "toID": "2"}]}
            """#
        let graph = AIFReader.read(aif).graph
        let argdown = ArgdownPrinter.print(graph)
        #expect(argdown.contains(#"exactText: "  Two  spaces\nand a line ""#))
        #expect(argdown.contains("relationData"))
        let back = ArgdownReader.read(argdown)
        #expect(back.diagnostics.isEmpty)
        let one = try #require(back.graph.node(.statement, titled: "1"))
        #expect(back.graph[one].text == "  Two  spaces\nand a line ")
        #expect(back.graph[one].data[KeptInData.exactTextKey] == nil)
        let attacks = back.graph.relations.filter { $0.type == .attack }
        #expect(attacks.count == 2)
        #expect(attacks.map { $0.data["nodeID"]?.stringValue } == ["3", "4"])
        #expect(attacks.first?.data["scheme"]?.stringValue == "Conflict From Bias")
        // Argdown's own reading of the map (the relation tree) still has the attack once.
        #expect(argdown.components(separatedBy: "<- [1]").count == 2)
    }

    /// An edited text keeps its `exactText` as data rather than silently replacing the edit.
    @Test func anEditedTextWinsOverItsExactText() {
        let back = ArgdownReader.read(#"[A]: New words. {exactText: "Old  words."}"#)
        #expect(back.graph.nodes.first?.text == "New words.")
        #expect(back.graph.nodes.first?.data[KeptInData.exactTextKey]?.stringValue == "Old  words.")
    }
}
