import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// Every format argmap reads back is written, read again and compared with the original, kind by kind: whatever
/// differs must be a loss the writer declares (``MapTextFormat/losses(_:)``), and every declared loss must show.
@Suite struct DeclaredLossRoundTripTests {
    /// What can differ after a round trip, by name.
    enum Kind: String, CaseIterable { case tags, sections, metadata, intermediary, rephrases, supports, undercuts, content, kinds, parallel }

    /// Which kinds each loss code stands for.
    static let covers: [String: Set<Kind>] = [
        "argdown-untitled-rephrase-dropped": [.rephrases],
        "argdown-json-metadata-dropped": [.metadata],
        "argdown-json-parallel-relations-merged": [.parallel],
        "argdown-untitled-relation-data-dropped": [.parallel],
        "argdown-whitespace-folded": [.content],
        "aif-intermediary-dropped": [.intermediary],
        "aif-sections-dropped": [.sections],
        "aif-tags-dropped": [.tags],
        "iccma-supports-dropped": [.supports],
        "iccma-rephrases-dropped": [.rephrases],
        "iccma-undercut-as-attack": [.undercuts],
        "iccma-text-dropped": [.content, .tags, .intermediary],
        "iccma-sections-dropped": [.sections],
        "iccma-metadata-dropped": [.metadata],
        "iccma-parallel-relations-merged": [.parallel],
        "iccma-kinds-merged": [.kinds],
    ]

