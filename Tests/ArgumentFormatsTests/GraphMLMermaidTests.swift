import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects GraphML nodes, edges and their data by key.
private final class GraphMLCollector: NSObject, XMLParserDelegate {
    var keys: [String: String] = [:]          // id → attr.name
    var nodes: [String: [String: String]] = [:]
    var edges: [(source: String, target: String, data: [String: String])] = []
    var labels: [String] = []
    private var currentNode: String?
    private var currentEdge: Int?
    private var currentKey: String?
    private var text = ""
    var error: Int?

    func parser(_ parser: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
        text = ""
        switch e {
        case "key": if let id = a["id"], let name = a["attr.name"] { keys[id] = name }
        case "node": currentNode = a["id"]; if let id = a["id"] { nodes[id] = [:] }
        case "edge":
            edges.append((a["source"] ?? "", a["target"] ?? "", [:]))
            currentEdge = edges.count - 1
        case "data": currentKey = a["key"]
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        switch e {
        case "data":
            if let key = currentKey, let name = keys[key] {
                if let n = currentNode { nodes[n]?[name] = text }
                if let i = currentEdge { edges[i].data[name] = text }
            }
            currentKey = nil
        case "y:NodeLabel": labels.append(text)
        case "node": currentNode = nil
        case "edge": currentEdge = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { error = (parseError as NSError).code }
}

@Suite struct GraphMLMermaidTests {
    private func sample() -> ArgumentGraph {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A & B")
        b.update(a) { $0.text = #"Say "no" to <script> | [x] {y} #1"#; $0.data = .object(["label": .string("MajorClaim")]) }
        let c = b.node(.statement, title: "C")
        b.update(c) { $0.text = "Line one\nline two" }
        let p = b.node(.statement, title: "P")
        let arg = b.node(.argument, title: "Arg")
        b.update(arg) {
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: p, role: .premise)), .inference(Inference()),
                .statement(PCSStatement(number: 2, statement: a, role: .mainConclusion)),
            ])
        }
        b.addRelation(from: c, to: a, type: .attack)
        b.addRelation(from: c, to: arg, type: .undercut)
        return b.build()
    }

    @Test func graphMLIsValidXMLWithTypedEdges() throws {
        let xml = GraphMLWriter.write(sample())
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = GraphMLCollector()
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.error == nil)
        #expect(collector.nodes.count == 4)
        #expect(collector.nodes["s-a-b"]?["title"] == "A & B")
        #expect(collector.nodes["s-a-b"]?["text"] == #"Say "no" to <script> | [x] {y} #1"#)
        #expect(collector.nodes["s-a-b"]?["label"] == "MajorClaim")
        #expect(collector.nodes["a-arg"]?["kind"] == "argument")
        let types = collector.edges.map { "\($0.source) \($0.data["type"] ?? "?") \($0.target)" }.sorted()
        #expect(types == ["a-arg support s-a-b", "s-c attack s-a-b", "s-c undercut a-arg", "s-p premise a-arg"])
        #expect(collector.edges.first { $0.data["type"] == "support" }?.data["derived"] == "true")
        // yEd shows the node label: title and text.
        #expect(collector.labels.contains { $0.hasPrefix("A & B: Say \"no\"") })
    }

    @Test func mermaidEscapesTextAndStylesEachRelation() {
        let text = MermaidWriter.write(sample())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "flowchart BT")
        #expect(lines.contains(
            #"  n0["<b>A #amp; B</b><br/>Say #quot;no#quot; to #lt;script#gt; #124; #91;x#93; #123;y#125; #35;1"]:::statement"#))
        #expect(lines.contains(#"  n1["<b>C</b><br/>Line one<br/>line two"]:::statement"#))
        #expect(lines.contains(#"  n3("<b>Arg</b>"):::argument"#))
        // Listed relations first (attack, undercut), then the derived support, then premise links.
        let links = lines.filter { $0.hasPrefix("  n") && !$0.contains("[") && !$0.contains("(") }
        #expect(links == ["  n1 --x n0", "  n1 -.-x n3", "  n3 -.-> n0", "  n2 --- n3"])
        #expect(lines.contains("  linkStyle 0 stroke:#C62828,stroke-width:2px"))
        #expect(lines.contains("  linkStyle 1 stroke:#6A1B9A,stroke-width:2px,stroke-dasharray:6 4"))
        #expect(!text.contains("\"no\""))
    }

    /// Issue 21: titles that slug alike (`[Foo]`, `[foo]`, `[foo 2]`) gave two nodes one GraphML id.
    @Test func graphMLNodeAndEdgeIDsAreUnique() throws {
        var b = GraphBuilder()
        let nodes = ["Foo", "foo", "foo 2"].map { b.node(.statement, title: $0) }
        b.addRelation(from: nodes[1], to: nodes[0], type: .support)
        b.addRelation(from: nodes[2], to: nodes[0], type: .attack)
        let xml = GraphMLWriter.write(b.build())
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = GraphMLCollector()
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.nodes.count == 3)
        let ids = xml.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count == 3 + 2 + 10 + 1)   // nodes, edges, the ten keys, the graph
        #expect(Set(ids).count == ids.count, "\(ids)")
    }

    /// Issue 21: the non-characters U+FFFE and U+FFFF and control characters never reach a writer's output raw.
    @Test func nonCharactersAndControlCharactersAreDroppedOrEscaped() throws {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A\u{FFFE}b")
        b.update(a) { $0.text = "x\u{FFFF}y\u{01}z" }
        let graph = b.build()
        let mermaid = MermaidWriter.write(graph)
        let graphML = GraphMLWriter.write(graph)
        let json = ArgmapJSON.write(graph)
        let aif = AIFWriter.write(graph)
        for (name, text) in [("mermaid", mermaid), ("graphml", graphML), ("json", json), ("aif", aif)] {
            #expect(!text.unicodeScalars.contains { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" || $0 == "\u{01}" }, "\(name)")
        }
        #expect(json.contains(#"x\uffffy\u0001z"#))
        #expect(aif.contains(#"\ufffe"#))
        #expect(mermaid.contains("xy z"))
    }
}
