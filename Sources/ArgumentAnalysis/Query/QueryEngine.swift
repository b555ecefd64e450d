import ArgumentModel

/// Evaluates ``Query``s over an `ArgumentGraph`.
///
/// Semantics are SPARQL 1.1 property paths with `SELECT DISTINCT`: each pattern `S PATH O` holds for the pairs
/// of nodes joined by a path matching `PATH` (closures are reachability: cycles terminate, `p*` and `p?` include
/// the zero-length path from a node to itself, also when that node is given); `,` joins patterns on their shared
/// variables; `not` keeps a row when its clauses have no solution extending it; filters test a variable's node
/// (and enumerate the matching nodes when the variable is not bound yet).
///
/// Evaluation picks, at each step, the clause with the most bound ends, and evaluates a pattern by a
/// breadth-first search over the product of the graph and the path's automaton from the bound end (backwards
/// with the inverse automaton when only the object is bound). Each search is linear in the edges it reaches; a
/// pattern with both ends unbound searches once from each candidate node. Results are sorted by node order.
public struct QueryEngine: Sendable {
    /// The graph queried.
    public let graph: ArgumentGraph
    /// The adjacency index the searches walk.
    public let index: AdjacencyIndex
    /// How the titles in queries (`[T]`, `<T>`) are matched: exactly unless asked otherwise.
    public let titles: TitleMatching

    /// An engine over `graph`; builds its adjacency index in O(nodes + relations + pcs size). With
    /// `premiseSupports` (the default) `supports` also walks premise links (a premise supports its argument);
    /// `premise` walks them either way.
    public init(_ graph: ArgumentGraph, titles: TitleMatching = .exact, premiseSupports: Bool = true) {
        self.graph = graph
        index = AdjacencyIndex(graph, premiseSupports: premiseSupports)
        self.titles = titles
    }

    /// Parses and evaluates `text`.
    /// - Throws: ``QueryError`` for syntax errors and unknown or ambiguous titles.
    public func evaluate(_ text: String, explain: Bool = false) throws(QueryError) -> QueryResult {
        try evaluate(try Query.parse(text), explain: explain)
    }

    /// Evaluates `query`; with `explain`, adds one shortest proof per row and positive pattern.
    /// - Throws: ``QueryError`` when a node title is unknown or ambiguous (with the candidates).
    public func evaluate(_ query: Query, explain: Bool = false) throws(QueryError) -> QueryResult {
        var compiler = QueryCompiler(graph: graph, titles: titles)
        for v in query.variables { _ = compiler.slot(v) }
        let clauses = try compiler.compile(query.clauses)
        let solver = QuerySolver(graph: graph, index: index, tags: compiler.slotTags, triples: compiler.triples)
        let full = solver.solve(clauses, rows: [[Int](repeating: -1, count: compiler.slotTags.count)], bound: [])

        // Rows are distinct on all slots (each clause extends distinct rows with distinct values), so projecting
        // needs deduplication only when hidden slots (tag terms) were bound.
        let columns = query.variables.map { compiler.slots[$0] ?? 0 }
        let hidden = compiler.slotTags.contains { $0 != nil }
        var keys: [[Int]] = []
        var firstFull: [[Int]] = []
        if hidden {
            var seen = Set<[Int]>()
            for row in full {
                let key = columns.map { row[$0] }
                if seen.insert(key).inserted {
                    keys.append(key)
                    firstFull.append(row)
                }
            }
        } else {
            keys = columns == Array(0..<compiler.slotTags.count) ? full : full.map { row in columns.map { row[$0] } }
            firstFull = full
        }
        var order = Array(keys.indices)
        if columns.count == 1 {
            order.sort { keys[$0][0] < keys[$1][0] }
        } else {
            order.sort { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        }
        var proofs: [[PatternProof]] = []
        if explain {
            let topTriples = clauses.compactMap { if case .triple(let i) = $0 { i } else { nil } }
            for i in order {
                proofs.append(topTriples.compactMap { solver.proof(triple: $0, row: firstFull[i]) })
            }
        }
        return QueryResult(
            variables: query.variables, rows: order.map { keys[$0].map(NodeID.init) }, proofs: proofs,
            edgesTraversed: solver.edgesTraversed)
    }
}

// MARK: - Compilation

/// A term after title resolution: a fixed node or a variable slot.
enum CompiledTerm {
    case constant(Int)
    case slot(Int)
}

/// A pattern ready to run.
struct CompiledTriple {
    var subject: CompiledTerm
    var object: CompiledTerm
    var path: PathExpression
    var pattern: TriplePattern
}

/// A clause ready to run; triples are indices into the solver's triple list.
indirect enum CompiledClause {
    case triple(Int)
    case filter(slot: Int, QueryFilter)
    case not([CompiledClause])
}

/// Resolves titles and numbers variables. Tag terms become hidden slots restricted to the tag.
struct QueryCompiler {
    let graph: ArgumentGraph
    let resolver: TitleResolver
    var slots: [String: Int] = [:]
    var slotTags: [String?] = []
    var triples: [CompiledTriple] = []

