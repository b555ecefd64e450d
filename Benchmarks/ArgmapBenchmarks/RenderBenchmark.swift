import ArgumentModel
import ArgumentRendering
import CMimalloc
import Foundation

/// `render`: lays out and renders a generated argument-like map in-process (libgvc) and, when a `dot` binary is
/// on the PATH, through `dot -Tsvg` on the same DOT text; prints both times and their ratio.
///
/// Rounds alternate in-process and child-process renders in ABBA order; medians of wall and CPU time are compared (the machine
/// may be shared: CPU time is the steadier measure). Options: `--nodes N` (default 2000), `--cross N` extra
/// long-range links (default nodes / 2), `--deep` (chain-shaped map), `--no-limits` (drop the layout bounds),
/// `--layout ENGINE`, `--repeats N` (default 15), `--seed N`, `--keep FOLDER` (write map.dot / map.svg there).
enum RenderBenchmark {
    static var program: BenchmarkProgram { BenchmarkProgram(
        name: "render",
        summary: "2,000-node map: in-process libgvc vs `dot -Tsvg` on the same DOT",
        run: run) }

    static func run(_ arguments: [String]) throws {
        var nodes = 2000, cross: Int?, seed: UInt64 = 1917, keep: String?, deep = false, repeats = 15
        var options = RenderOptions()
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--nodes": nodes = Int(value) ?? nodes; i += 1
            case "--cross": cross = Int(value); i += 1
            case "--seed": seed = UInt64(value) ?? seed; i += 1
            case "--repeats": repeats = max(1, Int(value) ?? repeats); i += 1
            case "--keep": keep = value; i += 1
            case "--no-limits": options.boundedLayout = false
            case "--deep": deep = true
            case "--layout": options.layout = LayoutEngine(rawValue: value) ?? .dot; i += 1
            default: throw BenchmarkError("unknown option \(arguments[i])")
            }
            i += 1
        }
        let graph = generateMap(nodes: nodes, crossLinks: cross ?? nodes / 2, seed: seed, deep: deep)
        let dot = DOTWriter(options: options).write(graph)
        print("map: \(graph.nodes.count) nodes, \(graph.relations.count) relations, \(graph.sections.count) sections; DOT \(dot.utf8.count) bytes")
        print("layout: \(options.layout.rawValue), limits \(options.boundedLayout ? "on" : "off"), shape \(deep ? "deep chains" : "trees")")
        print("memory allocator in this process (as in argmap's): \(String(cString: argmap_allocator_description())); dot uses its own")

        let engine = options.layout
        // Graphviz starts once per process (plugins, fonts): a warm-up job keeps that out of the timing.
        _ = try blocking { try await Graphviz.shared.render(dot: "digraph { a -> b }", format: .svg, engine: engine) }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-render-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dotFile = folder.appendingPathComponent("map.dot"), svgFile = folder.appendingPathComponent("map.svg")
        try Data(dot.utf8).write(to: dotFile)
        let dotBinary = findExecutable("dot")
        if dotBinary == nil { print("dot binary: not found on PATH (apt-get install graphviz); no comparison") }

        var inProcess: [(wall: Double, cpu: Double)] = [], external: [(wall: Double, cpu: Double)] = []
        var svg = Data()
        var same = true
        func renderInProcess(_ round: Int) throws {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuBefore = cpuSeconds(children: false)
            let output = try blocking { try await Graphviz.shared.render(dot: dot, format: .svg, engine: engine) }
            svg = output.data
            inProcess.append((Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuSeconds(children: false) - cpuBefore))
            // Graphviz frees the job's graph in a follow-up job; wait for it outside the timing, so that it is not
            // counted in the next round's render (which would queue behind it).
            _ = try blocking { try await Graphviz.shared.availablePlugins(kind: "layout", among: ["dot"]) }
            print("round \(round) in-process (libgvc): \(Timing.format(inProcess.last!.wall)) wall, \(Timing.format(inProcess.last!.cpu)) CPU, SVG \(output.data.count) bytes, \(output.diagnostics.count) warnings")
        }
        func renderWithDot(_ round: Int, _ dotBinary: String) throws {
            let childrenBefore = cpuSeconds(children: true)
            let (wall, status) = try runChild(dotBinary, ["-K\(engine.rawValue)", "-Tsvg", dotFile.path, "-o", svgFile.path])
            external.append((wall, cpuSeconds(children: true) - childrenBefore))
            guard status == 0 else { throw BenchmarkError("dot exited with \(status)") }
            same = same && (try? Data(contentsOf: svgFile)) == svg
            print("round \(round) dot -Tsvg (child process): \(Timing.format(external.last!.wall)) wall, \(Timing.format(external.last!.cpu)) CPU")
        }
        // ABBA order (in-process first in odd rounds, dot first in even ones), so a drift in the machine's speed
        // during the run does not favour either side.
        for round in 1...repeats {
            guard let dotBinary else { try renderInProcess(round); continue }
            if round % 2 == 1 {
                try renderInProcess(round)
                try renderWithDot(round, dotBinary)
            } else {
                try renderWithDot(round, dotBinary)
                try renderInProcess(round)
            }
        }
        if let keep {
            try Data(dot.utf8).write(to: URL(fileURLWithPath: keep).appendingPathComponent("map.dot"))
            try svg.write(to: URL(fileURLWithPath: keep).appendingPathComponent("map.svg"))
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let inWall = median(inProcess.map(\.wall)), inCPU = median(inProcess.map(\.cpu))
        print("in-process median of \(repeats): \(Timing.format(inWall)) wall, \(Timing.format(inCPU)) CPU")
        guard !external.isEmpty else { return }
        let exWall = median(external.map(\.wall)), exCPU = median(external.map(\.cpu))
        print("dot -Tsvg median of \(repeats): \(Timing.format(exWall)) wall, \(Timing.format(exCPU)) CPU; same SVG bytes: \(same ? "yes" : "no")")
        // Each round's two renders ran back to back, so their ratio is the least disturbed by the machine's speed
        // drifting during the run (on a shared host it swings by tens of percent over a minute); the verdict is the
        // median of those paired ratios. The ratio of the fastest runs and of the medians are printed beside it.
        let paired = zip(inProcess, external).map { $0.wall / $1.wall }
        let pairedCPU = zip(inProcess, external).map { $0.cpu / $1.cpu }
        let ratio = median(paired), cpuRatio = median(pairedCPU)
        let fastest = (inProcess.map(\.wall).min() ?? 0) / (external.map(\.wall).min() ?? 1)
        func verdict(_ r: Double) -> String { r <= 1.05 ? "ok, not slower than 1.05x" : "SLOWER than 1.05x" }
        print("paired ratios (in-process / dot, per round): " + paired.map { String(format: "%.2f", $0) }.joined(separator: " "))
        print(String(format: "ratio of medians %.3f wall; ratio of fastest runs %.3f wall", inWall / exWall, fastest))
        print(String(format: "ratio in-process / dot (median of %d paired rounds): %.3f wall (%@), %.3f CPU (%@)",
                     paired.count, ratio, verdict(ratio), cpuRatio, verdict(cpuRatio)))
    }

    /// A map shaped like real ones: parts of 100 nodes (sections drawn as groups), each a tree of reasons and
    /// objections a few levels deep, 30% arguments, some tags, plus `crossLinks` long links between random nodes
    /// anywhere in the map (supports, attacks, contradictions, undercuts).
    /// With `deep`, each node answers one of the 40 nodes before it instead: chains about 100 ranks deep, the
    /// shape on which Graphviz's defaults do not finish (long links then span dozens of ranks).
    static func generateMap(nodes: Int, crossLinks: Int, seed: UInt64, deep: Bool = false) -> ArgumentGraph {
        var random = SplitMix64(seed: seed)
        var b = GraphBuilder()
        var section: SectionID?
        var ids: [NodeID] = []
        for i in 0..<nodes {
            if i % 100 == 0 { section = b.addSection(title: "Part \(i / 100 + 1)", level: 1) }
            let isArgument = random.below(100) < 30
            let id = b.node(isArgument ? .argument : .statement, title: "\(isArgument ? "Argument" : "Claim") \(i)")
            let words = (0..<(8 + random.below(20))).map { _ in ["soviet", "power", "war", "peace", "land", "bread", "party", "army", "Petrograd", "congress"][random.below(10)] }
            b.update(id) {
                $0.text = words.joined(separator: " ")
                $0.section = section
                if random.below(10) == 0 { $0.tags = ["tag\(random.below(5))"] }
            }
            // Within a part: a random recursive tree (each node answers a random earlier node of its part, so the
            // part is a few levels deep); a part's first node answers a random node of an earlier part.
            let partStart = i - i % 100
            if deep, i > 0, i % 250 != 0 {
                let parent = ids[max(0, i - 1 - random.below(min(i, 40)))]
                b.addRelation(from: id, to: parent, type: random.below(3) == 0 ? .attack : .support)
            } else if deep {
                // a new chain starts
            } else if i > partStart {
                let parent = ids[partStart + random.below(i - partStart)]
                b.addRelation(from: id, to: parent, type: random.below(3) == 0 ? .attack : .support)
            } else if i > 0 {
                b.addRelation(from: id, to: ids[random.below(i)], type: .support)
            }
            ids.append(id)
        }
        for _ in 0..<crossLinks {
            let a = ids[random.below(nodes)], c = ids[random.below(nodes)]
            guard a != c else { continue }
            let roll = random.below(10)
            let type: RelationType = roll < 5 ? .support : roll < 8 ? .attack : roll < 9 ? .contradictory : .undercut
            if type == .undercut, b[c].kind != .argument { continue }
            if type == .contradictory, b[a].kind != .statement || b[c].kind != .statement { continue }
            b.addRelation(from: a, to: c, type: type)
        }
        return b.build()
    }

    static func findExecutable(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

/// Runs `path` with `arguments` and waits for it: its wall time in seconds, from spawning to reaping, and its exit
/// status. (Foundation's `Process.waitUntilExit` notices the exit on a 50 ms poll, which rounds a child's time up.)
func runChild(_ path: String, _ arguments: [String]) throws -> (wall: Double, status: Int32) {
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawn(&pid, path, nil, nil, argv, environ)
    guard spawned == 0 else { throw BenchmarkError("could not start \(path): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // Exited normally: the exit code; killed by a signal: 128 + the signal, as shells report it.
    return (wall, status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f))
}

/// User plus system CPU seconds of this process (`RUSAGE_SELF`) or of its waited-for children.
func cpuSeconds(children: Bool) -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(children ? __rusage_who_t(RUSAGE_CHILDREN.rawValue) : __rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}


/// Runs an async throwing body to completion from synchronous code.
func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    guard let result = box.result else { throw BenchmarkError("task finished without a result") }
    return try result.get()
}

/// Carries a task's result back to the waiting thread (written before the semaphore signals, read after).
final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
