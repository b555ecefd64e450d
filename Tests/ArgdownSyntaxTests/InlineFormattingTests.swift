import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// Inline Markdown as Argdown 1.7 reads it (issue 15 item 2): markers leave the text and become ranges over it
/// (ModelPlugin: bold/italic/link/tag/mention ranges), tags stay in the text unless `model.removeTagsFromText`,
/// shortcodes become characters (guide "Using logical symbols and emojis"), and an unclosed `**`/`_` is an error.
/// Expected texts and offsets are worked out by hand (UTF-8 offsets, half-open).
@Suite struct InlineFormattingTests {
    /// The one node titled `title` after reading `text` (no errors expected unless `errors` says).
    private func node(_ title: String, in text: String, allowErrors: Bool = false) throws -> Node {
        let result = ArgdownReader.read(text)
        if !allowErrors { #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.headline))") }
        return try #require(result.graph.nodes.first { $0.title == title })
    }

    @Test func boldWithAsterisksAndUnderscores() throws {
        let a = try node("A", in: "[A]: This is **very** important and __so__ is this.")
        #expect(a.text == "This is very important and so is this.")
        #expect(a.ranges == [TextRange(.bold, start: 8, end: 12), TextRange(.bold, start: 27, end: 29)])
    }

    @Test func italicWithAsterisksAndUnderscores() throws {
        let a = try node("A", in: "[A]: An *italic* and an _other_ word.")
        #expect(a.text == "An italic and an other word.")
        #expect(a.ranges == [TextRange(.italic, start: 3, end: 9), TextRange(.italic, start: 17, end: 22)])
    }

    @Test func nestedBoldAndItalicOuterFirst() throws {
        // Argdown orders ranges by where they open: the bold one (0..<16) before the italic inside (5..<11).
        let a = try node("A", in: "[A]: **bold _nested_ text** end")
        #expect(a.text == "bold nested text end")
        #expect(a.ranges == [TextRange(.bold, start: 0, end: 16), TextRange(.italic, start: 5, end: 11)])
        let b = try node("B", in: "[B]: ***both***")
        #expect(b.text == "both")
        #expect(b.ranges == [TextRange(.bold, start: 0, end: 4), TextRange(.italic, start: 0, end: 4)])
    }

    @Test func closingMarkerNeedsBlankOrPunctuationAfterIt() throws {
        // `**a**b` does not close (a letter follows), so the `**` stays open: an error, kept as text.
        let result = ArgdownReader.read("[A]: x **a**b")
        let d = try #require(result.diagnostics.first { $0.code == "unclosed-emphasis" })
        #expect(d.range?.start.column == 8)
        // Followed by `.`, `,`, `)` ... it closes.
        let a = try node("A", in: "[A]: (**a**), *b*. _c_!")
        #expect(a.text == "(a), b. c!")
        #expect(a.ranges == [TextRange(.bold, start: 1, end: 2), TextRange(.italic, start: 5, end: 6), TextRange(.italic, start: 8, end: 9)])
    }

    @Test func lonelyMarkersBeforeBlanksAreText() throws {
        let a = try node("A", in: "[A]: 2 * 3 = 6 and a _ b")
        #expect(a.text == "2 * 3 = 6 and a _ b")
        #expect(a.ranges.isEmpty)
    }

    @Test func escapedMarkersAreText() throws {
        let a = try node("A", in: #"[A]: snake\_case and \*\*not bold\*\*"#)
        #expect(a.text == "snake_case and **not bold**")
        #expect(a.ranges.isEmpty)
    }

    @Test func linksKeepTheirTextAndRecordTheURL() throws {
        let a = try node("A", in: "[A]: See [the guide](https://argdown.org/syntax) now.")
        #expect(a.text == "See the guide now.")
        #expect(a.ranges == [TextRange(.link(url: "https://argdown.org/syntax"), start: 4, end: 13)])
        // A link inside bold text.
        let b = try node("B", in: "[B]: **read [this](x.html)**")
        #expect(b.text == "read this")
        #expect(b.ranges == [TextRange(.bold, start: 0, end: 9), TextRange(.link(url: "x.html"), start: 5, end: 9)])
    }

    @Test func tagsStayInTheTextByDefault() throws {
        let a = try node("A", in: "[A]: Power to the #soviets now #(with space)")
        #expect(a.text == "Power to the #soviets now #(with space)")
        #expect(a.tags == ["soviets", "with space"])
        #expect(a.ranges == [TextRange(.tag("soviets"), start: 13, end: 21), TextRange(.tag("with space"), start: 26, end: 39)])
    }

    @Test func removeTagsFromTextTakesThemOut() throws {
        let text = "===\nmodel: {removeTagsFromText: true}\n===\n\n[A]: Power to the #soviets now"
        let a = try node("A", in: text)
        #expect(a.text == "Power to the now")
        #expect(a.tags == ["soviets"])
        #expect(a.ranges.isEmpty)
    }

    @Test func textOfTagsOnlyIsNoText() throws {
        // A definition whose text is only tags defines nothing (argmap keeps its earlier rule; see formats.md).
        let result = ArgdownReader.read("[A]: The text.\n\n[A]: #tagged")
        let a = try #require(result.graph.nodes.first)
        #expect(a.text == "The text.")
        #expect(a.tags == ["tagged"])
        #expect(!result.diagnostics.contains { $0.code == "conflicting-definition" })
    }

    @Test func mentionsStayInTheTextWithARange() throws {
        let a = try node("A", in: "[A]: As @[B] and @<C> say.\n\n[B]: b\n\n<C>: c")
        #expect(a.text == "As @[B] and @<C> say.")
        #expect(a.ranges == [TextRange(.mention(.statement, title: "B"), start: 3, end: 7),
                             TextRange(.mention(.argument, title: "C"), start: 12, end: 16)])
    }

