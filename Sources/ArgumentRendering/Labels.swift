import Foundation

/// A plain-text DOT label: user text that Graphviz shows as typed (edge labels, captions).
///
/// ``dotLiteral`` escapes `\` first, then `"`, and writes `&` as `&amp;` (Graphviz decodes entities); a line break
/// becomes `\n` (centred) or `\l` (left-aligned), so no user text can end the string early or be read as a
/// Graphviz escape such as `\N`. (Tooltips need more: ``DOTText/tooltip(_:)``.)
public struct PlainLabel: Hashable, Sendable {
    /// The lines, as typed (no escapes).
    public var lines: [String]
    /// Whether lines are left-aligned (`\l`) rather than centred (`\n`).
    public var leftAligned: Bool

    /// A label of `lines`.
    public init(lines: [String], leftAligned: Bool = false) {
        self.lines = lines
        self.leftAligned = leftAligned
    }

    /// A label of `text`, split at its newlines.
    public init(_ text: String, leftAligned: Bool = false) {
        self.init(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), leftAligned: leftAligned)
    }

    /// The quoted DOT string, quotes included. Complexity: O(length).
    public var dotLiteral: String {
        let breakEscape = leftAligned ? "\\l" : "\\n"
        // Graphviz decodes entities in labels, so `&` is written `&amp;` to show as typed.
        var body = lines.map { DOTText.escapeQuoted($0).replacingOccurrences(of: "&", with: "&amp;") }
            .joined(separator: breakEscape)
        if leftAligned, !lines.isEmpty { body += "\\l" }
        return "\"" + body + "\""
    }
}

/// An HTML-like Graphviz label, built only from escaped text and a few fixed tags, so user text can never become
/// markup. Written as `<...>` in DOT.
public struct HTMLLabel: Hashable, Sendable {
    /// The markup, always well formed (only this type's builders produce it).
    public private(set) var markup: String

    private init(markup: String) { self.markup = markup }

    /// The empty label.
    public static let empty = HTMLLabel(markup: "")

    /// `text` with `&`, `<`, `>`, `"` turned into entities (and control characters dropped).
    public static func text(_ text: String) -> HTMLLabel { HTMLLabel(markup: DOTText.escapeHTML(text)) }

    /// `content` in bold.
    public static func bold(_ content: HTMLLabel) -> HTMLLabel { HTMLLabel(markup: "<B>" + content.markup + "</B>") }

    /// `content` in italics.
    public static func italic(_ content: HTMLLabel) -> HTMLLabel { HTMLLabel(markup: "<I>" + content.markup + "</I>") }

    /// `content` underlined.
    public static func underline(_ content: HTMLLabel) -> HTMLLabel { HTMLLabel(markup: "<U>" + content.markup + "</U>") }

