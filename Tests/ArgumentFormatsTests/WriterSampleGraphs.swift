import ArgumentModel
import Collections

/// Hand-built graphs for the JSON writer tests (the Argdown reader is developed in parallel).
enum WriterSamples {
    static func range(_ line: Int, _ column: Int, _ offset: Int, length: Int, file: String? = "m.argdown") -> SourceRange {
        SourceRange(
            file: file, start: SourcePosition(line: line, column: column, offset: offset),
            end: SourcePosition(line: line, column: column + length, offset: offset + length))
    }

    /// `[A]: Alpha. #t` and `<B>: Beta.` with `<B> +> [A]`.
    static var small: ArgumentGraph {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A")
        b.update(a) {
            $0.text = "Alpha."
            $0.tags = ["t"]
            $0.occurrences = [Occurrence(role: .definition, text: "Alpha.", range: range(1, 1, 0, length: 11), tags: ["t"])]
        }
        let arg = b.node(.argument, title: "B")
        b.update(arg) { $0.text = "Beta." }
        b.addRelation(from: arg, to: a, type: .support)
        return b.build()
    }

    /// Sections, metadata, pcs with named inference rules and data, undercut of a specific inference, derived
    /// supports, untitled nodes, data of every kind, awkward characters.
    static var rich: ArgumentGraph {
        var b = GraphBuilder()
        b.metadata = .object(["title": .string("Soviet \"power\""), "author": .string("Trotsky"), "model": .object(["mode": .string("loose")])])
        let s1 = b.addSection(title: "The October rising", level: 1, tags: ["history"], range: range(5, 1, 40, length: 20))
        let s2 = b.addSection(title: "Kornilov", level: 2, parent: s1, isGroup: false, data: .object(["color": .string("red")]))
        let power = b.node(.statement, title: "Soviet power")
        b.update(power) {
            $0.text = "All power must pass to the soviets."
            $0.tags = ["claim", "tag with spaces"]
            $0.data = .object(["by": .string("Lenin"), "weight": .double(0.5), "n": .int(-3), "ok": .bool(true), "none": .null,
                               "list": .array([.int(1), .string("two"), .object(["three": .int(3)])])])
            $0.section = s1
            $0.occurrences = [
                Occurrence(role: .definition, text: "All power must pass to the soviets.", range: range(7, 1, 60, length: 50),
                           tags: ["claim", "tag with spaces"], data: $0.data),
                Occurrence(role: .reference, range: range(20, 5, 300, length: 14)),
            ]
        }
        let weird = b.node(.statement, title: "Odd [title] <with> #hash {brace} \\ back")
        b.update(weird) {
            $0.text = "Text with \"quotes\", a tab\there, üñïçødé, emoji 🚩 and a \\ backslash: [x] <y> #z {w}."
            $0.section = s2
        }
        let untitled = b.node(.statement, title: "Untitled 1", isUntitled: true)
        b.update(untitled) { $0.text = "Some untitled claim."; $0.occurrences = [Occurrence(role: .untitled, text: "Some untitled claim.")] }
        let p2 = b.node(.statement, title: "Coup defeated")
        b.update(p2) { $0.text = "The August coup was defeated by the soviets."; $0.section = s2 }
        let conclusion = b.node(.statement, title: "Rising prepared")
        b.update(conclusion) { $0.text = "The rising was prepared."; $0.section = s2 }
        let kornilov = b.node(.argument, title: "Kornilov defeat")
        b.update(kornilov) {
            $0.text = "Defeating the August coup prepared the October rising."
            $0.section = s2
            $0.tags = ["pcs"]
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: p2, role: .premise, range: range(30, 1, 500, length: 10))),
                .statement(PCSStatement(number: 2, statement: power, role: .premise)),
                .inference(Inference(rules: ["Modus ponens", "Generalisation"], data: .object(["uses": .array([.int(1), .int(2)])]))),
                .statement(PCSStatement(number: 3, statement: untitled, role: .intermediaryConclusion)),
                .inference(Inference()),
                .statement(PCSStatement(number: 4, statement: conclusion, role: .mainConclusion)),
            ])
        }
        let objection = b.node(.argument, title: "Objection")
        b.update(objection) { $0.text = "The coup failed by itself."; $0.section = s2 }
        let bare = b.node(.argument, title: "Bare reference")
        b.update(bare) { $0.occurrences = [Occurrence(role: .reference, range: range(40, 1, 700, length: 16))] }
        b.addRelation(from: objection, to: kornilov, type: .undercut, inference: 0, range: range(31, 5, 520, length: 12))
        b.addRelation(from: weird, to: power, type: .attack, data: .object(["scheme": .string("CA")]))
        b.addRelation(from: power, to: weird, type: .contradictory)
        b.addRelation(from: bare, to: kornilov, type: .attack)
        b.addRelation(from: conclusion, to: objection, type: .attack)
        return b.build()
    }

    /// A strict-mode graph: entails and contrary between statements.
    static var strict: ArgumentGraph {
        var b = GraphBuilder()
        b.mode = .strict
        b.metadata = .object(["model": .object(["mode": .string("strict")])])
        let x = b.node(.statement, title: "X")
        b.update(x) { $0.text = "x." }
        let y = b.node(.statement, title: "Y")
        b.update(y) { $0.text = "y." }
        let z = b.node(.statement, title: "Z")
        b.update(z) { $0.text = "z." }
        b.addRelation(from: x, to: y, type: .entails)
        b.addRelation(from: y, to: z, type: .contrary)
        return b.build()
    }

    static var all: [(String, ArgumentGraph)] {
        [("empty", .empty), ("small", small), ("rich", rich), ("strict", strict)]
    }
}
