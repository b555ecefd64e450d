import Testing
@testable import ArgumentRendering

@Suite struct LabelTests {
    @Test func plainLabelsEscapeBackslashThenQuoteAndAmpersand() {
        #expect(PlainLabel(#"a"b\c"#).dotLiteral == #""a\"b\\c""#)
        #expect(PlainLabel("AT&T").dotLiteral == #""AT&amp;T""#)
        #expect(PlainLabel(#"\N"#).dotLiteral == #""\\N""#)
    }

    @Test func plainLabelLineBreaks() {
        #expect(PlainLabel(lines: ["x", "y"]).dotLiteral == #""x\ny""#)
        #expect(PlainLabel(lines: ["x", "y"], leftAligned: true).dotLiteral == #""x\ly\l""#)
        #expect(PlainLabel("one\ntwo").lines == ["one", "two"])
    }

    @Test func htmlLabelsTurnMarkupIntoEntities() {
        #expect(HTMLLabel.text(#"<b>&"x\"#).markup == #"&lt;b&gt;&amp;&quot;x\\"#)
        #expect(HTMLLabel.bold(.text("a<")).dotLiteral == "<<B>a&lt;</B>>")
        #expect(HTMLLabel.lines([.text("a"), .text("b")]).markup == #"a<BR ALIGN="LEFT"/>b<BR ALIGN="LEFT"/>"#)
        #expect(HTMLLabel.text("tab\there\u{7}").markup == "tab here")
    }

    @Test func tooltipsSurviveGraphvizEscapeRounds() {
        #expect(DOTText.tooltip(#"a\b"#) == #""a\\\\b""#)
        #expect(DOTText.tooltip("x & \"y\"\nz") == #""x &amp; \"y\"\nz""#)
    }

    @Test func wrapBreaksAtSpacesAndCutsLongWords() {
        #expect(TextWrapper.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrapper.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrapper.wrap("go abcdefghij", width: 4) == ["go", "abcd", "efgh", "ij"])
        #expect(TextWrapper.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextWrapper.wrap("  spaced   out  ", width: 20) == ["spaced out"])
        #expect(TextWrapper.wrap("Ленин 🚩 👩‍👩‍👧", width: 7) == ["Ленин 🚩", "👩‍👩‍👧"])
        #expect(TextWrapper.wrap("one two three four", width: 7, maxLines: 2) == ["one two", "three…"])
        #expect(TextWrapper.wrap("", width: 7).isEmpty)
    }

    @Test func coloursAreAlwaysSixDigits() {
        #expect(RGBColor(hex: "#eef")?.hex == "#eeeeff")
        #expect(RGBColor(hex: "1A2b3C")?.hex == "#1a2b3c")
        #expect(RGBColor(hex: "#12345") == nil)
        #expect(RGBColor(hex: "zzzzzz") == nil)
        #expect(RGBColor(0x000000).lightened(0.5).hex == "#808080")
        #expect(RGBColor(0x2e7d32).lightened(0).hex == "#2e7d32")
    }
}
