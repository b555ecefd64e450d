/// The one loop behind the writers' per-character escaping (XML, HTML, Mermaid labels, ASP terms, JSON inside a
/// script element): each writer says only what a character becomes.
package enum TextEscaping {
    /// `text` with every Unicode scalar for which `replacement` returns a string replaced by that string (an empty
    /// string drops the scalar); the scalars it returns nil for are kept. Complexity: O(length).
    package static func escaped(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The predefined XML entity of a markup character (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`); nil for
    /// every other scalar.
    package static func xmlEntity(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&apos;"
        default: nil
        }
    }

    /// Whether XML 1.0 forbids `scalar` in a document: a control character below U+0020 other than tab, line feed
    /// and carriage return, or one of the non-characters U+FFFE and U+FFFF.
    package static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case ..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
