import ArgdownSyntax
import ArgumentModel

/// One fenced code block of language `argdown` (or `argdown-map`) of a Markdown file: its Argdown text and
/// where each of its lines stands in the Markdown file, so diagnostics can be reported there.
public struct ArgdownBlock: Sendable, Hashable {
    /// 1-based number of the block among the file's Argdown blocks.
    public var number: Int
    /// The info string's first word: `argdown` or `argdown-map`.
    public var language: String
    /// The Argdown text (the lines between the fences, with the fence's indentation removed).
    public var text: String
    /// Bytes of the Markdown file the block takes, from the opening fence to the end of the closing fence's
    /// line (its line break not included).
    public var range: Range<Int>
    /// Per line of ``text``: the Markdown line's 1-based number, its first byte's offset there, the spaces
    /// removed, and the line's offset in ``text``.
    var lines: [(number: Int, offset: Int, indent: Int, textOffset: Int)]

    /// Blocks are equal when they have the same number, text and place.
    public static func == (a: ArgdownBlock, b: ArgdownBlock) -> Bool {
        a.number == b.number && a.text == b.text && a.range == b.range
    }

    /// Hashes the number and place.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(range.lowerBound)
    }

    /// 1-based Markdown line of the block's first Argdown line.
    public var firstLine: Int { lines.first?.number ?? 1 }

    /// `position` in the block's text moved to the Markdown file. O(1).
    public func markdownPosition(_ position: SourcePosition) -> SourcePosition {
        guard !lines.isEmpty else { return position }
        let line = lines[max(0, min(position.line - 1, lines.count - 1))]
        let within = max(0, position.offset - line.textOffset)
        return SourcePosition(line: line.number, column: position.column + line.indent, offset: line.offset + line.indent + within)
    }

    /// `diagnostic` located in the Markdown file `file` instead of the block.
    public func locate(_ diagnostic: Diagnostic, file: String?) -> Diagnostic {
        var moved = diagnostic
        if let range = diagnostic.range {
            moved.range = SourceRange(file: file, start: markdownPosition(range.start), end: markdownPosition(range.end))
        } else {
            moved.range = SourceRange(file: file, at: SourcePosition(line: firstLine, column: 1, offset: lines.first?.offset ?? 0))
        }
        return moved
    }
}

/// Finds the Argdown blocks of a Markdown text (CommonMark fenced code blocks: up to three spaces, then three or
/// more backticks or tildes; closed by a fence of the same character at least as long, or by the end of the text).
/// Other fenced blocks are skipped whole, so an Argdown fence shown inside one is not taken. O(length).
public enum MarkdownMapBlocks {
    /// The info-string words that mark a block as an argument map.
    public static let languages: Set<String> = ["argdown", "argdown-map"]

    /// Whether `path` names a Markdown file (`.md`, `.markdown`).
    public static func isMarkdown(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// The Argdown blocks of `text`, in order.
    public static func blocks(in text: String) -> [ArgdownBlock] {
        let bytes = Array(text.utf8)
        var starts = LineStarts(bytes).offsets
        if starts.last == bytes.count, starts.count > 1 { starts.removeLast() }
        func lineEnd(_ k: Int) -> Int {
            var end = k + 1 < starts.count ? starts[k + 1] - 1 : bytes.count
            if end > starts[k], bytes[end - 1] == 0x0A { end -= 1 }
            if end > starts[k], bytes[end - 1] == 0x0D { end -= 1 }
            return end
        }
        var blocks: [ArgdownBlock] = []
        var k = 0
        while k < starts.count {
            guard let open = fence(bytes[starts[k]..<lineEnd(k)]) else {
                k += 1
                continue
            }
            var body: [(number: Int, offset: Int, indent: Int, textOffset: Int)] = []
            var contentText = ""
            var textOffset = 0
            var close = k + 1
            var closed = false
            while close < starts.count {
                let line = bytes[starts[close]..<lineEnd(close)]
                if let end = fence(line), end.char == open.char, end.count >= open.count, end.info.isEmpty {
                    closed = true
                    break
                }
                var indent = 0
                while indent < open.indent, starts[close] + indent < lineEnd(close), bytes[starts[close] + indent] == 0x20 { indent += 1 }
                body.append((close + 1, starts[close], indent, textOffset))
                let next = close + 1 < starts.count ? starts[close + 1] : bytes.count
                contentText += String(decoding: bytes[(starts[close] + indent)..<next], as: UTF8.self)
                textOffset += next - starts[close] - indent
                close += 1
            }
            let language = open.info.split(separator: " ").first.map { $0.lowercased() } ?? ""
            if languages.contains(language) {
                let end = closed ? lineEnd(close) : bytes.count
                blocks.append(ArgdownBlock(
                    number: blocks.count + 1, language: language, text: contentText, range: starts[k]..<end, lines: body))
            }
            k = close + 1
        }
        return blocks
    }

    /// The fence a line opens or closes: its character, length, indentation and info string.
    static func fence(_ line: ArraySlice<UInt8>) -> (char: UInt8, count: Int, indent: Int, info: String)? {
        var i = line.startIndex, indent = 0
        while i < line.endIndex, line[i] == 0x20, indent < 4 {
            i += 1
            indent += 1
        }
        guard indent <= 3, i < line.endIndex, line[i] == 0x60 || line[i] == 0x7E else { return nil }
        let char = line[i]
        var count = 0
        while i < line.endIndex, line[i] == char {
            i += 1
            count += 1
        }
        guard count >= 3 else { return nil }
        let info = String(decoding: line[i...], as: UTF8.self).trimmingBlanks
        if char == 0x60, info.contains("`") { return nil }
        return (char, count, indent, info)
    }
}

extension MarkdownMapBlocks {
    /// Reads each Argdown block of `text` on its own: its graph, its reader diagnostics (still located in the
    /// block: move them with ``ArgdownBlock/locate(_:file:)``) and the block. Complexity: the reader's per block.
    public static func read(_ text: String, file: String?) -> [(ArgumentGraph, [Diagnostic], ArgdownBlock?)] {
        blocks(in: text).map { block in
            let result = ArgdownReader.read(block.text, file: file)
            return (result.graph, result.diagnostics, block)
        }
    }
}
