import ArgumentModel
import Foundation

/// Invariants the fuzz targets assert beyond "no crash"; a violation stops the run with a message (libFuzzer then
/// saves the input as a crash).
public enum FuzzChecks {
    /// Stops the fuzzer: prints `message` and traps, so libFuzzer records the input.
    public static func fail(_ message: @autoclosure () -> String) -> Never {
        FileHandle.standardError.write(Data("fuzz invariant violated: \(message())\n".utf8))
        fatalError("fuzz invariant violated")
    }

    /// Every diagnostic's range lies inside `text`: lines from 1 to the number of lines, columns from 1 to one past
    /// the line's last Unicode scalar, start not after end. When `exactOffsets` is set, each position's byte offset
    /// must also be the offset of that line and column (readers that track offsets, like the Argdown reader).
    public static func diagnosticsInBounds(_ diagnostics: [Diagnostic], text: String, exactOffsets: Bool = false) {
        let bytes = Array(text.utf8)
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        // Scalars per line (continuation bytes are not counted).
        func lineLength(_ line: Int) -> Int {
            let start = lineStarts[line - 1]
            let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
            return bytes[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
        func offset(line: Int, column: Int) -> Int {
            var k = lineStarts[line - 1], col = 1
            while col < column, k < bytes.count {
                k += 1
                while k < bytes.count, bytes[k] & 0xC0 == 0x80 { k += 1 }
                col += 1
            }
            return k
        }
        for d in diagnostics {
            guard let range = d.range else { continue }
            for p in [range.start, range.end] {
                guard p.line >= 1, p.line <= lineStarts.count else {
                    fail("\(d.headline): line \(p.line) outside 1...\(lineStarts.count)")
                }
                let length = lineLength(p.line)
                guard p.column >= 1, p.column <= length + 1 else {
                    fail("\(d.headline): column \(p.column) outside 1...\(length + 1) of line \(p.line)")
                }
                if exactOffsets {
                    guard p.offset >= 0, p.offset <= bytes.count else {
                        fail("\(d.headline): offset \(p.offset) outside 0...\(bytes.count)")
                    }
                    let expected = offset(line: p.line, column: p.column)
                    guard expected == p.offset else {
                        fail("\(d.headline): \(p.line):\(p.column) is offset \(expected), not \(p.offset)")
                    }
                }
            }
            guard range.start.line < range.end.line
                || (range.start.line == range.end.line && range.start.column <= range.end.column)
            else { fail("\(d.headline): range ends before it starts") }
        }
    }

    /// The invariants of a reader with a writer: reading `data` gives diagnostics inside the text; a document read
    /// without errors, written back (`write`) and read again, has no errors, and (with `sameGraph`) the same graph.
    /// `format` names the format in failure messages.
    public static func readWriteRead(
        _ data: Data, format: String, sameGraph: Bool = true,
        read: (_ text: String, _ file: String) -> ReadResult, write: (ArgumentGraph) -> String
    ) {
        let text = String(decoding: data, as: UTF8.self)
        let result = read(text, "fuzz.json")
        diagnosticsInBounds(result.diagnostics, text: text)
        guard !result.diagnostics.containsErrors else { return }
        let written = write(result.graph)
        let again = read(written, "written.json")
        if again.diagnostics.containsErrors {
            fail("written \(format) has errors: \(again.diagnostics.map(\.headline))\n\(written)")
        }
        if sameGraph { Self.sameGraph(result.graph, again.graph, written) }
    }

    /// `second` means the same as `first` (a writer/reader round trip); `context` is printed on failure.
    public static func sameGraph(_ first: ArgumentGraph, _ second: ArgumentGraph, _ context: @autoclosure () -> String) {
        let diffs = first.structuralDifferences(from: second)
        guard diffs.isEmpty else { fail("round trip changed the graph: \(diffs.prefix(5))\n\(context())") }
    }
}
