import ArgumentModel
import Foundation

/// Where a relation line attaches: a node, one inference of a reconstructed argument, or nothing (recovery).
enum Endpoint: Equatable {
    case node(NodeID)
    case inference(argument: NodeID, index: Int)
    case none
}

/// A listed relation before the §6 transforms.
struct PendingRelation {
    var from: NodeID
    var to: NodeID
    var type: RelationType
    var inference: Int?
    var range: SourceRange?
}

/// Collects what the parser finds (occurrences, relations, premise-conclusion structures, sections) in document
/// order and turns it into a graph: canonical texts, tag unions, merged data, node sections, the relation
/// transforms of argdown.md §6 and the reference checks. Every step is O(size of what was collected).
struct ModelCollector {
    var builder = GraphBuilder()
    var relations: [PendingRelation] = []
    /// Every occurrence, kept by node block in document order until ``finishNodes(diagnostics:)`` hands them to
    /// the nodes, grouped (appending each to its node's own array reached a random node per element and grew that
    /// node's array, a fifth of reading a large map).
    var occurrences = OccurrenceBlocks()
    /// Per node: its text while it has at most one text-bearing occurrence and no occurrence has tags, data or
    /// ranges (nearly every node of a large map: a definition and references); such a node's merge is that text.
    var plainText: [String?] = []
    /// Per node: whether it is not plain (see `plainText`) and needs the full merge of its occurrences.
    var needsMerge: [Bool] = []
    /// Relation data kept in node data (`relationData`), given to the relations once they are built.
    private var relationRecords: [RelationRecord] = []
    var untitledCounter = 0
    /// Per node: the section at its first occurrence, at its first text-bearing occurrence, at its pcs.
    var firstSection: [SectionID?] = []
    var textSection: [SectionID??] = []
    var pcsSection: [SectionID??] = []
    /// Per node: the section of its last occurrence whose data says `isInGroup: true` (Argdown's group override).
    var groupSection: [SectionID??] = []
    var mentions: [(kind: NodeKind, title: String, range: SourceRange)] = []
    /// Whether some argument was given a premise-conclusion structure (else the relation transforms have nothing to do).
    var hasPCS = false
    /// Whether finishing gave some argument a pcs kept in its data (``KeptInData/takePremises(from:in:)``).
    private var pcsFromData = false
    /// Sections whose data said `isGroup` explicitly.
    var explicitGroup: [SectionID: Bool] = [:]

    /// Makes room for about `count` nodes and relations (a hint: the parser passes the number of lines, which only
    /// reserves address space until nodes are added), so the arrays and title indexes do not grow step by step.
    mutating func reserveCapacity(_ count: Int) {
        builder.reserveNodeCapacity(count)
        plainText.reserveCapacity(count)
        needsMerge.reserveCapacity(count)
        relations.reserveCapacity(count)
        firstSection.reserveCapacity(count)
        textSection.reserveCapacity(count)
        pcsSection.reserveCapacity(count)
        groupSection.reserveCapacity(count)
    }

    /// The next free `Untitled N` title (numbering shared by statements and arguments, document order).
    mutating func nextUntitledTitle() -> String {
        while true {
            untitledCounter += 1
            let title = "Untitled \(untitledCounter)"
            if builder.node(.statement, titled: title) == nil && builder.node(.argument, titled: title) == nil {
                return title
            }
        }
    }

    /// Records one occurrence of a node (creating the node on first sight) and returns the node.
    mutating func occur(
        _ kind: NodeKind, title: String?, role: OccurrenceRole, text: String?, tags: [String], data: DataValue,
        range: SourceRange?, section: SectionID?, context: OccurrenceContext? = nil, ranges: [TextRange] = []
    ) -> NodeID {
        let isUntitled = title == nil
        let name = title ?? nextUntitledTitle()
        let id = builder.node(kind, title: name, isUntitled: isUntitled)
        if id.index == firstSection.count {
            firstSection.append(section)
            textSection.append(.none)
            pcsSection.append(.none)
            groupSection.append(.none)
            plainText.append(nil)
            needsMerge.append(false)
        }
        // Argdown's `isInGroup` data: true puts the node in this occurrence's section, false keeps it out of it.
        let isInGroup = data.isEmpty ? nil : data["isInGroup"]?.boolValue
        if isInGroup == true { groupSection[id.index] = .some(section) }
        if text != nil, isInGroup != false, textSection[id.index] == .none { textSection[id.index] = .some(section) }
        if !needsMerge[id.index] {
            if !tags.isEmpty || !data.isEmpty || !ranges.isEmpty || (text != nil && plainText[id.index] != nil) {
                needsMerge[id.index] = true
                plainText[id.index] = nil
            } else if text != nil {
                plainText[id.index] = text
            }
        }
        occurrences.append(
            Occurrence(role: role, text: text, range: range, tags: tags, data: data, context: context, ranges: ranges),
            node: id.index)
        return id
    }

