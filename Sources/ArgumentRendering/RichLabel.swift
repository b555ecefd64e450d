import ArgumentModel

/// Node text with its inline formatting, wrapped into label lines: bold ranges become `<B>`, italic `<I>`, and a
/// link becomes a table cell with `HREF` (Graphviz writes an `<a>` around it in SVG, so it is clickable in the
/// page). Only `http:`, `https:`, `mailto:` and relative links are made clickable; others are shown underlined.
enum RichLabel {
    /// One piece of a wrapped line: its text and the formatting in force.
    struct Piece: Equatable {
        var text: String
        var bold = false
        var italic = false
        var url: String?
    }

    /// The wrapped lines of `text`, each split into pieces at range boundaries (as ``TextWrapper/wrap(_:width:maxLines:)``
    /// wraps the plain text). Ranges that do not fit the text are ignored. Complexity: O(length + ranges).
    static func lines(_ text: String, ranges: [TextRange], width: Int, maxLines: Int) -> [[Piece]] {
        let wrapped = TextWrapper.wrap(text, width: width, maxLines: maxLines)
        let bytes = Array(text.utf8)
        let usable = ranges.filter { r in
            guard r.fits(length: bytes.count) else { return false }
            switch r.kind {
            case .bold, .italic, .link: return true
            case .tag, .mention: return false
            }
        }
        guard !usable.isEmpty else { return wrapped.map { [Piece(text: $0)] } }
        // Style of every byte of the text.
        var bold = [Bool](repeating: false, count: bytes.count)
        var italic = bold
        var link = [Int?](repeating: nil, count: bytes.count)
        for (n, r) in usable.enumerated() {
            for k in r.start..<r.end {
                switch r.kind {
                case .bold: bold[k] = true
                case .italic: italic[k] = true
                default: link[k] = n
                }
            }
        }
        func url(_ index: Int?) -> String? {
            guard let index, case .link(let u) = usable[index].kind else { return nil }
            return u
        }
        var result: [[Piece]] = []
        var p = 0
        for line in wrapped {
            var pieces: [(bytes: [UInt8], bold: Bool, italic: Bool, link: Int?)] = []
            // Walk the line's bytes alongside the text: a space in the line stands for a run of blanks.
            while p < bytes.count, isBlank(bytes[p]) { p += 1 }
            for byte in line.utf8 {
                var styleAt: Int?
                if byte == 0x20 {
                    while p < bytes.count, isBlank(bytes[p]) { p += 1 }
                    // A blank inside a range (both neighbours in it) takes the range's style.
                    if p < bytes.count, p > 0 { styleAt = p }
                } else if p < bytes.count, bytes[p] == byte {
                    styleAt = p
                    p += 1
                } // else: not from the text (the `…` of a cut line): plain
                var style = (bold: false, italic: false, link: Int?.none)
                if let k = styleAt { style = (bold[k], italic[k], link[k]) }
                if byte == 0x20, let last = pieces.last {
                    // Keep a blank with the piece before when the next byte does not share its style.
                    if !(last.bold && style.bold) { style.bold = false }
                    if !(last.italic && style.italic) { style.italic = false }
                    if last.link != style.link { style.link = nil }
                }
                if let last = pieces.last, last.bold == style.bold, last.italic == style.italic, last.link == style.link {
                    pieces[pieces.count - 1].bytes.append(byte)
                } else {
                    pieces.append(([byte], style.bold, style.italic, style.link))
                }
            }
            result.append(pieces.map {
                Piece(text: String(decoding: $0.bytes, as: UTF8.self), bold: $0.bold, italic: $0.italic, url: url($0.link))
            })
        }
        return result
    }

    static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    /// Whether a link target is safe to make clickable in a page.
    static func isSafeURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return true }
        // Relative: no scheme before the first `/`, `?` or `#`.
        let head = lower.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !head.contains(":")
    }

    /// `leading` lines (title, badge) and the text lines as HTML: plain lines when no line has a link; otherwise a
    /// borderless table with one row per line (Graphviz cannot mix text and a table), a line with a link being a
    /// row of cells (the link's cell with `HREF`).
    static func label(leading: [HTMLLabel], _ lines: [[Piece]]) -> HTMLLabel {
        func styled(_ piece: Piece) -> HTMLLabel {
            var out = HTMLLabel.text(piece.text)
            if piece.url != nil { out = .underline(out) }
            if piece.italic { out = .italic(out) }
            if piece.bold { out = .bold(out) }
            return out
        }
        let hasLinks = lines.contains { $0.contains { $0.url.map(isSafeURL) == true } }
        guard hasLinks else {
            return .lines(leading + lines.map { $0.reduce(HTMLLabel.empty) { $0 + styled($1) } })
        }
        // One cell per run of pieces with the same link: fewer cells, fewer places where Graphviz's estimated text
        // widths leave gaps.
        return .table(rows: leading + lines.map { pieces in
            var cells: [(HTMLLabel, url: String?)] = []
            var lastURL: String??
            for piece in pieces {
                let url = piece.url.flatMap { isSafeURL($0) ? $0 : nil }
                if let last = lastURL, last == url, !cells.isEmpty {
                    cells[cells.count - 1].0 = cells[cells.count - 1].0 + styled(piece)
                } else {
                    cells.append((styled(piece), url))
                }
                lastURL = .some(url)
            }
            return .cells(cells)
        })
    }
}

