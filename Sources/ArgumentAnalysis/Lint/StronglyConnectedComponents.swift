import ArgumentModel

/// Tarjan's strongly connected components over the nodes of a graph and a chosen set of edges, iteratively (no
/// recursion, so deep maps cannot overflow the stack). Complexity: O(N + E).
enum StronglyConnectedComponents {
    /// The components, each a list of node indices; `successors(i)` gives the edges out of node `i`.
    /// Components come out in reverse topological order (Tarjan's order).
    static func components(count: Int, successors: (Int) -> [Int]) -> [[Int]] {
        var index = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var next = 0
        // Each frame: the node, its successors and how far through them we are.
        var frames: [(node: Int, succ: [Int], at: Int)] = []
        for root in 0..<count where index[root] < 0 {
            index[root] = next
            low[root] = next
            next += 1
            stack.append(root)
            onStack[root] = true
            frames.append((root, successors(root), 0))
            while !frames.isEmpty {
                let top = frames.count - 1
                let v = frames[top].node
                if frames[top].at < frames[top].succ.count {
                    let w = frames[top].succ[frames[top].at]
                    frames[top].at += 1
                    if index[w] < 0 {
                        index[w] = next
                        low[w] = next
                        next += 1
                        stack.append(w)
                        onStack[w] = true
                        frames.append((w, successors(w), 0))
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
}
