import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentAnalysis

/// The check pipeline every front end shares: reader diagnostics, lint, quotes, in source order.
@Suite struct MapCheckTests {
    static let map = """
        [Thesis]: The rising was planned.
          + [Reason]: The committee prepared it. {quote: "took the garrison"}

        [Stray]: A claim on its own.
        """

    @Test func joinsReaderAndLintDiagnosticsInSourceOrder() {
        let read = ArgdownReader.read(Self.map, file: "m.argdown")
        let lint = Linter.lint(read.graph)
        #expect(!lint.isEmpty)
        let check = MapCheck(read.graph, readerDiagnostics: read.diagnostics, file: "m.argdown")
        #expect(check.diagnostics.map(\.code).sorted() == (read.diagnostics + lint).map(\.code).sorted())
        let offsets = check.diagnostics.map { $0.range?.start.offset ?? -1 }
        #expect(offsets == offsets.sorted())
        // Lint diagnostics with a place but no file are named after the map.
        #expect(check.diagnostics.allSatisfy { $0.range == nil || $0.range?.file == "m.argdown" })
        #expect(check.quotes.isEmpty)
    }

    @Test func disablingEveryRuleLeavesTheReader() {
        let read = ArgdownReader.read(Self.map, file: "m.argdown")
        let check = MapCheck(read.graph, readerDiagnostics: read.diagnostics, disabled: ["all"])
        #expect(check.diagnostics == MapCheck.sortedBySource(read.diagnostics))
    }

    @Test func verifiesQuotesAgainstTheSource() {
        let read = ArgdownReader.read(Self.map, file: "m.argdown")
        let found = MapCheck(
            read.graph, readerDiagnostics: [], disabled: ["all"],
            source: MapCheck.Source(path: "essay.txt", text: "Intro.\nThe MRC took the garrison."))
        #expect(found.quotes.count == 1)
        #expect(found.quotes.first.map { [$0.line, $0.column] } == [2, 9])
        #expect(found.diagnostics.isEmpty)
        let missing = MapCheck(
            read.graph, readerDiagnostics: [], disabled: ["all"], source: MapCheck.Source(path: "essay.txt", text: "Nothing here."))
        #expect(missing.quotes.isEmpty)
        #expect(missing.diagnostics.map(\.code) == ["quote-not-in-source"])
    }

    @Test func sortsByOffsetThenSeverity() {
        func at(_ offset: Int, _ severity: Severity, _ code: TestCode) -> Diagnostic {
            Diagnostic(severity, code: code, code.rawValue, at: SourceRange(file: nil, at: SourcePosition(line: 1, column: offset + 1, offset: offset)))
        }
        let sorted = MapCheck.sortedBySource([at(5, .error, .e5), at(5, .warning, .w5), at(1, .error, .e1)])
        #expect(sorted.map(\.code) == ["e1", "w5", "e5"])
    }
}

@Suite struct EvaluationReportTests {
    @Test func labelsNodesAndNotesOpenContradictions() {
        let graph = ArgdownReader.read("[A]: a.\n  - [B]: b.\n\n[C]: c.\n  >< [D]: d.\n").graph
        let evaluation = MapEvaluation(graph, semantics: .grounded)
        let report = EvaluationReport(evaluation, graph: graph)
        #expect(report.semantics == "grounded")
        #expect(report.nodes.map(\.title) == ["A", "B", "C", "D"])
        #expect(report.nodes.map(\.label) == ["OUT", "IN", "UNDEC", "UNDEC"])
        #expect(report.nodes[2].note == "undecided: mutually contradicting [D]")
        #expect(report.nodes[0].note == nil)
        #expect(report.labellings == nil && report.explanation == nil)
        #expect(report.nodes.allSatisfy { $0.strength == nil })
        let full = EvaluationReport(evaluation, graph: graph, strength: true, allLabellings: true)
        #expect(full.labellings?.count == 1)
        #expect(full.nodes.allSatisfy { $0.strength != nil })
    }

