import ArgumentModel
import Foundation

/// Reads Argdown text (the dialect in docs/argdown.md) into an `ArgumentGraph`.
///
/// The reader is hand-written over UTF-8: comments are blanked out first (offsets are kept), the `===` front matter
/// and `{...}` data are read from libyaml's events (`YAMLData`; Yams for what needs its composer), then one
/// forward pass over the lines builds statements, arguments, premise-conclusion structures, relation trees,
/// sections, tags and data, and a final pass applies the relation transforms of argdown.md §6. It never throws and
/// never crashes: every problem is a `Diagnostic` with a stable code (see `ArgdownDiagnosticCode`) and a precise
/// range, and the graph holds what was readable.
///
/// On two or more processors a large text (4 MiB or more) is read on two threads: the checks before parsing are
/// split in halves, the body is parsed in two parts at once (split at an empty line before a top-level element;
/// the later part's collection is merged into the earlier one's by title), and finishing the nodes overlaps making
/// the relations. The result is always the one-thread read's, graph and diagnostics alike: where the later part
/// could depend on the earlier one (headings before the split, `Untitled N` after it, a second premise-conclusion
/// structure), it is dropped and the earlier part's parser reads on.
public enum ArgdownReader {
    /// Parses `text`; `file` is the path used in diagnostics' locations (nil for in-memory text).
    /// Never throws: problems are diagnostics. Complexity: O(length of text) plus YAML parsing of data blocks.
    public static func read(_ text: String, file: String? = nil) -> ReadResult {
        read(bytes: withLoneCRsAsLineFeeds(Array(text.utf8)), file: file, leading: [])
    }

    /// `bytes` with every CR not followed by LF (classic Mac line ends, which Argdown's lexer also reads as line
    /// breaks) turned into LF, byte for byte, so offsets are unchanged and the line scanner sees lines.
    /// Complexity: O(size).
    static func withLoneCRsAsLineFeeds(_ bytes: [UInt8]) -> [UInt8] {
        guard ByteScan.first(0x0D, in: bytes, from: 0, to: bytes.count) < bytes.count else { return bytes }
        var out = bytes
        for i in out.indices where out[i] == 0x0D && (i + 1 == out.count || out[i + 1] != 0x0A) { out[i] = 0x0A }
        return out
    }

    /// Parses raw bytes that should be UTF-8. Invalid UTF-8 is an `invalid-utf8` error naming the first bad byte's
    /// offset (and its line and column); the text is then read with each bad byte replaced by U+FFFD, so the rest
    /// of the file is still checked. Complexity: O(size of data) plus YAML parsing.
    public static func read(data: Data, file: String? = nil) -> ReadResult {
        read(bytes: [UInt8](data), file: file)
    }

    /// ``read(data:file:)`` on bytes already in an array (shared, not copied, unless they hold a lone CR).
    public static func read(bytes raw: [UInt8], file: String? = nil) -> ReadResult {
        // Nearly every file: no lone CR, valid UTF-8, checked and comment-stripped at once (`SourceCheck`).
        if let prepared = SourceCheck.prepare(raw) {
            return read(bytes: raw, file: file, leading: [], plan: .automatic, prepared: prepared).result
        }
        return readRepairing(bytes: raw, file: file)
    }

    /// ``read(bytes:file:)`` one step at a time, each with its own pass: lone CRs turned into line feeds, the first
    /// invalid UTF-8 byte looked for (and the bytes repaired when there is one), lines counted, comments stripped.
    /// What the reader does when `SourceCheck` finds a lone CR or an invalid byte (and the reference its tests hold
    /// the one-pass path to). O(size) plus the parse.
    static func readRepairing(bytes raw: [UInt8], file: String?) -> ReadResult {
        let bytes = withLoneCRsAsLineFeeds(raw)
        guard let bad = UTF8Validation.firstInvalidOffset(in: bytes) else {
            return read(bytes: bytes, file: file, leading: [])
        }
        var cursor = SourceCursor()
        let position = cursor.position(of: bad, in: bytes)
        let hex = String(bytes[bad], radix: 16, uppercase: true)
        let diagnostic = Diagnostic(
            .error, code: .invalidUTF8,
            "the file is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(bad) cannot be read; save the file with UTF-8 encoding",
            at: SourceRange(file: file, start: position, end: SourcePosition(line: position.line, column: position.column + 1, offset: bad + 1)))
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        return read(bytes: repaired, file: file, leading: [diagnostic])
    }

    private static func read(bytes: [UInt8], file: String?, leading: [Diagnostic]) -> ReadResult {
        read(bytes: bytes, file: file, leading: leading, plan: .automatic).result
    }

    /// The read of valid UTF-8 `bytes` with its body read as `plan` says, and which way it was read (for tests:
    /// every plan gives the same result). `prepared` is `SourceCheck`'s line count and stripped text of `bytes`, when
    /// it made them (else they are made here).
    static func read(
        bytes: [UInt8], file: String?, leading: [Diagnostic] = [], plan: SplitPlan, prepared: SourceCheck.Prepared? = nil
    ) -> (result: ReadResult, reading: BodyReading) {
        let source: SourceText, stripped: [UInt8], unterminated: CommentStripper.Unterminated?
        if let prepared {
            source = SourceText(bytes: bytes, file: file, lineCount: prepared.lineCount)
            (stripped, unterminated) = (prepared.stripped, prepared.unterminated)
        } else {
            source = SourceText(bytes: bytes, file: file)
            (stripped, unterminated) = CommentStripper.strip(bytes)
        }
        var parser = ArgdownParser(source: source, stripped: stripped)
        parser.model.reserveCapacity(source.lineCount)  // about one element per line in large maps
        // About one title every four lines (a definition, a blank line, and a line and its blank line relating it),
        // and a title takes some bytes. A hint: the index grows if there are more (its memory is written whole when
        // reserved, so a generous guess costs page faults: 32 MB more on a 1,000,000-title tree at one in two).
        parser.model.builder.reserveTitleCapacity(min(source.lineCount / 4, bytes.count / 32))
        parser.diagnostics = leading
        if let open = unterminated {
            parser.diagnose(.error, .unterminatedComment,
                "this comment `\(open.opener)` is never closed with `\(open.closer)`, so everything after it is ignored",
                open.offset, open.offset + open.opener.utf8.count)
        }
        let body = parser.parseFrontMatter()
        let reading = parser.parseBody(from: body, plan: plan)
        var diagnostics = parser.diagnostics
        let graph = parser.model.finish(groupDepth: parser.groupDepth, diagnostics: &diagnostics)
        return (ReadResult(graph: graph, diagnostics: sortedBySource(diagnostics)), reading)
    }

    /// Every offset at which ``read(bytes:file:leading:plan:)`` may split the body of valid UTF-8 `bytes` (tests).
    /// O(size).
    static func splitCandidates(bytes: [UInt8]) -> [Int] {
        var parser = ArgdownParser(source: SourceText(bytes: bytes, file: nil), stripped: CommentStripper.strip(bytes).0)
        var next = parser.nextSplitCandidate(from: parser.parseFrontMatter() + 1)
        var out: [Int] = []
        while let s = next {
            out.append(s)
            next = parser.nextSplitCandidate(from: s + 1)
        }
        return out
    }

    /// Stable sort by start offset; diagnostics without a place come first.
    static func sortedBySource(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let oa = a.element.range?.start.offset ?? -1, ob = b.element.range?.start.offset ?? -1
            return oa != ob ? oa < ob : a.offset < b.offset
        }.map(\.element)
    }
}
