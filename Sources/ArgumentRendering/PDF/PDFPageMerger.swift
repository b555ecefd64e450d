import CQPDF
import Foundation

/// Concatenates the pages of several PDF documents into one PDF, optionally fitting every page onto one paper size.
///
/// The reading, copying and writing is qpdf's (its C API, `libqpdf`): any well-formed PDF can be merged, object and
/// cross-reference streams included; a damaged file is refused with qpdf's reason (qpdf's recovery is off: it can
/// take minutes on a damaged file of a few megabytes, and the merger joins Graphviz's own output). The output has
/// one catalog and one page tree. Document-level extras of the inputs (outlines, named destinations, forms) are not carried over.
public enum PDFPageMerger {
    /// The pages of every document in `documents`, in order, as one PDF.
    ///
    /// With `pageSize`, every page's `/MediaBox` becomes `[0 0 width height]` and its content is drawn centred on
    /// it: a page larger than `pageSize` in either direction is scaled down uniformly to fit (`q s 0 0 s dx dy cm`
    /// before its content, `Q` after, as two small uncompressed streams); smaller pages are centred at their own
    /// size, enlarged only as far as `enlargements` allows. The page's `/CropBox`, `/BleedBox`, `/TrimBox` and
    /// `/ArtBox`, which would be in the old
    /// coordinates, are dropped. `/Rotate` is kept, and the fit is computed in the page's unrotated space. Without
    /// `pageSize`, pages keep their own boxes. The output is deterministic (its `/ID` is computed from its content).
    ///
    /// - Complexity: O(n) in the inputs' bytes and objects (qpdf's copying).
    /// - Throws: ``PDFMergeError`` when an input is not a PDF or qpdf cannot read it, has no pages or a page without a
    ///   usable `/MediaBox`; or when `pageSize` is not positive.
    ///
    /// `enlargements[i]` (default 1) lets the pages of document `i` grow up to that many times to fill `pageSize`
    /// (a handout page drawn smaller than its paper); a missing entry is 1.
    public static func merge(
        _ documents: [Data], pageSize: PDFPageSize?, enlargements: [Double] = []
    ) throws(PDFMergeError) -> Data {
        guard !documents.isEmpty else { throw .noDocuments }
        if let pageSize {
            guard pageSize.width > 0, pageSize.height > 0, pageSize.width.isFinite, pageSize.height.isFinite else {
                throw .badPageSize(pageSize)
            }
        }
        let session = QPDFSession()
        defer { session.close() }
        let output = try session.open(nil, document: -1)
        var pageCounts: [Int] = []
        for (index, data) in documents.enumerated() {
            guard data.starts(with: Array("%PDF-".utf8)) else { throw .notAPDF(document: index) }
            let input = try session.open(data, document: index)
            let count = Int(qpdf_get_num_pages(input))
            try session.check(input, document: index)
            guard count > 0 else { throw .missingPages(document: index, reason: "the document has no pages") }
            for page in 0..<count {
                let handle = qpdf_get_page_n(input, page)
                try session.check(input, document: index)
                if qpdf_add_page(output, input, handle, QPDF_FALSE) & QPDF_ERRORS != 0 {
                    throw .unreadable(document: index, reason: session.error(of: output))
                }
            }
            pageCounts.append(count)
        }
        if let pageSize {
            var page = 0
            for (index, count) in pageCounts.enumerated() {
                for local in 0..<count {
                    let most = index < enlargements.count && enlargements[index].isFinite ? max(1, enlargements[index]) : 1
                    try fit(page: page, of: output, onto: pageSize, document: index, localPage: local, enlargingUpTo: most, session: session)
                    page += 1
                }
            }
        }
        return try session.write(output)
    }

    /// Fits page `page` of `pdf` onto `pageSize`: new `/MediaBox`, old boxes dropped, content wrapped in a placement.
    private static func fit(
        page: Int, of pdf: qpdf_data, onto pageSize: PDFPageSize, document: Int, localPage: Int, enlargingUpTo most: Double,
        session: QPDFSession
    ) throws(PDFMergeError) {
        let handle = qpdf_get_page_n(pdf, page)
        let box = qpdf_oh_get_key(pdf, handle, "/MediaBox")
        var numbers: [Double] = []
        if qpdf_oh_is_array(pdf, box) != QPDF_FALSE, qpdf_oh_get_array_n_items(pdf, box) == 4 {
            for i in 0..<4 {
                let item = qpdf_oh_get_array_item(pdf, box, Int32(i))
                if qpdf_oh_is_number(pdf, item) != QPDF_FALSE { numbers.append(qpdf_oh_get_numeric_value(pdf, item)) }
            }
        }
        guard numbers.count == 4, numbers.allSatisfy(\.isFinite) else {
            throw .badMediaBox(document: document, page: localPage)
        }
        let (left, right) = (min(numbers[0], numbers[2]), max(numbers[0], numbers[2]))
        let (bottom, top) = (min(numbers[1], numbers[3]), max(numbers[1], numbers[3]))
        let opening = placement(box: (left, bottom, right - left, top - bottom), on: pageSize, enlargingUpTo: most)

        let mediaBox = "[0 0 \(formatNumber(pageSize.width)) \(formatNumber(pageSize.height))]"
        qpdf_oh_replace_key(pdf, handle, "/MediaBox", qpdf_oh_parse(pdf, mediaBox))
        for key in ["/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"] { qpdf_oh_remove_key(pdf, handle, key) }
        let contents = qpdf_oh_get_key(pdf, handle, "/Contents")
        let wrapped = qpdf_oh_new_array(pdf)
        qpdf_oh_append_item(pdf, wrapped, stream(opening, in: pdf))
        if qpdf_oh_is_array(pdf, contents) != QPDF_FALSE {
            for i in 0..<qpdf_oh_get_array_n_items(pdf, contents) {
                qpdf_oh_append_item(pdf, wrapped, qpdf_oh_get_array_item(pdf, contents, i))
            }
        } else if qpdf_oh_is_stream(pdf, contents) != QPDF_FALSE {
            qpdf_oh_append_item(pdf, wrapped, contents)
        }
        qpdf_oh_append_item(pdf, wrapped, stream("Q\n", in: pdf))
        qpdf_oh_replace_key(pdf, handle, "/Contents", wrapped)
        try session.check(pdf, document: document)
    }

