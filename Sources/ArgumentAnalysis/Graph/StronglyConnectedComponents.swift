import ArgumentModel

/// Strongly connected components (Tarjan's algorithm), iterative so that a million-node chain cannot overflow the
/// stack. Used for support cycles (lint) and for decomposing attack graphs (semantics). O(n + m).
public enum StronglyConnectedComponents {
    /// The components of the graph with nodes `0..<count` and edges `v → successors(v)`, in Tarjan's order
    /// (reverse topological: a component comes before every component that has an edge into it).
    public static func components<Successors: Sequence>(
        count: Int, successors: (Int) -> Successors
    ) -> [[Int]] where Successors.Element: BinaryInteger {
        var index = [Int32](repeating: -1, count: count)
        var low = [Int32](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var counter: Int32 = 0
        // Each frame: a node and how far through its successors the walk has got.
        var frames: [(node: Int, rest: Successors.Iterator)] = []
        for root in 0..<count where index[root] < 0 {
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            frames.append((root, successors(root).makeIterator()))
            while !frames.isEmpty {
                let top = frames.count - 1
                let v = frames[top].node
                if let next = frames[top].rest.next() {
                    let w = Int(next)
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        frames.append((w, successors(w).makeIterator()))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { low[parent] = min(low[parent], low[v]) }
                if low[v] == index[v] {
                    var component: [Int] = []
                    while let w = stack.popLast() {
                        onStack[w] = false
                        component.append(w)
                        if w == v { break }
                    }
                    result.append(component)
                }
            }
        }
        return result
    }

    /// The components of a framework's attack graph in topological order: every attack between two components
    /// goes from an earlier one to a later one. Each component lists its arguments in increasing order. O(n + m).
    public static func of(_ framework: AttackFramework) -> [[Int]] {
        components(count: framework.count, successors: framework.targets(of:)).reversed().map { $0.sorted() }
    }
}
