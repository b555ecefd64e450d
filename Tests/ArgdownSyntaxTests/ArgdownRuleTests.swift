import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// One test per rule of the dialect (../shared/docs/argdown.md §1–§6), named after the rule. Rules already covered
/// elsewhere: data types in DataTypeTests, diagnostics' positions in DiagnosticTests, the round trip in
/// ArgdownRoundTripTests.
@Suite struct ArgdownRuleTests {
    private func read(_ text: String) -> ReadResult { ArgdownReader.read(text, file: "rule.argdown") }

    private func id(_ graph: ArgumentGraph, _ title: String) -> NodeID? {
        graph.statement(titled: title) ?? graph.argument(titled: title)
    }

    private func node(_ graph: ArgumentGraph, _ title: String) throws -> Node {
        graph[try #require(id(graph, title))]
    }

    /// Whether `graph` has a relation `from` → `to` of `type` (listed or derived as asked).
    private func has(_ graph: ArgumentGraph, _ from: String, _ type: RelationType, _ to: String, derived: Bool = false) -> Bool {
        guard let f = id(graph, from), let t = id(graph, to) else { return false }
        return graph.relations.contains { $0.from == f && $0.to == t && $0.type == type && $0.isDerived == derived }
    }

    // MARK: §1 Blocks, lines, comments

    @Test func blocksAreSeparatedByEmptyLinesEvenWithBlanks() {
        let graph = read("[A]: a.\n  \t\n[B]: b.\n").graph
        #expect(graph.statements.map(\.title) == ["A", "B"])
    }

    @Test func aSingleLineBreakContinuesTheText() throws {
        let graph = read("[A]: All power\nto the soviets.\n").graph
        #expect(graph[try #require(id(graph, "A"))].text == "All power to the soviets.")
    }

    @Test func lineBlockAndHTMLCommentsAreSkipped() throws {
        let result = read("[A]: a. // note\n/* several\nlines */\n<!-- also\nthis -->\n\n[B]: b.\n")
        #expect(!result.diagnostics.containsErrors)
        #expect(result.graph.statements.map(\.title) == ["A", "B"])
        #expect(result.graph[try #require(id(result.graph, "A"))].text == "a.")
    }

    @Test func backslashEscapesTheNextCharacter() throws {
        let graph = read("[A]: costs \\[10\\] roubles \\#notatag.\n").graph
        #expect(graph.statements.count == 1)
        let a = graph[try #require(id(graph, "A"))]
        #expect(a.text == "costs [10] roubles #notatag.")
        #expect(a.tags.isEmpty)
    }

    @Test func crlfLineEndingsReadLikeLF() {
        let lf = read("[A]: a.\n  + [B]: b.\n\n[C]: c.\n").graph
        let crlf = read("[A]: a.\r\n  + [B]: b.\r\n\r\n[C]: c.\r\n").graph
        #expect(lf.structuralDifferences(from: crlf).isEmpty)
    }

    @Test func aTabCountsAsOneIndentationCharacter() {
        let graph = read("[A]: a.\n\t+ [B]: b.\n\t\t- [C]: c.\n").graph
        #expect(has(graph, "B", .support, "A"))
        #expect(has(graph, "C", .attack, "B"))
    }

    @Test func frontMatterIsYAMLMetadata() {
        let graph = read("===\ntitle: October 1917\nauthor: Trotsky\n===\n\n[A]: a.\n").graph
        #expect(graph.metadata["title"] == .string("October 1917"))
        #expect(graph.metadata["author"] == .string("Trotsky"))
    }

    // MARK: §2 Statements and equivalence classes

    @Test func statementsWithOneTitleAreOneNodeAndAReferenceAddsNoText() throws {
        let graph = read("[S]: All power to the soviets.\n\n[S]\n").graph
        #expect(graph.statements.count == 1)
        #expect(graph[try #require(id(graph, "S"))].text == "All power to the soviets.")
    }

    @Test func canonicalTextIsTheLastDefinitionUnlessIsCanonical() throws {
        let last = read("[S]: first.\n\n[S]: second.\n").graph
        #expect(last[try #require(id(last, "S"))].text == "second.")
        let chosen = read("[S]: first. {isCanonical: true}\n\n[S]: second.\n").graph
        #expect(chosen[try #require(id(chosen, "S"))].text == "first.")
    }

    @Test func untitledNumberingIsSharedWithUntitledArgumentsInDocumentOrder() {
        let graph = read("Some text.\n\n(1) a.\n----\n(2) b.\n\nMore text.\n").graph
        let untitled = graph.nodes.filter(\.isUntitled)
        #expect(untitled.map(\.title).sorted() == (1...untitled.count).map { "Untitled \($0)" }.sorted())
        #expect(graph.nodes.first { $0.text == "Some text." }?.title == "Untitled 1")
        #expect(graph.arguments.count == 1 && graph.arguments[0].isUntitled)
    }

    @Test func aMentionMakesNoRelation() {
        let graph = read("[A]: a.\n\n[B]: this is about @[A] only.\n").graph
        #expect(graph.relations.isEmpty)
        #expect(graph.statements.count == 2)
    }

    @Test func anUndefinedReferenceIsLegalButWarnsWithTheClosestTitle() {
        let result = read("[Soviet power]: a.\n  + [Soviet powr]\n")
        #expect(!result.diagnostics.containsErrors)
        #expect(result.diagnostics.contains { $0.code == "undefined-reference" && $0.message.contains("[Soviet power]") })
        #expect(has(result.graph, "Soviet powr", .support, "Soviet power"))
    }

    // MARK: §3 Arguments

    @Test func angleBracketTitlesNameOneArgumentNode() throws {
        let graph = read("<K>: The coup failed.\n\n<K>\n\n<K>: The coup was defeated.\n").graph
        #expect(graph.arguments.count == 1)
        #expect(graph.statements.isEmpty)
        #expect(graph[try #require(id(graph, "K"))].text == "The coup was defeated.")
    }

    @Test func pcsRolesArePremisesIntermediaryAndMainConclusion() throws {
        let graph = read("<K>: k.\n\n(1) a.\n(2) b.\n----\n(3) c.\n-- rule A, rule B --\n(4) d.\n").graph
        let pcs = try #require(try node(graph, "K").pcs)
        #expect(pcs.statements.map(\.role) == [.premise, .premise, .intermediaryConclusion, .mainConclusion])
        #expect(pcs.inferences.map(\.rules) == [[], ["rule A", "rule B"]])
    }

    @Test func multiLineInferenceNamesRulesAndData() throws {
        let graph = read("<K>: k.\n\n(1) a.\n--\nModus ponens\n{uses: [1]}\n--\n(2) b.\n").graph
        let pcs = try #require(try node(graph, "K").pcs)
        #expect(pcs.inferences.first?.rules == ["Modus ponens"])
        #expect(pcs.inferences.first?.data["uses"] == .array([.int(1)]))
    }

    @Test func aPCSAfterADescriptionBelongsToItOtherwiseItIsAnonymous() {
        let graph = read("<K>: k.\n\n(1) a.\n----\n(2) b.\n\n[X]: x.\n\n(1) c.\n----\n(2) d.\n").graph
        #expect(graph.arguments.count == 2)
        #expect(graph.arguments.first { $0.title == "K" }?.pcs != nil)
        #expect(graph.arguments.contains { $0.isUntitled && $0.pcs != nil })
    }

    @Test func aSecondPCSForOneArgumentIsAnError() {
        let result = read("<K>: k.\n\n(1) a.\n----\n(2) b.\n\n<K>\n\n(1) c.\n----\n(2) d.\n")
        #expect(result.diagnostics.contains { $0.code == "duplicate-pcs" && $0.severity == .error })
    }

    // MARK: §4 Relations

    @Test(arguments: [
        ("+", "B", RelationType.support, "A"), ("<+", "B", .support, "A"), ("-", "B", .attack, "A"), ("<-", "B", .attack, "A"),
        ("+>", "A", .support, "B"), ("->", "A", .attack, "B"),
    ])
    func relationSymbolsReadFromTheChildsSide(symbol: String, from: String, type: RelationType, to: String) {
        let graph = read("[A]: a.\n  \(symbol) [B]: b.\n").graph
        #expect(has(graph, from, type, to))
        #expect(graph.listedRelations.count == 1)
    }

    @Test func undercutSymbolsAttackAnArgumentsInference() {
        let child = read("<K>: k.\n  _ <U>: u.\n").graph
        #expect(has(child, "U", .undercut, "K"))
        let child2 = read("<K>: k.\n  <_ <U>: u.\n").graph
        #expect(has(child2, "U", .undercut, "K"))
        let parent = read("<U>: u.\n  _> <K>: k.\n").graph
        #expect(has(parent, "U", .undercut, "K"))
    }

    @Test func contradictionIsOneSymmetricRelationBetweenStatements() {
        let graph = read("[A]: a.\n  >< [B]: b.\n").graph
        #expect(graph.listedRelations.count == 1)
        #expect(has(graph, "A", .contradictory, "B") || has(graph, "B", .contradictory, "A"))
    }

    @Test func indentationBuildsATreeAndAnUnknownDedentJoinsTheDeepestOpenLevelNotLarger() {
        let graph = read("[A]: a.\n    + [B]: b.\n        + [C]: c.\n      + [D]: d.\n").graph
        #expect(has(graph, "B", .support, "A"))
        #expect(has(graph, "C", .support, "B"))
        // Indentation 6 matches no open level; B (4) is the deepest not larger, so D is B's sibling: it supports A.
        #expect(has(graph, "D", .support, "A"))
    }

    @Test func aRelationMayNotFollowAnEmptyLine() {
        let result = read("[A]: a.\n\n  + [B]: b.\n")
        #expect(result.diagnostics.contains { $0.code == "relation-after-empty-line" && $0.severity == .error })
    }

    @Test func duplicateRelationsAreMergedAndContradictionsAlsoWhenReversed() {
        let graph = read("[A]: a.\n  + [B]: b.\n\n[A]\n  + [B]\n\n[C]: c.\n  >< [D]: d.\n\n[D]\n  >< [C]\n").graph
        #expect(graph.listedRelations.count == 2)
    }

    @Test func parentsCanBePCSStatementsAndInferences() {
        let graph = read("<K>: k.\n\n(1) [P]: p.\n  - [X]: x.\n----\n  _ <U>: u.\n(2) [C]: c.\n").graph
        #expect(has(graph, "X", .attack, "P"))
        #expect(has(graph, "U", .undercut, "K"))
    }

    // MARK: §5 Headings, tags, data, lists

    @Test func headingsBuildASectionTreeAndTheDeepestGroupDepthLevelsAreGroups() {
        let graph = read("# One\n\n## Two\n\n### Three\n\n[A]: a.\n").graph
        #expect(graph.sections.map(\.level) == [1, 2, 3])
        #expect(graph.sections[1].parent == graph.sections[0].id)
        #expect(graph.sections[2].parent == graph.sections[1].id)
        #expect(graph.sections.filter(\.isGroup).count == 2)
    }

    @Test func aNodeBelongsToTheSectionOfItsFirstTextBearingOccurrence() throws {
        let graph = read("# One\n\n[A]\n\n<K>: k.\n\n# Two\n\n[A]: a.\n\n<K>\n\n(1) p.\n----\n(2) c.\n").graph
        let two = graph.sections.first { $0.title == "Two" }?.id
        #expect(graph[try #require(id(graph, "A"))].section == two)
        #expect(graph[try #require(id(graph, "K"))].section == two)
    }

    @Test func tagsAreTheUnionOverMembersInFirstOccurrenceOrder() throws {
        let graph = read("[A]: a. #red #(tag with spaces)\n\n[A] #blue #red\n").graph
        #expect(graph[try #require(id(graph, "A"))].tags == ["red", "tag with spaces", "blue"])
    }

    @Test func dataOfAllMembersIsDeepMergedLaterWins() throws {
        let graph = read("[A]: a. {x: 1, o: {p: 1, q: 2}}\n\n[A] {\n  x: 2\n  o:\n    q: 3\n}\n").graph
        #expect(graph[try #require(id(graph, "A"))].data == .object(["x": .int(2), "o": .object(["p": .int(1), "q": .int(3)])]))
    }

    @Test func listItemsHoldStatementsAndArguments() {
        let graph = read("* [A]: a.\n* <K>: k.\n\n1. [B]: b.\n2. [C]: c.\n").graph
        #expect(graph.statements.map(\.title) == ["A", "B", "C"])
        #expect(graph.arguments.map(\.title) == ["K"])
    }

    @Test func inlineFormattingDoesNotChangeStructure() {
        let graph = read("[A]: **Bread**, *peace* and _land_, see [the decree](https://example.org).\n").graph
        #expect(graph.nodes.count == 1)
        #expect(graph.relations.isEmpty)
        #expect(graph.nodes.first?.text?.contains("Bread") == true)
    }

    // MARK: §6 From syntax to graph

    @Test func outgoingRelationsOfAReconstructedArgumentMoveToItsMainConclusion() {
        let graph = read("<K>: k.\n\n(1) p.\n----\n(2) [C]: c.\n\n<K>\n  -> [T]: t.\n").graph
        #expect(has(graph, "C", .attack, "T"))
        #expect(!has(graph, "K", .attack, "T"))
    }

    @Test func incomingUndercutsMoveToTheLastInference() throws {
        let graph = read("<K>: k.\n\n(1) p.\n----\n(2) q.\n----\n(3) c.\n\n<K>\n  _ <U>: u.\n").graph
        let k = try #require(id(graph, "K")), u = try #require(id(graph, "U"))
        let undercut = graph.relations.first { $0.from == u && $0.to == k && $0.type == .undercut }
        #expect(undercut?.inference == 1)
    }

    @Test func anAttackOnAnArgumentIsDroppedWhenTheClassAlreadyAttacksAPremise() {
        let graph = read("<K>: k.\n\n(1) [P]: p.\n----\n(2) [C]: c.\n\n[X]: x.\n  -> [P]\n  -> <K>\n").graph
        #expect(has(graph, "X", .attack, "P"))
        #expect(!has(graph, "X", .attack, "K"))
    }

    @Test func strictModeMakesEntailsAndContrary() {
        let graph = read("===\nmodel: {mode: strict}\n===\n\n[A]: a.\n  + [B]: b.\n  - [C]: c.\n").graph
        #expect(has(graph, "B", .entails, "A"))
        #expect(has(graph, "C", .contrary, "A") || has(graph, "A", .contrary, "C"))
    }

    @Test func implicitSupportIsDerivedFromConclusionsAndPremises() {
        let graph = read("<K>: k.\n\n(1) p.\n----\n(2) [C]: c.\n\n<L>: l.\n\n(1) [C]\n----\n(2) d.\n").graph
        #expect(has(graph, "K", .support, "L", derived: true))
        #expect(has(graph, "K", .support, "C", derived: true))
    }
}
