import ArgdownSyntax
import ArgumentModel
import ArgumentRendering
import Foundation
import Ink

/// One drawn map of a Markdown file.
public struct MarkdownMap: Sendable {
    /// The block it was drawn from.
    public var block: ArgdownBlock
    /// The name of its SVG file: the block's title made a file name (its front matter `title`, else its first
    /// heading), else `map-N` with the block's number; unique within the file.
    public var fileName: String
    /// The image's alternative text: the title, else "Argument map N".
    public var altText: String
    /// The SVG document.
    public var svg: String
}

/// What rendering a Markdown file gave: the maps, or the diagnostics (located in the Markdown file) that stopped it.
public enum MarkdownRenderResult: Sendable {
    /// Every block was read without errors and drawn.
    case rendered([MarkdownMap], warnings: [Diagnostic])
    /// Some block has errors (or Graphviz failed); nothing should be written.
    case failed([Diagnostic])
}

/// Renders the Argdown blocks of a Markdown file and puts the maps back: as image links (Markdown output, SVG
/// files beside it) or inline SVG in one self-contained HTML page (Markdown rendered by Ink). Text outside the
/// blocks is kept byte for byte in the Markdown output.
public enum MarkdownMapRenderer {
    /// Reads and draws every Argdown block of `text` (the Markdown file `file`). Complexity: the reader's and
    /// Graphviz's per block.
    public static func render(_ text: String, file: String?, options: RenderOptions = RenderOptions()) async -> MarkdownRenderResult {
        var maps: [MarkdownMap] = []
        var problems: [Diagnostic] = []
        var used: Set<String> = []
        for block in MarkdownMapBlocks.blocks(in: text) {
            let result = ArgdownReader.read(block.text, file: file)
            problems += result.diagnostics.map { block.locate($0, file: file) }
            guard !result.diagnostics.containsErrors else { continue }
            let title = result.graph.metadata["title"]?.stringValue ?? result.graph.sections.first?.title
            var name = title.map(slug) ?? ""
            if name.isEmpty { name = "map-\(block.number)" }
            if used.contains(name) { name += "-\(block.number)" }
            used.insert(name)
            do {
                let svg = try await MapRenderer.svg(result.graph, options: options)
                maps.append(MarkdownMap(block: block, fileName: name + ".svg", altText: title ?? "Argument map \(block.number)", svg: svg))
            } catch {
                // Graphviz's own diagnostics (code `graphviz`), placed at the block's first line.
                let reasons = error.diagnostics.isEmpty
                    ? [Diagnostic(.error, code: GraphvizDiagnosticCode.graphviz, "Graphviz could not draw this map")] : error.diagnostics
                problems += reasons.map { block.locate($0, file: file) }
            }
        }
        return problems.containsErrors ? .failed(problems) : .rendered(maps, warnings: problems)
    }

    /// `text` with each drawn block replaced by an image link to its SVG file (relative to the output file).
    /// Every byte outside the blocks is kept. O(length).
    public static func markdown(_ text: String, maps: [MarkdownMap]) -> String {
        replacing(text, maps: maps) { "![\(escapeAlt($0.altText))](\($0.fileName))" }
    }

    /// One self-contained HTML page: the Markdown rendered by Ink, each map inline as SVG in a `<figure>` labelled
    /// with the map's title. Complexity: Ink's, then O(page length + total SVG length).
    public static func html(_ text: String, maps: [MarkdownMap], title: String) -> String {
        let placeholders = replacing(text, maps: maps) { "\n\(figureMarker)\($0.block.number)\n" }
        let body = placingFigures(in: MarkdownParser().html(from: placeholders), maps: maps)
        return """
            \(HTMLPage.documentStart)
            <title>\(escapeHTML(title))</title>
            <style>
            body { font: 17px/1.55 Georgia, "DejaVu Serif", serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
            pre, code { font-size: 0.9em; background: #f4f4f4; }
            pre { padding: 0.6rem; overflow-x: auto; }
            figure.argmap-map { margin: 1.5rem 0; text-align: center; }
            figure.argmap-map svg { max-width: 100%; height: auto; }
            </style>
            </head>
            <body>
            \(body)
            </body>
            </html>

            """
    }

    /// The word standing in Ink's input for the figure of map `n` (as `ARGMAPFIGURE<n>`, a paragraph of its own).
    static let figureMarker = "ARGMAPFIGURE"

    /// `body` with every paragraph `<p>ARGMAPFIGURE<n></p>` for which `maps` has a map numbered `n` replaced by
    /// that map's `<figure>`, in one pass. Complexity: O(body length + total SVG length).
    static func placingFigures(in body: String, maps: [MarkdownMap]) -> String {
        let byNumber = Dictionary(maps.map { ($0.block.number, $0) }, uniquingKeysWith: { first, _ in first })
        let opening = "<p>" + figureMarker
        var out = ""
        out.reserveCapacity(body.utf8.count)
        var rest = body[...]
        while let found = rest.range(of: opening) {
            out += rest[..<found.lowerBound]
            let digits = rest[found.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
            if let number = Int(digits), String(number) == digits, let map = byNumber[number],
                rest[digits.endIndex...].hasPrefix("</p>") {
                out += "<figure class=\"argmap-map\" id=\"map-\(number)\" role=\"img\" "
                    + "aria-label=\"\(escapeHTML(map.altText))\">\(inlineSVG(map.svg))</figure>"
                rest = rest[rest.index(digits.endIndex, offsetBy: 4)...]
            } else {
                out += opening
                rest = rest[found.upperBound...]
            }
        }
        out += rest
        return out
    }

    /// `text` with each map's block range replaced by `replacement(map)`, the rest kept byte for byte.
    static func replacing(_ text: String, maps: [MarkdownMap], with replacement: (MarkdownMap) -> String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for map in maps.sorted(by: { $0.block.range.lowerBound < $1.block.range.lowerBound }) {
            out += bytes[at..<map.block.range.lowerBound]
            out += Array(replacement(map).utf8)
            at = map.block.range.upperBound
        }
        out += bytes[at...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The SVG without the XML declaration and doctype, for inlining in HTML.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A file name from a title: ASCII letters and digits kept (lower case), every other run a single `-`.
    static func slug(_ title: String) -> String {
        var out = ""
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(60))
    }

    /// Alternative text without the characters that would end it.
    static func escapeAlt(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "]", with: "\\]")
            .replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "\n", with: " ")
    }

    /// Text safe inside HTML elements and attributes: `&`, `<`, `>`, `"` as entities.
    static func escapeHTML(_ text: String) -> String {
        TextEscaping.escaped(text) { $0 == "'" ? nil : TextEscaping.xmlEntity($0) }
    }
}
