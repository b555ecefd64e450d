import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// Issue 15's line-level rules, one test per rule, each on the reproducer the issue names. What Argdown does is
/// taken from argdown-core's lexer (comments, relation and pcs-number tokens) and parser.spec.ts (its error cases).
@Suite struct ArgdownLineRuleTests {
    private func read(_ text: String) -> ReadResult { ArgdownReader.read(text, file: "rule.argdown") }

    private func codes(_ result: ReadResult) -> [String] { result.diagnostics.map(\.code) }

    /// Whether `graph` has the listed relation `from` → `to` of `type`.
    private func has(_ graph: ArgumentGraph, _ from: String, _ type: RelationType, _ to: String) -> Bool {
        guard let f = graph.statement(titled: from) ?? graph.argument(titled: from),
            let t = graph.statement(titled: to) ?? graph.argument(titled: to)
        else { return false }
        return graph.listedRelations.contains { $0.from == f && $0.to == t && $0.type == type }
    }

    // MARK: Comment-only lines

    @Test func aCommentOnlyLineDoesNotEndARelationTree() {
        for comment in ["<!-- note -->", "// note", "/* note */"] {
            let result = read("[A]: a\n  + [B]: b\n  \(comment)\n  + [C]: c\n")
            #expect(codes(result).isEmpty, "\(comment): \(result.diagnostics.map(\.headline))")
            #expect(has(result.graph, "B", .support, "A"))
            #expect(has(result.graph, "C", .support, "A"), "\(comment)")
        }
    }

