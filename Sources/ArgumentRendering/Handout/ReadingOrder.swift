import ArgumentModel
import Foundation

/// The order a reader meets the boxes of a drawn map: top to bottom, and left to right within a row, read off the
/// positions Graphviz wrote into the SVG (each node's `<g id=…>` group, as `ElementIDs` names it).
public enum ReadingOrder {
    /// Where a node's box is drawn, in SVG user units (y grows downwards).
    struct Box {
        var id: NodeID
        var minX, minY, maxX, maxY: Double
        var centerX: Double { (minX + maxX) / 2 }
        var centerY: Double { (minY + maxY) / 2 }
        var height: Double { maxY - minY }
    }

    /// The nodes of `graph` drawn in `svg`, in reading order: boxes whose vertical centres lie within half a box
    /// height of the row's first box form one row, rows go top to bottom, each left to right. Nodes not drawn are
    /// left out. Complexity: O(|svg| + n log n).
    public static func nodes(in svg: String, of graph: ArgumentGraph) -> [NodeID] {
        let ids = ElementIDs(graph)
        var byID: [String: NodeID] = [:]
        for node in graph.nodes { byID[ids.id(of: node.id)] = node.id }
        let boxes = self.boxes(svg, byID: byID).sorted { ($0.centerY, $0.centerX) < ($1.centerY, $1.centerX) }
        var order: [NodeID] = []
        var row: [Box] = []
        func flush() {
            order += row.sorted { $0.centerX < $1.centerX }.map(\.id)
            row.removeAll()
        }
        for box in boxes {
            if let first = row.first, box.centerY - first.centerY > min(first.height, box.height) / 2 { flush() }
            row.append(box)
        }
        flush()
        return order
    }

    /// The bounding box of every node group in `svg` whose id is in `byID`: all coordinates of its shapes
    /// (`points`, path `d`) and texts (`x`, `y`).
    static func boxes(_ svg: String, byID: [String: NodeID]) -> [Box] {
        let marker = "<g id=\""
        var result: [Box] = []
        var seen = Set<NodeID>()
        var rest = svg[...]
        while let start = rest.range(of: marker) {
            let afterID = rest[start.upperBound...]
            guard let quote = afterID.firstIndex(of: "\"") else { break }
            let id = unescaped(afterID[..<quote])
            let tagEnd = afterID[quote...].firstIndex(of: ">") ?? afterID.endIndex
            let isNode = afterID[quote..<tagEnd].contains("class=\"node")
            rest = afterID[tagEnd...]
            guard isNode, let node = byID[id], !seen.contains(node) else { continue }
            // The group runs to the next node, edge or cluster group.
            var end = rest.endIndex
            for next in ["class=\"node", "class=\"edge", "class=\"cluster"] {
                if let r = rest.range(of: next), r.lowerBound < end { end = r.lowerBound }
            }
            let numbers = coordinates(rest[..<end])
            guard !numbers.isEmpty else { continue }
            seen.insert(node)
            let xs = numbers.map(\.x), ys = numbers.map(\.y)
            result.append(Box(
                id: node, minX: xs.min() ?? 0, minY: ys.min() ?? 0, maxX: xs.max() ?? 0, maxY: ys.max() ?? 0))
        }
        return result
    }

    /// `text` with the XML character references Graphviz writes in ids (`&#45;` for `-`, `&amp;` ...) decoded. O(length).
    static func unescaped(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.firstIndex(of: ";"), after.distance(from: after.startIndex, to: semicolon) <= 8 else {
                out += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = named[name]
            }
            if let decoded {
                out += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    /// The coordinate pairs of the `points="…"`, `d="…"` and text `x="…" y="…"` attributes in `group`.
    static func coordinates(_ group: Substring) -> [(x: Double, y: Double)] {
        var pairs: [(x: Double, y: Double)] = []
        for attribute in [" points=\"", " d=\""] {
            var rest = group
            while let r = rest.range(of: attribute) {
                let value = rest[r.upperBound...].prefix { $0 != "\"" }
                let numbers = numbers(in: value)
                for i in stride(from: 0, to: numbers.count - 1, by: 2) { pairs.append((numbers[i], numbers[i + 1])) }
                rest = rest[value.endIndex...]
            }
        }
        if pairs.isEmpty {
            var rest = group
            while let r = rest.range(of: "<text") {
                let tag = rest[r.upperBound...].prefix { $0 != ">" }
                if let x = attribute(" x=\"", in: tag), let y = attribute(" y=\"", in: tag) { pairs.append((x, y)) }
                rest = rest[tag.endIndex...]
            }
        }
        return pairs
    }

    /// The number of attribute `name` (given with its leading space, `=` and quote) in `tag`.
    static func attribute(_ name: String, in tag: Substring) -> Double? {
        guard let r = tag.range(of: name) else { return nil }
        return Double(tag[r.upperBound...].prefix { $0 != "\"" })
    }

    /// Every decimal number in `text` (signs and fractions included), in order.
    static func numbers(in text: Substring) -> [Double] {
        var out: [Double] = []
        var current = ""
        for ch in text {
            if ch.isNumber || ch == "." || (ch == "-" && current.isEmpty) {
                current.append(ch)
            } else {
                if let value = Double(current) { out.append(value) }
                current = ch == "-" ? "-" : ""
            }
        }
        if let value = Double(current) { out.append(value) }
        return out
    }
}
