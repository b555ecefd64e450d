import ArgumentModel

/// The occurrences of a document's elements in document order, each with the index of its node, handed to the nodes
/// grouped once reading is done.
///
/// Appending each occurrence to its node's own array reached a random node per element and grew that node's array (a
/// fifth of reading a large map); here they are appended at the end of one buffer and ``takeGrouped(nodeCount:)``
/// moves each once into an exactly sized array of its node's. The buffer is raw memory so that the moves are moves:
/// an `Array` would have to be left holding something in every slot (a copy of a placeholder occurrence costs as
/// much as copying the occurrence). Appending is O(1) amortized; grouping is O(nodes + occurrences).
final class OccurrenceBuffer {
    private var base: UnsafeMutablePointer<Occurrence>
    private var capacity: Int
    /// Occurrences held (initialized at `base[0..<count]`).
    private(set) var count = 0
    /// The node index of every occurrence held.
    private var owners: [UInt32] = []

    /// An empty buffer with room for `capacity` occurrences (a hint: memory not written to is only address space).
    init(capacity: Int = 16) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
        owners.reserveCapacity(self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Records `occurrence` of `node`. O(1) amortized.
    func append(_ occurrence: consuming Occurrence, of node: NodeID) {
        if count == capacity {
            let bigger = UnsafeMutablePointer<Occurrence>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }
        (base + count).initialize(to: occurrence)
        count += 1
        owners.append(UInt32(truncatingIfNeeded: node.index))
    }

    /// Every node's occurrences in document order (element `i` holds node `i`'s; `nodeCount` must exceed every node
    /// index recorded), moved out of the buffer, which is then empty. O(nodes + occurrences).
    func takeGrouped(nodeCount: Int) -> [[Occurrence]] {
        // A stable counting sort by node: node k's occurrences are order[start[k]..<start[k + 1]].
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for k in owners { start[Int(k) + 1] += 1 }
        for k in 0..<nodeCount { start[k + 1] += start[k] }
        var fill = start
        var order = [UInt32](repeating: 0, count: count)
        for j in owners.indices {
            let k = Int(owners[j])
            order[fill[k]] = UInt32(truncatingIfNeeded: j)
            fill[k] += 1
        }
        let groups = (0..<nodeCount).map { k in
            let size = start[k + 1] - start[k]
            return [Occurrence](unsafeUninitializedCapacity: size) { buffer, initialized in
                for m in 0..<size { (buffer.baseAddress! + m).moveInitialize(from: base + Int(order[start[k] + m]), count: 1) }
                initialized = size
            }
        }
        // Every occurrence was moved out exactly once (each has one node below nodeCount): the memory is given back
        // now, not when the reader is done (the graph is still to be built).
        count = 0
        owners = []
        base.deallocate()
        capacity = 16
        base = .allocate(capacity: capacity)
        return groups
    }
}
