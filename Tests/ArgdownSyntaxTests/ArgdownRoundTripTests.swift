import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// Every `.argdown` fixture (any folder under Fixtures/) that reads without errors must survive
/// read → canonical print → read unchanged in meaning.
@Suite struct ArgdownRoundTripTests {
    static var fixtureFiles: [String] {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        else { return [] }
        var out: [String] = []
        for case let url as URL in walker where url.pathExtension == "argdown" {
            out.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        return out.sorted()
    }

    static func fixtureText(_ name: String) throws -> String {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func roundTripFixturesArePresent() {
        #expect(Self.fixtureFiles.contains("roundtrip/october.argdown"))
    }

    @Test(arguments: fixtureFiles)
    func roundTripHoldsOnFixture(_ name: String) throws {
        let text = try Self.fixtureText(name)
        let first = ArgdownReader.read(text, file: name)
        // Fixtures that demonstrate errors have no meaning to keep.
        guard !first.diagnostics.containsErrors else { return }
        let printed = ArgdownPrinter.print(first.graph)
        let second = ArgdownReader.read(printed, file: "printed.argdown")
        #expect(!second.diagnostics.containsErrors, "\(second.diagnostics.map(\.headline))\n\(printed)")
        let diffs = first.graph.structuralDifferences(from: second.graph)
        #expect(diffs.isEmpty, "\(diffs)\n\(printed)")
    }

    @Test
    func octoberFixtureMeansWhatItSays() throws {
        let graph = ArgdownReader.read(try Self.fixtureText("roundtrip/october.argdown")).graph
        // Sanity check of the fixture itself, so the round trip above compares something substantial.
        #expect(graph.statement(titled: "Soviet power") != nil)
        #expect(graph.argument(titled: "Kornilov defeat")?.index != nil)
        #expect(graph.listedRelations.count >= 5)
        #expect(graph.nodes.contains { $0.isUntitled })
    }
}
