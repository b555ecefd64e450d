import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentFormats

/// Argdown JSON's member roles, usage flags and `conclusionIndex`, on small maps worked out by hand against
/// Argdown 1.7's model (StatementRole, isUsedAs..., IInference.conclusionIndex in toJSON's relation export).
@Suite struct ArgdownJSONRoleTests {
    static let map = """
        [T]: t.
          + [R]: r.

        <A>: a.

        (1) [R]
        ----
        (2) [T]
        """

    private func object(_ pairs: [(String, DataValue)]) -> DataValue {
        var d = DataValue.object([:]).objectValue
        for (k, v) in pairs { d[k] = v }
        return .object(d)
    }

    @Test func membersCarryArgdownRolesAndStatementsTheirUsage() throws {
        let doc = ArgdownJSON.document(ArgdownReader.read(Self.map).graph)
        let t = try #require(doc["statements"]?["T"])
        #expect(t["members"] == .array([
            object([("type", .string("statement")), ("role", .string("top-level-statement")), ("title", .string("T")), ("text", .string("t."))]),
            object([("type", .string("statement")), ("role", .string("main-conclusion")), ("title", .string("T")),
                    ("argumentTitle", .string("A")), ("isReference", .bool(true))]),
        ]))
        #expect(t["isUsedAsMainConclusion"] == .bool(true))
        #expect(t["isUsedAsTopLevelStatement"] == .bool(true))
        #expect(t["isUsedAsRelationStatement"] == nil)
        #expect(t["isUsedAsPremise"] == nil)
        let r = try #require(doc["statements"]?["R"])
        #expect(r["members"] == .array([
            object([("type", .string("statement")), ("role", .string("relation-statement")), ("title", .string("R")), ("text", .string("r."))]),
            object([("type", .string("statement")), ("role", .string("premise")), ("title", .string("R")),
                    ("argumentTitle", .string("A")), ("isReference", .bool(true))]),
        ]))
        #expect(r["isUsedAsPremise"] == .bool(true))
        #expect(r["isUsedAsRelationStatement"] == .bool(true))
        #expect(r["isUsedAsTopLevelStatement"] == nil)
        let a = try #require(doc["arguments"]?["A"])
        #expect(a["members"] == .array([
            object([("type", .string("statement")), ("role", .string("argument-description")), ("title", .string("A")), ("text", .string("a."))]),
        ]))
    }

    @Test func rolesReadBack() {
        let graph = ArgdownReader.read(Self.map).graph
        let back = ArgdownJSON.read(ArgdownJSON.write(graph))
        #expect(back.diagnostics.isEmpty)
        #expect(ArgdownJSON.write(back.graph) == ArgdownJSON.write(graph))
        let r = back.graph[back.graph.statement(titled: "R") ?? NodeID(0)]
        #expect(r.occurrences.map(\.role) == [.definition, .pcsMember])
        #expect(r.occurrences.map(\.context) == [.relation, nil])
    }

    static let undercuts = """
        <B>: b.

        (1) [Q]: q.
        ----
            <_ [U1]: u1.
        (2) [R]: r.
        ----
        (3) [D]: d.

        <B>
          <_ [U2]: u2.
        """

    @Test func undercutsNameTheConclusionOfTheirInference() throws {
        let graph = ArgdownReader.read(Self.undercuts).graph
        let relations = ArgdownJSON.document(graph)["relations"]?.arrayValue ?? []
        // U1 sits below the first inference, which leads to (2), pcs index 1; U2 aims at the last, before (3).
        #expect(relations.map { $0["from"] } == [.string("U1"), .string("U2")])
        #expect(relations.map { $0["toType"] } == [.string("inference"), .string("inference")])
        #expect(relations.map { $0["to"] } == [.string("B"), .string("B")])
        #expect(relations.map { $0["conclusionIndex"] } == [.int(1), .int(2)])
        #expect(relations.allSatisfy { $0["inferenceIndex"] == nil })
        let back = ArgdownJSON.read(ArgdownJSON.write(graph)).graph
        #expect(back.listedRelations.map(\.inference) == [0, 1])
    }

    @Test func olderInferenceIndexIsStillRead() throws {
        let graph = ArgdownReader.read(Self.undercuts).graph
        var doc = ArgdownJSON.document(graph).objectValue
        var relations = doc["relations"]?.arrayValue ?? []
        var first = relations[0].objectValue
        first["conclusionIndex"] = nil
        first["inferenceIndex"] = .int(0)
        relations[0] = .object(first)
        doc["relations"] = .array(relations)
        let back = ArgdownJSON.read(value: .object(doc))
        #expect(back.diagnostics.isEmpty)
        #expect(back.graph.listedRelations.map(\.inference) == [0, 1])
        // A conclusionIndex with no inference before it falls back to the last inference, with a warning.
        first["conclusionIndex"] = .int(0)
        relations[0] = .object(first)
        doc["relations"] = .array(relations)
        let odd = ArgdownJSON.read(value: .object(doc))
        #expect(odd.diagnostics.map(\.code) == [ArgdownJSON.schemaErrorCode])
        #expect(odd.graph.listedRelations.map(\.inference) == [1, 1])
    }

    @Test func isInGroupIsMemberDataAndDecidesTheSection() throws {
        let graph = ArgdownReader.read("# S1\n\n[A]: a.\n\n# S2\n\n[A] {isInGroup: true}\n").graph
        let doc = ArgdownJSON.document(graph)
        let a = try #require(doc["statements"]?["A"])
        #expect(a["section"] == .string("s2"))
        #expect(a["members"]?.arrayValue?.map { $0["data"] } == [nil, .object(["isInGroup": .bool(true)])])
        let back = ArgdownJSON.read(ArgdownJSON.write(graph)).graph
        #expect(back[try #require(back.statement(titled: "A"))].section == graph[try #require(graph.statement(titled: "A"))].section)
    }

    /// A statement in two arguments' pcs: its uses are listed in argument id order (not in the order written), each
    /// pcs-member occurrence is paired with the pcs it stands in, and a statement whose uses do not start the flat
    /// list (`Z`, after `P`'s two) is read through its own slice.
    @Test func pcsUsesAreListedByArgumentAndPairedByPlace() throws {
        let graph = ArgdownReader.read("""
            <A>: a.

            <B>: b.

            <B>

            (1) [P]: p.
            (2) [Z]: z.
            ----
            (3) [X]: x.

            <A>

            (1) [Z]
            (2) [P]
            ----
            (3) [Y]: y.
            """).graph
        let a = try #require(graph.node(.argument, titled: "A")), b = try #require(graph.node(.argument, titled: "B"))
        let z = try #require(graph.node(.statement, titled: "Z"))
        let uses = ArgdownJSON.pcsUses(graph)
        #expect(uses[z].map(\.argument) == [a, b])
        #expect(uses[z].map(\.role) == [.premise, .premise])
        let x = try #require(graph.node(.statement, titled: "X"))
        #expect(uses[x].map(\.role) == [.mainConclusion])
        // One use: paired with the pcs member, and with no other index.
        let onlyX = try #require(graph[x].occurrences.indices.first { graph[x].occurrences[$0].role == .pcsMember })
        #expect(ArgdownJSON.matchPCSUses(graph[x].occurrences, uses: uses[x])[onlyX]?.argument == b)
        #expect(ArgdownJSON.matchPCSUses(graph[x].occurrences, uses: uses[x])[onlyX + 1] == nil)
        #expect(uses[NodeID(graph.nodes.count)].isEmpty)
        let paired = ArgdownJSON.matchPCSUses(graph[z].occurrences, uses: uses[z])
        let members = graph[z].occurrences.indices.filter { graph[z].occurrences[$0].role == .pcsMember }
        #expect(members.count == 2)
        // Written first in <B>'s pcs, then in <A>'s.
        #expect(members.map { paired[$0]?.argument } == [b, a])
    }
}
