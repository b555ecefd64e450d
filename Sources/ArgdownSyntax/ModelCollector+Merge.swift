import ArgumentModel
import Foundation

/// Why a later part's collection cannot be merged into the earlier part's as the sequential reader would have built
/// it (see ``ModelCollector/obstacle(toAppending:)``), or why the parser's state at the split differed from what the
/// later part assumed.
enum SplitFallback: Equatable, Sendable {
    /// The earlier part read on past the split (a construct spanning the empty line) or did not end on an empty line.
    case overran
    /// The earlier part had headings: the later part's elements and headings would stand in its sections.
    case sections
    /// The later part made `Untitled N` titles, whose numbers depend on everything before.
    case untitled
    /// The later part gave a premise-conclusion structure to an argument that already had one.
    case pcsTwice
}

extension ModelCollector {
    /// What keeps `later` (read from a split by a fresh collector) from being appended to this collection as if
    /// one collector had read both parts, or nil. The later part's parser must have started in the state this
    /// part's parser had at the split (no section, nothing open), which the caller checks. O(nodes of `later` with
    /// a pcs) look-ups.
    func obstacle(toAppending later: ModelCollector) -> SplitFallback? {
        // Untitled numbers count on from the earlier part's and skip its titles.
        if later.untitledCounter > 0 { return .untitled }
        // A second pcs for an argument is an error (and ignored) in the sequential read.
        if later.hasPCS {
            for node in later.builder.nodes where node.pcs != nil {
                if let id = builder.node(node.kind, titled: node.title), builder[id].pcs != nil { return .pcsTwice }
            }
        }
        return nil
    }

    /// Appends `later`'s collection (see ``obstacle(toAppending:)``, which must be nil) as if this collector had
    /// gone on reading: its nodes are looked up by kind and title, those new here added in its order of first
    /// occurrence (the order the sequential read would number them in), its sections after these, and its
    /// occurrences, relations, pcs, mentions and per-node tables renumbered and combined as ``occur(_:title:role:text:tags:data:range:section:context:ranges:)``
    /// would have combined them. `later` is left empty. O(size of `later`) plus a title look-up per node.
    mutating func append(merging later: inout ModelCollector) {
        let sectionBase = builder.sections.count
        func shifted(_ s: SectionID?) -> SectionID? { s.map { SectionID($0.index + sectionBase) } }
        func shifted(_ s: SectionID??) -> SectionID?? { s.map(shifted) }
        for section in later.builder.sections {
            builder.addSection(
                title: section.title, level: section.level, parent: shifted(section.parent), isGroup: section.isGroup,
                tags: section.tags, data: section.data, range: section.range)
        }
        for (section, value) in later.explicitGroup { explicitGroup[SectionID(section.index + sectionBase)] = value }

        let count = later.builder.nodes.count
        let existing = Self.indexes(of: later.builder, in: builder)
        var map = [NodeID]()
        map.reserveCapacity(count)
        for k in 0..<count {
            let fresh = builder.nodes.count
            let id = existing[k] >= 0 ? NodeID(existing[k]) : later.builder.nodes.withUnsafeBufferPointer {
                builder.node(later.builder.kind(of: NodeID(k)), title: $0[k].title, isUntitled: $0[k].isUntitled)
            }
            map.append(id)
            if id.index == fresh {
                firstSection.append(shifted(later.firstSection[k]))
                textSection.append(shifted(later.textSection[k]))
                pcsSection.append(shifted(later.pcsSection[k]))
                groupSection.append(shifted(later.groupSection[k]))
                plainText.append(later.plainText[k])
                needsMerge.append(later.needsMerge[k])
                continue
            }
            // Only what the later part set changes anything here (a node it only referred to, nearly every one of a
            // large tree's, leaves this node's entries untouched, and unread). The first occurrence's, the first
            // text's and the first pcs's sections stay; the last group's wins.
            let i = id.index
            if later.textSection[k] != .none, textSection[i] == .none { textSection[i] = shifted(later.textSection[k]) }
            if later.pcsSection[k] != .none, pcsSection[i] == .none { pcsSection[i] = shifted(later.pcsSection[k]) }
            if later.groupSection[k] != .none { groupSection[i] = shifted(later.groupSection[k]) }
            guard later.needsMerge[k] || later.plainText[k] != nil else { continue }
            // A second text anywhere, or extras in either part, make the node one that needs the full merge.
            if needsMerge[i] || later.needsMerge[k] || (plainText[i] != nil && later.plainText[k] != nil) {
                needsMerge[i] = true
                plainText[i] = nil
            } else if let text = later.plainText[k] {
                plainText[i] = text
            }
        }
        if later.hasPCS {
            for k in 0..<count {
                guard var pcs = later.builder.nodes[k].pcs else { continue }
                for s in pcs.steps.indices {
                    if case .statement(var statement) = pcs.steps[s] {
                        statement.statement = map[statement.statement.index]
                        pcs.steps[s] = .statement(statement)
                    }
                }
                builder.update(map[k]) { $0.pcs = pcs }
            }
            hasPCS = true
        }
        // The occurrences move on another thread (handed over whole, so it owns them alone) while the relations are
        // renumbered here.
        let handed = HandOff((into: occurrences, from: later.occurrences, nodes: map))
        (occurrences, later.occurrences) = (OccurrenceBlocks(), OccurrenceBlocks())
        let laterRelations = later.relations
        (_, occurrences) = TwoThreads.overlap({ () -> OccurrenceBlocks in
            guard var moving = handed.take() else { return OccurrenceBlocks() }
            moving.into.append(draining: &moving.from) { moving.nodes[$0].index }
            return moving.into
        }, with: {
            relations.reserveCapacity(relations.count + laterRelations.count)
            for r in laterRelations {
                relations.append(PendingRelation(
                    from: map[r.from.index], to: map[r.to.index], type: r.type, inference: r.inference, range: r.range))
            }
        })
        mentions += later.mentions
    }

    /// The index in `here` of each of `other`'s nodes (same kind and title), or -1: `other`'s title index is
    /// walked slot by slot and each title looked up in `here`'s without hashing it again
    /// (``GraphBuilder/matchNodes(of:titleSlots:_:)``). Large collections are looked up by two threads at once,
    /// each its half of the slots (the title indexes are only read, and each node is written by the one thread
    /// whose half holds its title). O(nodes of `other`) look-ups.
    private static func indexes(of other: GraphBuilder, in here: GraphBuilder) -> [Int] {
        let count = other.nodes.count, slots = other.titleSlotCount
        var found = [Int](repeating: -1, count: count)
        let parts = count >= 1 << 16 && TwoThreads.hasTwoCores ? 2 : 1
        found.withUnsafeMutableBufferPointer { out in
            let out = SharedBuffer(out)
            TwoThreads.forEach(parts) { part in
                let range = (slots * part / parts)..<(slots * (part + 1) / parts)
                here.matchNodes(of: other, titleSlots: range) { k, id in
                    if let id { out.buffer[k] = id.index }
                }
            }
        }
        return found
    }
}
