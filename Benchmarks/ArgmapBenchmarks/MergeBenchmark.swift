import ArgumentFormats
import ArgumentModel
import Foundation

/// `merge`: `argmap convert --merge` on a generated dialogue-layer corpus (issue 18 item 6: 1,500 files in under
/// 10 s and 400 MB).
///
/// The corpus imitates an AIFdb dialogue corpus such as QT30: every nodeset file holds 20 turns, each a locution
/// (`L`) asserting (`YA`) a proposition (`I`), turns joined by transitions (`TA`), and between consecutive
/// propositions an inference (`RA`), a conflict (`CA`) or a rephrase (`MA`) anchored in its transition by a `YA`;
/// speakers' locutions also appear in `locutions`. Every 10th file repeats the previous file's last proposition (a
/// `nodeID` shared across files, as in real corpora). Each size runs in its own child process, which reads the
/// files from disk, merges them with ``AIFReader/merge(_:limits:)`` and writes the merged graph as AIF, as the
/// command does; the table gives CPU and wall time, peak memory and the growth exponent between sizes.
/// Options: `--files N` (largest size, default 1,500; the run also measures N/4 and N/2), `--repeats N`.
enum MergeBenchmark {
    static var program: BenchmarkProgram {
        BenchmarkProgram(
            name: "merge",
            summary: "convert --merge on 375/750/1,500 generated dialogue-layer AIF files: time, memory, growth",
            run: run)
    }