    @Test func explainsOneNode() throws {
        let graph = ArgdownReader.read("[A]: a.\n  - [B]: b.\n").graph
        let evaluation = MapEvaluation(graph, semantics: .grounded)
        let a = try #require(graph.node(.statement, titled: "A"))
        let explanation = try #require(Explanation(a, evaluation: evaluation, graph: graph))
        let report = EvaluationReport(evaluation, graph: graph, explanation: explanation)
        #expect(report.explanation?.title == "[A]")
        #expect(report.explanation?.label == "OUT")
        #expect(report.explanation?.lines == explanation.lines)
        #expect(report.explanation?.reasons.count == explanation.lines.count)
    }
}

@Suite struct ICCMATaskTests {
    @Test func parsesTaskCodes() {
        let task = ICCMATask("dc-pr")
        #expect(task?.problem == .DC)
        #expect(task?.semantics == .preferred)
        #expect(ICCMATask("SE-SST")?.semantics == .semiStable)
        #expect(ICCMATask("XX-PR") == nil)
        #expect(ICCMATask("DC-PR-CO") == nil)
        #expect(ICCMATask("DC") == nil)
        #expect(ICCMATask.all.count == 20)
        #expect(ICCMATask.all.first == "DC-CO")
        #expect(ICCMATask.all.last == "CE-GR")
    }

    /// 1 attacks 2, 2 and 3 attack each other: 1 is IN, so 2 is OUT and 3 IN; every semantics gives {1, 3}.
    @Test func answersInICCMAOutputLines() throws {
        let af = AttackFramework(count: 3, attacks: [.init(0, 1), .init(1, 2), .init(2, 1)])
        let problem = LabellingProblem(framework: af)
        let names = ["1", "2", "3"]
        func answer(_ code: String, _ argument: Int? = nil) throws -> [String] {
            try #require(ICCMATask(code)).answer(problem, names: names, argument: argument)
        }
        #expect(try answer("SE-GR") == ["w 1 3"])
        #expect(try answer("CE-PR") == ["1"])
        #expect(try answer("DC-PR", 2) == ["YES", "w 1 3"])
        #expect(try answer("DC-PR", 1) == ["NO"])
        #expect(try answer("DS-GR", 2) == ["YES"])
        #expect(try answer("DS-PR", 1) == ["NO", "w 1 3"])
        #expect(try answer("DS-PR", 0) == ["YES"])
        #expect(try answer("DC-PR") == ["NO"])
        #expect(try #require(ICCMATask("DC-CO")).needsArgument)
        #expect(try !#require(ICCMATask("SE-CO")).needsArgument)
    }
}

@Suite struct ProofTextTests {
    @Test func writesChainsWithArrowsInTheRelationsDirection() throws {
        let graph = ArgdownReader.read("[A]: a.\n  + [B]: b.\n    - [C]: c.\n").graph
        let a = try #require(graph.node(.statement, titled: "A"))
        let b = try #require(graph.node(.statement, titled: "B"))
        let c = try #require(graph.node(.statement, titled: "C"))
        let support = try #require(graph.relations.first { $0.type == .support })
        let attack = try #require(graph.relations.first { $0.type == .attack })
        let steps = [
            ProofStep(from: c, to: b, relation: attack.id, type: .attack, reversed: false),
            ProofStep(from: b, to: a, relation: support.id, type: .support, reversed: false),
        ]
        #expect(ProofText.chain(steps, from: c, graph) == "[C] -attack-> [B] -support-> [A]")
        #expect(ProofText.via(steps, graph) == "-attack-> [B] -support->")
        let back = [ProofStep(from: a, to: b, relation: support.id, type: .support, reversed: true)]
        #expect(ProofText.chain(back, from: a, graph) == "[A] <-support- [B]")
        #expect(ProofText.chain([], from: a, graph) == "[A] (itself: zero-length path)")
        #expect(ProofText.implicit(steps[0], graph) == "")
    }
}

