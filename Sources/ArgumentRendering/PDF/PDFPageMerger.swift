import Foundation

/// Concatenates the pages of several PDF documents into one PDF, optionally fitting every page onto one paper size.
///
/// Made for the PDFs Graphviz writes through cairo (classic `xref` table, no object streams), and fine for any
/// unencrypted PDF with a classic cross-reference table. Each input's objects are renumbered into one sequence and
/// copied; stream data is copied byte for byte. The inputs' catalogs, page-tree nodes and `/Info` dictionaries are
/// replaced by one new catalog and one `/Pages` node; document-level extras (outlines, named destinations, forms)
/// are not carried over. Page attributes inherited from the old page tree (`/MediaBox`, `/CropBox`, `/Resources`,
/// `/Rotate`) are copied onto each page.
public enum PDFPageMerger {
    /// The pages of every document in `documents`, in order, as one PDF.
    ///
    /// With `pageSize`, every page's `/MediaBox` becomes `[0 0 width height]` and its content is drawn centred on
    /// it: a page larger than `pageSize` in either direction is scaled down uniformly to fit (`q s 0 0 s dx dy cm`
    /// before its content, `Q` after); smaller pages are centred at their own size, never enlarged. The page's
    /// `/CropBox`, `/BleedBox`, `/TrimBox` and `/ArtBox`, which would be in the old coordinates, are dropped.
    /// `/Rotate` is kept, and the fit is computed in the page's unrotated space. Without `pageSize`, pages keep their
    /// own boxes.
    ///
    /// - Complexity: O(n + m log m) for n input bytes and m objects.
    /// - Throws: ``PDFMergeError`` when an input is not a PDF, is truncated beyond repair, uses cross-reference or
    ///   object streams or encryption, or has no pages; or when `pageSize` is not positive.
    public static func merge(_ documents: [Data], pageSize: PDFPageSize?) throws(PDFMergeError) -> Data {
        guard !documents.isEmpty else { throw .noDocuments }
        if let pageSize {
            guard pageSize.width > 0, pageSize.height > 0, pageSize.width.isFinite, pageSize.height.isFinite else {
                throw .badPageSize(pageSize)
            }
        }
        var writer = PDFWriter()
        let pagesNumber = 1
        let catalogNumber = 2
        var nextNumber = 3
        var kids: [PDFValue] = []
        var version = "1.4"
        for (index, data) in documents.enumerated() {
            let file = try PDFFile(Array(data), document: index)
            if file.version > version { version = file.version }
            let tree = try PageTree(file)
            if file.objects.values.contains(where: { $0.value["Type"] == .name("ObjStm") }) {
                throw .unsupported(document: index, feature: "object streams (/ObjStm)")
            }
            // Renumber every kept object: ascending old numbers, after the previous documents'.
            var dropped = tree.nodes
            if case .reference(let root, _)? = file.trailer["Root"] { dropped.insert(root) }
            if case .reference(let info, _)? = file.trailer["Info"] { dropped.insert(info) }
            dropped.formUnion(Self.lengthOnlyObjects(in: file))
            let kept = file.objects.keys.filter { !dropped.contains($0) && file.objects[$0]?.value["Type"] != .name("XRef") }
                .sorted()
            var renumbered: [Int: Int] = [:]
            for number in kept {
                renumbered[number] = nextNumber
                nextNumber += 1
            }
            let mapReference: (Int, Int) -> PDFValue = { number, _ in
                if let new = renumbered[number] { return .reference(new, 0) }
                if tree.nodes.contains(number) { return .reference(pagesNumber, 0) }
                return .null
            }
            var pageValues: [Int: PDFValue] = [:]
            for (pageIndex, page) in tree.pages.enumerated() {
                var value = page.value
                var wrappers: (pre: Int, post: Int)?
                if let pageSize {
                    let placement = try Self.placement(of: value, in: file, on: pageSize, page: pageIndex)
                    value = value.setting("MediaBox", to: .array([.integer(0), .integer(0),
                                                                  .number(pageSize.width), .number(pageSize.height)]))
                    for box in ["CropBox", "BleedBox", "TrimBox", "ArtBox"] { value = value.setting(box, to: nil) }
                    value = value.setting("Contents", to: .array(Self.contentList(of: value, in: file)))
                    let pre = nextNumber, post = nextNumber + 1
                    nextNumber += 2
                    writer.addStream(pre, dictionary: .dictionary([]), data: Array(placement.utf8))
                    writer.addStream(post, dictionary: .dictionary([]), data: Array("\nQ\n".utf8))
                    wrappers = (pre, post)
                }
                value = value.mappingReferences(mapReference).setting("Parent", to: .reference(pagesNumber, 0))
                if let wrappers, case .array(let contents)? = value["Contents"] {
                    value = value.setting("Contents", to: .array(
                        [.reference(wrappers.pre, 0)] + contents + [.reference(wrappers.post, 0)]))
                }
                pageValues[page.number] = value
            }
            for number in kept {
                guard let object = file.objects[number], let new = renumbered[number] else { continue }
                let value = pageValues[number] ?? object.value.mappingReferences(mapReference)
                if let stream = object.stream {
                    writer.addStream(new, dictionary: value, data: file.bytes[stream])
                } else {
                    writer.add(new, value)
                }
            }
            for page in tree.pages {
                guard let new = renumbered[page.number] else { continue }
                kids.append(.reference(new, 0))
            }
        }
        writer.add(pagesNumber, .dictionary([
            (PDFValue.key("Type"), .name("Pages")), (PDFValue.key("Kids"), .array(kids)),
            (PDFValue.key("Count"), .integer(kids.count)),
        ]))
        writer.add(catalogNumber, .dictionary([
            (PDFValue.key("Type"), .name("Catalog")), (PDFValue.key("Pages"), .reference(pagesNumber, 0)),
        ]))
        return Data(writer.finish(version: version, root: catalogNumber))
    }

