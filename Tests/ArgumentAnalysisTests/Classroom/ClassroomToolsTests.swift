import ArgumentModel
import Foundation
import Testing
@testable import ArgumentAnalysis

@Suite struct ClassroomToolsTests {
    typealias M = ClassroomMaps

    @Test func splitMixMatchesTheReferenceSequence() {
        var g = SplitMix64(seed: 0)
        // Reference values of SplitMix64 from state 0.
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func sameSeedSameExerciseOtherSeedsDiffer() {
        for kind in Exercise.Kind.allCases {
            let a = ExerciseGenerator.make(kind, from: M.key, seed: 7)
            let b = ExerciseGenerator.make(kind, from: M.key, seed: 7)
            #expect(a.worksheet == b.worksheet)
            #expect(a.answerKey == b.answerKey)
        }
        let sheets = Set((1...20).map { ExerciseGenerator.make(.blanks, from: M.key, seed: UInt64($0)).worksheet })
        #expect(sheets.count > 1)
    }

    @Test func blanksHideAThirdAndTheAnswerKeyFillsThem() {
        let ex = ExerciseGenerator.make(.blanks, from: M.key, seed: 3)
        // 4 texted nodes → (4 + 2) / 3 = 2 blanks.
        let blanked = ex.sheetGraph.nodes.filter { ($0.text ?? "").hasPrefix("_____") }
        #expect(blanked.count == 2)
        #expect(ex.worksheet.contains("_____ (1) _____"))
        #expect(ex.worksheet.contains("_____ (2) _____"))
        for node in blanked {
            let original = M.key[node.id]
            // The hidden text is in the word bank and in the answer key, not elsewhere in the map.
            #expect(ex.worksheet.contains("## Word bank"))
            #expect(ex.answerKey.contains("\(original.bracketedTitle): \(original.text ?? "")"))
        }
    }

    @Test func scrambleListsEveryClaimOnce() {
        let ex = ExerciseGenerator.make(.scramble, from: M.key, seed: 5)
        for node in M.key.nodes {
            #expect(ex.worksheet.components(separatedBy: node.text ?? "").count == 2)
        }
        #expect(ex.sheetGraph.nodes.map(\.title) == ["A", "B", "C", "D"])
        #expect(ex.sheetGraph.relations.isEmpty)
    }

    @Test func identifyOrdersPassagesAsInTheSource() {
        var b = GraphBuilder()
        let c = b.node(.statement, title: "C")
        b.update(c) { $0.text = "Power"; $0.data = .object(["quote": .string("workers took power")]) }
        let p = b.node(.statement, title: "P")
        b.update(p) { $0.text = "Coup"; $0.data = .object(["quote": .string("the coup was defeated")]) }
        b.addRelation(from: p, to: c, type: .support)
        let key = b.build()
        let source = "In August the coup was defeated. In October workers took power."
        let ex = ExerciseGenerator.make(.identify, from: key, seed: 1, source: source)
        #expect(ex.worksheet.contains("**Passage 1.** “the coup was defeated”"))
        #expect(ex.worksheet.contains("**Passage 2.** “workers took power”"))
        #expect(ex.answerKey.contains("**Main conclusion:** Passage 2 — [C]: Power"))
        #expect(ex.answerKey.contains("- Passage 1 = [P]: supports [C] (passage 2)"))
    }

    @Test func outlineIndentsReasonsAndObjections() {
        #expect(Outline.tree(M.key) == """
            [C]: Workers took power in October
              + [P1]: The Bolsheviks won majorities in the soviets
              + [P2]: The Kornilov coup was defeated by workers
              - [O]: The insurrection was a military conspiracy

            """)
    }

    @Test func outlineIsCycleSafe() {
        let cyclic = M.map([("A", "a"), ("B", "b")], [("A", "B", .support), ("B", "A", .support)])
        #expect(Outline.tree(cyclic) == "[A]: a\n  + [B]: b\n    + [A] (see above)\n")
    }

    @Test func standardFormNumbersPremisesAndNamesTheRule() {
        var b = GraphBuilder()
        let c = b.node(.statement, title: "C"), p1 = b.node(.statement, title: "P1"), p2 = b.node(.statement, title: "P2")
        b.update(c) { $0.text = "Workers took power in October" }
        b.update(p1) { $0.text = "The Bolsheviks won majorities in the soviets" }
        b.update(p2) { $0.text = "The Kornilov coup was defeated by workers" }
        let arg = b.node(.argument, title: "Arg")
        b.update(arg) {
            $0.text = "Defeating the coup prepared October"
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: p1, role: .premise)),
                .statement(PCSStatement(number: 2, statement: p2, role: .premise)),
                .inference(Inference(rules: ["Conjunction"])),
                .statement(PCSStatement(number: 3, statement: c, role: .mainConclusion)),
            ])
        }
        let g = b.build()
        #expect(Outline.standardForm(arg, in: g) == """
            <Arg>: Defeating the coup prepared October
              (1) The Bolsheviks won majorities in the soviets
              (2) The Kornilov coup was defeated by workers
              -- Conjunction --
              (3) Workers took power in October

            """)
        // The derived support <Arg> → [C] puts the argument under its conclusion in the tree.
        #expect(Outline.tree(g).hasPrefix("[C]: Workers took power in October\n  + <Arg>: Defeating the coup prepared October\n"))
    }

    @Test func revealTopDownOneFramePerNode() {
        let plan = RevealPlan(M.key)
        #expect(plan.order.map { M.key[$0].title } == ["C", "P1", "P2", "O"])
        #expect(plan.frameCount == 4)
        let p2c = M.key.relations[1]
        #expect(!plan.isVisible(p2c, inFrame: 1))
        #expect(plan.isVisible(p2c, inFrame: 2))
        // The frames themselves are cut from one rendered SVG (ClassroomPictureTests checks the fixed layout).
        #expect(plan.order.map { plan.step(of: $0) } == [0, 1, 2, 3])
    }

    @Test func revealSourceOrderFollowsPositions() {
        var b = GraphBuilder()
        let late = b.node(.statement, title: "Late"), early = b.node(.statement, title: "Early")
        b.update(late) { $0.occurrences = [Occurrence(role: .definition, text: "l", range: SourceRange(file: nil, at: SourcePosition(line: 3, column: 1, offset: 40)))] }
        b.update(early) { $0.occurrences = [Occurrence(role: .definition, text: "e", range: SourceRange(file: nil, at: SourcePosition(line: 1, column: 1, offset: 0)))] }
        let g = b.build()
        #expect(RevealPlan(g, order: .source).order == [early, late])
    }

    @Test func svgHidingKeepsEverythingElse() {
        // Graphviz writes "-" in ids as "&#45;".
        let svg = "<svg><g id=\"graph0\" class=\"graph\"><g id=\"s&#45;c\" class=\"node\"><text x=\"1\">C</text></g><g id=\"s&#45;p\" class=\"node\"></g></g></svg>"
        let hidden = SVGVisibility.hiding(["s-p"], in: svg)
        #expect(hidden == "<svg><g id=\"graph0\" class=\"graph\"><g id=\"s&#45;c\" class=\"node\"><text x=\"1\">C</text></g><g id=\"s&#45;p\" visibility=\"hidden\" class=\"node\"></g></g></svg>")
        #expect(SVGVisibility.decodeEntities("a&#45;b&#x2D;c&amp;d&bogus;") == "a-b-c&d&bogus;")
    }

    @Test func diffMapMarksVerdictsAndAddsMissingParts() {
        let student = M.map([M.c, M.p1, M.o], [("C", "P1", .support), ("O", "C", .support), ("O", "P1", .attack)])
        let diff = DiffMap(MapComparison(key: M.key, student: student))
        // Student nodes C, P1, O, then the missing key node P2.
        #expect(diff.graph.nodes.map(\.title) == ["C", "P1", "O", "P2"])
        #expect(diff.nodeMarks == [.correct, .correct, .correct, .missing])
        // Key order: P1→C reversed, P2→C missing (drawn from the missing node), O→C wrong type; then O→P1 extra.
        let drawn = diff.graph.relations.map { "\(diff.graph[$0.from].title)>\(diff.graph[$0.to].title)" }
        #expect(drawn == ["C>P1", "P2>C", "O>C", "O>P1"])
        #expect(diff.relationMarks == [.reversed, .missing, .wrongType, .extra])
        #expect(diff.keyTypes == [.support, nil, .attack, nil])
    }

    /// Regression (issue 21): the diff map copied the student's nodes with their section ids but not the sections,
    /// so drawing it trapped on `graph[section]` whenever the student's map had a heading.
    @Test func diffMapKeepsTheStudentsSections() {
        var b = GraphBuilder()
        let group = b.addSection(title: "Causes", level: 1)
        let sub = b.addSection(title: "Detail", level: 2, parent: group)
        for (title, section) in [("C", group), ("P1", sub)] {
            let id = b.node(.statement, title: title)
            b.update(id) { $0.section = section }
        }
        let student = b.build()
        let diff = DiffMap(MapComparison(key: M.key, student: student))
        #expect(diff.graph.sections.map(\.title) == ["Causes", "Detail"])
        #expect(diff.graph.sections.map(\.parent) == [nil, group])
        for node in diff.graph.nodes {
            if let s = node.section { #expect(s.index < diff.graph.sections.count) }
        }
        #expect(diff.graph.nodes.prefix(2).map(\.section) == [group, sub])
    }
}
