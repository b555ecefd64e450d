import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// Hostile and extreme inputs every format reader handles on purpose (issue 10): 100,000 nesting levels, 100,000
/// chained relations, a 10 MB line, invalid UTF-8 (replaced), NUL bytes, unbalanced brackets, XML entity bombs.
/// Each read is timed, so a quadratic or recursive regression fails instead of hanging.
@Suite struct PathologicalFormatInputTests {
    private func within<T>(_ seconds: Int, _ what: String, _ body: () -> T) -> T {
        var result: T?
        let elapsed = ContinuousClock().measure { result = body() }
        #expect(elapsed < .seconds(seconds), "\(what) took \(elapsed)")
        return result!
    }

    static let jsonReaders = ["aif", "argdown-json", "argmap-json"]
    static let allReaders = jsonReaders + ["brat", "microtext", "kialo"]

    /// Reads `text` with the reader called `name`.
    static func read(_ name: String, _ text: String) -> ReadResult {
        switch name {
        case "aif": AIFReader.read(text, file: "x.json")
        case "argdown-json": ArgdownJSON.read(text, file: "x.json")
        case "argmap-json": ArgmapJSON.read(text, file: "x.json")
        case "brat": BratReader.read(annotations: text, text: "An essay.", file: "x.ann")
        case "microtext": MicrotextReader.read(text, file: "x.xml")
        default: KialoReader.read(text, file: "x.txt")
        }
    }

    /// 20,000 theses and 20,000 replies: each line is checked against the largest thesis number so far, not against
    /// every claim before it (that scan made 80,000 claims take 36 s).
    @Test func twentyThousandKialoThesesReadInLinearTime() {
        var text = "Discussion Title: Many theses\n\n"
        for i in 1...20_000 { text += "\(i). Thesis \(i)\n\(i).1. Con: Reply \(i)\n" }
        let r = within(10, "20,000 Kialo theses") { KialoReader.read(text, file: "many.txt") }
        #expect(r.graph.nodes.count == 40_000)
        #expect(r.graph.relations.count == 20_000)
    }

