import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// Inputs the libFuzzer format targets found (minimised by hand), kept so the bugs stay fixed.
/// See docs/fuzzing.md for the list.
@Suite struct FormatFuzzRegressionTests {
    /// A CA node whose only target is a dialogue-layer node (here an unknown `RJ` type) is ignored as dangling,
    /// but its edge to the dialogue node was kept in the metadata and written back, naming a node the written
    /// file does not have. Found by `fuzz-aif` (a mutated `RA` type).
    @Test func dialogueEdgeToIgnoredSNodeIsDropped() throws {
        let text = """
            {"nodes": [
              {"nodeID": "1", "text": "Claim", "type": "I"},
              {"nodeID": "2", "text": "Reason", "type": "I"},
              {"nodeID": "3", "text": "Default Inference", "type": "RA"},
              {"nodeID": "4", "text": "Odd", "type": "RJ"},
              {"nodeID": "5", "text": "Objection", "type": "I"},
              {"nodeID": "6", "text": "Default Conflict", "type": "CA"}
            ],
            "edges": [
              {"edgeID": "1", "fromID": "2", "toID": "3"},
              {"edgeID": "2", "fromID": "3", "toID": "1"},
              {"edgeID": "3", "fromID": "5", "toID": "6"},
              {"edgeID": "4", "fromID": "6", "toID": "4"}
            ]}
            """
        let first = AIFReader.read(text, file: "in.json")
        #expect(!first.diagnostics.containsErrors)
        #expect(first.diagnostics.contains { $0.code == "aif-dangling-s-node" })
        let written = AIFWriter.write(first.graph)
        let second = AIFReader.read(written, file: "out.json")
        #expect(!second.diagnostics.containsErrors, "\(second.diagnostics.map(\.headline))\n\(written)")
        // The dialogue node itself is still kept.
        #expect(written.contains("\"RJ\""))
        #expect(first.graph.structuralDifferences(from: second.graph).isEmpty)
    }

    /// The writer reserved the dialogue layer's edge ids as node ids too, so the statement `1` (an I-node) was
    /// renamed `1 (2)` because a dialogue edge had id `1`, and the dialogue edges naming node `1` then dangled.
    /// Found by `fuzz-aif` (an S-node type mutated into an unknown one, which makes it dialogue).
    @Test func dialogueEdgeIDsDoNotRenameNodes() throws {
        let text = """
            {"nodes": [
              {"nodeID": "1", "text": "Remote work boosts productivity", "type": "I"},
              {"nodeID": "2", "text": "Offices have fewer interruptions", "type": "I"},
              {"nodeID": "3", "text": "Default Conflict", "type": "CAX"}
            ],
            "edges": [
              {"edgeID": "1", "fromID": "2", "toID": "3"},
              {"edgeID": "2", "fromID": "3", "toID": "1"}
            ]}
            """
        let first = AIFReader.read(text, file: "in.json")
        #expect(!first.diagnostics.containsErrors)
        #expect(first.graph.statements.map(\.title) == ["1", "2"])
        let written = AIFWriter.write(first.graph)
        let second = AIFReader.read(written, file: "out.json")
        #expect(!second.diagnostics.containsErrors, "\(second.diagnostics.map(\.headline))\n\(written)")
        #expect(second.graph.statements.map(\.title) == ["1", "2"])
    }

    /// libxml2 reported a column past the end of the line (after an invalid byte, replaced by U+FFFD, in an
    /// element name). Found by `fuzz-microtext`; the reader now uses its own ``XMLScanner``, whose positions are
    /// exact: the U+FFFD is in CDATA (allowed), and the error is the end tag `</ed:>` after it.
    @Test func xmlErrorColumnStaysInTheLine() throws {
        // The input as the fuzzer found it (it holds an invalid byte, read as the fuzz target does).
        let data = try Data(contentsOf: Fixture.url("fuzz/microtext-column-past-line.xml"))
        let text = String(decoding: data, as: UTF8.self)
        let result = MicrotextReader.read(text, file: "m.xml")
        let error = try #require(result.diagnostics.first { $0.code == "invalid-xml" })
        let position = try #require(error.range?.start)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(position.line >= 1 && position.line <= lines.count)
        #expect(position.column >= 1 && position.column <= lines[position.line - 1].unicodeScalars.count + 1)
        #expect(Array(text.utf8)[position.offset...].starts(with: Array("</ed:>".utf8)), "\(error.headline)")
        #expect(error.message == "invalid XML: end tag </ed:> does not match <edu> opened at 3:3")
    }

