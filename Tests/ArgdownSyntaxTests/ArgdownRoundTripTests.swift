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
        String(decoding: try fixtureData(name), as: UTF8.self)
    }

    /// The fixture's raw bytes (some diagnostic fixtures are deliberately not valid UTF-8).
    static func fixtureData(_ name: String) throws -> Data {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try Data(contentsOf: root.appendingPathComponent(name))
    }

    @Test func roundTripFixturesArePresent() {
        #expect(Self.fixtureFiles.contains("roundtrip/october.argdown"))
        #expect(Self.fixtureFiles.contains("diagnostics/undefined-reference.argdown"))
    }

    @Test(arguments: fixtureFiles)
    func roundTripHoldsOnFixture(_ name: String) throws {
        let first = ArgdownReader.read(data: try Self.fixtureData(name), file: name)
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
