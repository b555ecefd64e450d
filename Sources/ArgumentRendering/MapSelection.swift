import ArgumentAnalysis
import ArgumentModel

/// Which part of a map to draw: Argdown's selection options as one pure function of the graph.
///
/// Filters intersect: a node is drawn when it passes every filter that is set. With nothing set, every node is
/// drawn (no node silently vanishes).
public struct MapSelection: Sendable, Hashable {
    /// Keep nodes carrying at least one of these tags (exact, case-insensitive). Empty: no tag filter.
    public var tags: [String]
    /// Keep nodes inside a section (at any depth) whose title is one of these (case-insensitive). Empty: no filter.
    public var groups: [String]
    /// Keep only the neighbourhood of this node (a title as the user typed it, resolved by `TitleResolver`): the
    /// nodes at most ``depth`` drawn connections away (`MapConnections`, premise links included).
    public var focus: String?
    /// How closely ``focus`` must match a title: exactly unless asked otherwise.
    public var titles: TitleMatching
    /// How many relations away from ``focus`` to go (ignoring direction).
    public var depth: Int
    /// Drop nodes with no drawn relation to another drawn node (a premise's line to its argument counts).
    public var excludeDisconnected: Bool
    /// Whether derived relations count as connections (for ``focus`` and ``excludeDisconnected``): only those a
    /// map draws (`MapConnections/Derived/shown`), so no node is selected through an arrow that is
    /// not drawn.
    public var includeDerived: Bool

    /// A selection; the defaults select everything.
    public init(
        tags: [String] = [], groups: [String] = [], focus: String? = nil, titles: TitleMatching = .exact, depth: Int = 2,
        excludeDisconnected: Bool = false, includeDerived: Bool = true
    ) {
        self.tags = tags
        self.groups = groups
        self.focus = focus
        self.titles = titles
        self.depth = depth
        self.excludeDisconnected = excludeDisconnected
        self.includeDerived = includeDerived
    }

    /// Whether this selection draws every node.
    public var isEverything: Bool { tags.isEmpty && groups.isEmpty && focus == nil && !excludeDisconnected }

    /// Why a selection could not be made.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// No node carries the tag; lists the tags the map has.
        case unknownTag(String, known: [String])
        /// No section has the title; lists the section titles.
        case unknownGroup(String, known: [String])
        /// The focus title did not resolve.
        case focus(TitleResolver.Failure)
        /// A negative depth.
        case negativeDepth(Int)

        public var description: String {
            switch self {
            case .unknownTag(let tag, let known):
                known.isEmpty ? "no node is tagged '\(tag)': this map has no tags"
                    : "no node is tagged '\(tag)'; tags in this map: \(known.joined(separator: ", "))"
            case .unknownGroup(let group, let known):
                known.isEmpty ? "no section is titled '\(group)': this map has no headings"
                    : "no section is titled '\(group)'; sections: \(known.joined(separator: ", "))"
            case .focus(let failure): failure.description
            case .negativeDepth(let depth): "--depth must be 0 or more, not \(depth)"
            }
        }
    }

    /// The nodes to draw, or nil when the selection is everything.
    /// Complexity: O(nodes + relations + sections × section depth).
    public func visibleNodes(in graph: ArgumentGraph) throws(Failure) -> Set<NodeID>? {
        if isEverything { return nil }
        if depth < 0 { throw .negativeDepth(depth) }
        var keep = [Bool](repeating: true, count: graph.nodes.count)

        if !tags.isEmpty {
            var known: [String] = []
            var seen = Set<String>()
            for node in graph.nodes {
                for tag in node.tags where seen.insert(tag).inserted { known.append(tag) }
            }
            let wanted = Set(tags.map { $0.lowercased() })
            for tag in tags where !known.contains(where: { $0.lowercased() == tag.lowercased() }) {
                throw .unknownTag(tag, known: known)
            }
            for node in graph.nodes where !node.tags.contains(where: { wanted.contains($0.lowercased()) }) {
                keep[node.id.index] = false
            }
        }

        if !groups.isEmpty {
            let wanted = Set(groups.map { $0.lowercased() })
            for group in groups where !graph.sections.contains(where: { $0.title.lowercased() == group.lowercased() }) {
                throw .unknownGroup(group, known: graph.sections.map(\.title))
            }
            // A section is inside a wanted group when it or an ancestor has a wanted title.
            var inside = [Bool](repeating: false, count: graph.sections.count)
            for section in graph.sections {
                let parentInside = section.parent.map { inside[$0.index] } ?? false
                inside[section.id.index] = parentInside || wanted.contains(section.title.lowercased())
            }
            for node in graph.nodes where !(node.section.map { inside[$0.index] } ?? false) {
                keep[node.id.index] = false
            }
        }

        if let focus {
            let centre: NodeID
            do { centre = try TitleResolver(graph, matching: titles).resolve(focus) } catch { throw .focus(error) }
            let connections = MapConnections(graph, derived: includeDerived ? .shown : .none)
            var distance = [Int](repeating: -1, count: graph.nodes.count)
            distance[centre.index] = 0
            var frontier = [centre]
            var level = 0
            while !frontier.isEmpty, level < depth {
                level += 1
                var next: [NodeID] = []
                for node in frontier {
                    // Drawn connections either way: a premise is one step from its argument.
                    for c in connections.touching(node) {
                        let other = c.other(than: node)
                        if distance[other.index] < 0 {
                            distance[other.index] = level
                            next.append(other)
                        }
                    }
                }
                frontier = next
            }
            for i in keep.indices where distance[i] < 0 { keep[i] = false }
        }

        if excludeDisconnected {
            // A premise is joined to its argument in the picture (``PremiseDrawing/edges``).
            let kept = keep
            let connected = MapConnections(graph, derived: includeDerived ? .shown : .none).connected(where: { kept[$0.index] })
            for i in keep.indices where !connected[i] { keep[i] = false }
        }

        return Set(keep.indices.filter { keep[$0] }.map(NodeID.init))
    }
}
