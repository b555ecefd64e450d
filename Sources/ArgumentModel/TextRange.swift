/// Inline formatting over a plain text (Argdown's `ranges`): a part of the text that is bold, italic, a link, a
/// tag or a mention. The text itself holds no markers (`**bold**` is read as `bold` with a bold range).
public struct TextRange: Hashable, Sendable, Codable {
    /// What the range marks.
    public enum Kind: Hashable, Sendable, Codable {
        /// `**text**` or `__text__`.
        case bold
        /// `*text*` or `_text_`.
        case italic
        /// `[text](url)`: the range covers the link text.
        case link(url: String)
        /// `#tag` or `#(tag text)` kept in the text: the range covers the written tag, `#` included.
        case tag(String)
        /// `@[Title]` or `@<Title>`: the range covers the mention as written.
        case mention(NodeKind, title: String)
    }

    /// What the range marks.
    public var kind: Kind
    /// UTF-8 offset of the first byte of the range in the text.
    public var start: Int
    /// UTF-8 offset just past the range (half-open).
    public var end: Int

    /// Creates a range over the UTF-8 offsets `start..<end` of a text.
    public init(_ kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// Whether the range lies inside a text of `length` UTF-8 bytes and is not empty.
    public func fits(length: Int) -> Bool { start >= 0 && start < end && end <= length }

    /// `text` without its tag ranges, blanks folded, for comparing texts that differ only in the tags written in
    /// them. Complexity: O(length + ranges · log ranges).
    public static func untagged(_ text: String, _ ranges: [TextRange]) -> String {
        let tags = ranges.filter { if case .tag = $0.kind { true } else { false } }
        guard !tags.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var k = 0
        for r in tags.sorted(by: { $0.start < $1.start }) where r.fits(length: bytes.count) && r.start >= k {
            out += bytes[k..<r.start]
            k = r.end
        }
        out += bytes[k...]
        return String(decoding: out, as: UTF8.self).split(separator: " ").joined(separator: " ")
    }
}
