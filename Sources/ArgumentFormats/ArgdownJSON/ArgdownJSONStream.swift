import ArgumentModel

extension ArgdownJSON {
    /// Writes the Argdown JSON of a graph straight into a ``JSONBytes`` buffer, without the per-node, member and
    /// relation `DataValue` dictionaries of ``ArgdownJSON/document(_:)`` (building, writing and freeing those was
    /// most of the export's time). It writes the same bytes as ``JSONDataWriter/write(_:)`` of that document, which
    /// `ArgdownJSONStreamingTests` holds it to: keys in the document's order, two-space indentation, arrays of
    /// scalars on one line, the same string escapes and number forms. Only the graph's own data values, sections and
    /// tags go through ``JSONDataWriter``. Complexity: O(size of the graph + size of the output).
    struct Stream {
        let graph: ArgumentGraph
        private let nodes: [Node]
        /// What the document says of each listed relation, worked out once (each is written up to three times: in
        /// the list and under both ends).
        private let rows: [Row]
        /// The listed relations touching each node, as indices into `rows`, in list order.
        private let touching: FlatLists<Int>
        /// How each statement stands in premise-conclusion structures.
        private let uses: PCSUses
        /// Every node's title as a JSON string literal, escaped once (a title is written up to seven times: as
        /// its key, in its members, and in each relation and pcs that names it): node `k`'s is
        /// `titles[titleStart[k]..<titleStart[k + 1]]`.
        private let titles: JSONBytes
        private let titleStart: [Int]
        /// The quoted names of `RelationType.allCases`, by their place in that list.
        private let typeNames: JSONBytes
        private let typeStart: [Int]
        /// The quoted member roles (``roleNames(_:)``'s list), escaped once.
        private let roleNames: JSONBytes
        private let roleStart: [Int]
        /// Relations written under a node lately, by row: a relation's other end is mostly written soon after.
        private let relationMemo = Memo(bits: 12)
        /// Data objects written lately, by the address of their storage (see ``storageKey(_:)``).
        private let dataMemo = Memo(bits: 12)
        /// The constant runs of a relation object at indentations 2 (the list) and 4 (under a node), written
        /// once (see ``relationRuns(typeNames:typeStart:)``): a relation is then five copies and its two titles.
        private let runBytes: JSONBytes
        private let runs: [Range<Int>]
        /// The start of a member or pcs statement object in an array at indentation 3 (every node's), from the
        /// separator to the `title` key, written once per role (see ``statementHeads(roleNames:roleStart:)``).
        private let headBytes: JSONBytes
        private let heads: [Range<Int>]

        private struct Row {
            /// The relation type's place in `RelationType.allCases` (its quoted name in ``typeNames``).
            var type: Int
            var from: Int
            var to: Int
            /// Whether the target is an argument's inference (an undercut of a reconstructed argument).
            var toInference: Bool
            /// The kind of the `from` end (0 statement, 1 argument) and the target type (2 for an inference).
            var fromKind: Int
            var toType: Int
            var conclusionIndex: Int?
        }

