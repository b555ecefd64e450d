import ArgumentModel
import Testing
@testable import ArgumentAnalysis

/// Blank numbers follow a given reading order; the printable words of each kind of worksheet.
@Suite struct WorksheetNumberingTests {
    typealias M = ClassroomMaps

    /// The title of the node that shows blank `n` on the sheet.
    func blank(_ n: Int, in exercise: Exercise) -> NodeID? {
        exercise.sheetGraph.nodes.first { $0.title == "Blank \(n)" }?.id
    }

    @Test func blanksAreNumberedInTheGivenReadingOrderWithTheSameBlanksChosen() throws {
        let plain = ExerciseGenerator.make(.blanks, from: M.key, seed: 3)
        let one = try #require(blank(1, in: plain)), two = try #require(blank(2, in: plain))
        #expect(one < two)   // without an order: node order
        // Read the other way round: the same two nodes are blanks, numbered the other way.
        let reversed = ExerciseGenerator.make(.blanks, from: M.key, seed: 3, readingOrder: M.key.nodes.map(\.id).reversed())
        #expect(blank(1, in: reversed) == two && blank(2, in: reversed) == one)
        #expect(reversed.answerKey.contains("1. ") && reversed.answerKey.contains(M.key[two].bracketedTitle))
        let firstAnswer = reversed.answerKey.split(separator: "\n").first { $0.hasPrefix("1. ") } ?? ""
        #expect(firstAnswer.contains(M.key[two].bracketedTitle))
        // Nodes the order leaves out go last, by node order.
        let partial = ExerciseGenerator.make(.blanks, from: M.key, seed: 3, readingOrder: [two])
        #expect(blank(1, in: partial) == two && blank(2, in: partial) == one)
    }

    @Test func printoutsCarryTitleInstructionsAndTheList() {
        let titled = M.map([M.c, M.p1, M.p2, M.o], [("P1", "C", .support), ("P2", "C", .support), ("O", "C", .attack)],
                           metadata: .object(["title": .string("October")]))
        let blanks = ExerciseGenerator.make(.blanks, from: titled, seed: 3).printout
        #expect(blanks.title == "Fill in the blanks: October")
        #expect(blanks.listHeading == "Word bank" && blanks.entries.map(\.label) == ["A", "B"])
        #expect(blanks.entries.allSatisfy { entry in titled.nodes.contains { $0.text == entry.text } })
        let scramble = ExerciseGenerator.make(.scramble, from: titled, seed: 3).printout
        #expect(scramble.entries.count == 4 && scramble.listHeading == "Claims")
        let quoted = M.map([("C", "c"), ("P", "p")], [("P", "C", .support)])
        var nodes = quoted.nodes
        nodes[0].data = .object(["quote": .string("second words")])
        nodes[1].data = .object(["quote": .string("first words")])
        let key = ArgumentGraph(nodes: nodes, relations: quoted.relations, sections: quoted.sections)
        let identify = ExerciseGenerator.make(.identify, from: key, seed: 1, source: "first words, then second words").printout
        #expect(identify.entries == [.init(label: "Passage 1", text: "“first words”"), .init(label: "Passage 2", text: "“second words”")])
        #expect(identify.instructions.count == 4)
    }
}
