import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// Data blocks keep YAML's types (the canonical printer's round trip depends on it).
@Suite struct DataTypeTests {
    @Test func plainScalarsInDataBlocksKeepTheirYAMLTypes() throws {
        let graph = ArgdownReader.read("[A]: a. {n: 3, ok: true, x: 0.5, s: Lenin, q: \"3\", list: [1, no], nothing: null}").graph
        let a = try #require(graph.statement(titled: "A"))
        #expect(graph[a].data == .object([
            "n": .int(3), "ok": .bool(true), "x": .double(0.5), "s": .string("Lenin"), "q": .string("3"),
            "list": .array([.int(1), .bool(false)]), "nothing": .null,
        ]))
    }

    @Test func headingIsGroupIsABoolean() {
        let graph = ArgdownReader.read("# Top {isGroup: false}\n\n## Below\n").graph
        #expect(graph.sections.map(\.isGroup) == [false, true])
    }
}