        init(_ graph: ArgumentGraph) {
            self.graph = graph
            nodes = graph.nodes
            let types = RelationType.allCases
            let relations = graph.relations
            var rows: [Row] = []
            rows.reserveCapacity(relations.count)
            for k in relations.indices where !relations[k].isDerived {
                let r = relations[k]
                let toInference = isInferenceTarget(r, in: graph)
                rows.append(Row(type: types.firstIndex(of: r.type) ?? 0, from: r.from.index, to: r.to.index,
                    toInference: toInference, fromKind: nodes[r.from.index].kind == .statement ? 0 : 1,
                    toType: toInference ? 2 : nodes[r.to.index].kind == .statement ? 0 : 1,
                    conclusionIndex: conclusionIndex(of: r, in: graph)))
            }
            self.rows = rows
            touching = FlatLists(keyCount: nodes.count, placeholder: 0) { add in
                for (n, row) in rows.enumerated() {
                    add(row.from, n)
                    if row.to != row.from && !row.toInference { add(row.to, n) }
                }
            }
            uses = pcsUses(graph)
            var titles = JSONBytes.held(capacity: nodes.count * 24)
            var titleStart = [Int](repeating: 0, count: nodes.count + 1)
            for k in nodes.indices {
                JSONDataWriter.appendString(nodes[k].title, to: &titles)
                titleStart[k + 1] = titles.count
            }
            self.titles = titles
            self.titleStart = titleStart
            var typeNames = JSONBytes.held(capacity: 128)
            var typeStart = [0]
            for type in types {
                JSONDataWriter.appendString(type.rawValue, to: &typeNames)
                typeStart.append(typeNames.count)
            }
            self.typeNames = typeNames
            self.typeStart = typeStart
            (runBytes, runs) = Self.relationRuns(typeNames: typeNames, typeStart: typeStart)
            var roleNames = JSONBytes.held(capacity: 256)
            var roleStart = [0]
            for role in Self.roleNames {
                JSONDataWriter.appendString(role, to: &roleNames)
                roleStart.append(roleNames.count)
            }
            self.roleNames = roleNames
            self.roleStart = roleStart
            (headBytes, heads) = Self.statementHeads(roleNames: roleNames, roleStart: roleStart)
        }

        /// The whole document, then a line break.
        func write(to out: inout JSONBytes) {
            var n = 0
            out.write("{")
            for kind in [NodeKind.argument, .statement] {
                key(kind == .argument ? "\"arguments\": " : "\"statements\": ", &n, 0, &out)
                var m = 0
                out.write("{")
                // Through the array's storage, each node by its address: passed as a value, even one borrowed from
                // the buffer, a node was copied whole (seven retains and releases); its fields are read in place.
                nodes.withUnsafeBufferPointer { all in
                    guard let base = all.baseAddress else { return }
                    for k in all.indices where all[k].kind == kind {
                        separate(&m, 1, &out)
                        title(k, &out)
                        out.write(": ")
                        switch kind {
                        case .argument: argument(base + k, k, indent: 2, to: &out)
                        case .statement: statement(base + k, k, indent: 2, to: &out)
                        }
                    }
                }
                close("}", m, 1, &out)
            }
            key("\"relations\": ", &n, 0, &out)
            var m = 0
            out.write("[")
            for index in rows.indices {
                separate(&m, 1, &out)
                relation(index, indent: 2, to: &out)
            }
            close("]", m, 1, &out)
            key("\"sections\": ", &n, 0, &out)
            sections(&out)
            key("\"tags\": ", &n, 0, &out)
            JSONDataWriter.append(tags(graph), indent: 1, to: &out)
            close("}", n, 0, &out)
            out.write("\n")
        }

        // MARK: Layout (what JSONDataWriter.append writes for objects and arrays)

        /// Starts an entry or item of a container at `indent`: a separator, then the indentation of its entries.
        @inline(__always)
        func separate(_ n: inout Int, _ indent: Int, _ out: inout JSONBytes) {
            out.lineBreak(comma: n > 0, indent: indent + 1)
            n += 1
        }

        /// Starts entry `key` (a literal holding the quoted key, colon and space) of an object at `indent`.
        @inline(__always)
        func key(_ key: StaticString, _ n: inout Int, _ indent: Int, _ out: inout JSONBytes) {
            out.lineBreak(comma: n > 0, indent: indent + 1, then: key)
            n += 1
        }

        /// Ends a container at `indent` that got `n` entries (`{}`/`[]` when none).
        func close(_ closer: StaticString, _ n: Int, _ indent: Int, _ out: inout JSONBytes) {
            if n > 0 { out.lineBreak(comma: false, indent: indent) }
            out.write(closer)
        }

        /// The title of node `index`, quoted and escaped (one copy).
        @inline(__always)
        private func title(_ index: Int, _ out: inout JSONBytes) {
            out.append(titleStart[index]..<titleStart[index + 1], of: titles)
        }

