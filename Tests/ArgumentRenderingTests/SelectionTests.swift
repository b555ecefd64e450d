import ArgumentModel
import Testing
@testable import ArgumentRendering

@Suite struct SelectionTests {
    let graph = SampleMaps.october

    func titles(_ ids: Set<NodeID>?) -> [String] {
        (ids ?? []).map { graph[$0].title }.sorted()
    }

    @Test func emptySelectionDrawsEverything() throws {
        #expect(try MapSelection().visibleNodes(in: graph) == nil)
    }

    @Test func tagsKeepTaggedNodes() throws {
        #expect(titles(try MapSelection(tags: ["Bolshevik"]).visibleNodes(in: graph)) == ["Soviet power", "War weariness"])
        #expect(titles(try MapSelection(tags: ["bolshevik", "liberal"]).visibleNodes(in: graph))
            == ["Coup", "Minority rule", "Soviet power", "War weariness"])
    }

    @Test func unknownTagListsTheKnownOnes() {
        #expect(throws: MapSelection.Failure.unknownTag("mensheviks", known: ["bolshevik", "liberal"])) {
            try MapSelection(tags: ["mensheviks"]).visibleNodes(in: graph)
        }
    }

    @Test func groupsKeepNodesInsideTheHeadingAtAnyDepth() throws {
        #expect(titles(try MapSelection(groups: ["the soviets"]).visibleNodes(in: graph))
            == ["Dual power fails", "Soldiers want peace", "War weariness"])
        #expect(titles(try MapSelection(groups: ["Politics"]).visibleNodes(in: graph))
            == ["Dual power fails", "Soldiers want peace", "Soviet power", "War weariness"])
        #expect(throws: MapSelection.Failure.self) { try MapSelection(groups: ["Economy"]).visibleNodes(in: graph) }
    }

    @Test func focusKeepsTheNeighbourhood() throws {
        #expect(titles(try MapSelection(focus: "Coup", depth: 0).visibleNodes(in: graph)) == ["Coup"])
        #expect(titles(try MapSelection(focus: "<coup>", depth: 1).visibleNodes(in: graph))
            == ["Coup", "Mass support", "Minority rule", "Soviet power"])
        // Two steps: Soviet power's reasons join, the premise only reachable through the argument does not.
        #expect(titles(try MapSelection(focus: "coup", depth: 2).visibleNodes(in: graph))
            == ["Coup", "Dual power fails", "Mass support", "Minority rule", "Soviet power", "War weariness"])
        #expect(throws: MapSelection.Failure.self) { try MapSelection(focus: "Kornilov").visibleNodes(in: graph) }
        #expect(throws: MapSelection.Failure.negativeDepth(-1)) { try MapSelection(focus: "Coup", depth: -1).visibleNodes(in: graph) }
    }

    @Test func focusTitleIsExactUnlessFuzzy() throws {
        // A part of a title is only suggested; with .fuzzy it is taken.
        #expect(throws: MapSelection.Failure.focus(.unknown("Dual power", suggestions: ["[Dual power fails]"]))) {
            try MapSelection(focus: "Dual power", depth: 0).visibleNodes(in: graph)
        }
        #expect(titles(try MapSelection(focus: "Dual power", titles: .fuzzy, depth: 0).visibleNodes(in: graph)) == ["Dual power fails"])
    }

    @Test func excludeDisconnectedDropsLoneNodesOnlyWhenAsked() throws {
        let nested = SampleMaps.nestedGroups
        let kept = try MapSelection(excludeDisconnected: true).visibleNodes(in: nested)
        #expect((kept ?? []).map { nested[$0].title }.sorted() == ["X", "Y", "Z"])
        // "Soldiers want peace" has no relation of its own, but it is a premise: its line to its argument is drawn,
        // so it is connected (issue 16: no premise stands alone).
        #expect(titles(try MapSelection(excludeDisconnected: true).visibleNodes(in: graph)).contains("Soldiers want peace"))
    }

    @Test func filtersCombine() throws {
        // The two bolshevik nodes are joined only by the implicit support.
        #expect(titles(try MapSelection(tags: ["bolshevik"], excludeDisconnected: true).visibleNodes(in: graph))
            == ["Soviet power", "War weariness"])
        #expect(titles(try MapSelection(tags: ["bolshevik"], excludeDisconnected: true, includeDerived: false).visibleNodes(in: graph))
            .isEmpty)
    }
}