    init(graph: ArgumentGraph, titles: TitleMatching) {
        self.graph = graph
        resolver = TitleResolver(graph, matching: titles)
    }

    mutating func slot(_ name: String) -> Int {
        if let s = slots[name] { return s }
        slotTags.append(nil)
        slots[name] = slotTags.count - 1
        return slotTags.count - 1
    }

    mutating func term(_ term: QueryTerm, column: Int) throws(QueryError) -> CompiledTerm {
        switch term {
        case .variable(let v): return .slot(slot(v))
        case .tag(let t):
            slotTags.append(t)
            return .slot(slotTags.count - 1)
        case .node(let typed):
            do {
                return .constant(try resolver.resolve(typed).index)
            } catch {
                switch error {
                case .empty: throw QueryError(error.description, column: column, code: error.code)
                case .unknown(_, let suggestions): throw QueryError(error.description, column: column, candidates: suggestions, code: error.code)
                case .ambiguous(_, let candidates): throw QueryError(error.description, column: column, candidates: candidates, code: error.code)
                }
            }
        }
    }

    mutating func compile(_ clauses: [QueryClause]) throws(QueryError) -> [CompiledClause] {
        var out: [CompiledClause] = []
        for clause in clauses {
            switch clause {
            case .pattern(let p):
                let s = try term(p.subject, column: p.subjectColumn)
                let o = try term(p.object, column: p.objectColumn)
                triples.append(CompiledTriple(subject: s, object: o, path: p.path, pattern: p))
                out.append(.triple(triples.count - 1))
            case .filter(let f):
                out.append(.filter(slot: slot(f.variable), f))
            case .not(let inner):
                out.append(.not(try compile(inner)))
            }
        }
        return out
    }
}

// MARK: - Solving

/// Joins clauses over rows of slot values (-1 = unbound). One instance per evaluation.
final class QuerySolver {
    let graph: ArgumentGraph
    let index: AdjacencyIndex
    let tags: [String?]
    let triples: [CompiledTriple]
    private var forward: [Int: PathSearcher] = [:]
    private var backward: [Int: PathSearcher] = [:]
    private var forwardCache: [Int: [Int: [Int]]] = [:]
    private var backwardCache: [Int: [Int: [Int]]] = [:]

    init(graph: ArgumentGraph, index: AdjacencyIndex, tags: [String?], triples: [CompiledTriple]) {
        self.graph = graph
        self.index = index
        self.tags = tags
        self.triples = triples
    }

    var edgesTraversed: Int {
        forward.values.reduce(0) { $0 + $1.edgesTraversed } + backward.values.reduce(0) { $0 + $1.edgesTraversed }
    }

    private func searcher(_ triple: Int, inverse: Bool) -> PathSearcher {
        if inverse {
            if let s = backward[triple] { return s }
            let s = PathSearcher(graph: graph, automaton: PathAutomaton(.inverse(triples[triple].path)), index: index)
            backward[triple] = s
            return s
        }
        if let s = forward[triple] { return s }
        let s = PathSearcher(graph: graph, automaton: PathAutomaton(triples[triple].path), index: index)
        forward[triple] = s
        return s
    }

    /// The nodes `triple`'s path reaches from `node`, remembered per (triple, node) when `remember` (a search that
    /// may come again for another row; a pass over every node for a single row would only fill the memory).
    private func reach(_ triple: Int, from node: Int, inverse: Bool, remember: Bool = true) -> [Int] {
        if let cached = (inverse ? backwardCache : forwardCache)[triple]?[node] { return cached }
        let found = searcher(triple, inverse: inverse).reach(from: NodeID(node)).map(\.node.index)
        guard remember else { return found }
        if inverse { backwardCache[triple, default: [:]][node] = found } else { forwardCache[triple, default: [:]][node] = found }
        return found
    }

    private func hasTag(_ node: Int, _ tag: String) -> Bool {
        let t = tag.lowercased()
        return graph.nodes[node].tags.contains { $0.lowercased() == t }
    }

    private func isTagSlot(_ term: CompiledTerm) -> Bool {
        if case .slot(let s) = term { return tags[s] != nil }
        return false
    }

    private func value(_ term: CompiledTerm, _ row: [Int]) -> Int? {
        switch term {
        case .constant(let n): n
        case .slot(let s): row[s] >= 0 ? row[s] : nil
        }
    }

    /// `row` with `term` bound to `node`, or nil when it conflicts (or a tag slot's node lacks the tag).
    private func bind(_ term: CompiledTerm, _ node: Int, _ row: [Int]) -> [Int]? {
        switch term {
        case .constant(let n): return n == node ? row : nil
        case .slot(let s):
            if row[s] >= 0 { return row[s] == node ? row : nil }
            if let tag = tags[s], !hasTag(node, tag) { return nil }
            var r = row
            r[s] = node
            return r
        }
    }

