import ArgumentModel

/// Writes an `ArgumentGraph` as RDF in Turtle using the AIF ontology (`http://www.arg.dundee.ac.uk/aif#`), so a
/// map can be loaded into any triple store and queried with SPARQL. argmap does not read Turtle back.
///
/// The nodes and edges are those of the AIF writer (``AIFWriter``), without the dialogue layer: every node is a
/// resource `<base + percent-encoded nodeID>` of type `aif:I-node`, `aif:RA-node`, `aif:CA-node`, `aif:MA-node` or
/// `aif:PA-node` with its title as `rdfs:label`; an I-node's text is its `aif:claimText`, an S-node's text its
/// `rdfs:comment`. An edge into an S-node is `S aif:Premise N` (premises, attackers, rephrased nodes), an edge out
/// of one `S aif:Conclusion N` (conclusions, attacked or undercut nodes). Literals are escaped as argmap's JSON
/// strings are (valid Turtle). Tags, node data, sections, metadata and
/// intermediary conclusions are not written (declared in ``MapTextFormat/losses(_:)``). Output is deterministic.
public enum TurtleWriter {
    /// The AIF ontology's namespace.
    public static let aifNamespace = "http://www.arg.dundee.ac.uk/aif#"
    /// The base node IRIs are minted from when none is given.
    public static let defaultBase = "urn:argmap:"

    /// The Turtle text of `graph`, node IRIs minted from `base`. Complexity: O(nodes + relations + pcs statements
    /// + length of the texts).
    public static func write(_ graph: ArgumentGraph, base: String = defaultBase) -> String {
        let (nodes, edges) = AIFWriter.argumentLayer(graph)
        var premises: [String: [String]] = [:], conclusions: [String: [String]] = [:]
        for e in edges {
            if e.intoSNode { premises[e.to, default: []].append(e.from) } else { conclusions[e.from, default: []].append(e.to) }
        }
        var out = "@prefix aif: <\(aifNamespace)> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        for node in nodes {
            guard let id = node["nodeID"]?.stringValue, let type = node["type"]?.stringValue else { continue }
            let text = node["text"]?.stringValue ?? ""
            var lines = ["a aif:\(type)-node", "rdfs:label \(literal(id))"]
            if type == "I" { lines.append("aif:claimText \(literal(text))") } else if !text.isEmpty { lines.append("rdfs:comment \(literal(text))") }
            for p in premises[id] ?? [] { lines.append("aif:Premise \(iri(base, p))") }
            for c in conclusions[id] ?? [] { lines.append("aif:Conclusion \(iri(base, c))") }
            out += "\n\(iri(base, id)) " + lines.joined(separator: " ;\n    ") + " .\n"
        }
        return out
    }

    /// `<base + id>` with every byte of `id` outside the IRI-unreserved characters (letters, digits, `-._~`)
    /// percent-encoded, so any title makes a valid IRIREF. O(length of id).
    static func iri(_ base: String, _ id: String) -> String {
        var out = "<" + base
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + hex(UInt32(byte), digits: 2)
            }
        }
        return out + ">"
    }

    /// `text` as a Turtle string literal. argmap's JSON string escaping is valid Turtle (`\"`, `\\`, `\n`, `\r`,
    /// `\t`, and `\uXXXX` for other control characters and the non-characters U+FFFE, U+FFFF), so it is reused;
    /// the other non-characters are legal in Turtle strings and written as they are. O(length of text).
    static func literal(_ text: String) -> String { JSONDataWriter.writeCompact(.string(text)) }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let s = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