    @Test func shortcodesBecomeCharacters() throws {
        let a = try node("A", in: "[A]: p .^. (q .v. r) .->. :~: s :+1: .heart.")
        #expect(a.text == "p ∧ (q ∨ r) → ¬ s 👍 ❤")
        // Not in the table: kept; `e.g.` and `10:30:00` stay as written.
        let b = try node("B", in: "[B]: e.g. at 10:30:00 .nope.")
        #expect(b.text == "e.g. at 10:30:00 .nope.")
    }

    @Test func customShortcodesFromTheFrontMatter() throws {
        let a = try node("A", in: "===\nmodel:\n  shortcodes:\n    \":bomb:\": {unicode: \"💣\"}\n===\n\n[A]: a :bomb: and .v.")
        #expect(a.text == "a 💣 and ∨")
    }

    @Test func headingsLoseMarkersAndKeepTagsOut() throws {
        let result = ArgdownReader.read("# A **bold** heading #tag\n\n[A]: a")
        let s = try #require(result.graph.sections.first)
        #expect(s.title == "A bold heading")
        #expect(s.tags == ["tag"])
    }

    @Test func unclosedMarkersAreErrorsAtTheirPlace() throws {
        let result = ArgdownReader.read("[A]: one **two\n\n[B]: snake_case here")
        let codes = result.diagnostics.filter { $0.code == "unclosed-emphasis" }
        #expect(codes.count == 2)
        #expect(codes.map { $0.severity } == [.error, .error])
        #expect(codes.map { $0.range?.start.line } == [1, 3])
        #expect(codes.map { $0.range?.start.column } == [10, 11])
        // The markers stay in the text as written.
        #expect(result.graph.nodes.map(\.text) == ["one **two", "snake_case here"])
        #expect(result.graph.nodes.allSatisfy { $0.ranges.isEmpty })
    }

    @Test func unclosedOuterMarkerKeepsInnerRangeInPlace() throws {
        // `**` never closes; `_b_` inside does: after putting `**` back, the italic range moves by two.
        let a = try node("A", in: "[A]: x **a _b_ c", allowErrors: true)
        #expect(a.text == "x **a b c")
        #expect(a.ranges == [TextRange(.italic, start: 6, end: 7)])
    }

    @Test func formattingSurvivesPrintAndRead() throws {
        let source = """
            [A]: This is **very** _important_, see [the guide](https://argdown.org/a_b) #pro p .^. q, *x* and 2 * 3.

            [B]: snake\\_case, **bold _nested_ text**. A literal \\.v. and @[A] here.
            """
        let first = ArgdownReader.read(source)
        #expect(first.diagnostics.filter { $0.severity == .error }.isEmpty, "\(first.diagnostics.map(\.headline))")
        let printed = ArgdownPrinter.print(first.graph)
        let second = ArgdownReader.read(printed)
        #expect(second.diagnostics.filter { $0.severity == .error }.isEmpty, "\(printed)")
        #expect(first.graph.structuralDifferences(from: second.graph).isEmpty, "\(printed)")
        for (a, b) in zip(first.graph.nodes, second.graph.nodes) { #expect(a.ranges == b.ranges, "\(printed)") }
        #expect(printed.contains("**very** _important_"))
        #expect(printed.contains("[the guide](https://argdown.org/a_b)"))
    }

    @Test func referenceWithTagsHasNoTextAndNoWarning() throws {
        let result = ArgdownReader.read("[A]: The text.\n\n[A] #more")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.headline))")
        #expect(result.graph.nodes.first?.tags == ["more"])
        #expect(result.graph.nodes.first?.text == "The text.")
    }

    @Test func removeTagsFromTextSurvivesPrintAndRead() throws {
        let source = "===\nmodel: {removeTagsFromText: true}\n===\n\n[A]: Power **to** the #soviets now\n\nLand #peasants and bread."
        let first = ArgdownReader.read(source)
        let printed = ArgdownPrinter.print(first.graph)
        // Tags go after the text again, where the reader takes them out.
        #expect(printed.contains("[A]: Power **to** the now #soviets"), "\(printed)")
        let second = ArgdownReader.read(printed)
        #expect(first.graph.structuralDifferences(from: second.graph).isEmpty, "\(printed)")
        #expect(second.graph.nodes.map(\.ranges) == first.graph.nodes.map(\.ranges))
    }

    @Test func manyUnclosedMarkersAreOneErrorAndLinearTime() throws {
        // 40,000 nested openers on one 400 KB line: one error at the first, and no quadratic work (the markers
        // are put back in one pass). A quadratic regression takes minutes here.
        let text = "[A]: " + String(repeating: "_a *b **c ", count: 40_000) + "\n\n[B]: " + String(repeating: "x.y:z.w:", count: 50_000)
        let clock = ContinuousClock()
        var result: ReadResult?
        let elapsed = clock.measure { result = ArgdownReader.read(text) }
        #expect(elapsed < .seconds(20), "took \(elapsed)")
        let read = try #require(result)
        let errors = read.diagnostics.filter { $0.code == "unclosed-emphasis" }
        #expect(errors.count == 1)
        #expect(errors.first?.range?.start.column == 6)
        // Per repetition `*b` closes at the next `*` (followed by `*`), and `_a` and `*c` stay open: 80,000 open
        // markers, put back as written; the closed `*b*` pairs lose their markers.
        #expect(errors.first?.message.contains("79999 more markers") == true)
        #expect(read.graph.nodes.first?.text == String(repeating: "_a b *c ", count: 40_000).trimmingCharacters(in: .whitespaces))
    }
}
