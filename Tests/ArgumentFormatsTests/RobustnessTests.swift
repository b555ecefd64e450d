import ArgumentModel
import Testing
@testable import ArgumentFormats

/// Readers never crash: every prefix of every fixture (a truncated download) reads to some graph and diagnostics.
@Suite struct RobustnessTests {
    private func prefixes(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let step = max(1, scalars.count / 60)
        return stride(from: 0, through: scalars.count, by: step).map { String(String.UnicodeScalarView(scalars[0..<$0])) }
    }

    @Test(arguments: ["aif/plain.json", "aif/int-ids.json", "aif/ova.json", "aif/bad-node.json"])
    func truncatedAIF(fixture: String) throws {
        for text in prefixes(try Fixture.text(fixture)) {
            let result = AIFReader.read(text, file: fixture)
            #expect(text.allSatisfy(\.isWhitespace) || !result.diagnostics.isEmpty || result.graph.nodes.count > 0)
        }
    }

    @Test func truncatedBratMicrotextAndKialo() throws {
        let txt = try Fixture.text("brat/essay01.txt")
        for ann in prefixes(try Fixture.text("brat/essay01.ann")) { _ = BratReader.read(annotations: ann, text: txt, file: "e.ann") }
        for ann in prefixes(try Fixture.text("brat/essay01.ann")) {
            _ = BratReader.read(annotations: ann, text: String(txt.prefix(100)), file: "e.ann")
        }
        for xml in prefixes(try Fixture.text("microtext/micro_t001.xml")) { _ = MicrotextReader.read(xml, file: "m.xml") }
        for k in prefixes(try Fixture.text("kialo/voting.txt")) { _ = KialoReader.read(k, file: "k.txt") }
    }

    @Test func hostileBratOffsetsDoNotCrash() {
        let ann = "T1\tClaim 5 2\tx\nT2\tClaim -1 3\tx\nT3\tClaim 0 99999999999999999999\tx\nT4\tClaim 4 2;0 1\tx\n"
        let result = BratReader.read(annotations: ann, text: "abc", file: "h.ann")
        #expect(result.diagnostics.filter { $0.code == "brat-bad-offsets" }.count == 4)
    }
}
