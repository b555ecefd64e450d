/// Hides elements of a rendered SVG by id, for reveal frames cut from one layout: the full map is laid out and
/// rendered once, then each frame marks the `<g id="...">` groups of not-yet-revealed nodes and edges
/// `visibility="hidden"`, so every coordinate stays exactly where the full layout put it. Ids are compared after
/// decoding XML character references (Graphviz writes `-` as `&#45;`).
public enum SVGVisibility {
    /// `svg` with `visibility="hidden"` added to every `<g` element whose `id` is in `ids`.
    /// Complexity: O(|svg|).
    public static func hiding(_ ids: Set<String>, in svg: String) -> String {
        guard !ids.isEmpty else { return svg }
        var out = ""
        out.reserveCapacity(svg.utf8.count + ids.count * 22)
        var rest = Substring(svg)
        while let open = rest.firstRange(of: "<g id=\"") {
            out += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            let id = decodeEntities(rest[..<close])
            out += rest[...close]
            rest = rest[rest.index(after: close)...]
            if ids.contains(id) { out += " visibility=\"hidden\"" }
        }
        out += rest
        return out
    }

    /// `text` with XML character references (`&#45;`, `&#x2D;`) and the five named entities decoded.
    /// Complexity: O(|text|).
    public static func decodeEntities(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "&", let semi = text[i...].firstIndex(of: ";"), text.distance(from: i, to: semi) <= 10 {
                let name = text[text.index(after: i)..<semi]
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][String(name)]
                }
                if let decoded {
                    out += decoded
                    i = text.index(after: semi)
                    continue
                }
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }
}
