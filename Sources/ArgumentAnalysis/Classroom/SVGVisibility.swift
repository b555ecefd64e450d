/// Hides elements of a rendered SVG by id, for reveal frames cut from one layout: the full map is laid out and
/// rendered once, then each frame marks the `<g id="...">` groups of not-yet-revealed nodes and edges
/// `visibility="hidden"`, so every coordinate stays exactly where the full layout put it.
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
            let id = String(rest[..<close])
            out += rest[...close]
            rest = rest[rest.index(after: close)...]
            if ids.contains(id) { out += " visibility=\"hidden\"" }
        }
        out += rest
        return out
    }
}
