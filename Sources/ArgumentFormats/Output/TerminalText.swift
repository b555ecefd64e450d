import Foundation

/// Map text made harmless for a terminal: control characters are shown as Unicode control pictures (ESC as `␛`,
/// BEL as `␇`, CR as `␍`, DEL as `␡`) and C1 controls as `�`, so no title or text can move the cursor, recolour
/// or retitle the terminal, or hide what precedes it. Each takes one column, so carets under source excerpts still
/// line up. Tabs and line feeds stay.
public enum TerminalText {
    /// `text` with its control characters replaced. Returns `text` itself when it has none. Complexity: O(length).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: out.append("\u{2421}")
            default: out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }
}
