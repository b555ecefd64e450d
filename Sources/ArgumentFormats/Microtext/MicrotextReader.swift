import ArgumentModel
import Collections
import Foundation

/// Reads an argumentative microtext (`<arggraph>` XML) into an `ArgumentGraph`.
///
/// Each ADU becomes a statement titled by its id (`a1`) whose text is its EDUs' text (joined by spaces); its
/// role (`pro`/`opp`) is `role` data, its EDU ids `edus` data, and the central claim (the ADU with no outgoing
/// argumentative edge) gets `central: true`. `sup` and `exa` become supports, `reb` an attack (edge `type` kept as
/// relation data). An edge that is undercut (`und`) or receives a linked co-premise (`add`) becomes an argument node
/// titled by the edge id, whose premise-conclusion structure holds the edge's source and added premises (and, for
/// `sup`/`exa`, its target as conclusion); the `und` becomes an undercut of that argument.
/// The `arggraph` attributes (`id`, `topic_id`, `stance`) become metadata.
public enum MicrotextReader {
    /// Parses `text`; `file` names it in diagnostics. Malformed XML is one `invalid-xml` error at the problem
    /// (`XMLScanner` says what is wrong); nothing is read from such a file. Complexity: O(length of text + units + edges).
    public static func read(_ text: String, file: String? = nil) -> ReadResult {
        let document: MicrotextDocument
        switch MicrotextDocument.collect(text) {
        case .success(let collected): document = collected
        case .failure(let error):
            let range = SourceRange(file: file, at: error.position)
            return ReadResult(graph: .empty, diagnostics: [Diagnostic(.error, code: .invalidXML, "invalid XML: \(error.message)", at: range)])
        }
        guard document.sawRoot else {
            let range = SourceRange(file: file, at: SourcePosition(line: 1, column: 1, offset: 0))
            return ReadResult(
                graph: .empty,
                diagnostics: [Diagnostic(.error, code: .microtextNoArggraph, "no <arggraph> element: not a microtext file", at: range)])
        }
        return build(document, file: file, diagnostics: [])
    }

    private static let argumentative: Set<String> = ["sup", "exa", "reb", "und", "add"]

    private static func build(_ x: MicrotextDocument, file: String?, diagnostics initial: [Diagnostic]) -> ReadResult {
        var diagnostics = initial
        func at(_ line: Int) -> SourceRange { SourceRange(file: file, at: SourcePosition(line: line, column: 1, offset: 0)) }
        var builder = GraphBuilder()
        builder.metadata = .object(OrderedDictionary(uniqueKeysWithValues: x.rootAttributes.map { ($0.0, DataValue.string($0.1)) }))

        let edus = Dictionary(x.edus.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var adus: [String: NodeID] = [:]
        for adu in x.adus {
            guard adus[adu.id] == nil else {
                diagnostics.append(Diagnostic(.error, code: .microtextDuplicateID, "ADU \(adu.id) is defined twice", at: at(adu.line)))
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
                    .error, code: .undefinedReference, "seg edge \(e.id) must go from an EDU to an ADU (\(e.src) → \(e.trg))", at: at(e.line)))
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
                diagnostics.append(Diagnostic(.warning, code: .microtextNoText, "ADU \(adu.id) has no EDU segmented into it", at: at(adu.line)))
            }
        }

        // Edges that need to be nodes: targets of und and add.
        var promoted = Set<String>()
        var added: [String: [String]] = [:]
        for e in x.edges where e.type == "und" || e.type == "add" {
            guard edges[e.trg] != nil else {
                diagnostics.append(Diagnostic(
                    .error, code: .undefinedReference, "\(e.type) edge \(e.id) targets \(e.trg), which is not an edge", at: at(e.line)))
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
                    .error, code: .undefinedReference, "\(e.type) edge \(e.id) starts at \(e.src), which is not an ADU", at: at(e.line)))
                continue
            }
            guard let trg = e.type == "und" ? edgeNode[e.trg] : node(e.trg) else {
                if e.type != "und" {
                    diagnostics.append(Diagnostic(
                        .error, code: .undefinedReference, "\(e.type) edge \(e.id) targets \(e.trg), which is not an ADU", at: at(e.line)))
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
                    diagnostics.append(Diagnostic(.error, code: .undefinedReference, "add edge into \(e.id) starts at \(a), which is not an ADU", at: at(e.line)))
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
            diagnostics.append(Diagnostic(.warning, code: .microtextUnknownEdge, "edge \(e.id) has type \(e.type), which is ignored", at: at(e.line)))
        }

        // The central claim: no outgoing argumentative edge.
        let central = x.adus.filter { !hasOutgoing.contains($0.id) }
        for c in central { if let id = adus[c.id] { builder.update(id) { $0.data = $0.data.setting("central", to: .bool(true)) } } }
        if central.count != 1, !x.adus.isEmpty {
            diagnostics.append(Diagnostic(
                .warning, code: .microtextCentralClaim, "expected one central claim, found \(central.count) ADUs with no outgoing edge", at: at(1)))
        }
        return ReadResult(graph: builder.build(), diagnostics: diagnostics)
    }
}

/// The `<edu>`, `<adu>` and `<edge>` elements of a microtext, with their line numbers, as ``XMLScanner`` finds them
/// (at any depth, like the `<arggraph>` element).
private struct MicrotextDocument {
    struct EDU { var id: String; var text: String; var line: Int }
    struct ADU { var id: String; var type: String?; var line: Int }
    struct Edge { var id: String; var src: String; var trg: String; var type: String; var line: Int }

    var sawRoot = false
    /// The `<arggraph>` attributes, sorted by name.
    var rootAttributes: [(String, String)] = []
    var edus: [EDU] = []
    var adus: [ADU] = []
    var edges: [Edge] = []

    /// Scans `text` to its end, or to its first XML error. Complexity: O(length of text).
    static func collect(_ text: String) -> Result<MicrotextDocument, XMLError> {
        var scanner = XMLScanner(text)
        var document = MicrotextDocument()
        var currentEDU: EDU?
        do {
            while let event = try scanner.next() {
                switch event.kind {
                case .startElement(let name, let list):
                    document.start(name, list, line: event.position.line, currentEDU: &currentEDU)
                case .text(let text), .cdata(let text):
                    currentEDU?.text += text
                case .endElement(let name):
                    if name == "edu", let edu = currentEDU {
                        document.edus.append(edu)
                        currentEDU = nil
                    }
                }
            }
        } catch {
            return .failure(error)
        }
        return .success(document)
    }

    private mutating func start(_ name: String, _ list: [XMLAttribute], line: Int, currentEDU: inout EDU?) {
        var attributes: [String: String] = [:]
        for attribute in list { attributes[attribute.name] = attribute.value }
        switch name {
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
}