    /// The objects that only hold a stream's `/Length` (cairo writes every length as its own object): the merged
    /// file writes lengths directly, so these are left out. O(size of the object values).
    static func lengthOnlyObjects(in file: PDFFile) -> Set<Int> {
        var lengths: Set<Int> = []
        var referenced: Set<Int> = []
        for object in file.objects.values {
            var value = object.value
            if object.stream != nil {
                if case .reference(let number, _)? = value["Length"] { lengths.insert(number) }
                value = value.setting("Length", to: nil)
            }
            _ = value.mappingReferences { number, generation in
                referenced.insert(number)
                return .reference(number, generation)
            }
        }
        return lengths.subtracting(referenced)
    }

    /// The content stream that opens a page fitted onto `pageSize`: `q s 0 0 s dx dy cm` (or `q 1 0 0 1 dx dy cm`),
    /// which scales the page's MediaBox down to fit if needed and centres it.
    static func placement(
        of page: PDFValue, in file: PDFFile, on pageSize: PDFPageSize, page index: Int
    ) throws(PDFMergeError) -> String {
        guard case .array(let items)? = file.resolve(page["MediaBox"]), items.count == 4 else {
            throw .badMediaBox(document: file.document, page: index)
        }
        let numbers = items.compactMap { file.resolve($0)?.real }
        guard numbers.count == 4, numbers.allSatisfy(\.isFinite) else {
            throw .badMediaBox(document: file.document, page: index)
        }
        let (left, right) = (min(numbers[0], numbers[2]), max(numbers[0], numbers[2]))
        let (bottom, top) = (min(numbers[1], numbers[3]), max(numbers[1], numbers[3]))
        return placement(box: (left, bottom, right - left, top - bottom), on: pageSize)
    }

    /// `q s 0 0 s dx dy cm` mapping `box` (origin and size) centred onto `pageSize`, s = min(1, fit). O(1).
    static func placement(box: (x: Double, y: Double, width: Double, height: Double), on pageSize: PDFPageSize) -> String {
        var scale = 1.0
        if box.width > 0, box.height > 0 { scale = min(1, pageSize.width / box.width, pageSize.height / box.height) }
        let dx = (pageSize.width - scale * box.width) / 2 - scale * box.x
        let dy = (pageSize.height - scale * box.height) / 2 - scale * box.y
        let s = PDFValue.formatNumber(scale)
        return "q \(s) 0 0 \(s) \(PDFValue.formatNumber(dx)) \(PDFValue.formatNumber(dy)) cm\n"
    }

    /// The page's `/Contents` as a list of stream references (an indirect array is inlined; a missing one is empty),
    /// still in the input's numbering.
    private static func contentList(of page: PDFValue, in file: PDFFile) -> [PDFValue] {
        switch page["Contents"] {
        case .reference(let number, _)?:
            if file.objects[number]?.stream == nil, case .array(let items)? = file.objects[number]?.value { return items }
            return [page["Contents"] ?? .null]
        case .array(let items)?: return items
        default: return []
        }
    }
}

