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

/// The fast paths of the label helpers (ASCII bytes instead of Characters and scalars) against the general code.
@Suite struct LabelFastPathTests {
    /// Deterministic pseudo-random strings from an alphabet.
    struct Strings {
        var state: UInt64
        mutating func next(_ alphabet: [String], maxLength: Int) -> String {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var n = Int(state >> 33) % (maxLength + 1)
            var out = ""
            while n > 0 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                out += alphabet[Int(state >> 33) % alphabet.count]
                n -= 1
            }
            return out
        }
    }

    @Test func asciiWrappingMatchesCharacterWrapping() {
        var strings = Strings(state: 1917)
        let alphabet = ["a", "b", "c", " ", " ", "\t", "\n", "xyzzy", "longerwordhere", "  "]
        for _ in 0..<3000 {
            let text = strings.next(alphabet, maxLength: 14)
            for width in [1, 2, 3, 5, 8, 13] {
                #expect(TextWrapper.wrapASCII(Array(text.utf8), width: width) == TextWrapper.wrapCharacters(text, width: width),
                        "\(text.debugDescription) at width \(width)")
            }
        }
    }

    /// The scalar-by-scalar escaping the byte-level escapers replaced: scalars in `table` are replaced, other
    /// control characters dropped, the rest kept.
    static func reference(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] { out += replacement; continue }
            if scalar.value < 0x20 || scalar.value == 0x7F { continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
    static let quoted: [Unicode.Scalar: String] = ["\\": "\\\\", "\"": "\\\"", "\n": "\\n", "\t": " "]
    static let html: [Unicode.Scalar: String] = [
        "\\": "\\\\", "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "\n": " ", "\t": " ",
    ]
    static let tooltip: [Unicode.Scalar: String] = [
        "\\": "\\\\\\\\", "\"": "\\\"", "&": "&amp;", "\n": "\\n", "\t": " ",
    ]

    @Test func byteEscapersMatchTheScalarOnes() {
        var strings = Strings(state: 25)
        let alphabet = ["a", "Ж", "🚩", "\\", "\"", "&", "<", ">", "\n", "\r", "\t", "\u{1}", "\u{7F}", "é", " ", "\r\n"]
        for _ in 0..<3000 {
            let text = strings.next(alphabet, maxLength: 10)
            #expect(DOTText.escapeQuoted(text) == Self.reference(text, Self.quoted), "\(text.debugDescription)")
            #expect(DOTText.escapeHTML(text) == Self.reference(text, Self.html), "\(text.debugDescription)")
            #expect(DOTText.tooltip(text) == "\"" + Self.reference(text, Self.tooltip) + "\"", "\(text.debugDescription)")
        }
    }

    @Test func numbersHaveAtMostThreeDecimalsAndNoTrailingZeros() {
        #expect(DOTText.number(1.2) == "1.2")
        #expect(DOTText.number(11) == "11")
        #expect(DOTText.number(0.75) == "0.75")
        #expect(DOTText.number(0.0625) == "0.063")
        #expect(DOTText.number(10.9) == "10.9")
        #expect(DOTText.number(7.7695) == "7.77")
        #expect(DOTText.number(0.9996) == "1")
        #expect(DOTText.number(-2.5) == "-2.5")
        #expect(DOTText.number(-0.0001) == "0")
        #expect(DOTText.number(3.001) == "3.001")
        #expect(DOTText.number(0.05) == "0.05")
    }
}