    /// A borderless, unpadded table with one left-aligned row per entry (used when a label has links, which
    /// Graphviz only allows on table cells).
    public static func table(rows: [HTMLLabel]) -> HTMLLabel {
        var markup = #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">"#
        for row in rows { markup += #"<TR><TD ALIGN="LEFT" BALIGN="LEFT">"# + row.markup + "</TD></TR>" }
        return HTMLLabel(markup: markup + "</TABLE>")
    }

    /// `head` above a row of bordered boxes (each with its fill colour), side by side: a reconstructed argument
    /// with its co-premises drawn inside it.
    public static func withBoxesBelow(_ head: HTMLLabel, boxes: [(HTMLLabel, fill: RGBColor)], border: RGBColor) -> HTMLLabel {
        var markup = #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4" CELLPADDING="0">"#
        markup += #"<TR><TD ALIGN="LEFT" BALIGN="LEFT" COLSPAN=""# + String(max(1, boxes.count)) + #"">"# + head.markup + "</TD></TR><TR>"
        for (content, fill) in boxes {
            markup += #"<TD BORDER="1" CELLPADDING="4" ALIGN="LEFT" BALIGN="LEFT" VALIGN="TOP" BGCOLOR=""# + fill.hex
                + #"" COLOR=""# + border.hex + #"">"# + content.markup + "</TD>"
        }
        return HTMLLabel(markup: markup + "</TR></TABLE>")
    }

    /// One line of cells side by side, as a nested borderless table; a cell with a URL is a link (`HREF`, opened in
    /// a new window). The URL is escaped like text.
    public static func cells(_ cells: [(HTMLLabel, url: String?)]) -> HTMLLabel {
        var markup = #"<TABLE ALIGN="LEFT" BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>"#
        for (content, url) in cells {
            let link = url.map { #" HREF=""# + DOTText.escapeHTML($0) + #"" TARGET="_blank""# } ?? ""
            markup += #"<TD ALIGN="LEFT""# + link + ">" + content.markup + "</TD>"
        }
        return HTMLLabel(markup: markup + "</TR></TABLE>")
    }

    /// `content` in a given colour and (optionally) point size.
    public static func font(_ content: HTMLLabel, color: RGBColor? = nil, pointSize: Double? = nil) -> HTMLLabel {
        var attributes = ""
        if let color { attributes += " COLOR=\"\(color.hex)\"" }
        if let pointSize { attributes += " POINT-SIZE=\"\(DOTText.number(pointSize))\"" }
        return HTMLLabel(markup: "<FONT\(attributes)>" + content.markup + "</FONT>")
    }

    /// A line break ending the line before it, left-aligned or centred.
    public static func lineBreak(leftAligned: Bool = true) -> HTMLLabel {
        HTMLLabel(markup: leftAligned ? "<BR ALIGN=\"LEFT\"/>" : "<BR/>")
    }

    /// `lines` joined by left-aligned breaks, with a break after the last line so it aligns too. Complexity:
    /// O(total length): appended in place (`out = out + line` copied the label so far for every line, quadratic for
    /// the 30,000 lines of a megabyte title).
    public static func lines(_ lines: [HTMLLabel], leftAligned: Bool = true) -> HTMLLabel {
        let lineBreak = HTMLLabel.lineBreak(leftAligned: leftAligned).markup
        var markup = ""
        for line in lines {
            markup += line.markup
            markup += lineBreak
        }
        return HTMLLabel(markup: markup)
    }

    /// Concatenation.
    public static func + (lhs: HTMLLabel, rhs: HTMLLabel) -> HTMLLabel { HTMLLabel(markup: lhs.markup + rhs.markup) }

    /// The DOT form: `<` markup `>`.
    public var dotLiteral: String { "<" + markup + ">" }
}

/// A label of either kind. Plain and HTML labels stay different types so escaping is decided by the type.
public enum DOTLabel: Hashable, Sendable {
    case plain(PlainLabel)
    case html(HTMLLabel)

    /// The DOT literal.
    public var dotLiteral: String {
        switch self {
        case .plain(let label): label.dotLiteral
        case .html(let label): label.dotLiteral
        }
    }
}

/// Escaping and formatting shared by the DOT writer.
public enum DOTText {
    /// Escapes text for a DOT quoted string: `\` first, then `"`; newlines become `\n`, other control characters
    /// are dropped. Complexity: O(length).
    public static func escapeQuoted(_ text: String) -> String {
        escaped(text) { byte, out in
            switch byte {
            case 0x5C: out += [0x5C, 0x5C]            // \ → \\
            case 0x22: out += [0x5C, 0x22]            // " → \"
            case 0x0A: out += [0x5C, 0x6E]            // line break → \n
            case 0x09: out.append(0x20)               // tab → space
            default: break                            // \r and other control characters: dropped
            }
        }
    }

    /// `text` as a quoted DOT string for a `tooltip`.
    ///
    /// Graphviz (2.42) reads tooltips through two rounds of backslash escapes (substituting `\N`, `\G` ... in
    /// both) and decodes entities in between, so a backslash is written as four and `&` as `&amp;`; `"` is `\"`
    /// and a line break `\n`. Checked against the SVG Graphviz writes (see the SVG tests). Complexity: O(length).
    public static func tooltip(_ text: String) -> String {
        "\"" + escaped(text, alsoSpecial: 0x26) { byte, out in
            switch byte {
            case 0x5C: out += [0x5C, 0x5C, 0x5C, 0x5C]
            case 0x22: out += [0x5C, 0x22]
            case 0x26: out += Array("&amp;".utf8)
            case 0x0A: out += [0x5C, 0x6E]
            case 0x09: out.append(0x20)
            default: break
            }
        } + "\""
    }

    /// `text` as a quoted DOT string.
    public static func quoted(_ text: String) -> String { "\"" + escapeQuoted(text) + "\"" }

    /// Escapes text for an HTML-like label: `&`, `<`, `>`, `"` become entities, `\` is doubled (Graphviz
    /// replaces `\N`, `\G` ... with object names even inside HTML labels); line breaks and tabs become
    /// spaces, other control characters are dropped (they are not valid XML). Complexity: O(length).
    public static func escapeHTML(_ text: String) -> String {
        escaped(text, alsoSpecial: 0x26, 0x3C, 0x3E) { byte, out in
            switch byte {
            case 0x5C: out += [0x5C, 0x5C]   // Graphviz substitutes \N, \G ... even in HTML labels
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x0A, 0x09: out.append(0x20)
            default: break
            }
        }
    }

    /// `text` with every special byte — `\`, `"`, control characters (below 0x20, and 0x7F) and `extra` —
    /// replaced by what `replace` appends (nothing drops it), and the non-characters U+FFFE and U+FFFF dropped
    /// (not XML characters: Graphviz's label parser and every SVG reader reject them). Returns `text` itself when
    /// it has none, the usual case. Working on UTF-8 bytes is safe: the bytes of a multi-byte character are all
    /// 0x80 or above. Complexity: O(length).
    private static func escaped(
        _ text: String, alsoSpecial extra: UInt8..., replace: (UInt8, inout [UInt8]) -> Void
    ) -> String {
        func isSpecial(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x7F || byte == 0x5C || byte == 0x22 || extra.contains(byte)
        }
        guard text.utf8.contains(where: { isSpecial($0) || $0 == 0xEF }) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            // U+FFFE is EF BF BE, U+FFFF is EF BF BF.
            if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                i += 3
                continue
            }
            if isSpecial(byte) { replace(byte, &out) } else { out.append(byte) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A number without a trailing `.0` and with at most three decimals (`1`, `0.75`).
    public static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        guard value.isFinite, abs(value) < 1e12 else { return String(value) }
        let thousandths = Int((abs(value) * 1000).rounded())
        var out = (value < 0 && thousandths > 0 ? "-" : "") + String(thousandths / 1000)
        var fraction = thousandths % 1000
        if fraction > 0 {
            var digits = 3
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let text = String(fraction)
            out += "." + String(repeating: "0", count: digits - text.count) + text
        }
        return out
    }
}