    /// Records a mention `@[T]` / `@<T>` (no relation; checked for undefined titles at the end).
    mutating func mention(_ kind: NodeKind, title: String, range: SourceRange) {
        mentions.append((kind, title, range))
    }

    /// Gives `argument` its premise-conclusion structure, standing in `section`.
    mutating func setPCS(_ argument: NodeID, _ pcs: PremiseConclusionStructure, section: SectionID?) {
        builder.update(argument) { $0.pcs = pcs }
        hasPCS = true
        if pcsSection[argument.index] == .none { pcsSection[argument.index] = .some(section) }
    }

    /// Remembers that a section's data decided `isGroup`.
    mutating func setExplicitGroup(_ section: SectionID, _ value: Bool) { explicitGroup[section] = value }

    /// Records the relation written as `symbol` on a child line below `parent`, after checking it makes sense.
    mutating func relate(
        child: Endpoint, parent: Endpoint, symbol: RelationSymbol, range: SourceRange?, diagnostics: inout [Diagnostic]
    ) {
        let (typeName, childIsSource) = symbol.meaning
        let source = childIsSource ? child : parent
        let target = childIsSource ? parent : child
        let from: NodeID
        switch source {
        case .none: return
        case .node(let id): from = id
        case .inference(let argument, _): from = argument
        }
        var type: RelationType
        switch typeName {
        case .support: type = .support
        case .attack: type = .attack
        case .undercut: type = .undercut
        case .contradictory: type = .contradictory
        }
        var to: NodeID
        var inference: Int?
        switch target {
        case .none: return
        case .node(let id): to = id
        case .inference(let argument, let index):
            to = argument
            switch type {
            case .undercut: inference = index
            case .attack:
                // Attacking an inference is undercutting it.
                type = .undercut
                inference = index
            default:
                diagnostics.append(Diagnostic(
                    .warning, code: .relationOnInference,
                    "an inference can only be undercut (`_ X` or `- X` below it); this \(typeName == .support ? "support" : "relation") is ignored",
                    at: range))
                return
            }
        }
        // The kinds only, and only for the two types that depend on them (supports and attacks, nearly every line of
        // a large map, look at no node).
        if type == .contradictory {
            let fromKind = builder.kind(of: from), toKind = builder.kind(of: to)
            if fromKind == .argument || toKind == .argument {
                let culprit = builder[fromKind == .argument ? from : to]
                diagnostics.append(Diagnostic(
                    .error, code: .contradictionOnArgument,
                    "`><` says two statements cannot both be true, but \(culprit.bracketedTitle) is an argument; use `-` or `->` to attack it",
                    at: range))
                return
            }
        }
        if type == .undercut && builder.kind(of: to) == .statement {
            diagnostics.append(Diagnostic(
                .warning, code: .undercutTargetNotArgument,
                "an undercut attacks an argument's inference, but \(builder[to].bracketedTitle) is a statement; it is read as an attack",
                at: range))
            type = .attack
        }
        // A relation of a node with itself is kept (Argdown keeps it); the lint's `self-relation` flags it.
        relations.append(PendingRelation(from: from, to: to, type: type, inference: inference, range: range))
    }

    // MARK: Finishing