    /// A new uncompressed stream holding `text`.
    private static func stream(_ text: String, in pdf: qpdf_data) -> qpdf_oh {
        let handle = qpdf_oh_new_stream(pdf)
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            qpdf_oh_replace_stream_data(
                pdf, handle, buffer.baseAddress, buffer.count, qpdf_oh_new_null(pdf), qpdf_oh_new_null(pdf))
        }
        return handle
    }

    /// `q s 0 0 s dx dy cm` mapping `box` (origin and size) centred onto `pageSize`, s = min(`most`, fit). O(1).
    static func placement(
        box: (x: Double, y: Double, width: Double, height: Double), on pageSize: PDFPageSize, enlargingUpTo most: Double = 1
    ) -> String {
        var scale = 1.0
        if box.width > 0, box.height > 0 { scale = min(most, pageSize.width / box.width, pageSize.height / box.height) }
        let dx = (pageSize.width - scale * box.width) / 2 - scale * box.x
        let dy = (pageSize.height - scale * box.height) / 2 - scale * box.y
        let s = formatNumber(scale)
        return "q \(s) 0 0 \(s) \(formatNumber(dx)) \(formatNumber(dy)) cm\n"
    }

    /// A PDF number: at most four decimals, no exponent, no trailing zeros (`0.5`, `148.75`, `-3`).
    static func formatNumber(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return "0" }
        let whole = Int64(scaled)
        let sign = whole < 0 ? "-" : ""
        let magnitude = whole.magnitude
        let integerPart = magnitude / 10_000
        var fraction = String(magnitude % 10_000)
        if fraction == "0" { return integerPart == 0 ? "0" : sign + String(integerPart) }
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(integerPart) + "." + fraction
    }
}

/// The qpdf handles of one merge and the input buffers they read from (qpdf reads memory in place, so each buffer
/// lives until every handle is cleaned up).
private final class QPDFSession {
    private var handles: [qpdf_data?] = []
    private var buffers: [UnsafeMutableRawBufferPointer] = []

    /// A new qpdf handle: reading `data` (input `document`), or an empty PDF for nil.
    func open(_ data: Data?, document: Int) throws(PDFMergeError) -> qpdf_data {
        guard let pdf = qpdf_init() else { throw .unreadable(document: document, reason: "qpdf could not start") }
        handles.append(pdf)
        qpdf_silence_errors(pdf)
        qpdf_set_suppress_warnings(pdf, QPDF_TRUE)
        // No reconstruction of damaged files: the merger joins Graphviz's own PDFs, and qpdf's recovery of a file
        // whose streams lack `endstream` scans to the end for each stream (minutes on a few megabytes).
        qpdf_set_attempt_recovery(pdf, QPDF_FALSE)
        guard let data else {
            if qpdf_empty_pdf(pdf) & QPDF_ERRORS != 0 { throw .unreadable(document: document, reason: error(of: pdf)) }
            return pdf
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        buffers.append(buffer)
        _ = data.copyBytes(to: buffer.bindMemory(to: UInt8.self))
        let status = "input \(document + 1)".withCString { name in
            qpdf_read_memory(pdf, name, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(data.count), nil)
        }
        if status & QPDF_ERRORS != 0 { throw .unreadable(document: document, reason: error(of: pdf)) }
        return pdf
    }

    /// Throws the pending error of `pdf`, if any.
    func check(_ pdf: qpdf_data, document: Int) throws(PDFMergeError) {
        if qpdf_has_error(pdf) != QPDF_FALSE { throw .unreadable(document: document, reason: error(of: pdf)) }
    }

    /// The text of `pdf`'s pending error (and clears it).
    func error(of pdf: qpdf_data) -> String {
        guard let error = qpdf_get_error(pdf), let text = qpdf_get_error_full_text(pdf, error) else { return "unknown qpdf error" }
        return String(cString: text)
    }

    /// `pdf` written to memory: deterministic `/ID`, stream compression preserved (new streams stay plain).
    func write(_ pdf: qpdf_data) throws(PDFMergeError) -> Data {
        if qpdf_init_write_memory(pdf) & QPDF_ERRORS != 0 { throw .unreadable(document: -1, reason: error(of: pdf)) }
        qpdf_set_deterministic_ID(pdf, QPDF_TRUE)
        qpdf_set_stream_data_mode(pdf, qpdf_s_preserve)
        qpdf_set_object_stream_mode(pdf, qpdf_o_disable)
        if qpdf_write(pdf) & QPDF_ERRORS != 0 { throw .unreadable(document: -1, reason: error(of: pdf)) }
        guard let bytes = qpdf_get_buffer(pdf) else { throw .unreadable(document: -1, reason: "qpdf wrote nothing") }
        return Data(bytes: bytes, count: qpdf_get_buffer_length(pdf))
    }

    /// Frees every handle, then the buffers they read.
    func close() {
        for index in handles.indices { qpdf_cleanup(&handles[index]) }
        handles.removeAll()
        for buffer in buffers { buffer.deallocate() }
        buffers.removeAll()
    }
}
