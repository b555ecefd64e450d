import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// brat → Argdown → brat (issue 18 item 1): the annotations come back with their ids, labels, spans, texts, relation
/// ids, stances and notes, over the corpus fixtures and 200 generated essays; what the writer cannot hold is declared.
@Suite struct BratRoundTripTests {
    /// The lines of an `.ann` as a comparable set, every field (ids included) as written, trailing tabs aside.
    static func lines(_ ann: String) -> Set<String> {
        Set(ann.split(whereSeparator: \.isNewline).map { line -> String in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let id = fields.first ?? ""
            let rest = fields.dropFirst().joined(separator: "\t").trimmingCharacters(in: CharacterSet(charactersIn: "\t "))
            return id + "\t" + rest
        })
    }

    static func throughArgdown(_ ann: String, text: String?) -> (ArgumentGraph, String) {
        let read = BratReader.read(annotations: ann, text: text, file: "essay.ann")
        #expect(!read.diagnostics.containsErrors, "\(read.diagnostics.map(\.message))")
        let argdown = ArgdownPrinter.print(read.graph)
        let back = ArgdownReader.read(argdown, file: "essay.argdown")
        #expect(!back.diagnostics.containsErrors, "\(back.diagnostics.map(\.message))")
        return (back.graph, BratWriter.write(back.graph))
    }

    @Test(arguments: ["essay01"])  // essay02 is a damaged file for the reader's error tests
    func corpusFixturesComeBack(name: String) throws {
        let ann = try #require(Bundle.module.url(forResource: name, withExtension: "ann", subdirectory: "Fixtures/brat"))
        let txt = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/brat"))
        let original = try String(contentsOf: ann, encoding: .utf8)
        let (graph, written) = Self.throughArgdown(original, text: try String(contentsOf: txt, encoding: .utf8))
        #expect(Self.lines(written) == Self.lines(original))
        // The written annotations still match the essay's text, span for span.
        let again = BratReader.read(annotations: written, text: try String(contentsOf: txt, encoding: .utf8))
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics.map(\.message))")
        #expect(MapTextFormat.brat.losses(graph).filter { $0.code != "brat-metadata-dropped" }.isEmpty, "\(MapTextFormat.brat.losses(graph))")
    }

    @Test func generatedEssaysComeBack() {
        var differing: [Int] = []
        for seed in 1...200 {
            let map = MapGenerator.generate(MapGenerator.Options(statements: 6 + seed % 20, shape: seed % 2 == 0 ? .tree : .essay, seed: UInt64(seed)))
            let essay = BratEssayWriter.write(map)
            let (_, written) = Self.throughArgdown(essay.annotations, text: essay.text)
            if Self.lines(written) != Self.lines(essay.annotations) { differing.append(seed) }
        }
        #expect(differing.isEmpty, "essays that do not come back: \(differing)")
    }

    /// What has no brat form is counted, not silently dropped.
    @Test func anArgdownMapDeclaresWhatBratCannotHold() {
        let map = ArgdownReader.read("[A]: a #t\n  + [B]: b\n").graph
        #expect(BratWriter.write(map).isEmpty)
        #expect(MapTextFormat.brat.losses(map).map(\.code) == ["brat-unannotated-dropped", "brat-relations-dropped", "brat-tags-dropped"])
    }
}