    /// Freezes everything into a graph, adding the diagnostics that need the whole document.
    ///
    /// When the relation transforms change nothing (loose mode and no pcs given: ``relationsIndependentOfNodes``) and
    /// there are enough relations for two threads (``TwoThreads/pays(for:)``), the listed relations are made into the
    /// graph's relations, checked for duplicates and grouped by source and by target (``PreparedRelations``) on
    /// another thread while this one finishes the nodes: that work reads no node, only their number, which finishing
    /// does not change. The relations the merges add (rephrases) come after the listed ones, as in the sequential
    /// path; then the batch is added again, whole, without the prepared groups.
    mutating func finish(groupDepth: Int, diagnostics: inout [Diagnostic]) -> ArgumentGraph {
        var prepared: PreparedRelations?
        if relationsIndependentOfNodes && TwoThreads.pays(for: relations.count) {
            var taken: [PendingRelation] = []
            swap(&taken, &relations)  // the other thread holds the only reference
            let listed = HandOff(consume taken)
            let nodeCount = builder.nodes.count
            prepared = TwoThreads.overlap({ PreparedRelations(Self.made(listed.take() ?? []), nodeCount: nodeCount) }) {
                finishNodes(diagnostics: &diagnostics)
            }.1
        } else {
            finishNodes(diagnostics: &diagnostics)
        }
        checkReferences(diagnostics: &diagnostics)
        finishSections(groupDepth: groupDepth)
        if let ready = prepared.take() {
            if relations.isEmpty {
                builder.addRelations(prepared: consume ready)
            } else {
                // The merges' relations after the listed ones, all added as one batch (no transform applies).
                var all = (consume ready).takeRelations()
                var added: [PendingRelation] = []
                swap(&added, &relations)
                all += Self.made(consume added, first: all.count)
                builder.addRelations(consume all)
            }
        } else {
            var listed: [PendingRelation] = []
            swap(&listed, &relations)  // handed over whole: the transforms work in place
            let transformed = RelationTransforms.apply(consume listed, nodes: builder.nodes, mode: builder.mode, hasPCS: hasPCS)
            // Made into relations in one pass and handed over whole: the builder looks for duplicates once, by source
            // (not a hash-index probe per relation), and this array becomes the graph's.
            builder.addRelations(Self.made(consume transformed))
        }
        RelationRecord.apply(relationRecords, to: &builder)
        var finished = GraphBuilder()
        swap(&finished, &builder)  // the builder's last use: `build` then works on its arrays in place
        // Every implicit relation comes from a pcs: without one (given, or kept in data) there is nothing to derive,
        // and the nodes are not read again to find that out.
        return finished.build(deriveImplicitRelations: hasPCS || pcsFromData)
    }

    /// Whether the relation transforms (``RelationTransforms``) change no listed relation whatever the finished
    /// nodes hold: in loose mode without any pcs given, they return the relations as they are. (A pcs kept in data,
    /// given to its node while finishing it, leaves `hasPCS` false and the transforms off, as in the sequential path.)
    var relationsIndependentOfNodes: Bool { !hasPCS && builder.mode != .strict }

    /// The graph's relations for `pending` (transformed relations), numbered from `first` in order; each one's
    /// range is moved over, not copied (no retain and release of its file name per relation). O(relations).
    private static func made(_ pending: consuming [PendingRelation], first: Int = 0) -> [Relation] {
        var list = consume pending
        var out: [Relation] = []
        out.reserveCapacity(list.count)
        for k in list.indices {
            var range: SourceRange?
            swap(&range, &list[k].range)
            out.append(Relation(
                id: RelationID(first + k), from: list[k].from, to: list[k].to, type: list[k].type,
                inference: list[k].inference, range: range))
        }
        return out
    }

    /// Gives every node its occurrences and merged text, tags, data and section: first the plain nodes (see
    /// `plainText`: nearly every node of a large map), on two threads when there are enough of them and two cores
    /// (``TwoThreads/pays(for:)``), then the nodes that need the full merge, in node order, so the diagnostics,
    /// relations and relation records they add come out in that order. Finishing a plain node first is no change for
    /// a merge: a merge reads other nodes' titles and kinds only (never their occurrences, text or section), and its
    /// own node's pcs. O(nodes + occurrences + merges).
    ///
    /// The grouping stays on one thread: grouped on two (each thread its blocks and its own `fill` table), it was
    /// slower on the 1,000,000-relation tree (200-320 ms against 175-230), since the allocator (mimalloc) gives each
    /// thread memory of its own: the second thread's node arrays came from fresh pages (14,000 page faults and
    /// 45 MB of peak memory more) instead of the chunks the grouping frees, whose frees became cross-thread ones.
    private mutating func finishNodes(diagnostics: inout [Diagnostic]) {
        let count = builder.nodes.count
        // Counted on the plain nodes, the parallel pass's work (a data-rich map, most of whose nodes need the full
        // merge, keeps one thread: on it two gained nothing and peak memory rose by 6-12 MB).
        let twoThreads = TwoThreads.pays(for: needsMerge.reduce(0) { $1 ? $0 : $0 + 1 })
        var grouped = occurrences.grouped(nodeCount: count)
        finishPlainNodes(&grouped, onTwoThreads: twoThreads)
        for index in 0..<count where needsMerge[index] {
            var occurrences: [Occurrence] = []
            swap(&occurrences, &grouped[index])
            merge(&occurrences, into: NodeID(index), diagnostics: &diagnostics)
        }
    }