    /// The kinds in which `back` differs from `original` (nodes matched by title, relations by titles and type).
    static func differences(_ original: ArgumentGraph, _ back: ArgumentGraph) -> Set<Kind> {
        var out = Set<Kind>()
        let backByTitle = Dictionary(back.nodes.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
        for node in original.nodes {
            guard let other = backByTitle[node.title] else {
                out.insert(.content)
                continue
            }
            if node.tags != other.tags { out.insert(.tags) }
            if node.kind != other.kind { out.insert(.kinds) }
            if node.text != other.text || node.data != other.data { out.insert(.content) }
            let roles = node.pcs?.statements.map(\.role) ?? [], otherRoles = other.pcs?.statements.map(\.role) ?? []
            if roles != otherRoles {
                out.insert(roles.contains(.intermediaryConclusion) ? .intermediary : .content)
            }
        }
        if original.sections.count != back.sections.count { out.insert(.sections) }
        if original.metadata != back.metadata { out.insert(.metadata) }
        func listed(_ g: ArgumentGraph, _ types: Set<RelationType>) -> [String] {
            g.relations.filter { !$0.isDerived && types.contains($0.type) }
                .map { "\(g.nodes[$0.from.index].title)→\(g.nodes[$0.to.index].title)" }.sorted()
        }
        if listed(original, [.rephrase]) != listed(back, [.rephrase]) { out.insert(.rephrases) }
        if listed(original, [.support, .entails]) != listed(back, [.support, .entails]) { out.insert(.supports) }
        if listed(original, [.undercut]) != listed(back, [.undercut]) { out.insert(.undercuts) }
        func parallel(_ g: ArgumentGraph) -> Int {
            g.relations.filter { !$0.isDerived }.count
                - Set(g.relations.filter { !$0.isDerived }.map { "\($0.from.index) \($0.to.index) \($0.type) \($0.inference ?? -1)" }).count
        }
        if parallel(original) != parallel(back) { out.insert(.parallel) }
        return out
    }

    /// Maps written for this test in Argdown, covering tags, sections, front matter, a reconstruction with an
    /// intermediary conclusion, undercuts, attacks and supports; plus the project's own maps.
    static var maps: [(String, ArgumentGraph)] {
        let probe = """
            ===
            title: Probe
            ===

            # Section One

            [A]: Claim a. #tagA {extra: 1}
              + [B]: Claim b.
              - <Arg1>: An argument.
                _ [U]: Undercutter.

            <Arg2>: Reconstructed.

            (1) [P1]: premise one
            (2) [P2]: premise two
            ----
            (3) [IC]: intermediary
            (4) [P3]: premise three
            ----
            (5) [C]: conclusion

            [C]
              -> [A]
            """
        var out = [("probe", ArgdownReader.read(probe, file: "probe.argdown").graph)]
        let graphs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("graphs")
        for name in ["october-1917", "teaching-example", "debate-free-public-transport"] {
            if let text = try? String(contentsOf: graphs.appendingPathComponent("\(name).argdown"), encoding: .utf8) {
                out.append((name, ArgdownReader.read(text, file: "\(name).argdown").graph))
            }
        }
        var rephrase = GraphBuilder()
        let x = rephrase.node(.statement, title: "X"), y = rephrase.node(.statement, title: "Y")
        rephrase.update(x) { $0.text = "Workers took power." }
        rephrase.update(y) { $0.text = "The working class\nseized  power." }   // AIF keeps this byte for byte
        rephrase.addRelation(from: y, to: x, type: .rephrase)
        out.append(("rephrase", rephrase.build()))
        // Two AIF conflicts between the same claims: parallel relations.
        let twoConflicts = #"{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}, {"nodeID": "2", "text": "B", "type": "I"}, "#
            + #"{"nodeID": "10", "type": "CA"}, {"nodeID": "11", "type": "CA"}], "edges": [{"fromID": "2", "toID": "10"}, "#
            + #"{"fromID": "10", "toID": "1"}, {"fromID": "2", "toID": "11"}, {"fromID": "11", "toID": "1"}]}"#
        out.append(("two-conflicts", AIFReader.read(twoConflicts, file: "two.json").graph))
        // A nodeset with a dialogue layer and locutions: kept in the `aif` metadata, which AIF writes back.
        let dialogue = #"{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}, {"nodeID": "2", "text": "Bob: A", "type": "L"}, "#
            + #"{"nodeID": "3", "text": "Asserting", "type": "YA"}], "edges": [{"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"}], "#
            + #""locutions": [{"nodeID": "2", "personID": "7", "timestamp": "2020-05-01 10:00:00"}]}"#
        out.append(("dialogue", AIFReader.read(dialogue, file: "dialogue.json").graph))
        return out
    }

    @Test(arguments: MapTextFormat.allCases.filter { $0.isReadBack && $0 != .brat })
    func whatARoundTripChangesIsDeclared(format: MapTextFormat) throws {
        let maps = Self.maps
        #expect(maps.count == 7)
        for (name, graph) in maps {
            let text = format.write(graph)
            let back = try #require(format.readBack(text))
            #expect(!back.diagnostics.containsErrors, "\(name) → \(format.rawValue) does not read back: \(back.diagnostics.map(\.headline))")
            let declared = format.losses(graph)
            let covered = declared.reduce(into: Set<Kind>()) { $0.formUnion(Self.covers[$1.code] ?? []) }
            for code in declared.map(\.code) { #expect(Self.covers[code] != nil, "unknown loss code \(code)") }
            let differences = Self.differences(graph, back.graph)
            let silent = differences.subtracting(covered)
            #expect(silent.isEmpty, "\(name) → \(format.rawValue): \(silent.map(\.rawValue).sorted()) changed without a declared loss")
            // And no loss is declared that does not happen (ICCMA's text loss also stands for tags and pcs).
            for loss in declared where format.iccma == nil {
                let kinds = Self.covers[loss.code] ?? []
                #expect(!kinds.isDisjoint(with: differences), "\(name) → \(format.rawValue): \(loss.code) declared but nothing changed")
            }
        }
    }

    @Test func theProbeLosesWhatEachFormatCannotHold() throws {
        let probe = try #require(Self.maps.first?.1)
        #expect(MapTextFormat.json.losses(probe).isEmpty)
        #expect(MapTextFormat.argdown.losses(probe).isEmpty)
        #expect(MapTextFormat.aif.losses(probe).map(\.code) == ["aif-intermediary-dropped", "aif-sections-dropped", "aif-tags-dropped"])
        #expect(MapTextFormat.aif.losses(probe).map(\.count) == [1, 1, 1])
        #expect(MapTextFormat.argdownJSON.losses(probe).map(\.code) == ["argdown-json-metadata-dropped"])
        let loss = try #require(MapTextFormat.aif.losses(probe).first)
        #expect(loss.summary(from: "Argdown", to: "AIF") == "Argdown → AIF: 1 arguments lose their intermediary conclusions (one inference per RA node) [aif-intermediary-dropped]")
    }
}

extension MapTextFormat {
    /// The ICCMA format this is, if it is one.
    fileprivate var iccma: ICCMAFormat? { ICCMAFormat(rawValue: rawValue) }
}
