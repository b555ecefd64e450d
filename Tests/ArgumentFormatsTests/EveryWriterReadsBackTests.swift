import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// Writers never produce a file argmap cannot read (issue 18 item 2): every good reader fixture (AIF, OVA, SADFace,
/// microtext, Kialo, brat) and a generated map of each shape, written in every format argmap reads back, reads
/// again without an error, with as many nodes as the writer's declared losses allow (all of them when it declares
/// none).
@Suite struct EveryWriterReadsBackTests {
    static func inputs() throws -> [(String, ArgumentGraph)] {
        var out: [(String, ArgumentGraph)] = []
        for name in ["aif/plain.json", "aif/int-ids.json", "aif/ova.json"] {
            out.append((name, AIFReader.read(try Fixture.text(name), file: name).graph))
        }
        out.append(("ova/zoos.json", OVAReader.read(try Fixture.text("ova/zoos.json")).graph))
        out.append(("sadface/bike-lanes.json", SADFaceReader.read(try Fixture.text("sadface/bike-lanes.json")).graph))
        out.append(("microtext/micro_t001.xml", MicrotextReader.read(try Fixture.text("microtext/micro_t001.xml")).graph))
        out.append(("kialo/voting.txt", KialoReader.read(try Fixture.text("kialo/voting.txt")).graph))
        out.append(("brat/essay01.ann", BratReader.read(
            annotations: try Fixture.text("brat/essay01.ann"), text: try Fixture.text("brat/essay01.txt")).graph))
        for shape in MapGenerator.Shape.allCases {
            out.append(("generated \(shape)", MapGenerator.generate(.init(statements: 40, arguments: 5, shape: shape, seed: 11))))
        }
        return out
    }

    @Test(arguments: MapTextFormat.allCases.filter(\.isReadBack))
    func everyInputWrittenInThisFormatReadsBack(format: MapTextFormat) throws {
        for (name, graph) in try Self.inputs() where !graph.nodes.isEmpty {
            let back = try #require(format.readBack(format.write(graph)))
            #expect(!back.diagnostics.containsErrors, "\(name) as \(format.rawValue): \(back.diagnostics.filter { $0.severity == .error }.map(\.message))")
            if format.losses(graph).isEmpty {
                #expect(back.graph.nodes.count == graph.nodes.count, "\(name) as \(format.rawValue)")
            }
            // argmap JSON holds every input whole; Argdown every node and relation (what its syntax lacks is kept in
            // data), an undercut of a reconstructed argument then aimed at its inference as Argdown reads undercuts.
            if format == .json {
                #expect(back.graph.structuralDifferences(from: graph).isEmpty, "\(name): \(back.graph.structuralDifferences(from: graph).prefix(3))")
            }
            if format == .argdown {
                #expect(back.graph.nodes.count == graph.nodes.count, "\(name)")
                #expect(back.graph.relations.filter { !$0.isDerived }.count == graph.relations.filter { !$0.isDerived }.count, "\(name)")
                #expect(back.graph.nodes.map { $0.pcs?.premises.count ?? 0 }.sorted() == graph.nodes.map { $0.pcs?.premises.count ?? 0 }.sorted(), "\(name)")
            }
        }
    }
}
