import ArgumentFormats
import ArgumentModel
import Foundation

/// `corpus`: generates a corpus of brat essays and of AIF nodeset files in a temporary folder, then times reading
/// them from disk (as `argmap convert`/`stats` do) and merging the AIF files into one graph.
enum CorpusBenchmark {
    static var program: BenchmarkProgram {
        BenchmarkProgram(
        name: "corpus",
        summary: "load 400 generated brat essays and 2,000 AIF files [--essays N] [--aif N] [--repeats N]",
        run: run)
    }

    static func run(_ arguments: [String]) throws {
        var essays = 400, aifFiles = 2_000, repeats = 3
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? Int(arguments[i + 1]) : nil
            switch (arguments[i], value) {
            case ("--essays", let v?): essays = v
            case ("--aif", let v?): aifFiles = v
            case ("--repeats", let v?): repeats = v
            default: throw BenchmarkError.usage("unknown option \(arguments[i]); use --essays N --aif N --repeats N")
            }
            i += 2
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-corpus-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let bratFolder = folder.appendingPathComponent("brat"), aifFolder = folder.appendingPathComponent("aif")
        try FileManager.default.createDirectory(at: bratFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: aifFolder, withIntermediateDirectories: true)
        var bratBytes = 0, aifBytes = 0
        for e in 0..<essays {
            let (txt, ann) = essay(e)
            try txt.write(to: bratFolder.appendingPathComponent(String(format: "essay%03d.txt", e)), atomically: false, encoding: .utf8)
            try ann.write(to: bratFolder.appendingPathComponent(String(format: "essay%03d.ann", e)), atomically: false, encoding: .utf8)
            bratBytes += txt.utf8.count + ann.utf8.count
        }
        for f in 0..<aifFiles {
            let json = nodeset(f)
            try json.write(to: aifFolder.appendingPathComponent("nodeset\(f).json"), atomically: false, encoding: .utf8)
            aifBytes += json.utf8.count
        }
        print("generated \(essays) brat essays (\(bratBytes / 1024) KiB) and \(aifFiles) AIF files (\(aifBytes / 1024) KiB)")

        var bratNodes = 0, bratRelations = 0, bratDiagnostics = 0
        let bratTime = try Timing.median(repeats: repeats) {
            (bratNodes, bratRelations, bratDiagnostics) = (0, 0, 0)
            for e in 0..<essays {
                let ann = try String(contentsOf: bratFolder.appendingPathComponent(String(format: "essay%03d.ann", e)), encoding: .utf8)
                let txt = try String(contentsOf: bratFolder.appendingPathComponent(String(format: "essay%03d.txt", e)), encoding: .utf8)
                let result = BratReader.read(annotations: ann, text: txt, file: "essay\(e).ann")
                bratNodes += result.graph.nodes.count
                bratRelations += result.graph.relations.count
                bratDiagnostics += result.diagnostics.count
            }
        }
        report("brat essays", files: essays, seconds: bratTime, nodes: bratNodes, relations: bratRelations, diagnostics: bratDiagnostics)

        var texts: [(text: String, file: String?)] = []
        var aifNodes = 0, aifRelations = 0, aifDiagnostics = 0
        let aifTime = try Timing.median(repeats: repeats) {
            (aifNodes, aifRelations, aifDiagnostics) = (0, 0, 0)
            texts = []
            for f in 0..<aifFiles {
                let text = try String(contentsOf: aifFolder.appendingPathComponent("nodeset\(f).json"), encoding: .utf8)
                texts.append((text, "nodeset\(f).json"))
                let result = AIFReader.read(text, file: "nodeset\(f).json")
                aifNodes += result.graph.nodes.count
                aifRelations += result.graph.relations.count
                aifDiagnostics += result.diagnostics.count
            }
        }
        report("AIF files", files: aifFiles, seconds: aifTime, nodes: aifNodes, relations: aifRelations, diagnostics: aifDiagnostics)

        var merged = ArgumentGraph.empty
        let mergeTime = Timing.median(repeats: repeats) { merged = AIFReader.merge(texts).graph }
        print("AIF merge (shared ids): \(Timing.format(mergeTime)) for \(aifFiles) files → \(merged.nodes.count) nodes, \(merged.relations.count) relations")
    }

    private static func report(_ what: String, files: Int, seconds: Double, nodes: Int, relations: Int, diagnostics: Int) {
        let rate = seconds > 0 ? Double(files) / seconds : 0
        print("\(what): \(Timing.format(seconds)) for \(files) files (\(String(format: "%.0f", rate)) files/s), \(nodes) nodes, \(relations) relations, \(diagnostics) diagnostics")
    }

