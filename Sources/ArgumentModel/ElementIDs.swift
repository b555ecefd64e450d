/// Stable identifiers for graph elements in generated documents (SVG `id`s, HTML anchors, DOT node names, GraphML
/// ids).
///
/// Derived from titles, not indices, so they survive edits elsewhere in the map: `[Soviet power]` becomes
/// `s-soviet-power`, `<Kornilov defeat>` becomes `a-kornilov-defeat`. Letters and digits of any script are kept
/// (lower-cased), every other run of characters becomes one `-`.
///
/// Unique by construction: every id handed out is recorded, and an id already taken gets the first free `-2`, `-3`...
/// (in node order, then relation order). So `[Foo]`, `[foo]` and `[foo 2]` get `s-foo`, `s-foo-2` and
/// `s-foo-2-2`, and no node, relation or ``claim(_:)``-ed id ever equals another.
public struct ElementIDs: Sendable {
    private var nodeIDs: [String] = []
    private var relationIDs: [String] = []
    private var used: Set<String> = []
    /// Per base, the next suffix to try (so k equal titles cost O(k), not O(k²)).
    private var nextSuffix: [String: Int] = [:]

    /// Computes ids for every node and relation of `graph`. Complexity: O(total title length + relations).
    public init(_ graph: ArgumentGraph) {
        nodeIDs.reserveCapacity(graph.nodes.count)
        for node in graph.nodes {
            nodeIDs.append(claim((node.kind == .statement ? "s-" : "a-") + Self.slug(node.title)))
        }
        relationIDs.reserveCapacity(graph.relations.count)
        for relation in graph.relations { relationIDs.append(claim(relationBase(relation))) }
    }

    /// `base` if no id handed out so far equals it, else `base-2`, `base-3`, ... the first one free; recorded as
    /// taken. For writers that name further elements (GraphML's premise edges) in the same id space.
    public mutating func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base, default: 2]
        while !used.insert("\(base)-\(suffix)").inserted { suffix += 1 }
        nextSuffix[base] = suffix + 1
        return "\(base)-\(suffix)"
    }

    /// The id of a node.
    public func id(of node: NodeID) -> String { nodeIDs[node.index] }

    /// The id of a relation of the graph: `e-<from>--<type>--<to>`, plus `-i<n>` for an undercut of a named
    /// inference (and a suffix if that is taken). A relation not in the graph gets its unsuffixed form.
    public func id(of relation: Relation) -> String {
        relationIDs.indices.contains(relation.id.index) ? relationIDs[relation.id.index] : relationBase(relation)
    }

    private func relationBase(_ relation: Relation) -> String {
        let inference = relation.inference.map { "-i\($0)" } ?? ""
        return "e-\(nodeIDs[relation.from.index])--\(relation.type.rawValue)--\(nodeIDs[relation.to.index])\(inference)"
    }

    /// The id of a section (cluster): `g-<slug of its title path>`.
    public static func id(of section: SectionID, in graph: ArgumentGraph) -> String {
        "g-" + graph.sectionPath(section).map { slug(graph[$0].title) }.joined(separator: "--") + "-\(section.index)"
    }

    /// Most letters and digits a slug keeps: an id is a name, not the text (a title of megabytes once made an id of
    /// megabytes, written several times into DOT, where Graphviz's lexer takes quadratic time on long strings).
    public static let maximumSlugLength = 80

    /// Lower-cased letters and digits, other runs replaced by a single `-`, no leading or trailing `-`, cut after
    /// ``maximumSlugLength`` letters and digits. An empty result becomes `untitled`. Complexity: O(length of the
    /// slug's source up to the cut).
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        var kept = 0
        for scalar in text.unicodeScalars {
            if kept >= maximumSlugLength { break }
            if scalar.isASCII {   // the common case, without Unicode property lookups
                let byte = UInt8(scalar.value)
                let isLetterOrDigit = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                if isLetterOrDigit {
                    kept += 1
                    if pendingDash && !out.isEmpty { out.append("-") }
                    pendingDash = false
                    out.unicodeScalars.append(Unicode.Scalar((0x41...0x5A).contains(byte) ? byte + 0x20 : byte))
                } else {
                    pendingDash = true
                }
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                kept += 1
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
