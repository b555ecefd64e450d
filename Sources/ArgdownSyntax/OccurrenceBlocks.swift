import ArgumentModel

/// The occurrences a reader collects, kept by node block until the nodes are finished: block b holds, in document
/// order, the occurrences of nodes b·2¹¹ ..< (b+1)·2¹¹, in chunks of a fixed size (never regrown), and the offset of
/// each one's node in the block.
///
/// Grouping them into one array per node then works one block at a time: the arrays it writes to are those of 2,048
/// nodes (a few hundred KB, in the processor's cache), not those of a random node of the whole map (a cache miss per
/// occurrence when they were kept in one list: the largest part of finishing a 1M-statement map). Each block's
/// chunks are freed as soon as it is grouped, so the allocator gives their memory to the next arrays. Appending
/// reaches the end of one of nodes / 2,048 blocks, few enough to stay in cache. O(occurrences + nodes) in all.
struct OccurrenceBlocks {
    private static let shift = 11
    private static let chunkSize = 256
    private var blocks: [Block] = []

    private struct Block {
        /// Full chunks, then the one being filled.
        var chunks: [[Occurrence]] = []
        var current: [Occurrence] = []
        /// The node of each occurrence, as its offset in the block.
        var nodes: [UInt16] = []

        mutating func append(_ occurrence: consuming Occurrence, offset: UInt16) {
            if current.count == OccurrenceBlocks.chunkSize {
                var full: [Occurrence] = []
                swap(&full, &current)
                chunks.append(full)
            }
            if current.capacity == 0 { current.reserveCapacity(OccurrenceBlocks.chunkSize) }
            current.append(occurrence)
            nodes.append(offset)
        }

        /// Takes the block's chunks, in order, the one being filled last, and leaves it without any.
        mutating func takeChunks() -> [[Occurrence]] {
            var taken: [[Occurrence]] = []
            swap(&taken, &chunks)
            taken.append(current)
            current = []
            return taken
        }
    }

    /// Records an occurrence of node `node` (nodes are numbered from 0 in order of first occurrence). Amortized O(1).
    mutating func append(_ occurrence: consuming Occurrence, node: Int) {
        let b = node >> Self.shift
        while b >= blocks.count { blocks.append(Block()) }
        blocks[b].append(occurrence, offset: UInt16(truncatingIfNeeded: node & (1 << Self.shift - 1)))
    }

    /// Every node's occurrences in an exactly sized array of its own, in document order, for `nodeCount` nodes (at
    /// least every node appended to), and leaves the blocks empty. Each occurrence is swapped into its node's next
    /// slot (no copy, no retain; an empty placeholder stays behind), a node's array made when its first occurrence
    /// comes (so the arrays lie in memory in node order). O(nodeCount + occurrences).
    mutating func grouped(nodeCount: Int) -> [[Occurrence]] {
        let placeholder = Occurrence(role: .reference)
        var grouped = [[Occurrence]](repeating: [], count: nodeCount)
        // Per node of the block: its occurrence count until its array is made, then minus the next free slot.
        var fill = [Int32](repeating: 0, count: 1 << Self.shift)
        var all: [Block] = []
        swap(&all, &blocks)
        grouped.withUnsafeMutableBufferPointer { grouped in
            fill.withUnsafeMutableBufferPointer { fill in
                for b in all.indices {
                    var block = Block()
                    swap(&block, &all[b])
                    let base = b << Self.shift
                    for n in block.nodes { fill[Int(n)] += 1 }
                    var chunks = block.takeChunks()
                    var next = 0
                    for c in chunks.indices {
                        var flat: [Occurrence] = []
                        swap(&flat, &chunks[c])  // freed after this pass
                        flat.withUnsafeMutableBufferPointer { flat in
                            for j in flat.indices {
                                let n = Int(block.nodes[next])
                                next += 1
                                var slot = 0
                                if fill[n] > 0 {
                                    grouped[base + n] = [Occurrence](repeating: placeholder, count: Int(fill[n]))
                                } else {
                                    slot = -Int(fill[n])
                                }
                                fill[n] = -Int32(truncatingIfNeeded: slot + 1)
                                grouped[base + n].withUnsafeMutableBufferPointer { swap(&$0[slot], &flat[j]) }
                            }
                        }
                    }
                    for n in fill.indices { fill[n] = 0 }
                }
            }
        }
        return grouped
    }
}

extension OccurrenceBlocks {
    /// Moves every occurrence of `later` (a collector's read of a later part of the same document) after these,
    /// its node `k` becoming node `node(k)`, and leaves `later` empty. Each node's occurrences keep their document
    /// order, after the ones it has here, which is all ``grouped(nodeCount:)`` reads. O(occurrences of `later`).
    mutating func append(draining later: inout OccurrenceBlocks, node: (Int) -> Int) {
        let placeholder = Occurrence(role: .reference)
        var all: [Block] = []
        swap(&all, &later.blocks)
        for b in all.indices {
            var block = Block()
            swap(&block, &all[b])
            let base = b << Self.shift
            var chunks = block.takeChunks()
            var next = 0
            for c in chunks.indices {
                var flat: [Occurrence] = []
                swap(&flat, &chunks[c])
                for j in flat.indices {
                    var occurrence = placeholder
                    swap(&occurrence, &flat[j])
                    append(occurrence, node: node(base + Int(block.nodes[next])))
                    next += 1
                }
            }
        }
    }
}