    @Test func aMultiLineCommentInsideATreeDoesNotEndIt() {
        // argdown-core's intro.argdown: a comment over several lines between two relation lines of one pcs statement.
        let text = "(1) p\n----\n(2) [C]: c\n  +> <X>\n  <!--\n  The second relation is sketched.\n  -->\n  -> [D]\n"
        let result = read(text)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.map(\.headline))")
        #expect(has(result.graph, "C", .support, "X"))
        #expect(has(result.graph, "C", .attack, "D"))
    }

    @Test func aCommentOnlyLineDoesNotEndAStatementsText() throws {
        let result = read("[A]: All power\n// to whom?\nto the soviets.\n")
        #expect(codes(result).isEmpty)
        #expect(result.graph.statements.count == 1)
        let a = try #require(result.graph.statement(titled: "A"))
        #expect(result.graph[a].text == "All power to the soviets.")
    }

    @Test func aCommentOnlyLineBeforeAnEmptyLineStillEndsTheBlock() {
        // parser.spec.ts "can parse relation with subsequent comment": the comment, then a blank line, then new text.
        let result = read("<A>\n    +> [B]\n    <!--Comment-->\n  \nTHE END\n    ")
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.map(\.headline))")
        #expect(has(result.graph, "A", .support, "B"))
        #expect(result.graph.statements.map(\.title) == ["B", "Untitled 1"])
    }

    @Test func aRelationAfterAnEmptyLineAndACommentIsStillAnError() {
        let result = read("[A]: a\n\n// note\n  + [B]: b\n")
        #expect(codes(result).contains("relation-after-empty-line"))
    }

    @Test func manyCommentOnlyLinesAreReadInLinearTime() {
        // 40,000 comment lines inside a text, a relation tree and a block data block: each is stepped over a bounded
        // number of times (a rescan per line would be quadratic and take minutes).
        let comments = String(repeating: "  // note\n", count: 40_000)
        let text = "[A]: a\n\(comments)more text\n  + [B]: b\n\(comments)  + [C]: c {\n\(comments)  k: 1\n}\n"
        let clock = ContinuousClock()
        var result: ReadResult?
        let elapsed = clock.measure { result = read(text) }
        #expect(elapsed < .seconds(20), "\(elapsed)")
        #expect(result.map { !$0.diagnostics.containsErrors } == true, "\(result?.diagnostics.map(\.headline) ?? [])")
        #expect(result.map { has($0.graph, "C", .support, "A") } == true)
        #expect(result?.graph.statements.first?.text == "a more text")
    }

    // MARK: Indented top-level blocks

    @Test func anIndentedPCSIsAPCS() throws {
        let result = read(" (1) P\n ----\n (2) C\n")
        #expect(codes(result).isEmpty, "\(result.diagnostics.map(\.headline))")
        let argument = try #require(result.graph.arguments.first)
        let pcs = try #require(argument.pcs)
        #expect(pcs.statements.count == 2)
        #expect(pcs.inferences.count == 1)
        #expect(result.graph.statements.map(\.text) == ["P", "C"])
    }

    @Test func anIndentedPCSWithMultiLineInferenceAndRelations() throws {
        // parser.spec.ts "can parse inference with rules" and "can parse inference relations".
        let rules = read("\n    (1) A\n    --\n    Some rule\n    --\n    (2) B\n")
        #expect(codes(rules).isEmpty, "\(rules.diagnostics.map(\.headline))")
        #expect(rules.graph.arguments.first?.pcs?.inferences.first?.rules == ["Some rule"])
        let undercut = read("\n    (1) A\n    (2) B\n    ----\n      <_ [C]\n    (3) D\n")
        #expect(!undercut.diagnostics.containsErrors, "\(undercut.diagnostics.map(\.headline))")
        #expect(undercut.graph.arguments.first?.pcs?.statements.count == 3)
        #expect(has(undercut.graph, "C", .undercut, "Untitled 1"))
    }

    @Test func anIndentedHeadingIsAHeading() throws {
        let result = read("  # Section\n\n[A]: a\n")
        #expect(codes(result).isEmpty)
        let section = try #require(result.graph.sections.first)
        #expect(section.title == "Section")
        let a = try #require(result.graph.statement(titled: "A"))
        #expect(result.graph[a].section == section.id)
        #expect(result.graph.statements.count == 1)
    }

    @Test func aHeadingsTextRunsOnOverTheNextLine() {
        let result = read("# Two-line\nheading\n\n[A]: a\n")
        #expect(codes(result).isEmpty)
        #expect(result.graph.sections.map(\.title) == ["Two-line heading"])
        #expect(result.graph.statements.map(\.title) == ["A"])
    }

    @Test func aTitleRightBelowAHeadingStartsABlockAndIsAnError() throws {
        let result = read("# Section\n[A]: a\n  + [B]: b\n")
        let d = try #require(result.diagnostics.first { $0.code == "missing-empty-line" })
        #expect(d.range?.start.line == 2)
        #expect(result.graph.sections.map(\.title) == ["Section"])
        #expect(has(result.graph, "B", .support, "A"))
        // parser.spec.ts "can parse Argdown with metadata": a heading's data block may stand on the next line.
        let data = read("# Section\n   {isGroup: true}\n\n[A]: a\n")
        #expect(codes(data).isEmpty)
        #expect(data.graph.sections.map(\.title) == ["Section"])
        #expect(data.graph.sections.first?.isGroup == true)
    }

    // MARK: Relation symbols

    @Test func aRelationSymbolMayTouchItsTitle() {
        let result = read("[A]: a\n  +[B]: b\n  -><C>\n  <_<D>\n")
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.map(\.headline))")
        #expect(has(result.graph, "B", .support, "A"))
        #expect(has(result.graph, "A", .attack, "C"))
        #expect(result.graph.arguments.map(\.title) == ["C", "D"])
    }

    @Test func aLoneUnderscoreTouchingTextIsItalicNotAnUndercut() {
        // Argdown's outgoing undercut `_` needs a blank after it; `_x_` at a line start is italic text.
        let result = read("[A]: a\n_really_ so.\n")
        #expect(result.graph.listedRelations.isEmpty)
        #expect(result.graph.statements.count == 1)
    }

    // MARK: Inferences

    @Test func multiLineInferenceRulesMayHaveTrailingBlanks() throws {
        let result = read("(1) P\n(2) Q\n--  \nModus ponens,  \nUniversal instantiation \t\n--  \n(3) C\n")
        #expect(codes(result).isEmpty, "\(result.diagnostics.map(\.headline))")
        let inference = try #require(result.graph.arguments.first?.pcs?.inferences.first)
        #expect(inference.rules == ["Modus ponens", "Universal instantiation"])
        #expect(result.graph.arguments.first?.pcs?.statements.count == 3)
    }

    // MARK: Errors Argdown reports

    @Test func textBeforeATitleIsAnError() throws {
        // parser.spec.ts "can return Argdown error on title preceded by text": line 1, column 6.
        let result = read("Text <Title>:")
        let d = try #require(result.diagnostics.first { $0.code == "text-before-title" })
        #expect(d.severity == .error)
        #expect(d.range?.start.line == 1)
        #expect(d.range?.start.column == 6)
        for text in ["[A]: see [B] here.\n", "[X]: x\n  + Text [T]: more\n", "(1) p <Q>\n----\n(2) c\n"] {
            #expect(codes(read(text)).contains("text-before-title"), "\(text)")
        }
    }

    @Test func linksMentionsAndEscapesAreNotTitlesAfterText() {
        for text in [
            "See [the site](https://argdown.org) now.", "As @[A] and @<B> say.", "Costs \\[10\\] roubles.",
            "A #(tag [x]) here.", "Keep [-x] and <-y> as text.", "Data follows {a: [1, 2]}",
        ] {
            let result = read(text + "\n")
            #expect(!codes(result).contains("text-before-title"), "\(text): \(result.diagnostics.map(\.headline))")
        }
    }

    @Test func aPCSNeedsAnEmptyLineAbove() throws {
        // parser.spec.ts "can return Argdown error on pcs without preceding emptyline": `(1)` alone on line 2.
        let result = read("A\n    (1)")
        let d = try #require(result.diagnostics.first { $0.code == "missing-empty-line" })
        #expect(d.severity == .error)
        #expect(d.range?.start.line == 2)
        #expect(result.graph.statements.first?.text == "A")
        #expect(codes(read("<A>: a\n(1) p\n----\n(2) c\n")).contains("missing-empty-line"))
        #expect(codes(read("<A>: a\n\n(1) p\n----\n(2) c\n")).isEmpty)
    }

    @Test func aLoneNumberInBracketsIsAPCSNumber() throws {
        // Argdown's statement number token is `(n)` with nothing required after it.
        let result = read("(1)P\n----\n(2)C\n")
        #expect(codes(result).isEmpty, "\(result.diagnostics.map(\.headline))")
        #expect(result.graph.arguments.first?.pcs?.statements.count == 2)
        #expect(result.graph.statements.map(\.text) == ["P", "C"])
    }

    @Test func aHeadingNeedsAnEmptyLineAbove() {
        let result = read("[A]: a\n# Section\n")
        #expect(codes(result).contains("missing-empty-line"))
        #expect(result.graph.sections.map(\.title) == ["Section"])
    }

    @Test func anUnclosedTitleIsReported() throws {
        // Argdown reads the line as an untitled statement (the `[` is plain text) without an error; argmap keeps
        // that reading but warns, since a missing `]` is almost always a typo.
        let result = read("[Fun: Games are fun.\n")
        let d = try #require(result.diagnostics.first { $0.code == "unclosed-title" })
        #expect(d.severity == .warning)
        #expect(d.range?.start.column == 1)
        #expect(result.graph.statements.count == 1)
        #expect(result.graph.statements.first?.isUntitled == true)
        #expect(codes(read("<Fun: Games are fun.\n")).contains("unclosed-title"))
        #expect(!codes(read("< 5 percent agree.\n")).contains("unclosed-title"))
    }

    // MARK: Deliberate deviations (docs/argdown-deviations.md), argmap's side of each row

    @Test func deliberateDeviationsReadAsDocumented() throws {
        let url = read("[A]: see https://argdown.org for more.\n")
        let a = try #require(url.graph.statement(titled: "A"))
        #expect(url.graph[a].text == "see https://argdown.org for more.")
        #expect(read("<B >: b\n").graph.arguments.map(\.title) == ["B"])
        let rest = read("Text <T>: x\n\n[C]: c\n")
        #expect(codes(rest).contains("text-before-title"))
        #expect(rest.graph.statement(titled: "C") != nil)
        let reference = read("[A]: a\n\n[A] text after a reference\n")
        #expect(reference.diagnostics.map(\.code) == ["text-after-reference"])
        let heading = read("# See [x] here\n\n[A]: a\n")
        #expect(!heading.diagnostics.containsErrors)
        #expect(heading.graph.sections.first?.title == "See [x] here")
        let dedent = read("[A]: a\n    + [B]: b\n  + [C]: c\n")
        #expect(!dedent.diagnostics.containsErrors)
        #expect(has(dedent.graph, "C", .support, "A"))
    }
}
