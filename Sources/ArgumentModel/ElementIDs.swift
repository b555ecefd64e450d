/// Stable identifiers for graph elements in generated documents (SVG `id`s, HTML anchors, DOT node names).
///
/// Derived from titles, not indices, so they survive edits elsewhere in the map: `[Soviet power]` becomes
/// `s-soviet-power`, `<Kornilov defeat>` becomes `a-kornilov-defeat`. Letters and digits of any script are kept
/// (lower-cased), every other run of characters becomes one `-`. Titles that slug to the same text get `-2`, `-3`...
/// in node order, so ids are unique within a graph.
public struct ElementIDs: Sendable {
    private var nodeIDs: [String]

    /// Computes ids for every node of `graph`. Complexity: O(total title length).
    public init(_ graph: ArgumentGraph) {
        var used: [String: Int] = [:]
        nodeIDs = graph.nodes.map { node in
            let base = (node.kind == .statement ? "s-" : "a-") + Self.slug(node.title)
            let count = used[base, default: 0] + 1
            used[base] = count
            return count == 1 ? base : "\(base)-\(count)"
        }
    }

    /// The id of a node.
    public func id(of node: NodeID) -> String { nodeIDs[node.index] }

    /// The id of a relation: `e-<from>--<type>--<to>`, plus `-i<n>` for an undercut of a named inference.
    public func id(of relation: Relation) -> String {
        let inference = relation.inference.map { "-i\($0)" } ?? ""
        return "e-\(nodeIDs[relation.from.index])--\(relation.type.rawValue)--\(nodeIDs[relation.to.index])\(inference)"
    }

    /// The id of a section (cluster): `g-<slug of its title path>`.
    public static func id(of section: SectionID, in graph: ArgumentGraph) -> String {
        "g-" + graph.sectionPath(section).map { slug(graph[$0].title) }.joined(separator: "--") + "-\(section.index)"
    }

    /// Lower-cased letters and digits, other runs replaced by a single `-`, no leading or trailing `-`.
    /// An empty result becomes `untitled`.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {   // the common case, without Unicode property lookups
                let byte = UInt8(scalar.value)
                let isLetterOrDigit = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                if isLetterOrDigit {
                    if pendingDash && !out.isEmpty { out.append("-") }
                    pendingDash = false
                    out.unicodeScalars.append(Unicode.Scalar((0x41...0x5A).contains(byte) ? byte + 0x20 : byte))
                } else {
                    pendingDash = true
                }
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "untitled" : out
    }
}
