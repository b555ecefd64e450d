/// One indirect object of a PDF file: its value and, for a stream, where the stream's bytes lie in the file.
struct PDFObject {
    var generation: Int
    var value: PDFValue
    /// The stream data's byte range in ``PDFFile/bytes`` (exactly `/Length` bytes), nil for non-stream objects.
    var stream: Range<Int>?
}

/// A classic PDF file read into its objects: header version, trailer and every in-use object by number.
///
/// Reads the `xref` table found through `startxref` (following `/Prev` for incremental updates), and falls back to
/// scanning the file for `N G obj` headers when the table is missing or its offsets are wrong. Cross-reference
/// streams, object streams and encryption are refused. O(n) in the file's size.
struct PDFFile {
    let bytes: [UInt8]
    /// The version from the `%PDF-1.x` header, e.g. `1.5`.
    var version: String
    var trailer: PDFValue
    var objects: [Int: PDFObject]
    /// Which input this is, for error messages.
    let document: Int

    init(_ bytes: [UInt8], document: Int) throws(PDFMergeError) {
        self.bytes = bytes
        self.document = document
        self.trailer = .dictionary([])
        self.objects = [:]
        let header = Array("%PDF-".utf8)
        guard bytes.count >= header.count, Array(bytes[0..<header.count]) == header else {
            throw .notAPDF(document: document)
        }
        var versionEnd = header.count
        while versionEnd < min(bytes.count, 16), PDFScanner.isRegular(bytes[versionEnd]) { versionEnd += 1 }
        let versionText = String(decoding: bytes[header.count..<versionEnd], as: UTF8.self)
        version = versionText.count == 3 && versionText.hasPrefix("1.") ? versionText : "1.4"

        let table: [Int: (offset: Int, generation: Int)]
        do {
            (table, trailer) = try readCrossReference()
        } catch let error as PDFMergeError {
            if case .unsupported = error { throw error }
            try scanObjects()
            return
        } catch {
            try scanObjects()
            return
        }
        do {
            for (number, entry) in table {
                objects[number] = try readObject(number: number, at: entry.offset, table: table)
            }
        } catch {
            // The table's offsets are wrong (e.g. the file was edited by hand): read the objects where they are.
            objects = [:]
            try scanObjects()
        }
    }

    // MARK: Cross-reference table

    /// The in-use entries of every `xref` section (newest first wins) and the newest trailer.
    private func readCrossReference() throws -> ([Int: (offset: Int, generation: Int)], PDFValue) {
        let keyword = Array("startxref".utf8)
        let tailStart = max(0, bytes.count - 2048)
        guard let found = lastIndex(of: keyword, from: tailStart) else { throw PDFMergeError.noCrossReference(document: document) }
        var scanner = PDFScanner(bytes, at: found + keyword.count)
        guard var offset = scanner.unsignedInteger() else { throw PDFMergeError.noCrossReference(document: document) }
        var table: [Int: (offset: Int, generation: Int)] = [:]
        var freed: Set<Int> = []
        var newestTrailer: PDFValue?
        var visited: Set<Int> = []
        while visited.insert(offset).inserted {
            guard offset >= 0, offset < bytes.count else { throw PDFMergeError.noCrossReference(document: document) }
            scanner = PDFScanner(bytes, at: offset)
            guard scanner.consumeKeyword("xref") else {
                // A cross-reference stream starts with an object header instead of the keyword.
                if scanner.unsignedInteger() != nil, scanner.unsignedInteger() != nil, scanner.consumeKeyword("obj") {
                    throw PDFMergeError.unsupported(document: document, feature: "a cross-reference stream (PDF 1.5 compressed xref)")
                }
                throw PDFMergeError.noCrossReference(document: document)
            }
            while let first = scanner.unsignedInteger() {
                guard let count = scanner.unsignedInteger(), count <= bytes.count / 18 else {
                    throw PDFMergeError.noCrossReference(document: document)
                }
                for index in 0..<count {
                    guard let entryOffset = scanner.unsignedInteger(), let generation = scanner.unsignedInteger() else {
                        throw PDFMergeError.noCrossReference(document: document)
                    }
                    let number = first + index
                    if scanner.consumeKeyword("n") {
                        if number > 0, table[number] == nil, !freed.contains(number), entryOffset > 0 {
                            table[number] = (entryOffset, generation)
                        }
                    } else if scanner.consumeKeyword("f") {
                        if table[number] == nil { freed.insert(number) }
                    } else {
                        throw PDFMergeError.noCrossReference(document: document)
                    }
                }
            }
            guard scanner.consumeKeyword("trailer") else { throw PDFMergeError.noCrossReference(document: document) }
            let trailer = try scanner.value()
            if trailer["XRefStm"] != nil {
                throw PDFMergeError.unsupported(document: document, feature: "a hybrid cross-reference stream (/XRefStm)")
            }
            if trailer["Encrypt"] != nil { throw PDFMergeError.unsupported(document: document, feature: "encryption") }
            if newestTrailer == nil { newestTrailer = trailer }
            guard let previous = trailer["Prev"]?.integer else { break }
            offset = previous
        }
        guard let newestTrailer, !table.isEmpty else { throw PDFMergeError.noCrossReference(document: document) }
        return (table, newestTrailer)
    }