    /// Whether `node` passes `filter`. Reads the node's fields in place (a filter on an unbound variable runs
    /// over every node: copying each whole node cost more than the test).
    private func matches(_ filter: QueryFilter, _ node: Int) -> Bool {
        let nodes = graph.nodes
        switch filter {
        case .kind(_, let kind): return nodes[node].kind == kind
        case .hasTag(_, let tag): return hasTag(node, tag)
        case .text(_, let word):
            let w = word.lowercased()
            return nodes[node].title.lowercased().contains(w) || (nodes[node].text?.lowercased().contains(w) ?? false)
        }
    }

    private func isBound(_ term: CompiledTerm, _ bound: Set<Int>) -> Bool {
        if case .slot(let s) = term { return bound.contains(s) }
        return true
    }

    private func score(_ clause: CompiledClause, _ bound: Set<Int>) -> Int {
        switch clause {
        case .filter(let slot, _): return bound.contains(slot) ? 100 : 20
        case .triple(let i):
            let t = triples[i]
            let ends = (isBound(t.subject, bound) ? 1 : 0) + (isBound(t.object, bound) ? 1 : 0)
            if ends > 0 { return 70 + 10 * ends }
            if case .slot(let s) = t.subject, tags[s] != nil { return 10 }
            if case .slot(let o) = t.object, tags[o] != nil { return 10 }
            return 0
        case .not: return -1
        }
    }

    private func slots(of clause: CompiledClause) -> [Int] {
        switch clause {
        case .filter(let slot, _): return [slot]
        case .triple(let i):
            return [triples[i].subject, triples[i].object].compactMap { if case .slot(let s) = $0 { s } else { nil } }
        case .not: return []
        }
    }

    /// All extensions of `rows` satisfying `clauses`; `bound` are the slots bound in every row.
    func solve(_ clauses: [CompiledClause], rows start: [[Int]], bound start0: Set<Int>) -> [[Int]] {
        var rows = start
        var bound = start0
        var remaining = clauses.filter { if case .not = $0 { false } else { true } }
        while !remaining.isEmpty, !rows.isEmpty {
            var best = 0
            for i in remaining.indices where score(remaining[i], bound) > score(remaining[best], bound) { best = i }
            let clause = remaining.remove(at: best)
            switch clause {
            case .triple(let i): rows = apply(triple: i, rows)
            case .filter(let slot, let f): rows = apply(filter: f, slot: slot, rows)
            case .not: break
            }
            bound.formUnion(slots(of: clause))
        }
        for clause in clauses {
            guard case .not(let inner) = clause else { continue }
            rows = rows.filter { solve(inner, rows: [$0], bound: bound).isEmpty }
        }
        return rows
    }

    private func apply(filter: QueryFilter, slot: Int, _ rows: [[Int]]) -> [[Int]] {
        var out: [[Int]] = []
        for row in rows {
            if row[slot] >= 0 {
                if matches(filter, row[slot]) { out.append(row) }
            } else {
                for n in graph.nodes.indices where matches(filter, n) {
                    if let r = bind(.slot(slot), n, row) { out.append(r) }
                }
            }
        }
        return out
    }

    private func apply(triple i: Int, _ rows: [[Int]]) -> [[Int]] {
        let t = triples[i]
        // Distinct input rows extended by distinct reached nodes stay distinct: no deduplication needed.
        var out: [[Int]] = []
        // With one row, a search from every node runs once each: nothing to remember.
        let remember = rows.count > 1
        func emit(_ r: [Int]?) {
            if let r { out.append(r) }
        }
        for row in rows {
            if let s = value(t.subject, row) {
                for m in reach(i, from: s, inverse: false) { emit(bind(t.object, m, row)) }
            } else if let o = value(t.object, row) {
                for m in reach(i, from: o, inverse: true) { emit(bind(t.subject, m, row)) }
            } else if case .slot(let o) = t.object, tags[o] != nil, !isTagSlot(t.subject) {
                // Only the object is restricted (to a tag): search backwards from the tagged nodes.
                for n in graph.nodes.indices {
                    guard let r = bind(t.object, n, row) else { continue }
                    for m in reach(i, from: n, inverse: true, remember: remember) { emit(bind(t.subject, m, r)) }
                }
            } else {
                for n in graph.nodes.indices {
                    guard let r = bind(t.subject, n, row) else { continue }
                    for m in reach(i, from: n, inverse: false, remember: remember) { emit(bind(t.object, m, r)) }
                }
            }
        }
        return out
    }

    /// A shortest proof of triple `i` in a solved row.
    func proof(triple i: Int, row: [Int]) -> PatternProof? {
        let t = triples[i]
        guard let s = value(t.subject, row), let o = value(t.object, row),
            let steps = searcher(i, inverse: false).shortestPath(from: NodeID(s), to: NodeID(o))
        else { return nil }
        return PatternProof(pattern: t.pattern, steps: steps, subject: NodeID(s), object: NodeID(o))
    }
}
