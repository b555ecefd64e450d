import ArgumentModel
import Collections
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an argumentative microtext (`<arggraph>` XML) into an ``ArgumentGraph``.
///
/// Each ADU becomes a statement titled by its id (`a1`) whose text is its EDUs' text (joined by spaces); its
/// role (`pro`/`opp`) is `role` data, its EDU ids `edus` data, and the central claim (the ADU with no outgoing
/// argumentative edge) gets `central: true`. `sup` and `exa` become supports, `reb` an attack (edge `type` kept as
/// relation data). An edge that is undercut (`und`) or receives a linked co-premise (`add`) becomes an argument node
/// titled by the edge id, whose premise-conclusion structure holds the edge's source and added premises (and, for
/// `sup`/`exa`, its target as conclusion); the `und` becomes an undercut of that argument.
/// The `arggraph` attributes (`id`, `topic_id`, `stance`) become metadata.
public enum MicrotextReader {
    /// Parses `text`; `file` names it in diagnostics. Complexity: O(length of text + units + edges).
    public static func read(_ text: String, file: String? = nil) -> ReadResult {
        let delegate = MicrotextParserDelegate()
        let parser = XMLParser(data: Data(Self.blankingProcessingInstructions(Array(text.utf8))))
        parser.delegate = delegate
        let ok = parser.parse()
        var diagnostics: [Diagnostic] = []
        func at(_ line: Int, _ column: Int = 1) -> SourceRange {
            let (l, c) = Self.clampedPosition(in: text, line: line, column: column)
            return SourceRange(file: file, at: SourcePosition(line: l, column: c, offset: 0))
        }
        if !ok || parser.parserError != nil || delegate.firstError != nil {
            let code = delegate.firstError?.code ?? (parser.parserError as NSError?)?.code ?? -1
            let line = delegate.firstError?.line ?? parser.lineNumber
            let column = delegate.firstError?.column ?? parser.columnNumber
            diagnostics.append(Diagnostic(.error, code: "invalid-xml", "invalid XML: \(Self.describe(code))", at: at(line, column)))
            return ReadResult(graph: .empty, diagnostics: diagnostics)
        }
        guard delegate.sawRoot else {
            diagnostics.append(Diagnostic(.error, code: "microtext-no-arggraph", "no <arggraph> element: not a microtext file", at: at(1)))
            return ReadResult(graph: .empty, diagnostics: diagnostics)
        }
        return build(delegate, file: file, diagnostics: diagnostics)
    }

