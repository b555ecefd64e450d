import ArgumentAnalysis
import ArgumentModel

/// An attack on a page's node from a node drawn in full on another page: the page shows it as a small stub box
/// that names where the attacker is.
public struct IncomingAttack: Sendable, Hashable {
    /// The attacking node (on another page).
    public var attacker: NodeID
    /// The attacked nodes on this page.
    public var targets: [NodeID]
    /// The heading the attacker belongs to (`Overview` when it is outside every heading).
    public var section: String
    /// The page (1-based) that has the attacker in full.
    public var page: Int
}

/// One page of a handout: which nodes it draws and how.
public struct HandoutPage: Sendable, Hashable {
    /// What the page shows: `Overview` or the title of its section.
    public var title: String
    /// The nodes the page is about.
    public var nodes: Set<NodeID>
    /// Nodes of other sections drawn for context: what the page's nodes support or attack. Drawn greyed.
    public var context: Set<NodeID>
    /// Whether the page shows titles only (the overview), not the statements' text.
    public var titlesOnly: Bool
    /// For nodes drawn in full on another page: that page's number (1-based). Set on the overview.
    public var references: [NodeID: Int]
    /// Attacks on this page's nodes from nodes of other pages, one per attacker, in attacker order: drawn as stubs.
    public var incoming: [IncomingAttack]

    /// A page.
    public init(
        title: String, nodes: Set<NodeID>, context: Set<NodeID> = [], titlesOnly: Bool = false,
        references: [NodeID: Int] = [:], incoming: [IncomingAttack] = []
    ) {
        self.title = title
        self.incoming = incoming
        self.references = references
        self.nodes = nodes
        self.context = context
        self.titlesOnly = titlesOnly
    }

    /// Every node the page draws.
    public var drawn: Set<NodeID> { nodes.union(context) }
}

/// Splits a map into the pages of a printed handout: a map is a poster, a handout is a stack of pages that can each
/// be read at arm's length.
///
/// A map without top-level headings (or with one) is one page. Otherwise the first page is an overview: titles
/// only, without group boxes, of the nodes that hold the map together (those outside every heading, those with a
/// connection to another heading's nodes (`MapConnections`: relations, an argument's supports,
/// premise links), and the main conclusion (`MainConclusion`): the thesis and each part's
/// top claims, objections and answers), each with the number of the page that has it in full. Then every top-level
/// heading gets a page of its own with full text, plus, greyed, the nodes of other headings its nodes support or
/// attack, and a stub for each node of another heading (or outside every heading) that attacks one of its nodes,
/// naming the attacker's heading and page (``IncomingAttack``): an objection is never silently missing from the page
/// of the claim it objects to.
public enum HandoutPlanner {
    /// The pages for `graph`, drawing only nodes in `visible` (nil: all). Pages with nothing to draw are left out.
    /// Complexity: O(nodes + relations + sections × section depth), plus finding the main conclusion when the map
    /// does not name it.
    public static func pages(for graph: ArgumentGraph, visible: Set<NodeID>? = nil) -> [HandoutPage] {
        let shown = { (id: NodeID) in visible?.contains(id) ?? true }
        let part = topSections(graph)
        let partOf: [SectionID?] = graph.nodes.map { node in node.section.flatMap { part[$0.index] } }
        var used = Set<SectionID>()
        for node in graph.nodes where shown(node.id) { if let p = partOf[node.id.index] { used.insert(p) } }
        let parts = used.sorted { $0.index < $1.index }   // in the document's order
        let all = Set(graph.nodes.map(\.id).filter(shown))
        let title = graph.metadata["title"]?.stringValue ?? "Map"
        guard parts.count > 1 else { return all.isEmpty ? [] : [HandoutPage(title: title, nodes: all)] }

        var overview = Set<NodeID>()
        var context: [SectionID: Set<NodeID>] = [:]
        var attacks: [SectionID: [NodeID: [NodeID]]] = [:]   // target part → attacker → targets
        for node in graph.nodes where shown(node.id) && partOf[node.id.index] == nil { overview.insert(node.id) }
        // The lines the map draws (``MapConnections``): a premise in one part joined to its argument in another
        // holds the map together as a relation does.
        let connections = MapConnections(graph)
        for c in connections.all where shown(c.from) && shown(c.to) {
            let a = partOf[c.from.index], b = partOf[c.to.index]
            guard a != b else { continue }
            overview.insert(c.from)
            overview.insert(c.to)
            if let a { context[a, default: []].insert(c.to) }
            if let b, c.type.isAttacking { attacks[b, default: [:]][c.from, default: []].append(c.to) }
        }
        if let main = MainConclusion.of(graph, connections: connections), shown(main) { overview.insert(main) }
        var pageOfPart: [SectionID: Int] = [:]
        for (offset, p) in parts.enumerated() { pageOfPart[p] = offset + 2 }
        var references: [NodeID: Int] = [:]
        for id in overview { if let p = partOf[id.index], let page = pageOfPart[p] { references[id] = page } }
        var pages = [HandoutPage(title: "Overview", nodes: overview, titlesOnly: true, references: references)]
        for p in parts {
            let nodes = all.filter { partOf[$0.index] == p }
            let incoming = attacks[p, default: [:]].sorted { $0.key < $1.key }.map { attacker, targets in
                let home = partOf[attacker.index]
                return IncomingAttack(
                    attacker: attacker, targets: targets.sorted(), section: home.map { graph[$0].title } ?? "Overview",
                    page: home.flatMap { pageOfPart[$0] } ?? 1)
            }
            pages.append(HandoutPage(title: graph[p].title, nodes: nodes, context: context[p, default: []], incoming: incoming))
        }
        return pages
    }

    /// For every section, its top-most ancestor that is a group (a cluster), or nil when none is.
    private static func topSections(_ graph: ArgumentGraph) -> [SectionID?] {
        graph.sections.map { section in
            var top: SectionID? = section.isGroup ? section.id : nil
            var current = section.parent
            while let s = current {
                if graph[s].isGroup { top = s }
                current = graph[s].parent
            }
            return top
        }
    }
}
