import ArgumentModel

/// Hand-built graphs shaped like the Argdown reader's output, for the printer tests.
enum PrinterSamples {
    static func statement(_ b: inout GraphBuilder, _ title: String, _ text: String?, section: SectionID? = nil,
                          tags: [String] = [], data: DataValue = .empty, untitled: Bool = false) -> NodeID {
        let id = b.node(.statement, title: title, isUntitled: untitled)
        b.update(id) {
            $0.text = text
            $0.section = section
            $0.tags = tags
            $0.data = data
        }
        return id
    }

    static func argument(_ b: inout GraphBuilder, _ title: String, _ text: String?, section: SectionID? = nil,
                         tags: [String] = [], data: DataValue = .empty, untitled: Bool = false) -> NodeID {
        let id = b.node(.argument, title: title, isUntitled: untitled)
        b.update(id) {
            $0.text = text
            $0.section = section
            $0.tags = tags
            $0.data = data
        }
        return id
    }

    /// The map whose canonical text is written out by hand in `ArgdownPrinterTests`.
    static var october: ArgumentGraph {
        var b = GraphBuilder()
        b.metadata = .object(["title": .string("October"), "author": .string("Trotsky")])
        let power = b.addSection(title: "Power", level: 1)
        let kornilov = b.addSection(title: "Kornilov", level: 2, parent: power)
        let soviet = statement(&b, "Soviet power", "All power must pass to the soviets.", tags: ["claim"],
                               data: .object(["by": .string("Lenin")]))
        let odd = statement(&b, "Odd [x] <y>", "Uses #hash, {braces}, \\ and // slashes.", section: power)
        let plus = statement(&b, "Untitled 1", "+ starts with a plus.", section: power, untitled: true)
        let defeat = argument(&b, "Kornilov defeat", "Defeating the coup prepared the rising.", section: kornilov)
        let coup = statement(&b, "Coup defeated", "The coup was defeated.", section: kornilov)
        let rising = statement(&b, "Rising prepared", "The rising was prepared.", section: kornilov)
        let objection = argument(&b, "Objection", "It failed by itself.", section: kornilov)
        b.update(defeat) {
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: coup, role: .premise)),
                .statement(PCSStatement(number: 2, statement: soviet, role: .premise)),
                .inference(Inference(rules: ["Modus ponens"], data: .object(["uses": .array([.int(1), .int(2)])]))),
                .statement(PCSStatement(number: 3, statement: rising, role: .mainConclusion)),
            ])
        }
        b.addRelation(from: objection, to: defeat, type: .undercut, inference: 0)
        b.addRelation(from: odd, to: soviet, type: .attack)
        b.addRelation(from: soviet, to: plus, type: .contradictory)
        b.addRelation(from: rising, to: objection, type: .attack)
        return b.build()
    }

    /// Awkward characters everywhere: titles, texts, tags, data keys and values, rules, headings.
    static var awkward: ArgumentGraph {
        var b = GraphBuilder()
        b.metadata = .object([
            "title": .string("Quotes \"and\" colons: yes"), "url": .string("https://example.org/a//b"),
            "no": .string("no"), "n": .int(3), "x": .double(1e-7), "list": .array([.string("y"), .null, .bool(false)]),
        ])
        let s = b.addSection(title: "#1 (of 2) <head> [x]", level: 1, tags: ["sec tag"], data: .object(["color": .string("#ff0000")]))
        let s2 = b.addSection(title: "Deep", level: 3, parent: s)
        _ = statement(&b, "a]b[c", "(1) looks like a pcs line", section: nil)
        _ = statement(&b, "back\\slash", "ends with a backslash \\", section: s, tags: ["t)1", "ü-tag", "x/y"])
        _ = statement(&b, "Untitled 1", "1. looks like a list", section: s, untitled: true)
        _ = statement(&b, "Untitled 2", "- looks like a relation", section: s, untitled: true)
        _ = statement(&b, "Untitled 3", "=== looks like front matter", section: s2, untitled: true)
        _ = statement(&b, "Untitled 4", "## looks like a heading", section: s2, untitled: true)
        _ = statement(&b, "comment", "a /* not a comment */ and <!-- neither --> and a:// url", section: s2,
                      data: .object(["note": .string("has } brace and // slashes and <!-- x"), "key with: colon": .int(1),
                                     "true": .string("true"), "nested": .object(["deep": .array([.double(2.0), .string("")])])]))
        _ = statement(&b, "@mention", "Mentions @[a]b[c] in text and **bold** and _it_.", section: s2)
        _ = statement(&b, "Emoji 🚩", "Ünïcödé — “curly quotes” and tabs inside.", section: s2)
        _ = statement(&b, "Only referenced", nil, section: s2, tags: ["undefined"])
        _ = argument(&b, "Arg <with> angle", "Its >< description.", section: s2, data: .object(["isGroup": .bool(false)]))
        return b.build()
    }

    /// Strict mode: entails and contrary.
    static var strict: ArgumentGraph {
        var b = GraphBuilder()
        b.mode = .strict
        b.metadata = .object(["model": .object(["mode": .string("strict")])])
        let x = statement(&b, "X", "x.")
        let y = statement(&b, "Y", "y.")
        let z = statement(&b, "Z", "z.")
        let a = argument(&b, "A", "a.")
        b.addRelation(from: x, to: y, type: .entails)
        b.addRelation(from: y, to: z, type: .contrary)
        b.addRelation(from: z, to: a, type: .support)
        b.addRelation(from: x, to: a, type: .undercut)
        return b.build()
    }

    /// Untitled arguments (pcs only), intermediary conclusions, plain inferences, an argument reference with a pcs.
    static var pcsShapes: ArgumentGraph {
        var b = GraphBuilder()
        let u = argument(&b, "Untitled 1", nil, untitled: true)
        let p1 = statement(&b, "Untitled 2", "First premise.", untitled: true)
        let p2 = statement(&b, "P2", "Second premise.")
        let c1 = statement(&b, "Untitled 3", "Intermediate.", untitled: true)
        let c2 = statement(&b, "C", "Final.")
        b.update(u) {
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: p1, role: .premise)),
                .inference(Inference()),
                .statement(PCSStatement(number: 2, statement: c1, role: .intermediaryConclusion)),
                .statement(PCSStatement(number: 3, statement: p2, role: .premise)),
                .inference(Inference(rules: ["MP", "Rule with (parens)"])),
                .statement(PCSStatement(number: 4, statement: c2, role: .mainConclusion)),
            ])
        }
        let named = argument(&b, "Named", nil, tags: ["reconstructed"])
        let q = statement(&b, "Q", "q.")
        b.update(named) {
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: q, role: .premise)),
                .statement(PCSStatement(number: 2, statement: c1, role: .premise)),
                .inference(Inference(data: .object(["strength": .double(0.75)]))),
                .statement(PCSStatement(number: 3, statement: p2, role: .mainConclusion)),
            ])
        }
        let critic = argument(&b, "Critic", "Objects.")
        b.addRelation(from: critic, to: named, type: .attack)
        b.addRelation(from: critic, to: u, type: .undercut, inference: 1)
        return b.build()
    }

    static var all: [(String, ArgumentGraph)] {
        [("empty", .empty), ("october", october), ("awkward", awkward), ("strict", strict), ("pcsShapes", pcsShapes)]
    }
}