        private func string(_ s: String, _ out: inout JSONBytes) {
            JSONDataWriter.appendString(s, to: &out)
        }

        /// An array of strings, on one line.
        func strings(_ items: [String], _ out: inout JSONBytes) {
            out.write("[")
            for (n, item) in items.enumerated() {
                if n > 0 { out.write(", ") }
                string(item, &out)
            }
            out.write("]")
        }

        // MARK: Values

        /// Relation `index` at `indent`: its constant runs copied from ``runs`` between the two titles (the same
        /// bytes as ``genericRelation(_:indent:to:)``, which `ArgdownJSONStreamingTests` hold to the document).
        private func relation(_ index: Int, indent: Int, to out: inout JSONBytes) {
            guard indent == 2 || indent == 4 else { return genericRelation(index, indent: indent, to: &out) }
            let row = rows[index]
            let base = indent == 2 ? 0 : Self.runsPerIndent
            out.append(runs[base + row.type], of: runBytes)
            title(row.from, &out)
            out.append(runs[base + Self.middleRuns + row.fromKind], of: runBytes)
            title(row.to, &out)
            out.append(runs[base + Self.middleRuns + 2 + row.toType], of: runBytes)
            if let index = row.conclusionIndex {
                out.append(runs[base + Self.runsPerIndent - 2], of: runBytes)
                out.append(int: index)
            }
            out.append(runs[base + Self.runsPerIndent - 1], of: runBytes)
        }

        /// Argdown's member roles: where a statement was written (top level, relation), the pcs roles, and an
        /// argument's description; the two `roleIndex` functions and ``descriptionRoleIndex`` name their places.
        private static let roleNames = [topLevelRole, relationRole, roleName(.premise), roleName(.intermediaryConclusion),
            roleName(.mainConclusion), descriptionRole]
        private static let descriptionRoleIndex = 5

        private static func roleIndex(_ context: OccurrenceContext) -> Int {
            switch context {
            case .topLevel: 0
            case .relation: 1
            }
        }

        private static func roleIndex(_ role: PCSRole) -> Int {
            switch role {
            case .premise: 2
            case .intermediaryConclusion: 3
            case .mainConclusion: 4
            }
        }

        /// Runs per indentation: a head per relation type (`{` to `"from": `), two middles (`,` to `"to": `, by
        /// the `from` end's kind), three tails (`,` to the `toType` value), the `conclusionIndex` key, the end.
        private static let middleRuns = RelationType.allCases.count
        private static let runsPerIndent = middleRuns + 2 + 3 + 2

        /// The runs of ``relation(_:indent:to:)`` at indentations 2 and 4, laid out as ``key`` (a line break, with
        /// a comma after the first entry, indented one level deeper than the object, then the key), ``open`` and
        /// ``close`` lay out every object.
        private static func relationRuns(typeNames: JSONBytes, typeStart: [Int]) -> (JSONBytes, [Range<Int>]) {
            var bytes = JSONBytes.held(capacity: 4096)
            var runs: [Range<Int>] = []
            func run(_ write: (inout JSONBytes) -> Void) {
                let start = bytes.count
                write(&bytes)
                runs.append(start..<bytes.count)
            }
            func key(_ key: StaticString, first: Bool = false, _ indent: Int, _ out: inout JSONBytes) {
                out.lineBreak(comma: !first, indent: indent + 1)
                out.write(key)
            }
            for indent in [2, 4] {
                for type in 0..<middleRuns {
                    run { out in
                        out.write("{")
                        key("\"type\": ", first: true, indent, &out)
                        out.write("\"relation\"")
                        key("\"relationType\": ", indent, &out)
                        out.append(typeStart[type]..<typeStart[type + 1], of: typeNames)
                        key("\"from\": ", indent, &out)
                    }
                }
                for kind: StaticString in ["\"equivalence-class\"", "\"argument\""] {
                    run { out in
                        key("\"fromType\": ", indent, &out)
                        out.write(kind)
                        key("\"to\": ", indent, &out)
                    }
                }
                for type: StaticString in ["\"equivalence-class\"", "\"argument\"", "\"inference\""] {
                    run { out in
                        key("\"toType\": ", indent, &out)
                        out.write(type)
                    }
                }
                run { out in key("\"conclusionIndex\": ", indent, &out) }
                run { out in
                    out.lineBreak(comma: false, indent: indent)
                    out.write("}")
                }
            }
            return (bytes, runs)
        }

