/// Cheap recognition of JSON formats by their top-level keys, for input-format detection.
public enum JSONSniffer {
    /// How many leading bytes detection looks at by default.
    public static let defaultLimit = 4096

    /// The keys of the top-level JSON object that start within `bytes` (usually a file's first few KB), in
    /// order; empty when `bytes` does not start (after blanks and a byte order mark) with `{`. Values are skipped
    /// without being parsed, so a cut-off file still yields the keys before the cut. Complexity: O(bytes).
    public static func topLevelKeys(_ bytes: [UInt8]) -> [String] {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return [] }
        i += 1
        var depth = 1
        var keys: [String] = []
        var expectKey = true
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let start = i
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard i < bytes.count else { break }
                if depth == 1 && expectKey {
                    if case .success(.string(let key)) = JSONDataParser.parse(bytes: Array(bytes[start...i])) { keys.append(key) }
                    expectKey = false
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return keys }
            case UInt8(ascii: ","): if depth == 1 { expectKey = true }
            default: break
            }
            i += 1
        }
        return keys
    }

    /// `bytes` (JSON text, possibly cut off) with the blanks between tokens removed and strings left as they are,
    /// so a pattern such as `"type":"atom"` can be looked for as plain text: a match cannot lie inside a string,
    /// where its quotes would be escaped. Complexity: O(bytes).
    public static func compacted(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inString = false, escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                out.append(b)
            } else if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {
                continue
            } else {
                if b == UInt8(ascii: "\"") { inString = true }
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
