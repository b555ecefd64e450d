/// CSV cells (RFC 4180) that spreadsheets open as text.
public enum CSV {
    /// `text` as one CSV cell.
    ///
    /// Quoted (quotes doubled) when it holds a comma, a quote, a CR or an LF — checked per Unicode scalar, since
    /// a CR LF pair is one `Character`. A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
    /// `@`, a tab or a CR, and not a plain number such as `-1.5`) gets a leading `'`, which spreadsheets show as
    /// text (OWASP's advice against CSV injection). Complexity: O(length).
    public static func field(_ text: String) -> String {
        var cell = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            cell = "'" + text
        }
        guard cell.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return cell
        }
        var out = "\""
        for scalar in cell.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// `cells` as one CSV row (no line break).
    public static func row(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",")
    }
}