        /// The runs of ``statementHead(role:_:_:indent:to:)`` for an array at indentation 3: by whether the object
        /// is the array's first item, then by role (a place in ``roleNames``, or none after the last), laid out as
        /// ``separate``, ``open`` and ``key`` lay them out.
        private static func statementHeads(roleNames: JSONBytes, roleStart: [Int]) -> (JSONBytes, [Range<Int>]) {
            var bytes = JSONBytes.held(capacity: 2048)
            var heads: [Range<Int>] = []
            for first in [true, false] {
                for role in 0...Self.roleNames.count {
                    let start = bytes.count
                    bytes.lineBreak(comma: !first, indent: 4)
                    bytes.write("{")
                    bytes.lineBreak(comma: false, indent: 5, then: "\"type\": ")
                    bytes.write("\"statement\"")
                    if role < Self.roleNames.count {
                        bytes.lineBreak(comma: true, indent: 5, then: "\"role\": ")
                        bytes.append(roleStart[role]..<roleStart[role + 1], of: roleNames)
                    }
                    bytes.lineBreak(comma: true, indent: 5, then: "\"title\": ")
                    heads.append(start..<bytes.count)
                }
            }
            return (bytes, heads)
        }

        /// Starts a `statement` object (a member or a pcs statement) as an item of an array at `indent` that holds
        /// `m` items so far: the separator, `type`, `role` when there is one (a place in ``roleNames``), and the
        /// `title` key; `n` counts the object's entries. One copy of a run at indentation 3.
        @inline(__always)
        private func statementHead(role: Int?, _ m: inout Int, _ n: inout Int, indent: Int, to out: inout JSONBytes) {
            guard indent == 3 else {
                separate(&m, indent, &out)
                open("\"statement\"", &n, indent: indent + 1, to: &out)
                if let role {
                    key("\"role\": ", &n, indent + 1, &out)
                    out.append(roleStart[role]..<roleStart[role + 1], of: roleNames)
                }
                return key("\"title\": ", &n, indent + 1, &out)
            }
            out.append(heads[(m == 0 ? 0 : Self.roleNames.count + 1) + (role ?? Self.roleNames.count)], of: headBytes)
            m += 1
            n = role == nil ? 2 : 3
        }

        /// Relation `index` at `indent`, entry by entry.
        private func genericRelation(_ index: Int, indent: Int, to out: inout JSONBytes) {
            let row = rows[index]
            var n = 0
            open("\"relation\"", &n, indent: indent, to: &out)
            key("\"relationType\": ", &n, indent, &out)
            out.append(typeStart[row.type]..<typeStart[row.type + 1], of: typeNames)
            key("\"from\": ", &n, indent, &out)
            title(row.from, &out)
            key("\"fromType\": ", &n, indent, &out)
            typeName(nodes[row.from].kind, &out)
            key("\"to\": ", &n, indent, &out)
            title(row.to, &out)
            key("\"toType\": ", &n, indent, &out)
            if row.toInference {
                out.write("\"inference\"")
            } else {
                typeName(nodes[row.to].kind, &out)
            }
            if let index = row.conclusionIndex {
                key("\"conclusionIndex\": ", &n, indent, &out)
                out.append(int: index)
            }
            close("}", n, indent, &out)
        }

        @inline(__always)
        private func typeName(_ kind: NodeKind, _ out: inout JSONBytes) {
            out.write(kind == .statement ? "\"equivalence-class\"" : "\"argument\"")
        }