@Suite struct RubricDataTests {
    @Test func overridesTheStandardWeights() throws {
        let rubric = try GradingRubric(data: .object(["relation": .int(3), "extraNodePenalty": .double(0.5)]))
        #expect(rubric.relation == 3)
        #expect(rubric.extraNodePenalty == 0.5)
        #expect(rubric.node == GradingRubric.standard.node)
        #expect(try GradingRubric(data: .null) == .standard)
    }

    @Test func namesTheKeyOfAMistake() {
        #expect(throws: GradingRubric.Problem.self) { try GradingRubric(data: .string("relation")) }
        do {
            _ = try GradingRubric(data: .object(["node": .int(1), "relation": .string("two")]))
            Issue.record("a string weight was accepted")
        } catch {
            #expect(error.key == "relation")
            #expect(error.message.contains("must be a number"))
        }
        do {
            _ = try GradingRubric(data: .object(["nodes": .int(1)]))
            Issue.record("an unknown weight was accepted")
        } catch {
            #expect(error.key == "nodes")
        }
    }
}

@Suite struct StatisticsCSVTests {
    @Test func oneRowPerFileAndATotal() {
        let one = ArgdownReader.read("[A]: a.\n  + [B]: b.\n").graph
        let two = ArgdownReader.read("[C]: c.\n").graph
        let csv = MapStatistics.corpus([("one.argdown", one), ("two.argdown", two)]).csv
        #expect(csv == "file,claims,arguments,relations\none.argdown,2,0,1\ntwo.argdown,1,0,0\ntotal,3,0,1\n")
    }
}

@Suite struct CheckReportTests {
    @Test func totalsEveryFile() {
        let warning = Diagnostic(.warning, code: TestCode.w, "a warning")
        let error = Diagnostic(.error, code: TestCode.e, "an error")
        let report = CheckReport([
            CheckReport.File(path: "a", diagnostics: [warning, error, warning], quotes: [], failure: nil),
            CheckReport.File(path: "b", diagnostics: [], quotes: [CheckReport.Quote(node: "N", file: "s.txt", line: 1, column: 2)], failure: nil),
            CheckReport.File(path: "c", diagnostics: [], quotes: [], failure: "c: no such file"),
        ])
        #expect(report.summary.files == 3)
        #expect(report.summary.errors == 1)
        #expect(report.summary.warnings == 2)
        #expect(report.summary.notes == 0)
        #expect(report.summary.unreadable == 1)
        #expect(report.summary.quotes == 1)
        #expect(report.files.map(\.readable) == [true, true, false])
        #expect(report.files[0].diagnostics.map(\.code) == ["w", "e", "w"])
    }
}

@Suite struct QueryReportTests {
    @Test func bindsVariablesAndWritesProofs() throws {
        let graph = ArgdownReader.read("[A]: a.\n  - [B]: b.\n  - <C>: c.\n").graph
        let result = try QueryEngine(graph).evaluate("?x attacks [A]", explain: true)
        let query = try Query.parse("?x attacks [A]")
        let report = QueryReport(result, graph, query: query, explain: true)
        #expect(report.variables == ["x"])
        #expect(report.holds && report.count == 2)
        #expect(report.answers.map { $0.bindings["x"]?.title } == ["B", "C"])
        #expect(report.answers.map { $0.bindings["x"]?.kind } == ["statement", "argument"])
        #expect(report.answers.first?.proofs?.first?.path == [StepSummary(ProofStep(
            from: try #require(graph.node(.statement, titled: "B")), to: try #require(graph.node(.statement, titled: "A")),
            relation: graph.relations.first?.id, type: .attack, reversed: false), graph)])
        #expect(QueryReport(result, graph, query: query, explain: false).answers.allSatisfy { $0.proofs == nil })
        #expect(QueryReport.csv(result, graph) == "x\n[B]\n<C>\n")
        let yes = try QueryEngine(graph).evaluate("[B] attacks [A]")
        #expect(QueryReport.csv(yes, graph) == "holds\ntrue\n")
    }
}

/// Codes for diagnostics these tests make by hand.
enum TestCode: String, DiagnosticCode { case e, w, e1, e5, w5 }
