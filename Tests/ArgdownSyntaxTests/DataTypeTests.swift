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
            "list": .array([.int(1), .string("no")]), "nothing": .null,
        ]))
    }

    @Test func headingIsGroupIsABoolean() {
        let graph = ArgdownReader.read("# Top {isGroup: false}\n\n## Below\n").graph
        #expect(graph.sections.map(\.isGroup) == [false, true])
    }

    /// Reads `{v: <text>}` on a statement and returns the value of `v`.
    private func value(_ text: String) throws -> DataValue? {
        let graph = ArgdownReader.read("[A]: a. {v: \(text)}").graph
        let a = try #require(graph.statement(titled: "A"))
        return graph[a].data["v"]
    }

    @Test(arguments: [
        ("false", DataValue.bool(false)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("3", .int(3)), ("-17", .int(-17)), ("+4", .int(4)), ("0o17", .int(15)), ("0x1F", .int(31)),
        ("2.5", .double(2.5)), ("-0.5", .double(-0.5)), ("1e3", .double(1000)), (".5", .double(0.5)),
        ("5.", .double(5)), (".inf", .double(.infinity)), ("-.Inf", .double(-.infinity)),
        ("null", .null), ("~", .null), ("NULL", .null),
    ])
    func plainScalarsFollowTheYAML12CoreSchema(text: String, expected: DataValue) throws {
        #expect(try value(text) == expected)
    }

    @Test func notANumberIsADouble() throws {
        guard case .double(let d)? = try value(".nan") else {
            Issue.record(".nan is not a double")
            return
        }
        #expect(d.isNaN)
    }

    /// YAML 1.1 forms that the core schema reads as strings.
    @Test(arguments: ["yes", "no", "on", "off", "Y", "0b101", "1_000", "1:30", "2001-12-14", "0x", "1e", "1.2.3", "-", "nan"])
    func yaml11OnlyFormsStayStrings(text: String) throws {
        #expect(try value(text) == .string(text))
    }

    @Test(arguments: ["\"false\"", "'3'", "\"2.5\"", "'null'", "\"~\""])
    func quotedScalarsStayStrings(text: String) throws {
        #expect(try value(text) == .string(String(text.dropFirst().dropLast())))
    }

    @Test func explicitTagsAreHonoured() throws {
        #expect(try value("!!str 3") == .string("3"))
        #expect(try value("!!float 3") == .double(3))
        #expect(try value("!!int 12") == .int(12))
    }

    @Test func hugeIntegersBecomeDoubles() throws {
        #expect(try value("123456789012345678901234567890") == .double(1.2345678901234568e29))
    }

    @Test func frontMatterFollowsTheCoreSchema() {
        let graph = ArgdownReader.read("===\ncount: 3\nratio: 2.5\ndraft: false\nold: yes\nnone: ~\ntitle: \"7\"\n===\n\n[A]: a.\n").graph
        #expect(graph.metadata == .object([
            "count": .int(3), "ratio": .double(2.5), "draft": .bool(false), "old": .string("yes"), "none": .null,
            "title": .string("7"),
        ]))
    }

    @Test func headingDataIsGroupFalseIsABoolNotAString() {
        let result = ArgdownReader.read("# Section {isGroup: false}\n\n[A]: a.\n")
        #expect(result.graph.sections.first?.data["isGroup"] == .bool(false))
        #expect(result.graph.sections.first?.isGroup == false)
    }
}