        /// The relations touching node `k`.
        private func relations(of k: Int, _ n: inout Int, indent: Int, to out: inout JSONBytes) {
            key("\"relations\": ", &n, indent, &out)
            let range = touching.range(of: k)
            var m = 0
            out.write("[")
            for t in range {
                separate(&m, indent + 1, &out)
                let row = touching.items[t], key = (UInt(row), UInt(1))
                if !relationMemo.copy(key, indent: indent + 2, to: &out) {
                    let mark = out.mark
                    relation(row, indent: indent + 2, to: &out)
                    relationMemo.keep(out, since: mark, key: key, indent: indent + 2)
                }
            }
            close("]", m, indent + 1, &out)
        }

        /// A data value of the graph (node, member or inference data), copied when the same storage was written
        /// lately.
        private func data(_ value: DataValue, indent: Int, _ out: inout JSONBytes) {
            let key = storageKey(value)
            if !dataMemo.copy(key, indent: indent, to: &out) {
                let mark = out.mark
                JSONDataWriter.append(value, indent: indent, to: &out)
                dataMemo.keep(out, since: mark, key: key, indent: indent)
            }
        }

        /// The addresses of a data object's value and key arrays: the same for every element whose data shares
        /// one storage, and different for any two objects the graph holds (the graph keeps them all alive while
        /// it is written, and equal addresses mean the same unchanged arrays). (0, 0) for other values.
        private func storageKey(_ value: DataValue) -> (UInt, UInt) {
            guard case .object(let dict) = value, !dict.isEmpty else { return (0, 0) }
            // The dictionary's own storage (not a converted copy, whose address could be reused).
            let values = dict.values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            guard let keys = dict.keys.withContiguousStorageIfAvailable({ UInt(bitPattern: $0.baseAddress) }) else {
                return (0, 0)
            }
            return (values, keys)
        }

        /// `tags` and `data`, when present.
        private func tagsAndData(_ tags: [String], data: DataValue, _ n: inout Int, indent: Int, to out: inout JSONBytes) {
            if !tags.isEmpty {
                key("\"tags\": ", &n, indent, &out)
                strings(tags, &out)
            }
            if !data.isEmpty {
                key("\"data\": ", &n, indent, &out)
                self.data(data, indent: indent + 1, &out)
            }
        }

        /// `tags`, `data` and `section` of the node at `node`, when present.
        private func common(_ node: UnsafePointer<Node>, _ n: inout Int, indent: Int, to out: inout JSONBytes) {
            node.pointee.withData { data in tagsAndData(node.pointee.tags, data: data, &n, indent: indent, to: &out) }
            if let section = node.pointee.section {
                // `sectionID`'s text (`s` and a number), written without making it.
                key("\"section\": \"s", &n, indent, &out)
                out.append(int: section.index + 1)
                out.write("\"")
            }
        }

        /// Opens an object at `indent` with its `type` entry (a quoted literal).
        func open(_ type: StaticString, _ n: inout Int, indent: Int, to out: inout JSONBytes) {
            out.write("{")
            key("\"type\": ", &n, indent, &out)
            out.write(type)
        }

        /// Opens node `k`'s object: `type` (a quoted literal), `title` and the `members` key.
        private func head(_ type: StaticString, _ k: Int, _ n: inout Int, indent: Int, to out: inout JSONBytes) {
            open(type, &n, indent: indent, to: &out)
            key("\"title\": ", &n, indent, &out)
            title(k, &out)
            key("\"members\": ", &n, indent, &out)
        }

        /// A `true` flag, written only when `isSet`.
        private func flag(_ key: StaticString, _ isSet: Bool, _ n: inout Int, indent: Int, to out: inout JSONBytes) {
            guard isSet else { return }
            self.key(key, &n, indent, &out)
            out.write("true")
        }

