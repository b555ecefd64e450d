import ArgumentModel
import Testing
@testable import ArgumentFormats

/// The byte buffer's string escaping (eight plain bytes a word, a padded last word, long texts escaped in steps of
/// 4,096 bytes) against a plain escaper written scalar by scalar from the JSON writer's rules.
@Suite struct JSONStringEscapingTests {
    /// The writer's rules, one Unicode scalar at a time.
    static func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{7F}", "\u{2028}", "\u{2029}", "\u{FFFE}", "\u{FFFF}":
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static let specials = ["\"", "\\", "\n", "\u{01}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{FFFE}", "\u{FFFF}", "é",
        "€", "😀", "\u{E000}", "\u{FFFD}"]

    /// Every special character at every place of short texts (the padded last word), of texts around the 4,096-byte
    /// step (a three-byte character across its end) and of a long text.
    @Test func escapesEveryCharacterAtEveryPlace() {
        for length in [0, 1, 2, 7, 8, 9, 15, 16, 17, 23] {
            for special in Self.specials {
                for at in 0...length {
                    let text = String(repeating: "a", count: at) + special + String(repeating: "b", count: length - at)
                    #expect(JSONDataWriter.writeCompact(.string(text)) == Self.reference(text))
                }
            }
        }
        for special in Self.specials {
            for at in 4_088...4_100 {
                let text = String(repeating: "x", count: at) + special + String(repeating: "y", count: 9_000 - at)
                #expect(JSONDataWriter.writeCompact(.string(text)) == Self.reference(text))
            }
        }
    }

    /// Random texts mixing plain runs and specials, long and short.
    @Test func escapesRandomTexts() {
        var rng = SplitMix64(seed: 29)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<rng.below(40) {
                text += rng.below(3) == 0 ? Self.specials[rng.below(Self.specials.count)]
                    : String(repeating: "plain ", count: rng.below(rng.below(10) == 0 ? 1_500 : 4))
            }
            #expect(JSONDataWriter.writeCompact(.string(text)) == Self.reference(text))
        }
    }

    /// Small pieces (copied as overlapping words) and large ones give the same bytes as the text they come from.
    @Test func copiesPiecesOfEveryLength() {
        for length in 0...70 {
            let text = String((0..<length).map { Character(UnicodeScalar(UInt8(0x41 + $0 % 26))) })
            #expect(JSONDataWriter.writeCompact(.string(text)) == "\"" + text + "\"")
        }
    }
}

extension String {
    /// The text with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