    /// Finishes the plain nodes (`needsMerge` false; one text at most, no tags, data or ranges, so the merge is that
    /// text), in parts of consecutive nodes, on two threads when `onTwoThreads`: each node's array moves from
    /// `grouped` into it untouched (its memory was last written while grouping), its text from `plainText`, and it
    /// gets its section. Race-free: a part writes only the nodes, `grouped` entries and `plainText` entries of its own
    /// index range (the ranges are disjoint), and reads only arrays nobody writes during the pass (`needsMerge` and
    /// the four section arrays, copied into locals first, which shares their storage). A node's id, kind and title
    /// are not touched (``GraphBuilder/withUnsafeMutableNodes(_:)``). O(nodes) in all.
    private mutating func finishPlainNodes(_ grouped: inout [[Occurrence]], onTwoThreads: Bool) {
        let needsMerge = self.needsMerge
        let sections = (group: groupSection, pcs: pcsSection, text: textSection, first: firstSection)
        var texts: [String?] = []
        swap(&texts, &plainText)
        defer { swap(&texts, &plainText) }
        grouped.withUnsafeMutableBufferPointer { grouped in
            texts.withUnsafeMutableBufferPointer { texts in
                builder.withUnsafeMutableNodes { nodes in
                    let shared = (nodes: SharedBuffer(nodes), grouped: SharedBuffer(grouped), texts: SharedBuffer(texts))
                    // Parts of up to 2¹⁴ nodes and at least eight parts, taken by whichever thread is free.
                    let size = max(1, min(1 << 14, nodes.count / 8))
                    let parts = (nodes.count + size - 1) / size
                    let finishPart = { @Sendable (part: Int) in
                        let nodes = shared.nodes.buffer, grouped = shared.grouped.buffer, texts = shared.texts.buffer
                        let start = part * size
                        for index in start..<min(nodes.count, start + size) where !needsMerge[index] {
                            var text: String?
                            swap(&text, &texts[index])
                            swap(&nodes[index].occurrences, &grouped[index])  // the old (empty) array is freed later
                            nodes[index].text = text
                            nodes[index].section = Self.section(
                                index, kind: nodes[index].kind, group: sections.group, pcs: sections.pcs,
                                text: sections.text, first: sections.first)
                        }
                    }
                    if onTwoThreads {
                        TwoThreads.forEach(parts, finishPart)
                    } else {
                        for part in 0..<parts { finishPart(part) }
                    }
                }
            }
        }
    }