        /// Node `k`, a statement, at its address `node`.
        private func statement(_ node: UnsafePointer<Node>, _ k: Int, indent: Int, to out: inout JSONBytes) {
            let uses = uses[NodeID(k)]
            var n = 0
            head("\"equivalence-class\"", k, &n, indent: indent, to: &out)
            let pairs = uses.isEmpty ? PCSPairs() : matchPCSUses(node.pointee.occurrences, uses: uses)
            let contexts = members(node, k, describesArgument: false, pcsUses: pairs, indent: indent + 1, to: &out)
            common(node, &n, indent: indent, to: &out)
            flag("\"isUsedAsPremise\": ", uses.contains { $0.role == .premise }, &n, indent: indent, to: &out)
            flag("\"isUsedAsMainConclusion\": ", uses.contains { $0.role == .mainConclusion }, &n, indent: indent, to: &out)
            flag("\"isUsedAsIntermediaryConclusion\": ", uses.contains { $0.role == .intermediaryConclusion }, &n,
                indent: indent, to: &out)
            flag("\"isUsedAsTopLevelStatement\": ", contexts.topLevel, &n, indent: indent, to: &out)
            flag("\"isUsedAsRelationStatement\": ", contexts.relation, &n, indent: indent, to: &out)
            relations(of: k, &n, indent: indent, to: &out)
            close("}", n, indent, &out)
        }

        /// Node `k`, an argument, at its address `node`.
        private func argument(_ node: UnsafePointer<Node>, _ k: Int, indent: Int, to out: inout JSONBytes) {
            var n = 0
            head("\"argument\"", k, &n, indent: indent, to: &out)
            _ = members(node, k, describesArgument: true, pcsUses: PCSPairs(), indent: indent + 1, to: &out)
            key("\"pcs\": ", &n, indent, &out)
            pcs(node, k, indent: indent + 1, to: &out)
            common(node, &n, indent: indent, to: &out)
            relations(of: k, &n, indent: indent, to: &out)
            close("}", n, indent, &out)
        }

        /// `text` and, when any fits, `ranges`.
        private func text(_ text: String, ranges: [TextRange], _ n: inout Int, indent: Int, to out: inout JSONBytes) {
            key("\"text\": ", &n, indent, &out)
            string(text, &out)
            guard !ranges.isEmpty else { return }
            // Entry by entry, without the array `ArgdownJSONRanges.entries` builds (and written in this loop, not in
            // a closure: one using the stream's helpers copied the whole stream per text).
            let offsets = ArgdownJSONRanges.Offsets(text)
            var m = 0
            for r in ranges {
                guard let entry = ArgdownJSONRanges.entry(r, in: offsets) else { continue }
                if m == 0 {
                    key("\"ranges\": ", &n, indent, &out)
                    out.write("[")
                }
                separate(&m, indent + 1, &out)
                var k = 0
                let inner = indent + 2
                out.write("{")
                key("\"type\": ", &k, inner, &out)
                string(entry.type, &out)
                if let (name, value) = entry.detail {
                    separate(&k, inner, &out)
                    string(name, &out)
                    out.write(": ")
                    string(value, &out)
                }
                key("\"start\": ", &k, inner, &out)
                out.append(int: entry.start)
                key("\"stop\": ", &k, inner, &out)
                out.append(int: entry.stop)
                close("}", k, inner, &out)
            }
            if m > 0 { close("]", m, indent + 1, &out) }
        }

