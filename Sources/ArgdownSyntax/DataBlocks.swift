import ArgumentModel

/// The end of a `{...}` data block, or where an unterminated one gives up.
enum DataScan {
    /// Offset of the matching `}`.
    case closed(Int)
    /// No closing brace: the offset of the line where reading resumes (an empty line, or the end of the text).
    case unterminated(stop: Int)
}

extension ArgdownParser {
    /// Finds the `}` matching the `{` at `open`, skipping quoted YAML scalars and nested braces.
    ///
    /// Inline (flow) data may not run over an empty line. Block data (`{` then a line break) may contain empty lines
    /// as long as the next non-empty line is indented or starts with `}`. O(length of the block).
    func scanData(at open: Int) -> DataScan {
        var k = open + 1
        while k < n, Bytes.isBlank(b[k]) { k += 1 }
        let isBlock = k >= n || b[k] == Bytes.newline
        var depth = 0
        var quote: UInt8 = 0
        var i = open
        while i < n {
            let c = b[i]
            if c == Bytes.newline {
                // Look past empty lines: do they end the data?
                var q = i + 1
                var sawBlank = false
                while q < n {
                    let ln = line(at: q)
                    if !ln.isBlank {
                        q = ln.start // past comment-only lines (all blanks here), so they are not looked at again
                        break
                    }
                    sawBlank = true
                    q = ln.next
                }
                if sawBlank {
                    if quote != 0 || !isBlock || q >= n { return .unterminated(stop: i + 1) }
                    let ln = line(at: q)
                    if ln.indent == 0 && b[ln.content] != 0x7D { return .unterminated(stop: i + 1) }
                }
                i = q
                continue
            }
            if quote != 0 {
                if c == Bytes.backslash && quote == 0x22 {
                    i += 2
                    continue
                }
                if c == quote {
                    if quote == 0x27, i + 1 < n, b[i + 1] == 0x27 {
                        i += 2
                        continue
                    }
                    quote = 0
                    i += 1
                    continue
                }
                i = ByteScan.first(anyOf: (Bytes.newline, Bytes.backslash, quote, quote, quote, quote), in: b, from: i + 1, to: n)
                continue
            }
            // Outside quotes only these bytes matter; the others are passed over eight at a time.
            if c != 0x7B, c != 0x7D, c != 0x22, c != 0x27, c != 0x23 {
                i = ByteScan.first(anyOf: (Bytes.newline, 0x7B, 0x7D, 0x22, 0x27, 0x23), in: b, from: i + 1, to: n)
                continue
            }
            switch c {
            case 0x7B: depth += 1
            case 0x7D:
                depth -= 1
                if depth == 0 { return .closed(i) }
            case 0x22, 0x27:
                var j = i - 1
                while j > open, b[j] == Bytes.space || b[j] == Bytes.tab { j -= 1 }
                if YAMLData.startsScalar(after: b[j]) { quote = c }
            case 0x23 where Bytes.isBlank(b[i - 1]) || b[i - 1] == Bytes.newline:
                // A YAML comment: skip to the line end (braces in it do not count).
                while i < n, b[i] != Bytes.newline { i += 1 }
                continue
            default: break
            }
            i += 1
        }
        return .unterminated(stop: n)
    }

    /// Parses the data block `open...close` as YAML (flow YAML including the braces, or block YAML between them
    /// when `{` ends its line) and reports problems at their place in the file. Nil when it is not usable data.
    mutating func parseDataBlock(open: Int, close: Int) -> DataValue? {
        var k = open + 1
        while k < close, Bytes.isBlank(b[k]) { k += 1 }
        let isBlock = k < close && b[k] == Bytes.newline
        let yamlStart = isBlock ? open + 1 : open
        let yamlEnd = isBlock ? close : close + 1
        let value = parseYAML(from: yamlStart, to: yamlEnd, what: "data block")
        switch value {
        case nil: return nil
        case .some(.null): return .empty
        case .some(.object(let dict)): return .object(dict)
        case .some:
            diagnose(.error, .invalidData,
                "data must be `key: value` pairs, like {isCanonical: true}; this block holds a single value", open, close + 1)
            return nil
        }
    }