    /// The full merge of node `id`'s occurrences (`occurrences`, handed over and left empty): the last text (or the
    /// last one marked `isCanonical: true`) with its ranges, a note when two texts differ, the tags' union in
    /// first-occurrence order, the data deep-merged (later wins) less what ``KeptInData`` takes out of it.
    ///
    /// Each occurrence's extras box is read once and its parts used in place (the `tags`/`data`/`ranges` getters
    /// retained the box and copied a part out each time, most of the merge's cost on a data-rich map). Only what
    /// can change the result is looked at: `isCanonical` only when a second text comes (one text is the canonical
    /// one whatever its data says), the kept keys only when the merged data holds one. O(occurrences + their tags
    /// and data).
    private mutating func merge(_ occurrences: inout [Occurrence], into id: NodeID, diagnostics: inout [Diagnostic]) {
        var text: String?
        var ranges: [TextRange] = []
        var texts = 0
        // The first text-bearing occurrence; its untagged text is only worked out once a second text comes.
        var firstText = 0
        var firstUntagged: String?
        var reported = false
        var tags: [String] = []
        var seenTags = Set<String>()  // used once the union has more tags than a linear search suits
        var data = DataValue.empty
        var merged = false  // whether `data` has taken an occurrence's (else it is still empty)
        for k in occurrences.indices {
            let extras = occurrences[k].extrasBox
            if let t = occurrences[k].text {
                text = t
                ranges = extras?.ranges ?? []
                texts += 1
                if texts == 1 {
                    firstText = k
                } else {
                    if firstUntagged == nil {
                        firstUntagged = TextRange.untagged(occurrences[firstText].text ?? "", occurrences[firstText].ranges)
                    }
                    if firstUntagged != TextRange.untagged(t, ranges) && !reported && occurrences[k].role != .untitled {
                        reported = true
                        let line = occurrences[firstText].range.map { " on line \($0.start.line)" } ?? ""
                        diagnostics.append(Diagnostic(
                            .note, code: .conflictingDefinition,
                            "\(builder[id].bracketedTitle) was defined\(line) with a different text; the last definition's text is used (mark one with {isCanonical: true} to choose)",
                            at: occurrences[k].range))
                    }
                }
            }
            guard let extras else { continue }
            if tags.isEmpty && extras.tags.count < 2 {
                tags = extras.tags  // nothing to take the union with (shares the occurrence's array)
            } else {
                for tag in extras.tags {
                    if tags.count < 16 {
                        if !tags.contains(tag) { tags.append(tag) }
                    } else {
                        if seenTags.isEmpty { seenTags = Set(tags) }
                        if seenTags.insert(tag).inserted { tags.append(tag) }
                    }
                }
            }
            if !extras.data.isEmpty {
                // Merging into the empty value is taking the other (sharing its storage): said without the call.
                if merged { data.merge(extras.data) } else { data = extras.data }
                merged = true
            }
        }
        // The last text-bearing occurrence whose data says `isCanonical: true` gives the text, when there are two.
        var canonical: (text: String, ranges: [TextRange])?
        if texts > 1 {
            for k in occurrences.indices.reversed() {
                guard let t = occurrences[k].text, let extras = occurrences[k].extrasBox, !extras.data.isEmpty,
                      extras.data["isCanonical"]?.boolValue == true
                else { continue }
                canonical = (t, extras.ranges)
                break
            }
        }
        let section = section(of: id.index)
        let read = canonical?.text ?? text
        var exact: String?
        var keptPCS: PremiseConclusionStructure?
        if canonical != nil { ranges = canonical?.ranges ?? [] }
        if !data.isEmpty && KeptInData.holdsKeptKey(data) {
            if builder.kind(of: id) == .argument, builder[id].pcs == nil { keptPCS = KeptInData.takePremises(from: &data, in: builder) }
            relations += takeRephrases(from: &data, of: id, occurrences: occurrences, diagnostics: &diagnostics)
            let dataRange = occurrences.first(where: { $0.data[KeptInData.relationDataKey] != nil })?.range
            relationRecords += RelationRecord.take(from: &data, of: id, in: builder, range: dataRange, diagnostics: &diagnostics)
            if ranges.isEmpty { exact = KeptInData.takeExactText(from: &data, text: read) }
        }
        if keptPCS != nil { pcsFromData = true }
        builder.update(id) {
            swap(&$0.occurrences, &occurrences)
            $0.text = exact ?? read
            if let keptPCS { $0.pcs = keptPCS }
            swap(&$0.ranges, &ranges)
            swap(&$0.tags, &tags)
            $0.data = data
            $0.section = section
        }
    }

    /// The section node `index` stands in: its last `isInGroup: true` occurrence's, else an argument's pcs's, else
    /// its first text-bearing occurrence's, else its first occurrence's.
    private func section(of index: Int) -> SectionID? {
        Self.section(
            index, kind: builder.kind(of: NodeID(index)), group: groupSection, pcs: pcsSection, text: textSection,
            first: firstSection)
    }

    /// ``section(of:)`` over the four section arrays given (the plain nodes' pass reads its own copies of them).
    private static func section(
        _ index: Int, kind: NodeKind, group: [SectionID??], pcs: [SectionID??], text: [SectionID??], first: [SectionID?]
    ) -> SectionID? {
        if let s = group[index] { return s }
        if kind == .argument, let s = pcs[index] { return s }
        if let s = text[index] { return s }
        return first[index]
    }

