/// Why ``PDFPageMerger`` could not merge its inputs. Cases about one input name it (0-based, in the order given;
/// -1 for the merged output).
public enum PDFMergeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No documents were given.
    case noDocuments
    /// The input does not start with `%PDF-`.
    case notAPDF(document: Int)
    /// qpdf could not read the input (or write the output); `reason` is qpdf's message.
    case unreadable(document: Int, reason: String)
    /// The document has no pages.
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
        case .unreadable(let document, let reason):
            document < 0 ? "PDF merge: the merged PDF could not be written: \(reason)"
                : "PDF merge: input \(document + 1) cannot be read: \(reason)"
        case .missingPages(let document, let reason): "PDF merge: input \(document + 1): \(reason)"
        case .badMediaBox(let document, let page):
            "PDF merge: input \(document + 1), page \(page + 1): no usable /MediaBox"
        case .badPageSize(let size): "PDF merge: page size \(size.width) × \(size.height) pt is not positive"
        }
    }
}