    /// YAML text `from..<to` of the (comment-stripped) source, parsed (texts read before come from `yamlCache`); failures become diagnostics whose position
    /// maps Yams' line/column back into the file.
    mutating func parseYAML(from: Int, to: Int, what: String) -> DataValue? {
        switch yamlCache.parse(b, from..<to) {
        case .success(let value):
            return value
        case .failure(let failure):
            /// Yams' 1-based line/column inside the YAML text → a byte offset in the file, within the YAML text.
            func fileOffset(line: Int, column: Int) -> Int {
                let base = source.position(at: from)
                let offset = line <= 1
                    ? source.offset(line: base.line, column: base.column + column - 1)
                    : source.offset(line: base.line + line - 1, column: column)
                return min(max(offset, from), to)
            }
            var offset = from
            if let line = failure.line, let column = failure.column { offset = fileOffset(line: line, column: column) }
            var message = failure.message.hasPrefix("the data ") ? "the \(what) " + failure.message.dropFirst(9) : failure.message
            if let context = failure.context {
                message += " (\(context)"
                if let line = failure.contextLine, let column = failure.contextColumn,
                    line != failure.line || column != failure.column
                {
                    let start = source.position(at: fileOffset(line: line, column: column))
                    message += " that begins at line \(start.line), column \(start.column)"
                }
                message += ")"
            }
            diagnose(.error, failure.kind, message, offset)
            return nil
        }
    }

    // MARK: Front matter

    /// Reads the `===` front matter at the top of the document, if any, and returns where the body starts.
    mutating func parseFrontMatter() -> Int {
        var pos = 0
        // A UTF-8 byte order mark is not content.
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { pos = 3 }
        var ln = line(at: pos)
        while ln.isBlank && ln.next < n {
            pos = ln.next
            ln = line(at: pos)
        }
        guard isFenceLine(ln) else { return pos == 3 ? 3 : 0 }
        let open = ln
        var q = open.next
        var firstBlank: Int?
        while q < n {
            let l = line(at: q)
            if isFenceLine(l) {
                if let value = parseYAML(from: open.next, to: l.start, what: "front matter") {
                    applyFrontMatter(value, at: open, end: l.start)
                }
                return l.next
            }
            if l.isBlank, firstBlank == nil { firstBlank = l.start }
            q = l.next
        }
        diagnose(.error, .unterminatedFrontMatter,
            "the front matter opened here has no closing `===` line; add one below the settings", open.content, open.end)
        return firstBlank ?? n
    }

    private func isFenceLine(_ l: Line) -> Bool {
        guard !l.isBlank, l.end - l.content >= 3 else { return false }
        for k in l.content..<l.end where b[k] != 0x3D { return false }
        return true
    }

    /// Where `key` first appears in the front matter `open.next..<end` (as `key` followed by optional blanks and
    /// `:`), for pointing a setting's diagnostic at its line; the opening `===` when it is not found. O(length).
    private func settingRange(_ key: String, open: Line, end: Int) -> (Int, Int) {
        let k = Array(key.utf8)
        var i = open.next
        while i + k.count <= end {
            if b[i] == k[0], Array(b[i..<(i + k.count)]) == k, !isWordByte(b[i - 1]) {
                var j = i + k.count
                while j < end, Bytes.isBlank(b[j]) { j += 1 }
                if j < end, b[j] == 0x3A { return (i, i + k.count) }
            }
            i += 1
        }
        return (open.content, open.end)
    }

    private func isWordByte(_ c: UInt8) -> Bool {
        Bytes.isDigit(c) || c == 0x5F || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
    }

    private mutating func applyFrontMatter(_ value: DataValue, at open: Line, end: Int) {
        guard case .object = value else {
            if value != .null {
                diagnose(.error, .invalidData,
                    "the front matter must be `key: value` settings, like `title: October 1917`", open.content, open.end)
            }
            return
        }
        model.builder.metadata = value
        inline = InlineSettings(frontMatter: value)
        if let mode = value["model"]?["mode"] {
            switch mode.stringValue {
            case "strict": model.builder.mode = .strict
            case "loose": model.builder.mode = .loose
            default:
                let (from, to) = settingRange("mode", open: open, end: end)
                diagnose(.warning, .unknownMode, "`model: {mode: ...}` must be `loose` or `strict`; reading the map as loose",
                    from, to)
            }
        }
        let depth = value["groupDepth"] ?? value["group"]?["groupDepth"] ?? value["map"]?["groupDepth"]
        if let depth {
            if let d = depth.intValue, d >= 0 {
                groupDepth = d
            } else {
                let (from, to) = settingRange("groupDepth", open: open, end: end)
                diagnose(.warning, .invalidSetting, "`groupDepth` must be a whole number of heading levels, like 2",
                    from, to)
            }
        }
    }
}