    /// 40,000 locutions (a debate transcript's dialogue layer) with every one repeated: deduplicated through a set,
    /// not by searching the list so far for each (that took 43 s).
    @Test func fortyThousandAIFLocutionsAreDeduplicatedInLinearTime() {
        var locutions: [String] = []
        for i in 0..<40_000 { locutions.append(#"{"nodeID": "L\#(i)", "personID": "\#(i % 7)", "timestamp": "2020-05-01 10:00:00"}"#) }
        let all = (locutions + locutions).joined(separator: ",")
        let text = #"{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}], "edges": [], "locutions": [\#(all)]}"#
        let r = within(20, "80,000 AIF locutions") { AIFReader.read(text, file: "loc.json") }
        #expect(r.graph.metadata["aif"]?["locutions"]?.arrayValue?.count == 40_000)
    }

    /// 100,000 nested arrays / objects, closed or not, are an error (the JSON parser stops at 512 levels).
    @Test(arguments: jsonReaders)
    func hundredThousandNestedJSONLevels(name: String) {
        let depth = 100_000
        for text in [
            String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
            String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth),
            "{\"nodes\": " + String(repeating: "[", count: depth),
            String(repeating: "{", count: depth),
        ] {
            let result = within(20, "\(name): deep JSON") { Self.read(name, text) }
            #expect(result.diagnostics.containsErrors, "\(name)")
        }
    }

    /// Sections nested 400 deep (below the JSON limit) read without recursion trouble.
    @Test func deeplyNestedArgdownJSONSections() {
        let depth = 400
        var sections = "[]"
        for k in (0..<depth).reversed() {
            sections = "[{\"id\": \"s\(k)\", \"title\": \"S\(k)\", \"level\": \(k + 1), \"children\": \(sections)}]"
        }
        let result = within(20, "deep sections") { ArgdownJSON.read("{\"sections\": \(sections)}") }
        #expect(result.graph.sections.count <= depth)
    }

    /// A support chain of 100,000 links in each format that can say it.
    @Test func hundredThousandLinkChains() {
        let n = 100_000
        var ann = "T0\tMajorClaim 0 1\tA\n"
        for k in 1...n { ann += "T\(k)\tPremise 0 1\tA\nR\(k)\tsupports Arg1:T\(k) Arg2:T\(k - 1)\n" }
        let brat = within(120, "brat chain") { BratReader.read(annotations: ann, text: "A", file: "x.ann", checkSpans: false) }
        #expect(brat.graph.relations.count == n)

        var nodes: [String] = ["{\"nodeID\": \"0\", \"text\": \"t\", \"type\": \"I\"}"], edges: [String] = []
        for k in 1...n {
            nodes.append("{\"nodeID\": \"\(k)\", \"text\": \"t\", \"type\": \"I\"}")
            nodes.append("{\"nodeID\": \"r\(k)\", \"text\": \"Default Inference\", \"type\": \"RA\"}")
            edges.append("{\"edgeID\": \"a\(k)\", \"fromID\": \"\(k)\", \"toID\": \"r\(k)\"}")
            edges.append("{\"edgeID\": \"b\(k)\", \"fromID\": \"r\(k)\", \"toID\": \"\(k - 1)\"}")
        }
        let json = "{\"nodes\": [\(nodes.joined(separator: ","))], \"edges\": [\(edges.joined(separator: ","))]}"
        let aif = within(120, "AIF chain") { AIFReader.read(json, file: "x.json") }
        #expect(!aif.diagnostics.containsErrors)
        #expect(aif.graph.statements.count == n + 1)
    }

    /// Kialo claims nested 1,500 levels deep (ids grow with the depth, so the text grows with its square).
    @Test func deepKialoNesting() {
        var text = "Discussion Title: Deep\n\n1. Thesis\n"
        var id = "1."
        for _ in 1...1_500 {
            id += "1."
            text += "\(id) Pro: Reason.\n"
        }
        let result = within(30, "deep Kialo") { KialoReader.read(text, file: "x.txt") }
        #expect(result.graph.relations.count == 1_500)
    }

    /// A Kialo link cycle (`-> See` pointing at each other) ends.
    @Test func kialoLinkCycle() {
        let text = "1. Thesis\n1.1. Pro: -> See 1.2.\n1.2. Pro: -> See 1.1.\n1.1.1. Con: Below the link.\n"
        _ = within(5, "Kialo cycle") { KialoReader.read(text, file: "x.txt") }
    }

    /// 100,000 nested XML elements: the reader's ``XMLScanner`` keeps an explicit element stack (no recursion), so
    /// unknown wrappers are skipped quickly and the microtext inside still reads.
    @Test func deeplyNestedXML() {
        let depth = 100_000
        let xml = "<arggraph id=\"x\">" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
            + "<edu id=\"e1\">t</edu><adu id=\"a1\" type=\"pro\"/><edge id=\"c1\" src=\"e1\" trg=\"a1\" type=\"seg\"/></arggraph>"
        let result = within(20, "deep XML") { MicrotextReader.read(xml, file: "x.xml") }
        #expect(!result.diagnostics.containsErrors)
        #expect(result.graph.statements.count == 1)
        let unclosed = within(20, "deep unclosed XML") {
            MicrotextReader.read("<arggraph id=\"x\">" + String(repeating: "<a>", count: depth), file: "x.xml")
        }
        #expect(unclosed.diagnostics.containsErrors)
    }

    /// The "billion laughs" entity bomb is refused, not expanded: entities declared in a DOCTYPE are an error.
    @Test func xmlEntityBomb() {
        var dtd = "<!DOCTYPE arggraph [<!ENTITY l0 \"lol\">"
        for k in 1...9 { dtd += "<!ENTITY l\(k) \"" + String(repeating: "&l\(k - 1);", count: 10) + "\">" }
        dtd += "]>"
        let xml = "<?xml version=\"1.0\"?>" + dtd + "<arggraph id=\"x\"><edu id=\"e1\">&l9;</edu><adu id=\"a1\" type=\"pro\"/>"
            + "<edge id=\"c1\" src=\"e1\" trg=\"a1\" type=\"seg\"/></arggraph>"
        let result = within(20, "entity bomb") { MicrotextReader.read(xml, file: "x.xml") }
        let text = result.graph.nodes.compactMap(\.text).map(\.utf8.count).reduce(0, +)
        #expect(result.diagnostics.containsErrors || text < 10_000_000)
        #expect(result.diagnostics.first?.message
            == "invalid XML: the entity &l9; is declared in the DOCTYPE, but DOCTYPE entities are not expanded")
    }

    /// A 10 MB line in every format: a long text value, or junk.
    @Test(arguments: allReaders)
    func tenMegabyteLine(name: String) {
        let long = String(repeating: "x", count: 10 << 20)
        let texts: [String] = switch name {
        case "brat": ["T1\tClaim 0 1\t" + long + "\n", long]
        case "microtext": ["<arggraph id=\"x\"><edu id=\"e1\">" + long + "</edu></arggraph>", long]
        case "kialo": ["1. " + long + "\n1.1. Pro: " + long + "\n", long]
        default: ["{\"nodes\": [{\"nodeID\": \"1\", \"text\": \"" + long + "\", \"type\": \"I\"}], \"edges\": []}", long]
        }
        for text in texts { _ = within(60, "\(name): 10 MB line") { Self.read(name, text) } }
    }

