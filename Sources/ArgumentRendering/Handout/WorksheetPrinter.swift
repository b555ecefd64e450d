import ArgumentAnalysis
import ArgumentModel
import Foundation

/// Worksheets to print: the exercise with its blanks numbered in the order a student reads the drawn map, and a
/// PDF page set per worksheet — text pages (title, instructions, word bank or list) followed by the map's pages,
/// fitted to the paper (``HandoutRenderer``), with a legend on fill-in-the-blanks maps.
public enum WorksheetPrinter {
    /// How a worksheet's picture is drawn: the graph and options for an exercise (the caller's choice of theme and
    /// direction; the blanked map keeps the key's node ids, which numbering relies on).
    public typealias Picture = @Sendable (Exercise) -> (graph: ArgumentGraph, options: RenderOptions)

    /// The exercise of `kind` with blanks numbered top to bottom, left to right in its picture drawn as one SVG
    /// (``ReadingOrder``). Laid out again after renumbering until the order is stable (numbers of different widths can
    /// move boxes), at most three times. Other kinds are made once.
    public static func exercise(
        _ kind: Exercise.Kind, from key: ArgumentGraph, seed: UInt64, source: String?, picture: Picture
    ) async throws(GraphvizError) -> Exercise {
        try await stable(kind, from: key, seed: seed, source: source) { exercise throws(GraphvizError) in
            let (graph, options) = picture(exercise)
            return ReadingOrder.nodes(in: try await MapRenderer.svg(graph, options: options), of: graph)
        }
    }

    /// A worksheet printed on `paper`: the exercise (blanks numbered in the printed pages' reading order: page by
    /// page, then top to bottom, left to right), the worksheet's PDF pages and the answer key's.
    public struct Printout: Sendable {
        /// The exercise as printed.
        public var exercise: Exercise
        /// The worksheet: text pages, then the picture's pages (none for `identify`: its passages are the text), each
        /// on the paper or (map pages) on it turned.
        public var worksheet: Data
        /// The answer key: its text, then the key map's pages.
        public var answers: Data
        /// How many pages the worksheet has.
        public var worksheetPages: Int
        /// The smallest body text size of the map pages, in points (nil when there are none).
        public var smallestText: Double?
    }

    /// Prints the exercise of `kind` from `key` on `paper`; `picture` draws the worksheet's map, `keyOptions` the
    /// answer key's. Text pages are on `paper`; map pages on `paper` or on it turned (``PaperSize/turned``),
    /// whichever prints the map's text bigger (a wide map goes sideways). Each map page costs one layout per
    /// direction tried plus one render, per orientation; blanks lay the map out again to read its order.
    public static func printout(
        _ kind: Exercise.Kind, from key: ArgumentGraph, seed: UInt64, source: String?, paper: PaperSize,
        picture: Picture, keyOptions: RenderOptions = RenderOptions(theme: .print)
    ) async throws -> Printout {
        func pages(_ exercise: Exercise, _ format: GraphvizFormat) async throws(GraphvizError) -> (ArgumentGraph, MapPages) {
            var (graph, options) = picture(exercise)
            options.legend = kind == .blanks
            if options.caption == nil {
                options.caption = exercise.printout.title + (kind == .scramble ? " — cards to cut out" : " — the map")
            }
            let directions = kind == .blanks ? [RankDirection.BT] : [options.rankDirection]
            return (graph, try await MapPages.render(graph, options: options, paper: paper, format: format, directions: directions))
        }
        let exercise = try await stable(kind, from: key, seed: seed, source: source) { exercise throws(GraphvizError) in
            let (graph, rendered) = try await pages(exercise, .svg)
            return rendered.pages.flatMap { page in
                ReadingOrder.nodes(in: String(decoding: page.data, as: UTF8.self), of: graph).filter { page.page.nodes.contains($0) }
            }
        }
        let textPages = try await TextPages.pdf(blocks(exercise.printout), paper: paper)
        var sheets = [try PDFPageMerger.merge(textPages, pageSize: paper.size)]
        var pageCount = textPages.count
        var smallest: Double?
        if kind != .identify {
            let (_, maps) = try await pages(exercise, .pdf)
            sheets.append(try maps.pdf())
            pageCount += maps.pages.count
            smallest = maps.pages.map(\.textSize).min()
        }
        let keyText = try PDFPageMerger.merge(try await TextPages.pdf(answerBlocks(exercise.answerKey), paper: paper), pageSize: paper.size)
        let keyMap = try await MapPages.render(key, options: keyOptions, paper: paper, format: .pdf, directions: [.BT])
        return Printout(
            exercise: exercise, worksheet: try PDFPageMerger.merge(sheets, pageSize: nil),
            answers: try PDFPageMerger.merge([keyText, try keyMap.pdf()], pageSize: nil),
            worksheetPages: pageCount, smallestText: smallest)
    }

    /// The text blocks of a worksheet: title, instructions, then the list under its heading.
    public static func blocks(_ text: WorksheetText) -> [TextPages.Block] {
        var blocks: [TextPages.Block] = [.title(text.title)]
        blocks += text.instructions.map { .paragraph($0) }
        if !text.entries.isEmpty {
            blocks.append(.heading(text.listHeading))
            blocks += text.entries.map { .entry(label: $0.label, text: $0.text) }
        }
        return blocks
    }

    /// The answer key's Markdown as text blocks, up to its map outline (the key map's pages show the map):
    /// `# ` lines are the title, `## ` lines headings, other lines paragraphs, with `**` markers dropped.
    static func answerBlocks(_ markdown: String) -> [TextPages.Block] {
        var blocks: [TextPages.Block] = []
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.replacingOccurrences(of: "**", with: "")
            if line.hasPrefix("## ") { break }
            if line.hasPrefix("# ") { blocks.append(.title(String(line.dropFirst(2)))) } else { blocks.append(.paragraph(line)) }
        }
        return blocks
    }

    /// Makes the exercise, then for blanks renumbers it in the order `order` reads off its picture until the order
    /// no longer changes (at most three layouts).
    static func stable(
        _ kind: Exercise.Kind, from key: ArgumentGraph, seed: UInt64, source: String?,
        order: (Exercise) async throws(GraphvizError) -> [NodeID]
    ) async throws(GraphvizError) -> Exercise {
        var exercise = ExerciseGenerator.make(kind, from: key, seed: seed, source: source)
        guard kind == .blanks else { return exercise }
        var previous: [NodeID]?
        for _ in 0..<3 {
            let reading = try await order(exercise)
            if reading == previous { break }
            previous = reading
            exercise = ExerciseGenerator.make(kind, from: key, seed: seed, source: source, readingOrder: reading)
        }
        return exercise
    }
}
