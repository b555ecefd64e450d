/// Escaping for the canonical Argdown printer: every character that could start Argdown syntax inside a text, a
/// title or a tag is written with a `\` before it, so the reader takes it literally (argdown.md §1: `\` escapes the
/// next character). All functions are O(length of the string).
public enum ArgdownEscaping {
    /// Characters escaped anywhere in a title: brackets, angle brackets, braces, `#` (tags, headings), `@`
    /// (mentions) and `\` itself.
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "[", "]", "<", ">", "{", "}", "#", "@"]

    /// A text for after `[Title]: `, in a pcs line, in a heading or as an untitled statement at the start of a line.
    /// Line breaks become spaces (the reader folds them anyway); a first character that could start a line construct
    /// (`+`, `-`, `(`, `*`, `=`, a digit ...) is escaped; `//`, `/*` are broken up so they are not comments; `*` and
    /// `_` that would start bold or italic text and `.` / `:` that would start a shortcode (`.v.`) are escaped.
    public static func text(_ s: String, atLineStart: Bool = true) -> String {
        InlineMarkupPrinter(s, atLineStart: atLineStart).print([]).text
    }

    /// A title for between `[` `]` or `<` `>`: the same escapes as a text, and a first character that is ASCII
    /// punctuation is escaped too (`<_ x>` at the start of a line would otherwise read as the relation symbol `<_`).
    public static func title(_ s: String) -> String {
        var out = ""
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if c == "\n" || c == "\r" {
                out.append(" ")
                continue
            }
            if alwaysEscaped.contains(c) || c == "/" && (next == "/" || next == "*") || i == 0 && isASCIIPunctuation(c) {
                out.append("\\")
            }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// An inference rule name inside `-- ... --` (escaped like a text; a `,` cannot be written, as it separates rules).
    public static func rule(_ s: String) -> String {
        text(s, atLineStart: true)
    }

    /// `#tag`, or `#(tag)` when the tag has characters a bare tag cannot hold (`)` and `\` escaped inside).
    public static func tag(_ s: String) -> String {
        let bare = !s.isEmpty && s.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F || b >= 0x80
        }
        if bare { return "#" + s }
        var out = "#("
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if c == ")" || c == "\\" || c == "/" && (next == "/" || next == "*") || c == "<" { out.append("\\") }
            out.unicodeScalars.append(c == "\n" ? " " : c)
        }
        return out + ")"
    }

    static func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
        c.value > 0x20 && c.value < 0x7F && !c.properties.isAlphabetic && c.properties.numericType == nil
    }
}