    /// NUL bytes, U+FFFD from invalid UTF-8, and unbalanced brackets give diagnostics or data, never a crash.
    @Test(arguments: allReaders)
    func hostileCharacters(name: String) {
        let invalid = String(decoding: [0x7B, 0xFF, 0xC0, 0x80, 0x22, 0xED, 0xA0, 0x80, 0x0A, 0xF4, 0x90, 0x80], as: UTF8.self)
        let pieces = [
            "\u{0}", invalid, "{\"nodes\": [{\"nodeID\": \"1\u{0}\", \"text\": \"a\u{0}b\", \"type\": \"I\"}]}",
            "T1\tClaim 0 3\ta\u{0}b\nR1\tsupports Arg1:T1\u{0} Arg2:T1\n", "1. a\u{0}\n1.1. Pro: \u{0}\n",
            "<arggraph id=\"\u{0}\">", String(repeating: "[", count: 50_000), String(repeating: "]}", count: 50_000),
            String(repeating: "<", count: 50_000), String(repeating: "<edu>", count: 5_000), "\"" + String(repeating: "\\", count: 9_999),
        ]
        for text in pieces { _ = within(20, "\(name): hostile characters") { Self.read(name, text) } }
    }
}

/// Tiny files that declare or imply huge graphs are refused before anything is allocated for them (issue 21): the
/// allowance is 50 relations or arguments per unit of input, at least 100,000 (``ReadLimits``).
@Suite struct ExpansionLimitTests {
    /// The value `body` returns and the seconds it took.
    private func timed<T>(_ body: () -> T) -> (T, Double) {
        let start = ContinuousClock.now
        let value = body()
        let elapsed = ContinuousClock.now - start
        return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    @Test func aFourteenByteFrameworkCannotDeclareTenMillionArguments() {
        let r = I23Reader.read("p af 10000000\n", file: "z.i23")
        #expect(r.diagnostics.map(\.code) == ["iccma-too-large"])
        #expect(r.diagnostics.first?.message.contains("from 14 bytes") == true)
        #expect(r.framework.count == 0)
        // Within the floor: a small file may declare up to 100,000 isolated arguments.
        #expect(I23Reader.read("p af 100000\n").framework.count == 100_000)
        // Raised limits read it.
        let raised = ReadLimits(expansionFactor: 1_000_000)
        let big = "p af 2000000\n".utf8.withContiguousStorageIfAvailable { I23Reader.read($0, file: nil, limits: raised) }
        #expect(big?.framework.count == 2_000_000)
    }

    @Test func aBratEssayWithThousandsOfStancedMajorClaimsIsRefused() {
        var ann = ""
        for i in 1...3_000 { ann += "T\(i)\tMajorClaim 0 1\tX\nA\(i)\tStance T\(i) For\n" }
        let (r, time) = timed { BratReader.read(annotations: ann, text: nil, file: "e.ann") }
        #expect(r.diagnostics.map(\.code) == ["brat-too-large"])
        #expect(r.diagnostics.first?.message.contains("3000 stances on 3000 major claims would make 9000000 relations") == true)
        #expect(r.graph.nodes.count == 3_000)
        #expect(r.graph.relations.isEmpty)
        #expect(time < 10, "took \(time) s")
        // A normal essay (one major claim, many stances) is read whole.
        var small = "T0\tMajorClaim 0 1\tX\n"
        for i in 1...300 { small += "T\(i)\tClaim 0 1\tX\nA\(i)\tStance T\(i) Against\n" }
        #expect(BratReader.read(annotations: small).graph.relations.count == 300)
    }

    @Test func anAIFConflictBetweenTwoThousandAndTwoThousandNodesIsRefused() {
        var nodes = [#"{"nodeID": "ca", "type": "CA", "text": "Default Conflict"}"#]
        var edges: [String] = []
        for i in 0..<2_000 {
            nodes.append(#"{"nodeID": "p\#(i)", "type": "I", "text": "premise \#(i)"}"#)
            nodes.append(#"{"nodeID": "t\#(i)", "type": "I", "text": "target \#(i)"}"#)
            edges.append(#"{"fromID": "p\#(i)", "toID": "ca"}"#)
            edges.append(#"{"fromID": "ca", "toID": "t\#(i)"}"#)
        }
        let text = #"{"nodes": [\#(nodes.joined(separator: ","))], "edges": [\#(edges.joined(separator: ","))]}"#
        let (r, time) = timed { AIFReader.read(text, file: "ca.json") }
        #expect(r.diagnostics.map(\.code) == ["aif-too-large"])
        #expect(r.diagnostics.first?.message.contains("4000000 relations (CA node ca alone: 2000 × 2000) from 4000 edges") == true)
        #expect(r.graph.relations.isEmpty)
        #expect(time < 20, "took \(time) s")
    }
}
