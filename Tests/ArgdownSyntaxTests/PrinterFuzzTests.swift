import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// Deterministic pseudo-random graphs with awkward characters, printed and read back.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

enum RandomGraphs {
    static let pieces: [String] = [
        "a", "B", "z", "7", "42", "é", "ü", "🚩", "—", "“q”", "[", "]", "<", ">", "{", "}", "#", "\\", "@", "/", "//",
        "/*", "*/", "<!--", "-->", "*", "+", "-", "_", "(", ")", "(1)", "1.", "=", "===", ":", ",", ".", "'", "\"", "%",
        "&", "|", "~", "`", "^", "$", "?", "!", "><", "<+", "->", "_>", "--", "----", "word", "Untitled",
    ]

    /// Words joined by single spaces: no leading, trailing or repeated blanks (the reader folds those).
    static func phrase(_ r: inout SplitMix, words: Int) -> String {
        (0..<max(1, words)).map { _ in
            (0..<(1 + r.below(3))).map { _ in pieces[r.below(pieces.count)] }.joined()
        }.joined(separator: " ")
    }

    static func data(_ r: inout SplitMix) -> DataValue {
        var dict: [(String, DataValue)] = []
        for _ in 0..<(1 + r.below(3)) {
            let key = r.chance(50) ? "k\(r.below(100))" : phrase(&r, words: 1)
            let value: DataValue
            switch r.below(6) {
            case 0: value = .int(r.below(2000) - 1000)
            case 1: value = .double(Double(r.below(1000)) / 8)
            case 2: value = .bool(r.chance(50))
            case 3: value = .array([.string(phrase(&r, words: 2)), .int(r.below(9))])
            case 4: value = .object(["inner": .string(phrase(&r, words: 1))])
            default: value = .string(phrase(&r, words: 1 + r.below(4)))
            }
            if !dict.contains(where: { $0.0 == key }) && key != "isCanonical" && key != "isGroup" { dict.append((key, value)) }
        }
        return .object(.init(uniqueKeysWithValues: dict))
    }

    static func tag(_ r: inout SplitMix) -> String {
        let t = phrase(&r, words: 1 + r.below(2))
        return r.chance(50) || t.isEmpty ? "t\(r.below(20))" : t
    }

    static func graph(seed: UInt64) -> ArgumentGraph {
        var r = SplitMix(state: seed)
        var b = GraphBuilder()
        var used: Set<String> = []
        func title(_ r: inout SplitMix) -> String {
            while true {
                let t = phrase(&r, words: 1 + r.below(3))
                if !t.hasPrefix("Untitled"), used.insert(t).inserted { return t }
            }
        }
        var sections: [SectionID?] = [nil]
        for _ in 0..<r.below(3) {
            let parent = sections.last ?? nil
            let level = parent.map { b.sections[$0.index].level + 1 } ?? 1
            sections.append(b.addSection(title: phrase(&r, words: 1 + r.below(3)), level: level, parent: parent,
                                         tags: r.chance(30) ? [tag(&r)] : []))
        }
        var statements: [NodeID] = []
        var untitled = 0
        for _ in 0..<(2 + r.below(8)) {
            let isUntitled = r.chance(20)
            let name: String
            if isUntitled {
                untitled += 1
                name = "Untitled \(untitled)"
            } else {
                name = title(&r)
            }
            let id = b.node(.statement, title: name, isUntitled: isUntitled)
            // Untitled statements are numbered in document order, so the generator keeps them before all headings
            // (in node order), as the reader would have numbered them.
            // A statement without text belongs where it first occurs; the generator puts those first too.
            var text: String? = isUntitled || r.chance(90) ? phrase(&r, words: 1 + r.below(8)) : nil
            let section = isUntitled || text == nil ? nil : sections[r.below(sections.count)]
            var tags = r.chance(30) ? [tag(&r)] : []
            var ranges: [TextRange] = []
            if isUntitled, !tags.isEmpty, let phrase = text {
                // Argdown keeps tags in the text, and an untitled statement has no other place for them: its
                // tag is written at the end of its text, with a tag range.
                tags = ["t\(r.below(20))"]
                text = phrase + " #" + tags[0]
                ranges = [TextRange(.tag(tags[0]), start: phrase.utf8.count + 1, end: phrase.utf8.count + 2 + tags[0].utf8.count)]
            }
            let data = r.chance(30) ? data(&r) : .empty
            b.update(id) {
                $0.text = text
                $0.ranges = ranges
                $0.section = section
                $0.tags = tags
                $0.data = data
            }
            statements.append(id)
        }
        var arguments: [(NodeID, Bool)] = []
        for _ in 0..<r.below(4) {
            let id = b.node(.argument, title: title(&r))
            let reconstructed = statements.count >= 3 && r.chance(50)
            let section = sections[r.below(sections.count)]
            b.update(id) {
                $0.text = reconstructed && r.chance(30) ? nil : phrase(&r, words: 1 + r.below(6))
                $0.section = section
                if reconstructed {
                    let a = statements[r.below(statements.count)]
                    var c = statements[r.below(statements.count)]
                    if c == a { c = statements[(statements.firstIndex(of: a)! + 1) % statements.count] }
                    let rules = r.chance(50) ? [phrase(&r, words: 1).filter { $0 != "," && $0 != "-" }].filter { !$0.isEmpty } : []
                    $0.pcs = PremiseConclusionStructure(steps: [
                        .statement(PCSStatement(number: 1, statement: a, role: .premise)),
                        .inference(Inference(rules: rules, data: r.chance(30) ? data(&r) : .empty)),
                        .statement(PCSStatement(number: 2, statement: c, role: .mainConclusion)),
                    ])
                }
            }
            arguments.append((id, reconstructed))
        }
        // Relations the reader keeps as written: none start at a reconstructed argument, statements attack
        // only unreconstructed arguments (§6.2 may drop the others), undercuts target arguments.
        let sources = statements + arguments.filter { !$0.1 }.map(\.0)
        for _ in 0..<r.below(8) {
            let from = sources[r.below(sources.count)]
            let fromIsStatement = b[from].kind == .statement
            switch r.below(4) {
            case 0, 1:
                let targets = statements + arguments.map(\.0)
                let to = targets[r.below(targets.count)]
                if to == from { continue }
                if fromIsStatement && b[to].kind == .argument && b[to].pcs != nil { continue }
                b.addRelation(from: from, to: to, type: r.chance(50) ? .support : .attack)
            case 2:
                guard fromIsStatement else { continue }
                let to = statements[r.below(statements.count)]
                if to == from || b.hasRelation(from: to, to: from, type: .contradictory) { continue }
                b.addRelation(from: from, to: to, type: .contradictory)
            default:
                guard !arguments.isEmpty else { continue }
                let (to, reconstructed) = arguments[r.below(arguments.count)]
                if to == from { continue }
                b.addRelation(from: from, to: to, type: .undercut, inference: reconstructed ? 0 : nil)
            }
        }
        return b.build()
    }
}

@Suite struct PrinterFuzzTests {
    @Test(arguments: 0..<200)
    func randomGraphSurvivesPrintAndRead(seed: Int) {
        let graph = RandomGraphs.graph(seed: UInt64(seed))
        let text = ArgdownPrinter.print(graph)
        let result = ArgdownReader.read(text)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.headline))\n\(text)")
        let diffs = graph.structuralDifferences(from: result.graph)
        #expect(diffs.isEmpty, "\(diffs)\n\(text)")
    }
}
