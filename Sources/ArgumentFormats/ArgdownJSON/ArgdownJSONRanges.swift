import ArgumentModel
import Collections

/// Argdown JSON `ranges`: `{type, start, stop}` over a text in UTF-16 code units (JavaScript string indices), `stop`
/// inclusive, with `url` (links), `tag` (tags) or `title` (mentions). Argdown's tag and mention tokens include one
/// blank after them, so their `stop` covers it; argmap's ranges end at the tag, and the blank is added and removed
/// here. All functions are O(length of the text + number of ranges).
enum ArgdownJSONRanges {
    /// UTF-8 ↔ UTF-16 offsets of a text, at every scalar boundary (and the end). An ASCII text (the common case)
    /// needs no table: its offsets are the same in both.
    struct Offsets {
        var utf8: [Int] = []
        var utf16: [Int] = []
        /// The text's UTF-8, read in place (not copied into an array per text).
        let bytes: String.UTF8View
        /// The number of UTF-8 bytes.
        let count: Int
        /// Whether every byte is ASCII (then `utf8` and `utf16` stay empty).
        var isASCII: Bool
        /// The text's length in UTF-16 code units.
        var utf16Count: Int { isASCII ? count : utf16.last ?? 0 }

        init(_ text: String) {
            bytes = text.utf8
            count = bytes.count
            isASCII = bytes.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
                ?? bytes.allSatisfy { $0 < 0x80 }
            if isASCII { return }
            var a = 0, b = 0
            for scalar in text.unicodeScalars {
                utf8.append(a)
                utf16.append(b)
                a += UTF8.width(scalar)
                b += UTF16.width(scalar)
            }
            utf8.append(a)
            utf16.append(b)
        }

        /// The UTF-8 byte at `offset` (`0 ≤ offset < count`). O(1) for a native string.
        func byte(at offset: Int) -> UInt8 {
            bytes[bytes.index(bytes.startIndex, offsetBy: offset)]
        }

        /// The UTF-16 offset of UTF-8 offset `x` (nil when `x` is not a scalar boundary).
        func utf16(of x: Int) -> Int? {
            if isASCII { return 0 <= x && x <= count ? x : nil }
            return Self.find(x, in: utf8).map { utf16[$0] }
        }
        /// The UTF-8 offset of UTF-16 offset `x` (nil when `x` is not a scalar boundary).
        func utf8(of x: Int) -> Int? {
            if isASCII { return 0 <= x && x <= count ? x : nil }
            return Self.find(x, in: utf16).map { utf8[$0] }
        }

        private static func find(_ x: Int, in sorted: [Int]) -> Int? {
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            return lo < sorted.count && sorted[lo] == x ? lo : nil
        }
    }

    /// One range as Argdown JSON writes it: its `type`, the key and value naming what it points at (`url`, `tag`
    /// or `title`; none for bold and italic), and `start`/`stop` in UTF-16 units, `stop` inclusive.
    struct Entry {
        var type: String
        var detail: (key: String, value: String)?
        var start: Int
        var stop: Int
    }

    static func takesTrailingBlank(_ kind: TextRange.Kind) -> Bool {
        switch kind {
        case .tag, .mention: true
        case .bold, .italic, .link: false
        }
    }

    /// The entries of the ranges that fit `text`, in order.
    static func entries(_ ranges: [TextRange], in text: String) -> [Entry] {
        guard !ranges.isEmpty else { return [] }
        let offsets = Offsets(text)
        return ranges.compactMap { entry($0, in: offsets) }
    }

    /// The entry of range `r` over the text of `offsets`, or nil when it does not fit the text.
    static func entry(_ r: TextRange, in offsets: Offsets) -> Entry? {
        guard r.fits(length: offsets.count) else { return nil }
        var end = r.end
        if takesTrailingBlank(r.kind), end < offsets.count, offsets.byte(at: end) == 0x20 { end += 1 }
        guard let start = offsets.utf16(of: r.start), let stop = offsets.utf16(of: end) else { return nil }
        switch r.kind {
        case .bold: return Entry(type: "bold", start: start, stop: stop - 1)
        case .italic: return Entry(type: "italic", start: start, stop: stop - 1)
        case .link(let url): return Entry(type: "link", detail: ("url", url), start: start, stop: stop - 1)
        case .tag(let tag): return Entry(type: "tag", detail: ("tag", tag), start: start, stop: stop - 1)
        case .mention(let kind, let title):
            return Entry(type: kind == .statement ? "statement-mention" : "argument-mention", detail: ("title", title),
                start: start, stop: stop - 1)
        }
    }

    /// The `ranges` array for `text`, or nil when there are none that fit.
    static func write(_ ranges: [TextRange], in text: String) -> DataValue? {
        let entries = entries(ranges, in: text)
        guard !entries.isEmpty else { return nil }
        return .array(entries.map { entry in
            var dict = OrderedDictionary<String, DataValue>()
            dict["type"] = .string(entry.type)
            if let (key, value) = entry.detail { dict[key] = .string(value) }
            dict["start"] = .int(entry.start)
            dict["stop"] = .int(entry.stop)
            return .object(dict)
        })
    }

    /// Reads a `ranges` array over `text`; a range that is malformed or does not fit the text is a warning and
    /// is left out.
    static func read(_ value: DataValue?, text: String?, fields: inout JSONFieldReader, at path: String) -> [TextRange] {
        guard let value, value != .null, let list = fields.array(value, at: path) else { return [] }
        guard let text else {
            if !list.isEmpty { fields.warning(path, "ranges without a text are ignored") }
            return []
        }
        let offsets = Offsets(text)
        var out: [TextRange] = []
        for (n, item) in list.enumerated() {
            let p = "\(path)[\(n)]"
            guard let dict = fields.object(item, at: p),
                let type = fields.string(dict, "type", at: p, required: true),
                let start = fields.int(dict, "start", at: p, required: true),
                let stop = fields.int(dict, "stop", at: p, required: true)
            else { continue }
            let kind: TextRange.Kind
            switch type {
            case "bold": kind = .bold
            case "italic": kind = .italic
            case "link":
                guard let url = fields.string(dict, "url", at: p, required: true) else { continue }
                kind = .link(url: url)
            case "tag":
                guard let tag = fields.string(dict, "tag", at: p, required: true) else { continue }
                kind = .tag(tag)
            case "statement-mention", "argument-mention":
                guard let title = fields.string(dict, "title", at: p, required: true) else { continue }
                kind = .mention(type == "statement-mention" ? .statement : .argument, title: title)
            default:
                fields.warning("\(p).type", "unknown range type \"\(type)\"; the range is ignored")
                continue
            }
            guard let from = offsets.utf8(of: start), let to = offsets.utf8(of: stop + 1), from < to else {
                fields.warning(p, "range \(start)...\(stop) does not fit the text (\(offsets.utf16Count) UTF-16 units); it is ignored")
                continue
            }
            var end = to
            if takesTrailingBlank(kind) {
                while end > from, offsets.byte(at: end - 1) == 0x20 || offsets.byte(at: end - 1) == 0x09 { end -= 1 }
            }
            out.append(TextRange(kind, start: from, end: end))
        }
        return out
    }
}