    private static let words = ["cafés", "laptops", "students", "Zürich", "teachers", "should", "cooperation", "naïve",
                                "learning", "schools", "society", "Kraków", "technology", "children", "résumé", "work"]

    /// A deterministic sentence of `n` words.
    private static func sentence(_ seed: Int, _ n: Int) -> String {
        (0..<n).map { words[(seed &* 31 &+ $0 &* 7) % words.count] }.joined(separator: " ")
    }

    /// An essay of 5 paragraphs with 2 major claims, 4 claims and 10 premises, with its annotations.
    static func essay(_ e: Int) -> (String, String) {
        var text = "Essay \(e): should we \(sentence(e, 4))? 🙂\n\n"
        var ann: [String] = []
        var t = 0
        var majors: [Int] = [], claims: [Int] = []
        func component(_ label: String, _ seed: Int) -> Int {
            text += "Indeed, "
            let body = sentence(seed, 8 + seed % 5)
            let start = text.unicodeScalars.count
            text += body
            let end = text.unicodeScalars.count
            text += ". "
            t += 1
            ann.append("T\(t)\t\(label) \(start) \(end)\t\(body)")
            return t
        }
        majors.append(component("MajorClaim", e))
        for c in 0..<4 {
            let claim = component("Claim", e + c)
            claims.append(claim)
            ann.append("A\(claims.count)\tStance T\(claim) \(c % 3 == 2 ? "Against" : "For")\t")
            for p in 0..<(c % 2 == 0 ? 3 : 2) {
                let premise = component("Premise", e + c * 10 + p)
                ann.append("R\(ann.count)\t\(p == 2 ? "attacks" : "supports") Arg1:T\(premise) Arg2:T\(claim)\t")
            }
            text += "\n\n"
        }
        majors.append(component("MajorClaim", e + 99))
        return (text, ann.joined(separator: "\n") + "\n")
    }

    /// An AIFdb-style nodeset: 10 arguments of 2 linked premises each, 5 conflicts, one undercut, a dialogue layer.
    /// Node ids overlap between neighbouring files (as in a real corpus).
    static func nodeset(_ f: Int) -> String {
        var nodes: [String] = [], edges: [String] = []
        var edgeID = f * 1000
        func node(_ id: Int, _ type: String, _ text: String) {
            nodes.append("{\"nodeID\":\"\(id)\",\"text\":\(jsonString(text)),\"type\":\"\(type)\",\"timestamp\":\"2019-03-0\(f % 9 + 1) 10:00:00\"}")
        }
        func edge(_ a: Int, _ b: Int) {
            edgeID += 1
            edges.append("{\"edgeID\":\"\(edgeID)\",\"fromID\":\"\(a)\",\"toID\":\"\(b)\",\"formEdgeID\":null}")
        }
        let base = f * 100
        let conclusion = base + 50   // shared with the next file's base - 50
        node(conclusion, "I", sentence(f, 6))
        for a in 0..<10 {
            let p1 = base + a * 4 + 1, p2 = p1 + 1, ra = p1 + 2, l = p1 + 3
            node(p1, "I", sentence(f + a, 7))
            node(p2, "I", sentence(f + a + 1, 9))
            node(ra, "RA", "Default Inference")
            edge(p1, ra); edge(p2, ra); edge(ra, a == 0 ? conclusion : base + (a - 1) * 4 + 1)
            node(l, "L", "Speaker \(a): \(sentence(a, 5))")
            node(base + 60 + a, "YA", "Asserting")
            edge(l, base + 60 + a); edge(base + 60 + a, p1)
            if a % 2 == 0 {
                node(base + 70 + a, "CA", "Default Conflict")
                edge(p2, base + 70 + a); edge(base + 70 + a, a == 0 ? conclusion : base + (a - 1) * 4 + 2)
            }
        }
        node(base + 90, "I", sentence(f + 3, 5))
        node(base + 91, "CA", "Default Conflict")
        edge(base + 90, base + 91); edge(base + 91, base + 3)
        if f > 0 {   // the previous file's conclusion reappears here
            node(base - 50, "I", sentence(f - 1, 6))
            node(base + 92, "MA", "Default Rephrase")
            edge(base - 50, base + 92); edge(base + 92, conclusion)
        }
        return "{\"nodes\":[\(nodes.joined(separator: ","))],\"edges\":[\(edges.joined(separator: ","))],\"locutions\":[]}"
    }

    /// `s` as a JSON string literal (backslashes and quotes escaped).
    static func jsonString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

