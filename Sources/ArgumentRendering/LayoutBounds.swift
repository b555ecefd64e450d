import ArgumentModel

/// Decisions that keep the layered layout of big maps bounded in time.
///
/// Graphviz's `dot` spends almost all its time ranking and ordering; edges that jump many ranks (long cross links
/// in a big map) make both explode. argmap keeps one "spine" edge per node (its first outgoing relation, usually
/// the tree the author indented) as a ranking constraint, and releases cross links that would stretch or invert
/// ranks from ranking (`constraint=false`): they are still drawn, they just do not pull nodes apart.
public enum LayoutBounds {
    /// Graph attributes bounding `dot` on a map of `nodeCount` drawn nodes: none for small maps, iteration
    /// limits (`nslimit`, `nslimit1`, `mclimit`, `searchsize`) from 150 nodes on.
    public static func graphAttributes(nodeCount: Int) -> [(String, String)] {
        guard nodeCount >= 150 else { return [] }
        return [("nslimit", "2"), ("nslimit1", "2"), ("mclimit", "0.1"), ("searchsize", "20")]
    }

    /// The relations (among `drawn`) that should not constrain ranks. Symmetric relations never constrain;
    /// a directed relation `u → v` that is not `u`'s spine edge is released when, on the spine forest,
    /// `depth(u) − depth(v)` is outside `1...2` (it would stretch ranks or point the wrong way).
    /// Complexity: O(nodes + drawn relations).
    public static func unconstrainedRelations(in graph: ArgumentGraph, drawn: [Relation]) -> Set<RelationID> {
        var released = Set<RelationID>()
        var spine = [Int](repeating: -1, count: graph.nodes.count)   // relation index of each node's spine edge
        var parent = [Int](repeating: -1, count: graph.nodes.count)
        for relation in drawn {
            if relation.type.isSymmetric {
                released.insert(relation.id)
                continue
            }
            if relation.from == relation.to { continue }
            if spine[relation.from.index] < 0 {
                spine[relation.from.index] = relation.id.index
                parent[relation.from.index] = relation.to.index
            }
        }
        // depth along spine pointers; a cycle is cut where it is first re-entered.
        var depth = [Int](repeating: -1, count: graph.nodes.count)
        var onPath = [Bool](repeating: false, count: graph.nodes.count)
        for start in 0..<graph.nodes.count where depth[start] < 0 {
            var path: [Int] = []
            var current = start
            while current >= 0, depth[current] < 0, !onPath[current] {
                onPath[current] = true
                path.append(current)
                current = parent[current]
            }
            if current >= 0, onPath[current] { depth[current] = 0 }   // a cycle: its entry becomes a root
            for node in path.reversed() where depth[node] < 0 {
                let p = parent[node]
                depth[node] = p < 0 ? 0 : depth[p] + 1
            }
            for node in path { onPath[node] = false }
        }
        for relation in drawn where !relation.type.isSymmetric && relation.from != relation.to {
            if spine[relation.from.index] == relation.id.index { continue }
            let span = depth[relation.from.index] - depth[relation.to.index]
            if span < 1 || span > 2 { released.insert(relation.id) }
        }
        return released
    }
}
