/// Greedy word wrapping for node labels (Graphviz does not wrap text itself).
public enum TextWrapper {
    /// Splits `text` into lines of at most `width` characters, breaking at spaces; a word longer than `width` is
    /// cut into `width`-character pieces. Existing line breaks are kept; runs of spaces collapse.
    /// Complexity: O(length).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        // Plain ASCII without carriage returns (almost every label): one byte is one character, so the same
        // wrapping runs on bytes. ("\r\n" is one Character, which is why text with "\r" takes the general path.)
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return wrapASCII(Array(text.utf8), width: width) }
        return wrapCharacters(text, width: width)
    }

    /// ``wrap(_:width:)`` on Characters: any text. Complexity: O(length).
    static func wrapCharacters(_ text: String, width: Int) -> [String] {
        greedyWrap(text, width: width, newline: "\n", isSpace: { $0 == " " || $0 == "\t" || $0 == "\r" }, string: String.init)
    }

    /// ``wrap(_:width:)`` for ASCII text without carriage returns, on bytes. Complexity: O(length).
    static func wrapASCII(_ bytes: [UInt8], width: Int) -> [String] {
        greedyWrap(bytes, width: width, newline: 0x0A, isSpace: { $0 == 0x20 || $0 == 0x09 }) {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// The greedy wrapping of ``wrap(_:width:)`` over any units (Characters, or the bytes of ASCII text), one unit
    /// counting as one character. Complexity: O(length).
    private static func greedyWrap<Units: BidirectionalCollection>(
        _ units: Units, width: Int, newline: Units.Element, isSpace: (Units.Element) -> Bool,
        string: (Units.SubSequence) -> String
    ) -> [String] where Units.Element: Equatable {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in units.split(separator: newline, omittingEmptySubsequences: false) {
            var line = ""
            var lineCount = 0
            for word in paragraph.split(whereSeparator: isSpace) {
                var chunk = word
                // Cut off `width` units while more than `width` remain. Found by index, not by `chunk.count > width`:
                // counting Characters walks the whole rest, which made one long word quadratic (400,000 `é` took 99 s).
                while let cut = chunk.index(chunk.startIndex, offsetBy: width, limitedBy: chunk.endIndex), cut < chunk.endIndex {
                    if lineCount > 0 {
                        lines.append(line)
                        line = ""
                        lineCount = 0
                    }
                    lines.append(string(chunk[..<cut]))
                    chunk = chunk[cut...]
                }
                let n = chunk.count  // at most `width` units now
                if lineCount == 0 {
                    line = string(chunk)
                    lineCount = n
                } else if lineCount + 1 + n <= width {
                    line += " " + string(chunk)
                    lineCount += 1 + n
                } else {
                    lines.append(line)
                    line = string(chunk)
                    lineCount = n
                }
            }
            if lineCount > 0 || paragraph.isEmpty { lines.append(line) }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Like ``wrap(_:width:)``, keeping at most `maxLines` lines; a cut ends the last kept line with `…`.
    public static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines = wrap(text, width: width)
        guard maxLines > 0, lines.count > maxLines else { return lines }
        lines.removeLast(lines.count - maxLines)
        var last = lines[maxLines - 1]
        if last.count >= width { last = String(last.prefix(max(0, width - 1))) }
        lines[maxLines - 1] = last + "…"
        return lines
    }
}