    static func run(_ arguments: [String]) throws {
        var files = 1_500, repeats = 3, caseFolder: String?, caseCount = 0
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--files": files = max(4, Int(value) ?? files)
            case "--repeats": repeats = max(1, Int(value) ?? repeats)
            case "--case": caseFolder = value
            case "--count": caseCount = Int(value) ?? 0
            default: throw BenchmarkError.usage("unknown option \(arguments[i]); use --files N --repeats N")
            }
            i += 2
        }
        if let caseFolder { return try runCase(folder: caseFolder, count: caseCount, repeats: repeats) }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-merge-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = 0
        for f in 0..<files {
            let text = nodeset(f)
            bytes += text.utf8.count
            try text.write(to: folder.appendingPathComponent(fileName(f)), atomically: false, encoding: .utf8)
        }
        print("generated \(files) dialogue-layer nodeset files (\(bytes / 1_048_576) MiB); merge + AIF write, best of \(repeats), each size in its own process")
        print("files      nodes  relations   cpu time  wall time  peak MiB (after merge)  growth (cpu)")
        var previous: (files: Int, seconds: Double)?
        var failures: [String] = []
        var worst = 0.0
        for count in [files / 4, files / 2, files] {
            let child = try ChildProcess.run(["merge", "--case", folder.path, "--count", "\(count)", "--repeats", "\(repeats)"])
            let fields = child.output.split(whereSeparator: \.isWhitespace)
            guard child.status == 0, fields.count >= 6, let cpu = Double(fields[0]), let wall = Double(fields[1]),
                let nodes = Int(fields[2]), let relations = Int(fields[3]), let mergePeak = Double(fields[5])
            else { throw BenchmarkError("merge of \(count) files: the child failed (status \(child.status)): \(child.output)") }
            var growth = ""
            if let p = previous, let e = Timing.growthExponent(from: (Double(p.files), p.seconds), to: (Double(count), cpu)) {
                growth = String(format: "%.2f", e)
                worst = max(worst, e)
            }
            print(String(format: "%5d %10d %10d %10@ %10@ %9.0f (%5.0f)        %@", count, nodes, relations, Timing.format(cpu) as NSString,
                Timing.format(wall) as NSString, child.peakMB, mergePeak / 1024, growth as NSString))
            if count == files, files >= 1_500 {
                if wall >= 10 { failures.append(String(format: "%.1f s ≥ 10 s", wall)) }
                if child.peakMB >= 400 { failures.append(String(format: "%.0f MiB ≥ 400", child.peakMB)) }
            }
            previous = (count, cpu)
        }
        if worst > 1.3 { failures.append(String(format: "growth exponent %.2f > 1.3", worst)) }
        print(failures.isEmpty ? "verdict: every target met (under 10 s and 400 MB at 1,500 files, growth ≤ 1.3)"
            : "verdict: NOT MET: " + failures.joined(separator: "; "))
    }

    /// The child's work: reads the first `count` files of `folder`, merges them and writes AIF, `repeats` times;
    /// prints the best CPU and wall seconds and the merged graph's size.
    static func runCase(folder: String, count: Int, repeats: Int) throws {
        var bestCPU = Double.infinity, bestWall = Double.infinity
        var nodes = 0, relations = 0, written = 0, mergePeak = 0
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds, startCPU = QueryBenchmark.cpuSeconds()
            // Read lazily, as the command does: one file's text at a time.
            let files = (0..<count).lazy.map { f -> (text: String, file: String?) in
                let name = fileName(f)
                return ((try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? "", name)
            }
            let result = AIFReader.merge(files)
            if mergePeak == 0 { mergePeak = ReaderBenchmark.peakResidentKiB() }
            written &+= AIFWriter.write(result.graph).utf8.count
            bestCPU = min(bestCPU, QueryBenchmark.cpuSeconds() - startCPU)
            bestWall = min(bestWall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            (nodes, relations) = (result.graph.nodes.count, result.graph.relations.count)
        }
        print("\(bestCPU) \(bestWall) \(nodes) \(relations) \(written) \(mergePeak)")
    }

    static func fileName(_ f: Int) -> String { String(format: "nodeset%05d.json", f) }

    /// One dialogue-layer nodeset file (about 100 nodes and 120 edges). Node ids are unique across the corpus
    /// except that every 10th file asserts the previous file's last proposition again.
    static func nodeset(_ f: Int) -> String {
        var nodes: [String] = [], edges: [String] = [], locutions: [String] = []
        var next = f * 1_000
        func node(_ type: String, _ text: String, id: Int? = nil) -> Int {
            let id = id ?? { next += 1; return next }()
            nodes.append(#"{"nodeID":"\#(id)","type":"\#(type)","text":\#(JSONDataWriter.writeCompact(.string(text))),"timestamp":"2020-05-0\#(f % 9 + 1) 10:\#(String(format: "%02d", nodes.count % 60)):00"}"#)
            return id
        }
        func edge(_ a: Int, _ b: Int) {
            next += 1
            edges.append(#"{"edgeID":"\#(next)","fromID":"\#(a)","toID":"\#(b)","formEdgeID":null}"#)
        }
        var ls: [Int] = [], propositions: [Int] = []
        for k in 0..<20 {
            let l = node("L", "Speaker\(k % 3) : utterance \(k) of file \(f)")
            ls.append(l)
            locutions.append(#"{"nodeID":"\#(l)","personID":"\#(k % 3)","timestamp":"2020-05-01 10:00:\#(String(format: "%02d", k))","start":null,"end":null}"#)
            // Propositions have ids of their own range (the counter stays below 500 per file).
            let i = k == 0 && f % 10 == 9
                ? node("I", "proposition 19 of file \(f - 1)", id: (f - 1) * 1_000 + 519)
                : node("I", "proposition \(k) of file \(f)", id: f * 1_000 + 500 + k)
            propositions.append(i)
            let ya = node("YA", "Asserting")
            edge(l, ya)
            edge(ya, i)
            guard k > 0 else { continue }
            let ta = node("TA", "Default Transition")
            edge(ls[k - 1], ta)
            edge(ta, l)
            let (type, text, illocution) = [("RA", "Default Inference", "Arguing"), ("CA", "Default Conflict", "Disagreeing"),
                                            ("MA", "Default Rephrase", "Restating")][k % 3]
            let s = node(type, text)
            edge(propositions[k - 1], s)
            edge(s, i)
            let ya2 = node("YA", illocution)
            edge(ta, ya2)
            edge(ya2, s)
        }
        return #"{"nodes":[\#(nodes.joined(separator: ","))],"edges":[\#(edges.joined(separator: ","))],"locutions":[\#(locutions.joined(separator: ","))],"participants":[]}"#
    }
}