/// The pages of one file in order (with inherited attributes copied onto them) and the page-tree nodes above them.
struct PageTree {
    /// The page objects' numbers and values, attributes inherited from the tree filled in.
    var pages: [(number: Int, value: PDFValue)] = []
    /// The numbers of the `/Pages` nodes.
    var nodes: Set<Int> = []

    private static let inheritable = ["MediaBox", "CropBox", "Resources", "Rotate"]

    /// Walks Root → /Pages → /Kids depth first. O(pages + nodes).
    init(_ file: PDFFile) throws(PDFMergeError) {
        guard case .dictionary? = file.resolve(file.trailer["Root"]) else {
            throw .missingPages(document: file.document, reason: "the trailer's /Root is not a catalog dictionary")
        }
        guard case .reference(let root, _)? = file.resolve(file.trailer["Root"])?["Pages"] else {
            throw .missingPages(document: file.document, reason: "the catalog has no /Pages reference")
        }
        var visited: Set<Int> = []
        try walk(root, inherited: [:], in: file, visited: &visited, depth: 0)
        guard !pages.isEmpty else { throw .missingPages(document: file.document, reason: "the document has no pages") }
    }

    private mutating func walk(
        _ number: Int, inherited: [String: PDFValue], in file: PDFFile, visited: inout Set<Int>, depth: Int
    ) throws(PDFMergeError) {
        guard depth < 64, visited.insert(number).inserted else { return }
        guard let value = file.objects[number]?.value, case .dictionary = value else {
            throw .missingPages(document: file.document, reason: "page tree object \(number) is missing or not a dictionary")
        }
        if value["Type"] == .name("Pages") || (value["Type"] != .name("Page") && value["Kids"] != nil) {
            nodes.insert(number)
            var passed = inherited
            for key in Self.inheritable { if let own = value[key] { passed[key] = own } }
            guard case .array(let kids)? = file.resolve(value["Kids"]) else {
                throw .missingPages(document: file.document, reason: "page tree node \(number) has no /Kids array")
            }
            for kid in kids {
                guard case .reference(let kidNumber, _) = kid else { continue }
                try walk(kidNumber, inherited: passed, in: file, visited: &visited, depth: depth + 1)
            }
        } else {
            var page = value
            for key in Self.inheritable where page[key] == nil {
                if let inheritedValue = inherited[key] { page = page.setting(key, to: inheritedValue) }
            }
            pages.append((number, page))
        }
    }
}

/// Writes a PDF file: header, objects, `xref` table with 20-byte entries, trailer. Objects may be added in any
/// order; numbers must run 1…n without gaps by the time ``finish(version:root:)`` is called.
struct PDFWriter {
    private var body: [UInt8] = []
    private var objects: [(number: Int, bytes: [UInt8])] = []

    /// Adds a non-stream object.
    mutating func add(_ number: Int, _ value: PDFValue) {
        var bytes = Array("\(number) 0 obj\n".utf8)
        value.write(to: &bytes)
        bytes += Array("\nendobj\n".utf8)
        objects.append((number, bytes))
    }

    /// Adds a stream object: `dictionary` with `/Length` set to the data's length, then the data verbatim.
    mutating func addStream(_ number: Int, dictionary: PDFValue, data: some Collection<UInt8>) {
        var bytes = Array("\(number) 0 obj\n".utf8)
        dictionary.setting("Length", to: .integer(data.count)).write(to: &bytes)
        bytes += Array("\nstream\n".utf8)
        bytes += data
        bytes += Array("\nendstream\nendobj\n".utf8)
        objects.append((number, bytes))
    }

    /// The whole file, objects in number order. O(total size + objects log objects).
    mutating func finish(version: String, root: Int) -> [UInt8] {
        var out = Array("%PDF-\(version)\n".utf8) + [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        objects.sort { $0.number < $1.number }
        let size = (objects.last?.number ?? 0) + 1
        var offsets = [Int](repeating: 0, count: size)
        for object in objects {
            offsets[object.number] = out.count
            out += object.bytes
        }
        let xrefOffset = out.count
        out += Array("xref\n0 \(size)\n0000000000 65535 f \n".utf8)
        for number in 1..<max(size, 1) {
            let offset = String(offsets[number])
            out += Array((String(repeating: "0", count: max(0, 10 - offset.count)) + offset + " 00000 n \n").utf8)
        }
        out += Array("trailer\n<< /Size \(size) /Root \(root) 0 R >>\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return out
    }
}
