import ArgumentModel

/// The order in which `argmap reveal` uncovers a map, one node per frame.
///
/// Top-down: the main conclusion first, then breadth-first through the nodes that argue for or against what is
/// already shown (incoming connections as `MapConnections` gives them, so an argument's premises
/// follow it; contradictions in either direction), then any node not
/// reached the same way from the next unshown node in node order. Source order: nodes by the position of their
/// first occurrence in the file (nodes without a position last, in node order). A relation appears in the first
/// frame that shows both of its ends.
public struct RevealPlan: Hashable, Sendable {
    /// The two orders.
    public enum Order: String, Hashable, Sendable, CaseIterable {
        case topDown = "top-down"
        case source
    }

    /// Node ids in reveal order; frame `k` (0-based) shows the first `k + 1`.
    public let order: [NodeID]
    private let stepOfNode: [NodeID: Int]

    /// The plan for `graph`. Complexity: O(N + E) plus O(N log N) for source order.
    public init(_ graph: ArgumentGraph, order kind: Order = .topDown) {
        var order: [NodeID] = []
        switch kind {
        case .source:
            order = graph.nodes.sorted { a, b in
                switch (a.range?.start.offset, b.range?.start.offset) {
                case let (x?, y?): x != y ? x < y : a.id < b.id
                case (_?, nil): true
                case (nil, _?): false
                default: a.id < b.id
                }
            }.map(\.id)
        case .topDown:
            let connections = MapConnections(graph)
            var seen = Set<NodeID>()
            func visit(from root: NodeID) {
                guard seen.insert(root).inserted else { return }
                var queue = [root]
                var head = 0
                while head < queue.count {
                    let n = queue[head]
                    head += 1
                    order.append(n)
                    var next: [NodeID] = connections.incoming(n).map(\.from)
                    next += connections.outgoing(n).filter { $0.type == .contradictory }.map(\.to)
                    for m in next where seen.insert(m).inserted { queue.append(m) }
                }
            }
            if let main = MainConclusion.of(graph, connections: connections) { visit(from: main) }
            for node in graph.nodes { visit(from: node.id) }
        }
        self.order = order
        var steps: [NodeID: Int] = [:]
        for (i, n) in order.enumerated() { steps[n] = i }
        stepOfNode = steps
    }

    /// Number of frames (one per node).
    public var frameCount: Int { order.count }

    /// The 0-based frame in which `node` first appears.
    public func step(of node: NodeID) -> Int? { stepOfNode[node] }

    /// Whether `node` is visible in frame `frame`.
    public func isVisible(_ node: NodeID, inFrame frame: Int) -> Bool { (stepOfNode[node] ?? Int.max) <= frame }

    /// Whether `relation` is visible in frame `frame` (both ends shown).
    public func isVisible(_ relation: Relation, inFrame frame: Int) -> Bool {
        isVisible(relation.from, inFrame: frame) && isVisible(relation.to, inFrame: frame)
    }
}