    // MARK: Objects

    /// Reads `number G obj … endobj` at `offset`. A stream's `/Length` may be a reference, resolved through `table`
    /// when given; when it is unusable the stream ends at the next `endstream`.
    private func readObject(
        number: Int, at offset: Int, table: [Int: (offset: Int, generation: Int)]?
    ) throws(PDFMergeError) -> PDFObject {
        var scanner = PDFScanner(bytes, at: offset)
        guard scanner.unsignedInteger() == number, let generation = scanner.unsignedInteger(),
              scanner.consumeKeyword("obj") else {
            throw .malformed(document: document, offset: offset, reason: "expected object \(number) here")
        }
        let value: PDFValue
        do { value = try scanner.value() } catch {
            throw .malformed(document: document, offset: error.offset, reason: error.reason)
        }
        guard scanner.consumeKeyword("stream") else { return PDFObject(generation: generation, value: value, stream: nil) }
        // The keyword is followed by CR LF or LF (a lone CR is tolerated).
        if scanner.position < bytes.count, bytes[scanner.position] == 13 { scanner.position += 1 }
        if scanner.position < bytes.count, bytes[scanner.position] == 10 { scanner.position += 1 }
        let start = scanner.position
        var length: Int?
        switch value["Length"] {
        case .number?: length = value["Length"]?.integer
        case .reference(let lengthNumber, _)?:
            if let table, let entry = table[lengthNumber], lengthNumber != number,
               let lengthObject = try? readObject(number: lengthNumber, at: entry.offset, table: nil) {
                length = lengthObject.value.integer
            }
        default: break
        }
        if let length, length >= 0, length <= bytes.count - start, endstreamFollows(start + length) {
            return PDFObject(generation: generation, value: value, stream: start..<start + length)
        }
        guard let end = firstIndex(of: Array("endstream".utf8), from: start) else {
            throw .malformed(document: document, offset: start, reason: "stream of object \(number) has no endstream")
        }
        var dataEnd = end
        if dataEnd > start, bytes[dataEnd - 1] == 10 { dataEnd -= 1 }
        if dataEnd > start, bytes[dataEnd - 1] == 13 { dataEnd -= 1 }
        return PDFObject(generation: generation, value: value, stream: start..<dataEnd)
    }

    /// Whether `endstream` follows `position`, after at most an end-of-line.
    private func endstreamFollows(_ position: Int) -> Bool {
        var scanner = PDFScanner(bytes, at: position)
        return scanner.consumeKeyword("endstream")
    }

    /// Reads every `N G obj` at the start of a line, front to back (a later definition replaces an earlier one),
    /// skipping over stream data; the trailer is the last `trailer` dictionary, or else one naming the catalog.
    private mutating func scanObjects() throws(PDFMergeError) {
        var position = 0
        var lastTrailer: PDFValue?
        let trailerKeyword = Array("trailer".utf8)
        while position < bytes.count {
            let atLineStart = position == 0 || bytes[position - 1] == 10 || bytes[position - 1] == 13
            if atLineStart, bytes[position] >= 48, bytes[position] <= 57 {
                var scanner = PDFScanner(bytes, at: position)
                if let number = scanner.unsignedInteger(), scanner.unsignedInteger() != nil, scanner.consumeKeyword("obj"),
                   let object = try? readObject(number: number, at: position, table: nil) {
                    objects[number] = object
                    position = max(position + 1, object.stream?.upperBound ?? scanner.position)
                    continue
                }
            } else if atLineStart, bytes[position] == UInt8(ascii: "t"),
                      position + trailerKeyword.count <= bytes.count,
                      Array(bytes[position..<position + trailerKeyword.count]) == trailerKeyword {
                var scanner = PDFScanner(bytes, at: position + trailerKeyword.count)
                if let trailer = try? scanner.value(), trailer["Root"] != nil { lastTrailer = trailer }
            }
            position += 1
        }
        guard !objects.isEmpty else { throw .noCrossReference(document: document) }
        if let lastTrailer {
            if lastTrailer["Encrypt"] != nil { throw .unsupported(document: document, feature: "encryption") }
            trailer = lastTrailer
        } else if let catalog = objects.sorted(by: { $0.key < $1.key })
            .first(where: { $0.value.value["Type"] == .name("Catalog") }) {
            trailer = .dictionary([(PDFValue.key("Root"), .reference(catalog.key, catalog.value.generation))])
        } else {
            throw .missingPages(document: document, reason: "no trailer and no /Catalog object")
        }
    }

    /// The object a value refers to, or the value itself when it is direct (`null` for a missing object).
    func resolve(_ value: PDFValue?) -> PDFValue? {
        guard case .reference(let number, _)? = value else { return value }
        return objects[number]?.value ?? .null
    }

    // MARK: Byte search

    private func lastIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = bytes.count - needle.count
        while index >= start {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index -= 1
        }
        return nil
    }

    private func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count)
        where bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
