import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

@Suite struct ArgdownPrinterTests {
    @Test func printsTheOctoberMapCanonically() {
        let expected = ##"""
            ===
            title: October
            author: Trotsky
            ===

            [Soviet power] #claim

            [Soviet power]: All power must pass to the soviets. {by: Lenin}

            # Power

            [Odd \[x\] \<y\>]: Uses \#hash, \{braces\}, \\ and \// slashes.

            \+ starts with a plus.

            ## Kornilov

            <Kornilov defeat>: Defeating the coup prepared the rising.

            (1) [Coup defeated]: The coup was defeated.
            (2) [Soviet power]
            -- Modus ponens {uses: [1, 2]} --
                <_ <Objection>
            (3) [Rising prepared]: The rising was prepared.

            <Objection>: It failed by itself.

            [Soviet power]
                <- [Odd \[x\] \<y\>]
                >< [Untitled 1]

            <Objection>
                <- [Rising prepared]

            """##
        #expect(ArgdownPrinter.print(PrinterSamples.october) == expected)
    }

    @Test func printsTheEmptyGraphAsEmptyText() {
        #expect(ArgdownPrinter.print(.empty) == "")
    }

    @Test func escapesLineStartsTitlesAndTags() {
        #expect(ArgdownEscaping.text("- a relation?") == #"\- a relation?"#)
        #expect(ArgdownEscaping.text("12. list") == #"\12. list"#)
        #expect(ArgdownEscaping.text("(1) pcs", atLineStart: false) == "(1) pcs")
        #expect(ArgdownEscaping.text("see http://x.org /* c */ <!-- h -->") == #"see http:\//x.org \/* c \*/ \<!-- h --\>"#)
        #expect(ArgdownEscaping.text("line\nbreak") == "line break")
        #expect(ArgdownEscaping.title("a]b") == #"a\]b"#)
        #expect(ArgdownEscaping.tag("plain-tag_1") == "#plain-tag_1")
        #expect(ArgdownEscaping.tag("with space") == "#(with space)")
        #expect(ArgdownEscaping.tag("close)paren") == #"#(close\)paren)"#)
    }

    @Test func writesYAMLFlowThatCannotBeMisread() {
        let data = DataValue.object([
            "plain": .string("Lenin Trotsky"), "yes": .string("yes"), "num": .string("12"), "d": .double(1e-7),
            "whole": .double(3), "inf": .double(-.infinity), "q": .string("say \"hi\"\n// not a comment"),
            "list": .array([.null, .bool(true), .int(-4)]), "empty": .string(""),
        ])
        #expect(YAMLFlowWriter.write(data) == #"{plain: Lenin Trotsky, "yes": "yes", num: "12", d: 1.0e-07, whole: 3.0, inf: -.inf, q: "say \"hi\"\n\x2F/ not a comment", list: [null, true, -4], empty: ""}"#)
    }

    @Test func addsStrictModeToTheFrontMatterWhenMissing() {
        var b = GraphBuilder()
        b.mode = .strict
        _ = b.node(.statement, title: "S")
        let text = ArgdownPrinter.print(b.build())
        #expect(text == "===\nmodel: {mode: strict}\n===\n\n[S]\n")
    }

    @Test func writesIsGroupOnlyWhenTheDefaultDiffers() {
        var b = GraphBuilder()
        b.addSection(title: "Top", level: 1, isGroup: true)
        let mid = b.addSection(title: "Mid", level: 2, isGroup: true)
        b.addSection(title: "Low", level: 3, parent: mid, isGroup: false)
        // Deepest level 3, groupDepth 2: by default level 1 is no group, levels 2 and 3 are.
        #expect(ArgdownPrinter.print(b.build()) == "# Top {isGroup: true}\n\n## Mid\n\n### Low {isGroup: false}\n")
    }

    @Test(arguments: PrinterSamples.all.map(\.0))
    func readOfPrintIsStructurallyEqual(name: String) throws {
        let graph = try #require(PrinterSamples.all.first { $0.0 == name }?.1)
        let text = ArgdownPrinter.print(graph)
        let result = ArgdownReader.read(text, file: "\(name).argdown")
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.map(\.headline))\n\(text)")
        var diffs = graph.structuralDifferences(from: result.graph)
        if name == "strict" { diffs.removeAll { $0 == "metadata differs" } }
        #expect(diffs.isEmpty, "\(diffs)\n\(text)")
        // Printing settles: once read back, printing and reading again changes nothing (node order may change
        // once, as a node first referenced in a relation line gets its id there).
        let settled = ArgdownPrinter.print(result.graph)
        let again = ArgdownPrinter.print(ArgdownReader.read(settled).graph)
        #expect(again == settled, "\(again.debugDescription)\nvs\n\(settled.debugDescription)")
    }
}

@Suite struct ArgdownPrinterLimitsTests {
    // Argdown has no rephrase symbol: the relation is kept as data on its source, and reading it back gives the
    // relation again (an AIF MA converted to Argdown and back is no longer lost), with the node's data unchanged.
    @Test func keepsRephraseRelationsAsDataThatReadsBack() {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A")
        let c = b.node(.statement, title: "C")
        let arg = b.node(.argument, title: "Arg")
        b.update(a) { $0.text = "a."; $0.data = .object(["by": .string("Lenin")]) }
        b.update(c) { $0.text = "c." }
        b.update(arg) { $0.text = "an argument." }
        b.addRelation(from: a, to: c, type: .rephrase)
        b.addRelation(from: a, to: arg, type: .rephrase)
        let text = ArgdownPrinter.print(b.build())
        #expect(text == "[A]: a. {by: Lenin}\n\n[C]: c.\n\n<Arg>: an argument.\n\n[A] {rephrases: [\"[C]\", \"<Arg>\"]}\n")
        let back = ArgdownReader.read(text)
        #expect(back.diagnostics.isEmpty)
        let rephrases = back.graph.relations.filter { $0.type == .rephrase }
            .map { "\(back.graph[$0.from].title)→\(back.graph[$0.to].title)" }
        #expect(rephrases == ["A→C", "A→Arg"])
        #expect(back.graph.nodes[0].data == .object(["by": .string("Lenin")]))
        // A title the map does not define is a warning, and no relation.
        let stray = ArgdownReader.read("[A]: a. {rephrases: [\"[Nowhere]\"]}\n")
        #expect(stray.diagnostics.map(\.code) == ["undefined-reference"])
        #expect(stray.graph.relations.isEmpty)
    }
}
