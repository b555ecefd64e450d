import ArgumentModel

/// `circular-support`: a cycle of supports through two nodes or more, over the map's connections
/// (`MapConnections`: support or entails relations, an argument's derived supports of its conclusion
/// and of the argument using it, and premise → argument links, so an argument whose conclusion supports its own
/// premise is circular), reported once per cycle-bearing
/// strongly connected component as a cycle through its first node: `[A] → [B] → [A]`.
/// Complexity: O(N + E) (Tarjan, then one breadth-first search inside each component).
enum CircularSupportRule {
    static func check(_ graph: ArgumentGraph, _ connections: MapConnections) -> [Diagnostic] {
        // A support of a node by itself is `self-relation`'s; cycles here have two nodes or more.
        func supported(_ i: Int) -> [Int] {
            connections.outgoing(NodeID(i)).compactMap { c in c.type.isSupportive && c.to.index != i ? c.to.index : nil }
        }
        var out: [Diagnostic] = []
        var component = [Int](repeating: -1, count: graph.nodes.count)
        let components = StronglyConnectedComponents.components(count: graph.nodes.count, successors: supported)
        for (c, members) in components.enumerated() { for m in members { component[m] = c } }
        var found: [[Int]] = []
        for (c, members) in components.enumerated() {
            guard let start = members.min() else { continue }
            if members.count == 1 { continue }
            // Shortest cycle through `start` inside the component.
            var parent: [Int: Int] = [:]
            var queue = [start]
            var head = 0
            var last: Int?
            search: while head < queue.count {
                let v = queue[head]
                head += 1
                for w in supported(v) where component[w] == c {
                    if w == start {
                        last = v
                        break search
                    }
                    if parent[w] == nil {
                        parent[w] = v
                        queue.append(w)
                    }
                }
            }
            guard var v = last else { continue }
            var cycle = [start]
            var back: [Int] = []
            while v != start {
                back.append(v)
                v = parent[v] ?? start
            }
            cycle += back.reversed()
            cycle.append(start)
            found.append(cycle)
        }
        for cycle in found.sorted(by: { $0[0] < $1[0] }) {
            let names = cycle.map { graph.nodes[$0].bracketedTitle }.joined(separator: " → ")
            out.append(.lint(.circularSupport, "circular support: \(names); a claim cannot be a reason for itself", at: graph.nodes[cycle[0]]))
        }
        return out
    }
}
