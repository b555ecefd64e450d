import Foundation

extension HandoutRenderer {
    /// How handout pages in `format` are drawn: PDF, SVG or PNG pages; nil for DOT and HTML, which have no pages.
    public static func pageFormat(_ format: OutputFormat) -> GraphvizFormat? {
        switch format {
        case .pdf: .pdf
        case .svg: .svg
        case .png: .png
        case .dot, .html: nil
        }
    }

    /// The PDF `pages` (rendered as ``GraphvizFormat/pdf``) joined into one document, every page on `paper`,
    /// each enlarged by its ``RenderedPage/enlargement``.
    public static func pdf(_ pages: [RenderedPage], paper: PaperSize) throws(PDFMergeError) -> Data {
        try PDFPageMerger.merge(pages.map(\.data), pageSize: paper.size, enlargements: pages.map(\.enlargement))
    }
}
