import Foundation

/// Pages of plain text for print (a worksheet's instructions and word bank), laid out by Graphviz so they share the
/// maps' fonts and PDF device: each page is one fixed-size, top-aligned box holding a two-column table (labels and
/// texts), the size of the paper's printable area.
public enum TextPages {
    /// One piece of text.
    public enum Block: Sendable, Hashable {
        /// The page heading (big, bold; first page only when it comes first).
        case title(String)
        /// A section heading (bold).
        case heading(String)
        /// A paragraph, wrapped to the page.
        case paragraph(String)
        /// A labelled entry (`A` — its text), the text wrapped beside the label.
        case entry(label: String, text: String)
    }

    /// Body text size in points.
    public static let fontSize = 12.0
    /// A generous average letter width, in ems, for wrapping: Helvetica's is about 0.5, but the font Graphviz
    /// finds for "Helvetica" may be wider (DejaVu Sans); a line too long would widen the table past the margins.
    static let letterWidth = 0.58

    /// The DOT documents of the pages `blocks` fill on `paper`, in order (at least one page). A block never
    /// splits across pages; a heading moves to the next page with the block after it. Line widths and heights are
    /// estimated from the font size (`letterWidth`). O(total text length).
    public static func dot(_ blocks: [Block], paper: PaperSize) -> [String] {
        let (width, height) = paper.printable
        let labelWidth = blocks.contains { if case .entry = $0 { true } else { false } } ? 80.0 : 0
        let charsFull = max(20, Int(width / (fontSize * letterWidth)))
        let charsText = max(20, Int((width - labelWidth - 12) / (fontSize * letterWidth)))
        var pages: [[(rows: String, height: Double)]] = [[]]
        var used = 0.0
        var pendingHeading: (rows: String, height: Double)?
        for block in blocks {
            let row = self.row(block, charsFull: charsFull, charsText: charsText, labelWidth: labelWidth, width: width)
            if case .heading = block {
                pendingHeading = row
                continue
            }
            let group = [pendingHeading, row].compactMap { $0 }
            pendingHeading = nil
            let needed = group.reduce(0) { $0 + $1.height }
            if used + needed > height, !(pages.last ?? []).isEmpty {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1] += group
            used += needed
        }
        if let pendingHeading { pages[pages.count - 1].append(pendingHeading) }
        return pages.map { page in document(page.map(\.rows).joined(), width: width, height: height) }
    }

    /// The pages of `blocks` on `paper`, as PDF documents (one per page, each the printable area's size; merge them
    /// with ``PDFPageMerger`` at `paper.size`).
    public static func pdf(_ blocks: [Block], paper: PaperSize) async throws(GraphvizError) -> [Data] {
        var pages: [Data] = []
        for dot in dot(blocks, paper: paper) {
            pages.append(try await Graphviz.shared.render(dot: dot, format: .pdf).data)
        }
        return pages
    }

    /// One table row for `block` and its estimated height in points.
    static func row(
        _ block: Block, charsFull: Int, charsText: Int, labelWidth: Double, width: Double
    ) -> (rows: String, height: Double) {
        let lineHeight = fontSize * 1.25
        func lines(_ text: String, _ width: Int) -> [String] { TextWrapper.wrap(text, width: width) }
        func cell(_ lines: [String]) -> String { lines.map(DOTText.escapeHTML).joined(separator: "<BR/>") }
        switch block {
        case .title(let text):
            let wrapped = lines(text, Int(Double(charsFull) * fontSize / 18 / 1.15))   // 18 pt, bold letters ~15% wider
            return ("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\"><B>\(cell(wrapped))</B></FONT></TD></TR>"
                + spacer(10), Double(wrapped.count) * 18 * 1.25 + 16)
        case .heading(let text):
            return (spacer(8) + "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"14\"><B>\(DOTText.escapeHTML(text))</B></FONT></TD></TR>",
                    14 * 1.25 + 14)
        case .paragraph(let text):
            let wrapped = lines(text, charsFull)
            return ("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(cell(wrapped))</TD></TR>",
                    Double(wrapped.count) * lineHeight + 6)
        case .entry(let label, let text):
            let wrapped = lines(text, charsText)
            let labelCell = "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\" WIDTH=\"\(DOTText.number(labelWidth))\"><B>\(DOTText.escapeHTML(label))</B></TD>"
            let textWidth = DOTText.number(max(1, width - labelWidth - 12))   // 12: the two cells' padding
            return ("<TR>\(labelCell)<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\" WIDTH=\"\(textWidth)\">\(cell(wrapped))</TD></TR>",
                    Double(wrapped.count) * lineHeight + 8)
        }
    }

    /// An empty row `height` points high.
    static func spacer(_ height: Int) -> String { "<TR><TD COLSPAN=\"2\" HEIGHT=\"\(height)\"></TD></TR>" }

    /// A page: one plaintext box of the printable area, its table at the top.
    static func document(_ rows: String, width: Double, height: Double) -> String {
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" WIDTH=\"\(DOTText.number(width))\">"
            + (rows.isEmpty ? spacer(1) : rows) + "</TABLE>"
        return """
            digraph "page" {
              graph [pad="0", margin="0", bgcolor="#ffffff"];
              node [shape=plaintext, margin="0", fontname="Helvetica", fontsize="\(DOTText.number(fontSize))"];
              page [fixedsize=true, width="\(DOTText.number(width / 72))", height="\(DOTText.number(height / 72))", labelloc="t", label=<\(table)>];
            }

            """
    }
}
