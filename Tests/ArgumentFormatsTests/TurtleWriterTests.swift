import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentFormats

/// The Turtle writer: AIF-ontology triples for nodes, premises and conclusions, escaping of literals and IRIs,
/// declared losses. (The output was also checked by hand with rdflib; see docs/formats.md.)
@Suite struct TurtleWriterTests {
    static let map = """
        [Cars]: Cities should ban "cars" from the centre.
          + [Air]: Cars pollute the air.
          - [Jobs]: Shops need car traffic.

        <Health Argument>

        (1) [Air]
        (2) Dirty air harms health.
        ----
        (3) [Cars]

        <Shop Doubt>: The shops adapt.
          _> <Health Argument>
        """

    @Test func nodesBecomeAIFResourcesWithPremisesAndConclusions() {
        let g = ArgdownReader.read(Self.map).graph
        let ttl = TurtleWriter.write(g)
        #expect(ttl.hasPrefix("@prefix aif: <http://www.arg.dundee.ac.uk/aif#> .\n"))
        #expect(ttl.contains("<urn:argmap:Cars> a aif:I-node ;\n    rdfs:label \"Cars\" ;\n    aif:claimText \"Cities should ban \\\"cars\\\" from the centre.\" .\n"))
        // The argument is an RA node with its premises and conclusion.
        #expect(ttl.contains("<urn:argmap:Health%20Argument> a aif:RA-node ;"))
        #expect(ttl.contains("aif:Premise <urn:argmap:Air> ;"))
        #expect(ttl.contains("aif:Conclusion <urn:argmap:Cars>"))
        // The attack is a CA node from Jobs to Cars; the undercut a CA node into the argument's RA node.
        let blocks = ttl.components(separatedBy: "\n\n")
        let cas = blocks.filter { $0.contains("a aif:CA-node") }
        #expect(cas.count == 2)
        #expect(cas.contains { $0.contains("aif:Premise <urn:argmap:Jobs>") && $0.contains("aif:Conclusion <urn:argmap:Cars>") })
        #expect(cas.contains { $0.contains("aif:Premise <urn:argmap:Shop%20Doubt>") && $0.contains("aif:Conclusion <urn:argmap:Health%20Argument>") })
        // Every block is one subject ending in " .".
        for block in blocks.dropFirst() { #expect(block.hasSuffix(" .") || block.hasSuffix(" .\n"), "\(block)") }
        #expect(TurtleWriter.write(g) == ttl)  // deterministic
        #expect(MapTextFormat.ttl.write(g) == ttl)
    }

    @Test func literalsAndIRIsAreEscaped() throws {
        #expect(TurtleWriter.literal("a\"b\\c\nd\re\tf") == #""a\"b\\c\nd\re\tf""#)
        #expect(TurtleWriter.literal("bell\u{07}nul\u{00}") == #""bell\u0007nul\u0000""#)
        // Non-characters cannot be written in a Swift literal: built from their scalar values. U+FFFE and U+FFFF
        // are escaped; U+FDD0 is legal in a Turtle string and stays.
        let nc = [UInt32(0xFFFE), 0xFFFF, 0xFDD0].compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        try #require(nc.count == 3)
        #expect(TurtleWriter.literal("x" + nc.joined(separator: "y")) == "\"x\\ufffey\\uffffy" + nc[2] + "\"")
        #expect(TurtleWriter.literal("Grüße €") == "\"Grüße €\"")
        #expect(TurtleWriter.iri("urn:argmap:", "a b<>\"{}|^`\\é") == "<urn:argmap:a%20b%3C%3E%22%7B%7D%7C%5E%60%5C%C3%A9>")
        #expect(TurtleWriter.iri("http://example.org/map#", "A-1._~") == "<http://example.org/map#A-1._~>")
    }

    @Test func turtleIsWriteOnlyAndDeclaresItsLosses() {
        #expect(!MapTextFormat.ttl.isReadBack)
        #expect(MapTextFormat.ttl.fileExtension == "ttl")
        let g = ArgdownReader.read("""
            ===
            title: T
            ===
            # Part

            [A]: a. #tag {k: 1}
              + [B]: b.
            """).graph
        #expect(MapTextFormat.ttl.losses(g).map(\.code) == ["ttl-tags-dropped", "ttl-data-dropped", "ttl-sections-dropped", "ttl-metadata-dropped"])
    }
}