    /// Argdown has no symbol for a rephrase, so the printer keeps one as data on its source: `[X] {rephrases:
    /// ["[Y]"]}` (titles bracketed as in the map). The key becomes rephrase relations and leaves the node's data; a
    /// title no node has is an `undefined-reference` warning. O(titles listed).
    private mutating func takeRephrases(
        from data: inout DataValue, of id: NodeID, occurrences: [Occurrence], diagnostics: inout [Diagnostic]
    ) -> [PendingRelation] {
        guard case .object(var dict) = data, let value = dict[KeptInData.rephrasesKey] else { return [] }
        let titles = value.arrayValue?.compactMap(\.stringValue) ?? value.stringValue.map { [$0] } ?? []
        guard !titles.isEmpty else { return [] }
        dict[KeptInData.rephrasesKey] = nil
        data = .object(dict)
        var out: [PendingRelation] = []
        let range = occurrences.first(where: { $0.data[KeptInData.rephrasesKey] != nil })?.range
        for written in titles {
            guard let target = KeptInData.node(referencedBy: written, in: builder) else {
                diagnostics.append(Diagnostic(
                    .warning, code: .undefinedReference,
                    "\(builder[id].bracketedTitle) rephrases \(written), which this map does not define; the rephrase is dropped",
                    at: range))
                continue
            }
            out.append(PendingRelation(from: id, to: target, type: .rephrase, inference: nil, range: range))
        }
        return out
    }

    private func checkReferences(diagnostics: inout [Diagnostic]) {
        var definedNames: [NodeKind: [String]] = [.statement: [], .argument: []]
        var undefined: [Node] = []
        let nodes = builder.nodes
        for i in nodes.indices where nodes[i].text == nil && nodes[i].pcs == nil {  // by index: no node copies
            undefined.append(nodes[i])
        }
        var keys: [NodeKind: [[Unicode.Scalar]]] = [:]
        // The defined titles and their suggestion keys, only when some title is undefined (most maps have none).
        let needsKeys = !undefined.isEmpty || mentions.contains { builder.node($0.kind, titled: $0.title) == nil }
        for i in nodes.indices where needsKeys && (nodes[i].text != nil || nodes[i].pcs != nil) {
            definedNames[nodes[i].kind, default: []].append(nodes[i].title)
        }
        for (kind, names) in definedNames where needsKeys { keys[kind] = names.map(TitleSuggestion.key) }
        var budget = 50_000_000
        // The closest defined title, and the message's "; did you mean [X]?" naming it.
        func suggestion(_ kind: NodeKind, _ title: String) -> (title: String?, text: String) {
            guard let best = TitleSuggestion.closest(
                to: title, among: keys[kind] ?? [], names: definedNames[kind] ?? [], budget: &budget)
            else { return (nil, "") }
            return (best, "; did you mean \(kind == .statement ? "[\(best)]" : "<\(best)>")?")
        }
        for node in undefined {
            let what = node.kind == .statement ? "statement" : "argument"
            let closest = suggestion(node.kind, node.title)
            diagnostics.append(Diagnostic(
                .warning, code: .undefinedReference,
                "\(node.bracketedTitle) is referred to but never defined (no \(what) gives it a text)\(closest.text)",
                at: node.occurrences.first?.range, suggestion: closest.title))
        }
        for m in mentions where builder.node(m.kind, titled: m.title) == nil {
            let shown = m.kind == .statement ? "@[\(m.title)]" : "@<\(m.title)>"
            let closest = suggestion(m.kind, m.title)
            diagnostics.append(Diagnostic(
                .warning, code: .undefinedReference,
                "\(shown) mentions a title that is never defined\(closest.text)", at: m.range, suggestion: closest.title))
        }
    }

    /// `isGroup` from data when given, else true for the deepest `groupDepth` heading levels.
    private mutating func finishSections(groupDepth: Int) {
        let deepest = builder.sections.map(\.level).max() ?? 0
        for section in builder.sections {
            let isGroup = explicitGroup[section.id] ?? (section.level > deepest - groupDepth)
            builder.updateSection(section.id) { $0.isGroup = isGroup }
        }
    }
}