    /// The XML with every processing instruction but the declaration (`<?xml ` at the start) replaced by spaces (line breaks
    /// kept, so positions do not move). FoundationXML on Linux crashes (a NULL `strlen`) on a processing instruction
    /// without data such as `<?x?>`, and microtext ignores processing instructions anyway. Every `<?` is blanked,
    /// inside comments and CDATA too: libxml2's idea of where those start and end on broken input differs from any
    /// quick scan (fuzzing found crashes through both), and a corpus file never has `<?` in its text. O(length).
    static func blankingProcessingInstructions(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        func starts(_ prefix: String, at i: Int) -> Bool {
            let p = Array(prefix.utf8)
            return i + p.count <= bytes.count && Array(bytes[i..<(i + p.count)]) == p
        }
        // The XML declaration may only stand at the very start (after a byte order mark), and must close before
        // any other markup.
        let start = starts("\u{FEFF}", at: 0) ? 3 : 0
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == 0x3C, bytes[i + 1] == 0x3F else { i += 1; continue }
            var end = i + 2
            while end < bytes.count, !(bytes[end] == 0x3F && end + 1 < bytes.count && bytes[end + 1] == 0x3E) { end += 1 }
            end = min(bytes.count, end + 2)
            let isDeclaration = i == start && starts("<?xml", at: i) && i + 5 < bytes.count
                && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i + 5]) && end <= bytes.count
                && !bytes[(i + 2)..<end].contains(0x3C) && bytes[end - 1] == 0x3E
            if !isDeclaration {
                for k in i..<end where out[k] != 0x0A && out[k] != 0x0D { out[k] = 0x20 }
            }
            i = end
        }
        return out
    }

    /// libxml2's error position made safe for a diagnostic: a line that exists and a column within it (at most one
    /// past its end, in Unicode scalars). libxml2 can report a column past the end of the line (after a replaced
    /// invalid byte). O(length of text).
    static func clampedPosition(in text: String, line: Int, column: Int) -> (line: Int, column: Int) {
        let bytes = Array(text.utf8)
        var start = 0, current = 1
        while current < line, let newline = bytes[start...].firstIndex(of: 0x0A) {
            start = newline + 1
            current += 1
        }
        var length = 0, k = start
        while k < bytes.count, bytes[k] != 0x0A {
            if bytes[k] & 0xC0 != 0x80 { length += 1 }
            k += 1
        }
        return (current, min(max(1, column), length + 1))
    }

    /// A readable sentence for the XML parser's (libxml2's) error codes.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "the document ends too early (an element is not closed)"
        case 9: "invalid character"
        case 23: "an entity reference is not terminated with ';'"
        case 26: "undefined entity"
        case 38, 39, 40, 41: "malformed attribute"
        case 64, 65: "malformed XML declaration"
        case 73: "'>' expected"
        case 76: "closing tag does not match the opening tag"
        case 85: "malformed closing tag"
        default: "parser error \(code)"
        }
    }

    private static let argumentative: Set<String> = ["sup", "exa", "reb", "und", "add"]

    private static func build(_ x: MicrotextParserDelegate, file: String?, diagnostics initial: [Diagnostic]) -> ReadResult {
        var diagnostics = initial
        func at(_ line: Int) -> SourceRange { SourceRange(file: file, at: SourcePosition(line: line, column: 1, offset: 0)) }
        var builder = GraphBuilder()
        builder.metadata = .object(OrderedDictionary(uniqueKeysWithValues: x.rootAttributes.map { ($0.0, DataValue.string($0.1)) }))

        let edus = Dictionary(x.edus.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var adus: [String: NodeID] = [:]
        for adu in x.adus {
            guard adus[adu.id] == nil else {
                diagnostics.append(Diagnostic(.error, code: "microtext-duplicate-id", "ADU \(adu.id) is defined twice", at: at(adu.line)))
                continue
            }
            let id = builder.node(.statement, title: adu.id)
            adus[adu.id] = id
            var data = OrderedDictionary<String, DataValue>()
            if let role = adu.type { data["role"] = .string(role) }
            builder.update(id) {
                $0.data = .object(data)
                $0.occurrences = [Occurrence(role: .imported, range: at(adu.line))]
            }
        }
        let edges = Dictionary(x.edges.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        // Segmentation: EDU text into ADUs.
        var segments: [String: [String]] = [:]
        for e in x.edges where e.type == "seg" {
            guard edus[e.src] != nil, adus[e.trg] != nil else {
                diagnostics.append(Diagnostic(
                    .error, code: "undefined-reference", "seg edge \(e.id) must go from an EDU to an ADU (\(e.src) → \(e.trg))", at: at(e.line)))
                continue
            }
            segments[e.trg, default: []].append(e.src)
        }
        for adu in x.adus {
            guard let id = adus[adu.id] else { continue }
            let parts = segments[adu.id] ?? []
            let text = parts.compactMap { edus[$0]?.text.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: " ")
            builder.update(id) {
                $0.text = text.isEmpty ? nil : text
                if !parts.isEmpty { $0.data = $0.data.setting("edus", to: .array(parts.map { .string($0) })) }
            }
            if parts.isEmpty {
                diagnostics.append(Diagnostic(.warning, code: "microtext-no-text", "ADU \(adu.id) has no EDU segmented into it", at: at(adu.line)))
            }
        }

        // Edges that need to be nodes: targets of und and add.
        var promoted = Set<String>()
        var added: [String: [String]] = [:]
        for e in x.edges where e.type == "und" || e.type == "add" {
            guard edges[e.trg] != nil else {
                diagnostics.append(Diagnostic(
                    .error, code: "undefined-reference", "\(e.type) edge \(e.id) targets \(e.trg), which is not an edge", at: at(e.line)))
                continue
            }
            promoted.insert(e.trg)
            if e.type == "add" { added[e.trg, default: []].append(e.src) }
        }

        // The node an edge's source or target names: an ADU, or a promoted edge's argument.
        var edgeNode: [String: NodeID] = [:]
        for e in x.edges where promoted.contains(e.id) && argumentative.contains(e.type) && e.type != "add" {
            edgeNode[e.id] = builder.node(.argument, title: e.id)
        }
        func node(_ name: String) -> NodeID? { adus[name] ?? edgeNode[name] }

        var hasOutgoing = Set<String>()
        for e in x.edges where argumentative.contains(e.type) {
            hasOutgoing.insert(e.src)
            if e.type == "add" { continue }
            guard let src = adus[e.src] else {
                diagnostics.append(Diagnostic(
                    .error, code: "undefined-reference", "\(e.type) edge \(e.id) starts at \(e.src), which is not an ADU", at: at(e.line)))
                continue
            }
            guard let trg = e.type == "und" ? edgeNode[e.trg] : node(e.trg) else {
                if e.type != "und" {
                    diagnostics.append(Diagnostic(
                        .error, code: "undefined-reference", "\(e.type) edge \(e.id) targets \(e.trg), which is not an ADU", at: at(e.line)))
                }
                continue
            }
            let type: RelationType = e.type == "reb" ? .attack : e.type == "und" ? .undercut : .support
            let data: DataValue = .object(["id": .string(e.id), "type": .string(e.type)])
            guard let argument = edgeNode[e.id] else {
                builder.addRelation(from: src, to: trg, type: type, range: at(e.line), data: data)
                continue
            }
            // The edge is an argument node: its source and added co-premises are linked premises.
            var steps: [PCSStep] = []
            var premises = [src]
            for a in added[e.id] ?? [] {
                if let p = adus[a] { premises.append(p) } else {
                    diagnostics.append(Diagnostic(.error, code: "undefined-reference", "add edge into \(e.id) starts at \(a), which is not an ADU", at: at(e.line)))
                }
            }
            for (k, p) in premises.enumerated() { steps.append(.statement(PCSStatement(number: k + 1, statement: p, role: .premise))) }
            steps.append(.inference(Inference()))
            if type == .support, adus[e.trg] != nil {
                steps.append(.statement(PCSStatement(number: premises.count + 1, statement: trg, role: .mainConclusion)))
            } else {
                builder.addRelation(from: argument, to: trg, type: type, range: at(e.line), data: data)
            }
            builder.update(argument) {
                $0.pcs = PremiseConclusionStructure(steps: steps)
                $0.data = data
                $0.occurrences = [Occurrence(role: .imported, range: at(e.line))]
            }
        }
        for e in x.edges where !argumentative.contains(e.type) && e.type != "seg" {
            diagnostics.append(Diagnostic(.warning, code: "microtext-unknown-edge", "edge \(e.id) has type \(e.type), which is ignored", at: at(e.line)))
        }

        // The central claim: no outgoing argumentative edge.
        let central = x.adus.filter { !hasOutgoing.contains($0.id) }
        for c in central { if let id = adus[c.id] { builder.update(id) { $0.data = $0.data.setting("central", to: .bool(true)) } } }
        if central.count != 1, !x.adus.isEmpty {
            diagnostics.append(Diagnostic(
                .warning, code: "microtext-central-claim", "expected one central claim, found \(central.count) ADUs with no outgoing edge", at: at(1)))
        }
        return ReadResult(graph: builder.build(), diagnostics: diagnostics)
    }
}

/// Collects `<edu>`, `<adu>` and `<edge>` elements with their line numbers.
private final class MicrotextParserDelegate: NSObject, XMLParserDelegate {
    struct EDU { var id: String; var text: String; var line: Int }
    struct ADU { var id: String; var type: String?; var line: Int }
    struct Edge { var id: String; var src: String; var trg: String; var type: String; var line: Int }

    var sawRoot = false
    var rootAttributes: [(String, String)] = []
    var edus: [EDU] = []
    var adus: [ADU] = []
    var edges: [Edge] = []
    private var currentEDU: EDU?
    /// The first error libxml2 reported, where it stood.
    var firstError: (code: Int, line: Int, column: Int)?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if firstError == nil { firstError = ((parseError as NSError).code, parser.lineNumber, parser.columnNumber) }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes: [String: String] = [:]
    ) {
        let line = parser.lineNumber
        switch elementName {
        case "arggraph":
            sawRoot = true
            rootAttributes = attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        case "edu":
            currentEDU = EDU(id: attributes["id"] ?? "edu\(edus.count + 1)", text: "", line: line)
        case "adu":
            adus.append(ADU(id: attributes["id"] ?? "adu\(adus.count + 1)", type: attributes["type"], line: line))
        case "edge":
            edges.append(Edge(
                id: attributes["id"] ?? "edge\(edges.count + 1)", src: attributes["src"] ?? "", trg: attributes["trg"] ?? "",
                type: attributes["type"] ?? "", line: line))
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { currentEDU?.text += string }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        currentEDU?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "edu", let edu = currentEDU {
            edus.append(edu)
            currentEDU = nil
        }
    }
}