    /// FoundationXML on Linux dereferenced NULL for a processing instruction without data (`<?x?>`). Found by
    /// `fuzz-microtext` (the input is a fixture); the reader's own scanner skips such instructions.
    @Test func processingInstructionWithoutDataDoesNotCrash() throws {
        let data = try Data(contentsOf: Fixture.url("fuzz/microtext-empty-processing-instruction.xml"))
        let fuzzed = MicrotextReader.read(String(decoding: data, as: UTF8.self), file: "m.xml")
        // `<?xmlC?>` is an instruction (target xmlC); then `<ar` meets the control character U+0001.
        let error = try #require(fuzzed.diagnostics.first)
        #expect(error.code == "invalid-xml")
        #expect(error.message == "invalid XML: the character U+0001 is not allowed in XML")
        #expect(error.range?.start.line == 2 && error.range?.start.column == 4)
        let xml = """
            <?xml version="1.0"?>
            <?empty?>
            <arggraph id="x"><?also?><edu id="e1"><![CDATA[keep <?this?> text]]></edu><!-- <?and this?> -->
            <adu id="a1" type="pro"/><edge id="c1" src="e1" trg="a1" type="seg"/></arggraph>
            """
        let result = MicrotextReader.read(xml, file: "m.xml")
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.map(\.headline))")
        // CDATA is kept verbatim, `<?` included.
        #expect(result.graph.statements.first?.text == "keep <?this?> text")
        #expect(MicrotextReader.read("<?x?><arggraph id=\"x\"/>", file: "m.xml").diagnostics.allSatisfy { $0.code != "invalid-xml" })
    }

    /// An unterminated XML declaration running on into a later `<?x…?>` crashed FoundationXML (NULL `strlen`).
    /// Found by `fuzz-microtext`; now the declaration is malformed where `version` should be.
    @Test func declarationRunningOverAnInstructionDoesNotCrash() throws {
        let data = try Data(contentsOf: Fixture.url("fuzz/microtext-declaration-over-instruction.xml"))
        let result = MicrotextReader.read(String(decoding: data, as: UTF8.self), file: "m.xml")
        let error = try #require(result.diagnostics.first)
        #expect(error.code == "invalid-xml")
        #expect(error.message.contains("malformed XML declaration: expected version"), "\(error.message)")
        #expect(error.range?.start.line == 1 && error.range?.start.column == 7)  // `<?xml versi⏎`: at `versi`
    }

    /// An XML declaration that never ends (no `?>` after it) crashed FoundationXML the same way (NULL `strlen`).
    /// Found by `fuzz-microtext`.
    @Test func unterminatedDeclarationDoesNotCrash() throws {
        let data = try Data(contentsOf: Fixture.url("fuzz/microtext-unterminated-declaration.xml"))
        let result = MicrotextReader.read(String(decoding: data, as: UTF8.self), file: "m.xml")
        let error = try #require(result.diagnostics.first)
        #expect(error.code == "invalid-xml")
        #expect(error.message.contains("malformed XML declaration: expected version"), "\(error.message)")
        #expect(error.range?.start.line == 1 && error.range?.start.column == 7)  // `<?xml <adu`: at `<adu`
        #expect(MicrotextReader.read("<a/><?x", file: "m.xml").diagnostics.first?.message
            == "invalid XML: the processing instruction <?x is not closed with '?>'")
    }

    /// Two S-nodes expressing the same relation were once merged into one relation carrying the later id, and a
    /// dialogue edge from the earlier one named a node the written file did not have. Found by `fuzz-aif` (an
    /// I-node's type mutated into a dialogue type). Each S-node is now its own relation (issue 18), so both ids and
    /// the dialogue edge survive the round trip.
    @Test func dialogueEdgeFromMergedSNodeIsDropped() throws {
        let text = """
            {"nodes": [
              {"nodeID": "d", "text": "a dialogue node", "type": "K"},
              {"nodeID": "a", "text": "A", "type": "I"}, {"nodeID": "b", "text": "B", "type": "I"},
              {"nodeID": "s1", "text": "Default Inference", "type": "RA", "argmapRelation": "support"},
              {"nodeID": "s2", "text": "Default Inference", "type": "RA", "argmapRelation": "support"}
            ],
            "edges": [
              {"edgeID": "1", "fromID": "a", "toID": "s1"}, {"edgeID": "2", "fromID": "s1", "toID": "b"},
              {"edgeID": "3", "fromID": "s1", "toID": "d"},
              {"edgeID": "4", "fromID": "a", "toID": "s2"}, {"edgeID": "5", "fromID": "s2", "toID": "b"}
            ]}
            """
        let first = AIFReader.read(text, file: "in.json")
        #expect(!first.diagnostics.containsErrors)
        #expect(first.graph.listedRelations.count == 2)
        let written = AIFWriter.write(first.graph)
        let again = AIFReader.read(written, file: "out.json")
        #expect(!again.diagnostics.containsErrors, "\(again.diagnostics.map(\.headline))\n\(written)")
        #expect(again.graph.listedRelations.compactMap { $0.data["nodeID"]?.stringValue } == ["s1", "s2"])
        #expect(written.contains(#""fromID": "s1""#) && written.contains(#""toID": "d""#))
    }

    /// In `.apx`, a backslash before a line break inside a quoted name escaped the line break, so the name ran
    /// on into the next line without counting it, and later diagnostics named a column past the end of their line.
    /// Found by `fuzz-iccma`.
    @Test func apxQuotedNameEndsAtTheLine() throws {
        let text = "arg(a).\natt(\"Capic  att(c,a)\\\narg(\"Ca\").\natt(a b).\n"
        let result = ICCMA.readFramework(text, format: .apx, file: "x.apx")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for d in result.diagnostics {
            let p = try #require(d.range?.start)
            #expect(p.line >= 1 && p.line <= lines.count, "\(d.headline)")
            #expect(p.column >= 1 && p.column <= lines[p.line - 1].unicodeScalars.count + 1, "\(d.headline)")
        }
        // The error about `att(a b).` is on line 4.
        #expect(result.diagnostics.contains { $0.range?.start.line == 4 }, "\(result.diagnostics.map(\.headline))")
    }
}