        /// The members array (see ``ArgdownJSON/members``) of node `k` at `node`, at `indent`; whether any member
        /// was written at the top level and on a relation line (Argdown's `isUsedAs...Statement` flags).
        /// `describesArgument`: the node is an argument, whose members all have the role `argument-description`.
        private func members(_ node: UnsafePointer<Node>, _ k: Int, describesArgument: Bool, pcsUses: PCSPairs, indent: Int,
            to out: inout JSONBytes) -> (topLevel: Bool, relation: Bool)
        {
            var m = 0
            out.write("[")
            var hasText = false
            var contexts = (topLevel: false, relation: false)
            let isStatement = node.pointee.kind == .statement
            // By address, reading fields in place: an occurrence copied whole retains its text, file and extras.
            node.pointee.occurrences.withUnsafeBufferPointer { occurrences in
                guard let first = occurrences.baseAddress else { return }
                for index in occurrences.indices {
                    let occurrence = first + index
                    let role = occurrence.pointee.role
                    switch occurrence.pointee.context {
                    case .topLevel?: contexts.topLevel = true
                    case .relation?: contexts.relation = true
                    case nil: break
                    }
                    let text = occurrence.pointee.text
                    if text != nil { hasText = true }
                    guard role != .pcsMember || isStatement else { continue }
                    let use = pcsUses[index]
                    let inner = indent + 1
                    var n = 0
                    // `memberRole`'s answer, as a quoted name of ``roleNames``.
                    let roleIndex = describesArgument ? Self.descriptionRoleIndex
                        : use.map { Self.roleIndex($0.role) } ?? occurrence.pointee.context.map(Self.roleIndex)
                    statementHead(role: roleIndex, &m, &n, indent: indent, to: &out)
                    title(k, &out)
                    if let use {
                        key("\"argumentTitle\": ", &n, inner, &out)
                        title(use.argument.index, &out)
                    }
                    occurrence.pointee.withExtras { tags, data, ranges in
                        if let text { self.text(text, ranges: ranges, &n, indent: inner, to: &out) }
                        flag("\"isReference\": ", role == .reference || text == nil, &n, indent: inner, to: &out)
                        tagsAndData(tags, data: data, &n, indent: inner, to: &out)
                    }
                    close("}", n, inner, &out)
                }
            }
            if !hasText, let t = node.pointee.text {
                let inner = indent + 1
                var n = 0
                statementHead(role: describesArgument ? Self.descriptionRoleIndex : nil, &m, &n, indent: indent, to: &out)
                title(k, &out)
                text(t, ranges: node.pointee.ranges, &n, indent: inner, to: &out)
                close("}", n, inner, &out)
            }
            close("]", m, indent, &out)
            return contexts
        }

        /// The pcs array (see ``ArgdownJSON/pcs``) of the argument at `node` (node `k`), at `indent`.
        private func pcs(_ node: UnsafePointer<Node>, _ k: Int, indent: Int, to out: inout JSONBytes) {
            var m = 0
            out.write("[")
            var pending: Inference?
            let steps = node.pointee.pcs?.steps ?? []
            for index in steps.indices {
                switch steps[index] {
                case .inference(let inference):
                    pending = inference
                case .statement(let s):
                    let target = s.statement.index
                    let inner = indent + 1
                    var n = 0
                    statementHead(role: Self.roleIndex(s.role), &m, &n, indent: indent, to: &out)
                    title(target, &out)
                    nodes.withUnsafeBufferPointer { all in
                        if let t = all[target].text { text(t, ranges: all[target].ranges, &n, indent: inner, to: &out) }
                    }
                    key("\"number\": ", &n, inner, &out)
                    out.append(int: s.number)
                    key("\"argumentTitle\": ", &n, inner, &out)
                    title(k, &out)
                    if let inference = pending {
                        key("\"inference\": ", &n, inner, &out)
                        let deeper = inner + 1
                        var i = 0
                        open("\"inference\"", &i, indent: deeper, to: &out)
                        key("\"inferenceRules\": ", &i, deeper, &out)
                        strings(inference.rules, &out)
                        if !inference.data.isEmpty {
                            key("\"data\": ", &i, deeper, &out)
                            data(inference.data, indent: deeper + 1, &out)
                        }
                        key("\"argumentTitle\": ", &i, deeper, &out)
                        title(k, &out)
                        key("\"conclusionIndex\": ", &i, deeper, &out)
                        out.append(int: m - 1)
                        close("}", i, deeper, &out)
                        pending = nil
                    }
                    close("}", n, inner, &out)
                }
            }
            close("]", m, indent, &out)
        }
    }
}
