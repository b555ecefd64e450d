import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// Issue 15's conformance check: every fixture in Fixtures/conformance/ is written in the style of the argdown
/// repository's examples, docs and parser tests, and is read by Argdown without an error. Its `.expected` file
/// lists, worked out by hand from argdown-core's lexer, parser and ModelPlugin, the statement titles, argument titles,
/// listed relations and section titles Argdown builds. argmap must read the fixture without an error into exactly
/// those sets.
///
/// Expected-file lines: `statement: T`, `argument: T`, `section: T` and `relation: X type Y` where X and Y are `[T]`
/// (statement) or `<T>` (argument) and type is an argmap ``RelationType`` raw value; an undercut of an inference
/// names the inference's argument. Sections are compared only when the file lists some; `#` lines are comments.
@Suite struct ArgdownConformanceTests {
    static var fixtures: [String] {
        ArgdownRoundTripTests.fixtureFiles.filter { $0.hasPrefix("conformance/") }
    }

    /// What a fixture's `.expected` file says Argdown builds.
    struct Expected {
        var statements: [String] = []
        var arguments: [String] = []
        var sections: [String] = []
        var relations: [String] = []
    }

    static func expected(for fixture: String) throws -> Expected {
        let name = String(fixture.dropLast(".argdown".count)) + ".expected"
        var out = Expected()
        for raw in try ArgdownRoundTripTests.fixtureText(name).split(separator: "\n") {
            let line = raw.trimmingBlanks()
            guard !line.isEmpty, !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            switch line[..<colon] {
            case "statement": out.statements.append(value)
            case "argument": out.arguments.append(value)
            case "section": out.sections.append(value)
            case "relation": out.relations.append(value)
            default: Issue.record("unknown line in \(name): \(line)")
            }
        }
        return out
    }

    /// `[T]` or `<T>` for a node.
    private static func shown(_ node: Node) -> String {
        node.kind == .statement ? "[\(node.title)]" : "<\(node.title)>"
    }

    /// The graph's listed relations in the expected-file form; a symmetric relation is written with its ends sorted,
    /// so either direction matches.
    static func relations(_ graph: ArgumentGraph) -> [String] {
        graph.listedRelations.map { r in
            var ends = [shown(graph[r.from]), shown(graph[r.to])]
            if r.type.isSymmetric { ends.sort() }
            return "\(ends[0]) \(r.type.rawValue) \(ends[1])"
        }.sorted()
    }

    private static func normalised(_ relation: String) -> String {
        for type in RelationType.allCases where type.isSymmetric {
            let marker = " \(type.rawValue) "
            if let range = relation.range(of: marker) {
                let ends = [String(relation[..<range.lowerBound]), String(relation[range.upperBound...])].sorted()
                return ends[0] + marker + ends[1]
            }
        }
        return relation
    }

    @Test func conformanceFixturesArePresent() {
        #expect(Self.fixtures.count >= 7, "\(Self.fixtures)")
    }

    @Test(arguments: fixtures)
    func readsLikeArgdown(_ fixture: String) throws {
        let result = ArgdownReader.read(data: try ArgdownRoundTripTests.fixtureData(fixture), file: fixture)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.filter { $0.severity == .error }.map(\.headline))")
        let want = try Self.expected(for: fixture)
        let graph = result.graph
        #expect(graph.statements.map(\.title).sorted() == want.statements.sorted())
        #expect(graph.arguments.map(\.title).sorted() == want.arguments.sorted())
        #expect(Self.relations(graph) == want.relations.map(Self.normalised).sorted())
        if !want.sections.isEmpty {
            #expect(graph.sections.map(\.title) == want.sections)
        }
    }

    @Test func theExpectedFormCanFail() throws {
        // The comparison must see a missing relation and a wrong type: read a fixture, then compare against a
        // tampered copy of its expectation.
        let graph = ArgdownReader.read(try ArgdownRoundTripTests.fixtureText("conformance/relations.argdown")).graph
        var want = try Self.expected(for: "conformance/relations.argdown").relations.map(Self.normalised).sorted()
        #expect(Self.relations(graph) == want)
        let supportIndex = try #require(want.firstIndex { $0.contains(" support ") })
        var retyped = want
        retyped[supportIndex] = want[supportIndex].replacingOccurrences(of: " support ", with: " attack ")
        #expect(Self.relations(graph) != retyped.sorted())
        want.removeFirst()
        #expect(Self.relations(graph) != want)
        #expect(Self.normalised("[x] contradictory [w]") == "[w] contradictory [x]")
    }
}
