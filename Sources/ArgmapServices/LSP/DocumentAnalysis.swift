import ArgdownSyntax
import ArgumentAnalysis
import ArgumentModel

/// One `[Title]` or `<Title>` written in a document: which node it names and where the title stands (the bytes
/// between the brackets).
public struct TitleToken: Hashable, Sendable {
    /// The node the title names.
    public var node: NodeID
    /// Byte offset of the title's first byte (just after `[` or `<`).
    public var start: Int
    /// Byte offset just past the title (at `]` or `>`).
    public var end: Int
    /// How the node occurs here; nil for a mention `@[T]` / `@<T>` in a text.
    public var role: OccurrenceRole?

    /// Whether this occurrence gives the node its text (a definition, or a numbered statement with text).
    public var isDefinition: Bool { role == .definition }
}

/// Everything the language server knows about one open document, computed once per version: the reader's graph
/// and diagnostics, the lint warnings, every title token (for navigation, rename, hover) and the grounded labels.
public struct DocumentAnalysis: Sendable {
    /// The document's URI.
    public let uri: String
    /// The editor's version of the text.
    public let version: Int
    /// The text.
    public let text: String
    /// Its line table.
    public let lines: TextLines
    /// The graph the reader built.
    public let graph: ArgumentGraph
    /// The reader's diagnostics and the lint's, in source order (see `MapCheck`).
    public let diagnostics: [Diagnostic]
    /// Every title written in the text, in source order.
    public let tokens: [TitleToken]
    /// The grounded labelling (IN/OUT/UNDEC by node index).
    public let labels: [Label]

    /// Reads and analyses `text`. Complexity: the reader's + the lint's + O(occurrences · title length).
    public init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        self.text = text
        lines = TextLines(text)
        let result = ArgdownReader.read(text, file: uri)
        graph = result.graph
        diagnostics = MapCheck(result.graph, readerDiagnostics: result.diagnostics).diagnostics
        tokens = Self.titleTokens(result.graph, bytes: lines.bytes)
        labels = MapEvaluation(result.graph, semantics: .grounded, limit: 1).labels
            ?? Array(repeating: .undec, count: result.graph.nodes.count)
    }

    /// The title token at byte `offset` (the brackets count as part of it).
    public func token(at offset: Int) -> TitleToken? {
        tokens.first { $0.start - 1 <= offset && offset <= $0.end }
    }

    /// Every token naming `node`, in source order.
    public func tokens(of node: NodeID) -> [TitleToken] { tokens.filter { $0.node == node } }

    /// Where `node` is defined: its first definition, else its first written occurrence.
    public func definition(of node: NodeID) -> TitleToken? {
        let mine = tokens(of: node)
        return mine.first(where: \.isDefinition) ?? mine.first(where: { $0.role != nil }) ?? mine.first
    }

    /// Titles of the occurrences (located at their opening bracket) and of the mentions in the text.
    /// O(occurrences · title length + text length).
    static func titleTokens(_ graph: ArgumentGraph, bytes: [UInt8]) -> [TitleToken] {
        var tokens: [TitleToken] = []
        for node in graph.nodes where !node.isUntitled {
            let open: UInt8 = node.kind == .statement ? 0x5B : 0x3C
            for occurrence in node.occurrences {
                guard let start = occurrence.range?.start.offset, start < bytes.count, bytes[start] == open,
                    let close = closing(of: start, in: bytes)
                else { continue }
                tokens.append(TitleToken(node: node.id, start: start + 1, end: close, role: occurrence.role))
            }
        }
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x40, bytes[i + 1] == 0x5B || bytes[i + 1] == 0x3C, let close = closing(of: i + 1, in: bytes) {
                let kind: NodeKind = bytes[i + 1] == 0x5B ? .statement : .argument
                let title = String(decoding: bytes[(i + 2)..<close], as: UTF8.self).trimmingBlanks
                if let node = graph.node(kind, titled: title) {
                    tokens.append(TitleToken(node: node, start: i + 2, end: close, role: nil))
                }
                i = close
            }
            i += 1
        }
        return tokens.sorted { $0.start < $1.start }
    }

    /// The first unescaped `]` / `>` closing the bracket at `open`, on the same line.
    static func closing(of open: Int, in bytes: [UInt8]) -> Int? {
        let close: UInt8 = bytes[open] == 0x5B ? 0x5D : 0x3E
        var k = open + 1
        while k < bytes.count, bytes[k] != 0x0A, bytes[k] != 0x0D {
            if bytes[k] == 0x5C {
                k += 2
                continue
            }
            if bytes[k] == close { return k }
            k += 1
        }
        return nil
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
