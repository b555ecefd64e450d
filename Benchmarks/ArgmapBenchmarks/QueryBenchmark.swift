import ArgumentAnalysis
import ArgumentModel
import Foundation

/// `query`: times `?x supports+ [Root]` on generated maps of 250k, 500k and 1M relations (or the sizes given as
/// arguments) and prints the time, the relations examined and the time per relation, to show linear growth.
enum QueryBenchmark {
    static var program: BenchmarkProgram {
        BenchmarkProgram(
            name: "query",
            summary: "?x supports+ [Root] on generated maps up to 1,000,000 relations (linear in edges reached)",
            run: run)
    }

    static func run(_ args: [String]) throws {
        let sizes = args.compactMap(Int.init).filter { $0 > 0 }
        print("query: ?x supports+ [Root]   (median of 3; CPU time beside wall time, the machine may be shared)")
        for relations in sizes.isEmpty ? [250_000, 500_000, 1_000_000] : sizes {
            let graph = generate(relations: relations)
            let engine = QueryEngine(graph)  // builds the adjacency index: loading, not timed
            let query = try Query.parse("?x supports+ [Root]")
            var result = QueryResult(variables: [], rows: [])
            let (wall, cpu) = try measure { result = try engine.evaluate(query) }
            // The search alone (the product BFS behind the query), without building and sorting result rows.
            let root = graph.statement(titled: "Root") ?? NodeID(0)
            let automaton = PathAutomaton(.inverse(.oneOrMore(.predicate(.supports))))
            var reached = 0
            let (searchWall, searchCPU) = measure {
                reached = PathSearcher(graph: graph, automaton: automaton, index: engine.index).reach(from: root).count
            }
            let edges = Double(max(1, result.edgesTraversed))
            print("\(graph.relations.count) relations, \(graph.nodes.count) nodes: \(result.rows.count) supporters, "
                + "\(result.edgesTraversed) edges reached" + (reached == result.rows.count ? "" : " (MISMATCH)"))
            print("  query:  wall \(Timing.format(wall)), cpu \(Timing.format(cpu)) = "
                + String(format: "%.0f ns/edge", cpu / edges * 1e9))
            print("  search: wall \(Timing.format(searchWall)), cpu \(Timing.format(searchCPU)) = "
                + String(format: "%.0f ns/edge", searchCPU / edges * 1e9))
        }
    }

    /// Median wall and CPU seconds of three runs of `body`.
    static func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        var walls: [Double] = [], cpus: [Double] = []
        for _ in 0..<3 {
            let (w0, c0) = (DispatchTime.now().uptimeNanoseconds, cpuSeconds())
            try body()
            walls.append(Double(DispatchTime.now().uptimeNanoseconds - w0) / 1e9)
            cpus.append(cpuSeconds() - c0)
        }
        return (walls.sorted()[1], cpus.sorted()[1])
    }

    /// CPU time of this process so far.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// A map with `relations` relations over `relations / 2` claims: a support tree of fan-in 4 rooted at
    /// `Root`, plus cross supports (some pointing back down the tree, making cycles), attacks and contradictions.
    /// Deterministic (ArgumentModel's SplitMix64 with a fixed seed).
    static func generate(relations: Int) -> ArgumentGraph {
        var rng = SplitMix64(seed: 1917)
        var b = GraphBuilder()
        let count = max(2, relations / 2)
        var ids: [NodeID] = []
        ids.reserveCapacity(count)
        ids.append(b.node(.statement, title: "Root"))
        for i in 1..<count { ids.append(b.node(.statement, title: "Claim \(i)")) }
        for i in 1..<count { b.addRelation(from: ids[i], to: ids[(i - 1) / 4], type: .support) }
        var added = count - 1
        while added < relations {
            let x = Int(rng.next() % UInt64(count)), y = Int(rng.next() % UInt64(count))
            let type: RelationType = switch rng.next() % 10 {
            case 0..<5: .support
            case 5..<8: .attack
            case 8: .undercut
            default: .contradictory
            }
            if b.addRelation(from: ids[x], to: ids[y], type: type).inserted { added += 1 }
        }
        return b.build()
    }
}
