import ArgumentModel
import Foundation

/// Writes JSON text deterministically (object keys in their stored order), pretty-printed with two-space indents.
enum JSONText {
    /// The JSON text of `value`, ending with a newline.
    static func write(_ value: DataValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    private static func write(_ value: DataValue, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closePad = String(repeating: "  ", count: indent)
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? (d.rounded() == d && abs(d) < 1e15 ? String(format: "%.1f", d) : "\(d)") : "null"
        case .string(let s): out += quote(s)
        case .array(let a):
            if a.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, v) in a.enumerated() {
                out += pad
                write(v, indent: indent + 1, into: &out)
                out += i + 1 < a.count ? ",\n" : "\n"
            }
            out += closePad + "]"
        case .object(let dict):
            if dict.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (k, v)) in dict.enumerated() {
                out += pad + quote(k) + ": "
                write(v, indent: indent + 1, into: &out)
                out += i + 1 < dict.count ? ",\n" : "\n"
            }
            out += closePad + "}"
        }
    }

    /// `s` as a JSON string literal (control characters and the non-characters U+FFFE, U+FFFF as `\uXXXX`).
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
