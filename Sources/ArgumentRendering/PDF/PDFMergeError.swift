/// Why ``PDFPageMerger`` could not merge its inputs. Every case names the input (0-based, in the order given).
public enum PDFMergeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No documents were given.
    case noDocuments
    /// The input does not start with `%PDF-`.
    case notAPDF(document: Int)
    /// No `startxref` near the end and no `N G obj` headers to fall back on: truncated or not a PDF.
    case noCrossReference(document: Int)
    /// The file uses a feature this merger does not read (cross-reference streams, object streams, encryption).
    case unsupported(document: Int, feature: String)
    /// An object could not be read; `offset` is its byte offset in the input.
    case malformed(document: Int, offset: Int, reason: String)
    /// The document's catalog or page tree is missing or broken, or it has no pages.
    case missingPages(document: Int, reason: String)
    /// A page's `/MediaBox` is missing or unusable, so it cannot be fitted onto the target page size.
    case badMediaBox(document: Int, page: Int)
    /// The target page size is not positive and finite.
    case badPageSize(PDFPageSize)

    /// One line saying what is wrong and where.
    public var description: String {
        switch self {
        case .noDocuments: "PDF merge: no documents to merge"
        case .notAPDF(let document): "PDF merge: input \(document + 1) is not a PDF (no %PDF- header)"
        case .noCrossReference(let document):
            "PDF merge: input \(document + 1) has no startxref/xref table and no objects (truncated?)"
        case .unsupported(let document, let feature):
            "PDF merge: input \(document + 1) uses \(feature), which is not supported"
        case .malformed(let document, let offset, let reason):
            "PDF merge: input \(document + 1), byte \(offset): \(reason)"
        case .missingPages(let document, let reason): "PDF merge: input \(document + 1): \(reason)"
        case .badMediaBox(let document, let page):
            "PDF merge: input \(document + 1), page \(page + 1): no usable /MediaBox"
        case .badPageSize(let size): "PDF merge: page size \(size.width) × \(size.height) pt is not positive"
        }
    }
}
