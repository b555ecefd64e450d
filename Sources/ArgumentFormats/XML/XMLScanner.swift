import ArgumentModel

/// Why a document is not well-formed XML, and where: the first problem the ``XMLScanner`` met (it stops there).
struct XMLError: Error, Hashable, Sendable {
    /// What is wrong, in words (`end tag </adu> does not match <edu> opened at 3:5`).
    var message: String
    /// Where the problem is: line, column in Unicode scalars, UTF-8 byte offset.
    var position: SourcePosition
    /// The 1-based line of the problem.
    var line: Int { position.line }
    /// The 1-based column of the problem, in Unicode scalars.
    var column: Int { position.column }
}

/// One attribute of a start tag, its value with references decoded and whitespace normalised.
struct XMLAttribute: Hashable, Sendable {
    /// The attribute's name as written (prefixes are not resolved).
    var name: String
    /// The value, with references replaced and each tab or line break turned into a space.
    var value: String
}

/// What the ``XMLScanner`` found, and where it starts.
struct XMLEvent: Hashable, Sendable {
    /// The kinds of events.
    enum Kind: Hashable, Sendable {
        /// A start tag; an empty-element tag `<a/>` gives a start and an end event at the same position.
        case startElement(name: String, attributes: [XMLAttribute])
        /// An end tag (or the end of an empty-element tag).
        case endElement(name: String)
        /// Character data inside the root element, references decoded, line breaks normalised to `\n`.
        case text(String)
        /// The content of a `<![CDATA[…]]>` section, verbatim (line breaks normalised to `\n`).
        case cdata(String)
    }

    /// What was found.
    var kind: Kind
    /// Where its markup (or text) starts.
    var position: SourcePosition
}

/// A small, strict pull scanner for well-formed XML 1.0 in UTF-8, with no dependency on Foundation or libxml2.
///
/// Call ``next()`` until it returns `nil` (the end of a well-formed document) or throws an ``XMLError`` (the first
/// problem; every later call throws the same error). Handled: an optional UTF-8 byte order mark, the XML declaration
/// (only at the very start; encodings other than UTF-8/ASCII are refused), comments and processing instructions
/// (skipped), a DOCTYPE before the root element (skipped, internal subset included), CDATA sections, the five
/// predefined entities and character references. Entities declared in the DOCTYPE are never expanded: referring to
/// one is an error, as is referring to an undeclared one, so no entity bomb can grow the output. Checked: UTF-8 and
/// XML's character set, names, quoting, duplicate attributes, `<` in attribute values, proper nesting (an
/// explicit stack: no recursion, any depth), exactly one root element and nothing but comments, processing
/// instructions and whitespace after it. Namespaces are not interpreted (`a:b` is just a name).
///
/// Lines are counted at `\n`; columns count Unicode scalars (as everywhere in argmap). Complexity: O(length of the
/// input) over the whole scan, memory O(depth + largest text or tag).
struct XMLScanner {
    private let bytes: [UInt8]
    /// The first byte that is not valid UTF-8 or not an XML character (`bytes.count` when all are): the scanner
    /// treats it as the end, and reports ``invalidCharacter`` when it gets there.
    private let end: Int
    /// Why the byte at `end` stopped the scan, when `end < bytes.count`.
    private let invalidCharacter: String
    /// Where the document proper starts (after a byte order mark).
    private let documentStart: Int
    private var i: Int
    private var state = State.prolog
    /// The open elements, innermost last.
    private var stack: [(name: String, position: SourcePosition)] = []
    /// The end event an empty-element tag owes.
    private var pendingEnd: XMLEvent?
    /// General entities the DOCTYPE declares (never expanded; named in the error).
    private var declaredEntities: Set<String> = []
    private var sawDoctype = false
    /// The root element's name and where its end tag was, once it has ended.
    private var rootEnded: (name: String, position: SourcePosition)?
    private var failure: XMLError?
    /// The last position computed, so positions of increasing offsets cost O(distance) in total.
    private var cursor = SourceCursor()

    private enum State { case prolog, content, epilog }

    /// A scanner over UTF-8 `bytes`.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        documentStart = bom
        i = bom
        (end, invalidCharacter) = Self.validate(bytes)
    }

    /// A scanner over the UTF-8 of `text`.
    init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    /// Every event of `text`, or its first error. Complexity: O(length).
    static func events(in text: String) -> Result<[XMLEvent], XMLError> {
        var scanner = XMLScanner(text)
        var events: [XMLEvent] = []
        do {
            while let event = try scanner.next() { events.append(event) }
            return .success(events)
        } catch {
            return .failure(error)
        }
    }

    /// The next event; `nil` after the root element and the misc after it ended well. Throws the first error (and
    /// then again on every call). Amortised O(length of the markup or text it covers).
    mutating func next() throws(XMLError) -> XMLEvent? {
        if let failure { throw failure }
        do {
            return try scan()
        } catch {
            failure = error
            throw error
        }
    }

    // MARK: - Document structure

    private mutating func scan() throws(XMLError) -> XMLEvent? {
        if let pending = pendingEnd {
            pendingEnd = nil
            return pending
        }
        while true {
            if state != .content { skipWhitespace() }
            guard i < end else {
                switch state {
                case .prolog: throw endError("the document has no root element")
                case .content:
                    let open = stack[stack.count - 1]
                    throw endError("the document ends before the end tag of <\(open.name)> opened at \(Self.describe(open.position))")
                case .epilog:
                    if end < bytes.count { throw endError("") }
                    return nil
                }
            }
            guard bytes[i] == Byte.lt else {
                if state == .content { return try text() }
                if state == .prolog { throw error("text before the root element (only markup may stand there)", at: i) }
                let root = rootEnded.map { " <\($0.name)>, which ended at \(Self.describe($0.position))" } ?? ""
                throw error("text after the root element\(root)", at: i)
            }
            if has("<?") {
                try processingInstruction()
            } else if has("<!--") {
                try comment()
            } else if has("<![CDATA[") {
                guard state == .content else { throw error("a CDATA section outside the root element", at: i) }
                return try cdata()
            } else if has("<!DOCTYPE") {
                try doctype()
            } else if has("<!") {
                throw error("unknown markup '<!': expected a comment '<!--', a CDATA section or a DOCTYPE", at: i)
            } else if has("</") {
                return try endTag()
            } else {
                return try startTag()
            }
        }
    }

    private mutating func startTag() throws(XMLError) -> XMLEvent {
        let start = i
        let position = self.position(of: start)
        i += 1
        guard let name = name() else {
            throw error("'<' must start a tag: expected an element name (write &lt; for a literal '<')", at: start)
        }
        if state == .epilog {
            let root = rootEnded.map { " (the root element <\($0.name)> ended at \(Self.describe($0.position)))" } ?? ""
            throw error("a second root element <\(name)>: a document has exactly one\(root)", at: start)
        }
        var attributes: [XMLAttribute] = []
        var seen: Set<String> = []
        var empty = false
        while true {
            let spaced = skipWhitespace()
            guard i < end else { throw endError("the document ends inside the start tag <\(name)> opened at \(Self.describe(position))") }
            if bytes[i] == Byte.gt {
                i += 1
                break
            }
            if bytes[i] == Byte.slash {
                guard i + 1 < end, bytes[i + 1] == Byte.gt else { throw error("expected '>' after '/' in the tag <\(name)>", at: i + 1) }
                i += 2
                empty = true
                break
            }
            guard spaced else { throw error("expected a space before the next attribute, or '>' or '/>', in the tag <\(name)>", at: i) }
            let attributeStart = i
            guard let attribute = self.name() else {
                throw error("expected an attribute name, '>' or '/>' in the tag <\(name)>", at: i)
            }
            guard seen.insert(attribute).inserted else {
                throw error("attribute \(attribute) appears twice in the tag <\(name)>", at: attributeStart)
            }
            skipWhitespace()
            guard i < end else { throw endError("the document ends inside the start tag <\(name)> opened at \(Self.describe(position))") }
            guard bytes[i] == Byte.equals else { throw error("expected '=' after the attribute name \(attribute)", at: i) }
            i += 1
            skipWhitespace()
            guard i < end else { throw endError("the document ends inside the start tag <\(name)> opened at \(Self.describe(position))") }
            guard bytes[i] == Byte.quote || bytes[i] == Byte.apostrophe else {
                throw error("the value of attribute \(attribute) must be quoted with \" or '", at: i)
            }
            attributes.append(XMLAttribute(name: attribute, value: try attributeValue(of: attribute)))
        }
        if empty {
            pendingEnd = XMLEvent(kind: .endElement(name: name), position: position)
            if state == .prolog { rootEnded = (name, position) }
            state = stack.isEmpty ? .epilog : .content
        } else {
            stack.append((name, position))
            state = .content
        }
        return XMLEvent(kind: .startElement(name: name, attributes: attributes), position: position)
    }

    private mutating func endTag() throws(XMLError) -> XMLEvent {
        let start = i
        let position = self.position(of: start)
        i += 2
        guard let name = name() else { throw error("expected an element name after '</'", at: i) }
        skipWhitespace()
        guard i < end else { throw endError("the document ends inside the end tag </\(name)>") }
        guard bytes[i] == Byte.gt else { throw error("expected '>' to close the end tag </\(name)>", at: i) }
        i += 1
        guard let open = stack.last else { throw error("end tag </\(name)> without a start tag", at: start) }
        guard open.name == name else {
            throw error("end tag </\(name)> does not match <\(open.name)> opened at \(Self.describe(open.position))", at: start)
        }
        stack.removeLast()
        if stack.isEmpty {
            state = .epilog
            rootEnded = (name, position)
        }
        return XMLEvent(kind: .endElement(name: name), position: position)
    }

    /// Character data up to the next `<` (or the end, which the caller then reports).
    private mutating func text() throws(XMLError) -> XMLEvent {
        let position = self.position(of: i)
        var out: [UInt8] = []
        while i < end {
            let b = bytes[i]
            switch b {
            case Byte.lt:
                return XMLEvent(kind: .text(String(decoding: out, as: UTF8.self)), position: position)
            case Byte.amp:
                try reference(into: &out)
            case Byte.cr:
                lineEnd(as: Byte.lf, into: &out)
            case Byte.rbracket where has("]]>"):
                throw error("']]>' is not allowed in text (it only ends a CDATA section)", at: i)
            default:
                out.append(b)
                i += 1
            }
        }
        return XMLEvent(kind: .text(String(decoding: out, as: UTF8.self)), position: position)
    }

    private mutating func cdata() throws(XMLError) -> XMLEvent {
        let start = i
        let position = self.position(of: start)
        i += 9
        var out: [UInt8] = []
        while i < end {
            if bytes[i] == Byte.rbracket, has("]]>") {
                i += 3
                return XMLEvent(kind: .cdata(String(decoding: out, as: UTF8.self)), position: position)
            }
            if bytes[i] == Byte.cr {
                out.append(Byte.lf)
                i += 1
                if i < end, bytes[i] == Byte.lf { i += 1 }
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        throw endError("the CDATA section opened at \(Self.describe(position)) is not closed with ']]>'")
    }

    // MARK: - Skipped markup

    private mutating func comment() throws(XMLError) {
        let start = i
        i += 4
        while i < end {
            if bytes[i] == Byte.dash, i + 1 < end, bytes[i + 1] == Byte.dash {
                guard i + 2 < end, bytes[i + 2] == Byte.gt else {
                    if i + 2 >= end { break }
                    throw error("'--' is not allowed inside a comment", at: i)
                }
                i += 3
                return
            }
            i += 1
        }
        throw endError("the comment opened at \(Self.describe(position(of: start))) is not closed with '-->'")
    }

    /// A processing instruction (skipped), or the XML declaration when it stands at the very start.
    private mutating func processingInstruction() throws(XMLError) {
        let start = i
        i += 2
        guard let target = name() else { throw error("expected a processing instruction target after '<?'", at: i) }
        if target.lowercased() == "xml" {
            guard target == "xml", start == documentStart else {
                if target == "xml" { throw error("the XML declaration must come first in the document", at: start) }
                throw error("the processing instruction target \(target) is reserved", at: start)
            }
            return try declaration(from: start)
        }
        guard i < end else { throw endError("the processing instruction <?\(target) is not closed with '?>'") }
        if has("?>") {
            i += 2
            return
        }
        guard skipWhitespace() else { throw error("expected a space or '?>' after <?\(target)", at: i) }
        while i < end {
            if bytes[i] == Byte.question, has("?>") {
                i += 2
                return
            }
            i += 1
        }
        throw endError("the processing instruction <?\(target) opened at \(Self.describe(position(of: start))) is not closed with '?>'")
    }

    /// `<?xml version="1.x" encoding="…" standalone="yes|no"?>`, `<?xml` already read.
    private mutating func declaration(from start: Int) throws(XMLError) {
        func pseudoAttribute(_ scanner: inout XMLScanner, _ name: String, required: Bool) throws(XMLError) -> String? {
            let before = scanner.i
            let spaced = scanner.skipWhitespace()
            guard spaced, scanner.has(name) else {
                if required { throw scanner.declarationError("expected \(name)=\"…\"", at: scanner.i) }
                scanner.i = before
                return nil
            }
            scanner.i += name.utf8.count
            scanner.skipWhitespace()
            guard scanner.i < scanner.end, scanner.bytes[scanner.i] == Byte.equals else {
                throw scanner.declarationError("expected '=' after \(name)", at: scanner.i)
            }
            scanner.i += 1
            scanner.skipWhitespace()
            guard scanner.i < scanner.end, scanner.bytes[scanner.i] == Byte.quote || scanner.bytes[scanner.i] == Byte.apostrophe else {
                throw scanner.declarationError("the value of \(name) must be quoted", at: scanner.i)
            }
            let quote = scanner.bytes[scanner.i]
            let valueStart = scanner.i + 1
            var k = valueStart
            while k < scanner.end, scanner.bytes[k] != quote, scanner.bytes[k] != Byte.lt, scanner.bytes[k] != Byte.gt { k += 1 }
            guard k < scanner.end, scanner.bytes[k] == quote else {
                throw scanner.declarationError("the value of \(name) is not closed", at: min(k, scanner.end))
            }
            scanner.i = k + 1
            return String(decoding: scanner.bytes[valueStart..<k], as: UTF8.self)
        }
        let version = try pseudoAttribute(&self, "version", required: true) ?? ""
        guard version.hasPrefix("1."), version.count > 2, version.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw declarationError("unsupported version \"\(version)\" (expected 1.0)", at: start)
        }
        if let encoding = try pseudoAttribute(&self, "encoding", required: false),
            !["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding.lowercased())
        {
            throw declarationError("the encoding \"\(encoding)\" is not supported (only UTF-8)", at: start)
        }
        if let standalone = try pseudoAttribute(&self, "standalone", required: false), standalone != "yes", standalone != "no" {
            throw declarationError("standalone must be \"yes\" or \"no\", not \"\(standalone)\"", at: start)
        }
        skipWhitespace()
        guard has("?>") else { throw declarationError("expected '?>'", at: i) }
        i += 2
    }

    private mutating func declarationError(_ message: String, at offset: Int) -> XMLError {
        offset >= end ? endError("the XML declaration is not closed with '?>'") : error("malformed XML declaration: \(message)", at: offset)
    }

    /// `<!DOCTYPE name ExternalID? [internal subset]? >`: checked for shape, skipped; the general entities its
    /// internal subset declares are remembered only to name them in the error when one is referred to.
    private mutating func doctype() throws(XMLError) {
        let start = i
        let position = self.position(of: start)
        guard state == .prolog, !sawDoctype else {
            throw error(sawDoctype ? "a second DOCTYPE" : "a DOCTYPE must come before the root element", at: start)
        }
        sawDoctype = true
        i += 9
        let unclosed = "the DOCTYPE opened at \(Self.describe(position)) is not closed with '>'"
        guard skipWhitespace() else { throw i < end ? error("expected a space after <!DOCTYPE", at: i) : endError(unclosed) }
        guard name() != nil else { throw i < end ? error("expected the root element's name after <!DOCTYPE", at: i) : endError(unclosed) }
        var spaced = skipWhitespace()
        if case let (keyword, literals)? = has("SYSTEM") ? ("SYSTEM", 1) : has("PUBLIC") ? ("PUBLIC", 2) : nil {
            guard spaced else { throw error("expected a space before \(keyword)", at: i) }
            i += keyword.utf8.count
            for _ in 0..<literals {
                guard skipWhitespace() else { throw i < end ? error("expected a space and a quoted literal", at: i) : endError(unclosed) }
                try quotedLiteral(unclosed: unclosed)
            }
            spaced = skipWhitespace()
        }
        if i < end, bytes[i] == Byte.lbracket {
            i += 1
            try internalSubset(unclosed: unclosed)
            skipWhitespace()
        }
        guard i < end else { throw endError(unclosed) }
        guard bytes[i] == Byte.gt else { throw error("expected '>' to close the DOCTYPE", at: i) }
        i += 1
    }

    private mutating func internalSubset(unclosed: String) throws(XMLError) {
        while true {
            skipWhitespace()
            guard i < end else { throw endError(unclosed) }
            if bytes[i] == Byte.rbracket {
                i += 1
                return
            }
            if bytes[i] == Byte.percent {
                let start = i
                i += 1
                guard name() != nil, i < end, bytes[i] == Byte.semicolon else {
                    throw i < end ? error("malformed parameter entity reference", at: start) : endError(unclosed)
                }
                i += 1
            } else if has("<!--") {
                try comment()
            } else if has("<?") {
                try processingInstruction()
            } else if has("<!ENTITY") || has("<!ELEMENT") || has("<!ATTLIST") || has("<!NOTATION") {
                try markupDeclaration(unclosed: unclosed)
            } else {
                throw error("unexpected content in the DOCTYPE's internal subset", at: i)
            }
        }
    }

    /// One `<!ENTITY …>`, `<!ELEMENT …>`, `<!ATTLIST …>` or `<!NOTATION …>`, skipped up to its `>` (quoted
    /// literals may hold `>`); a general entity's name is remembered.
    private mutating func markupDeclaration(unclosed: String) throws(XMLError) {
        let start = i
        let isEntity = has("<!ENTITY")
        i += 2
        _ = name()
        guard skipWhitespace() else { throw i < end ? error("expected a space in the declaration", at: i) : endError(unclosed) }
        if isEntity, i < end, bytes[i] != Byte.percent {
            guard let entity = name() else { throw error("expected an entity name", at: i) }
            declaredEntities.insert(entity)
        }
        while i < end {
            switch bytes[i] {
            case Byte.gt:
                i += 1
                return
            case Byte.quote, Byte.apostrophe:
                try quotedLiteral(unclosed: unclosed)
            case Byte.lt:
                throw error("'<' inside a markup declaration (opened at \(Self.describe(position(of: start))))", at: i)
            default:
                i += 1
            }
        }
        throw endError(unclosed)
    }

    /// A `"…"` or `'…'` literal in the DOCTYPE, skipped.
    private mutating func quotedLiteral(unclosed: String) throws(XMLError) {
        guard i < end else { throw endError(unclosed) }
        let quote = bytes[i]
        guard quote == Byte.quote || quote == Byte.apostrophe else { throw error("expected a quoted literal", at: i) }
        i += 1
        while i < end, bytes[i] != quote { i += 1 }
        guard i < end else { throw endError(unclosed) }
        i += 1
    }

    // MARK: - Values

    /// An attribute value from its opening quote to its closing one (consumed), decoded and normalised.
    private mutating func attributeValue(of attribute: String) throws(XMLError) -> String {
        let quote = bytes[i]
        let start = i
        i += 1
        var out: [UInt8] = []
        while i < end {
            let b = bytes[i]
            switch b {
            case quote:
                i += 1
                return String(decoding: out, as: UTF8.self)
            case Byte.lt:
                throw error("'<' is not allowed in the value of attribute \(attribute) (write &lt;)", at: i)
            case Byte.amp:
                try reference(into: &out)
            case Byte.cr:
                lineEnd(as: Byte.space, into: &out)
            case Byte.lf, Byte.tab:
                out.append(Byte.space)
                i += 1
            default:
                out.append(b)
                i += 1
            }
        }
        throw endError("the value of attribute \(attribute) opened at \(Self.describe(position(of: start))) is not closed")
    }

    /// A carriage return at `i`, with the line feed after it if there is one, read as one line end (XML's line-end
    /// normalisation): `replacement` is appended and both are consumed.
    private mutating func lineEnd(as replacement: UInt8, into out: inout [UInt8]) {
        out.append(replacement)
        i += 1
        if i < end, bytes[i] == Byte.lf { i += 1 }
    }

    /// `&name;` (one of the five predefined entities) or `&#N;` / `&#xH;` at `i`, appended as UTF-8.
    private mutating func reference(into out: inout [UInt8]) throws(XMLError) {
        let start = i
        i += 1
        if i < end, bytes[i] == Byte.hash {
            i += 1
            let hex = i < end && bytes[i] == Byte.x
            if hex { i += 1 }
            var value: UInt32 = 0
            var digits = 0
            while i < end, let digit = Self.digit(bytes[i], hex: hex) {
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + digit }
                digits += 1
                i += 1
            }
            let written = String(decoding: bytes[start..<i], as: UTF8.self)
            guard digits > 0 else { throw i < end ? error("the character reference \(written) has no digits", at: start)
                : endError("the document ends inside the character reference \(written)") }
            guard i < end else { throw endError("the document ends inside the character reference \(written)") }
            guard bytes[i] == Byte.semicolon else { throw error("the character reference \(written) is not terminated with ';'", at: start) }
            i += 1
            guard Self.isXMLCharacter(value), let scalar = Unicode.Scalar(value) else {
                throw error("the character reference \(written); is not an allowed XML character", at: start)
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            return
        }
        guard let entity = name() else {
            throw i < end
                ? error("'&' must start an entity or character reference (write &amp; for a literal '&')", at: start)
                : endError("the document ends after '&'")
        }
        guard i < end else { throw endError("the document ends inside the entity reference &\(entity)") }
        guard bytes[i] == Byte.semicolon else { throw error("the entity reference &\(entity) is not terminated with ';'", at: start) }
        i += 1
        switch entity {
        case "lt": out.append(Byte.lt)
        case "gt": out.append(Byte.gt)
        case "amp": out.append(Byte.amp)
        case "apos": out.append(Byte.apostrophe)
        case "quot": out.append(Byte.quote)
        default:
            if declaredEntities.contains(entity) {
                throw error("the entity &\(entity); is declared in the DOCTYPE, but DOCTYPE entities are not expanded", at: start)
            }
            throw error("undefined entity &\(entity);", at: start)
        }
    }

    private static func digit(_ b: UInt8, hex: Bool) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x61...0x66 where hex: UInt32(b - 0x61 + 10)
        case 0x41...0x46 where hex: UInt32(b - 0x41 + 10)
        default: nil
        }
    }

    // MARK: - Names and characters

    /// An XML name at `i` (consumed), or `nil` (nothing consumed) when no name starts there.
    private mutating func name() -> String? {
        let start = i
        guard i < end else { return nil }
        let (first, length) = scalar(at: i)
        guard Self.isNameStart(first) else { return nil }
        i += length
        while i < end {
            let (c, length) = scalar(at: i)
            guard Self.isNameStart(c) || Self.isNameCharacter(c) else { break }
            i += length
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    /// The scalar whose UTF-8 starts at `k < end` (valid there, see ``validate(_:)``), and its length in bytes.
    private func scalar(at k: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[k])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12 | UInt32(bytes[k + 2] & 0x3F) << 6 | UInt32(bytes[k + 3] & 0x3F), 4)
    }

    /// XML 1.0 (fifth edition) NameStartChar.
    static func isNameStart(_ c: UInt32) -> Bool {
        switch c {
        case 0x3A, 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
            0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
            0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// XML 1.0 NameChar beyond NameStartChar.
    static func isNameCharacter(_ c: UInt32) -> Bool {
        switch c {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: false
        }
    }

    /// XML 1.0 Char: tab, line feed, carriage return and the scalars from U+0020 but U+FFFE and U+FFFF.
    static func isXMLCharacter(_ c: UInt32) -> Bool {
        switch c {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The offset of the first byte that is not well-formed UTF-8 or starts a scalar XML does not allow, and why
    /// (`bytes.count` and "" when there is none). O(length).
    static func validate(_ bytes: [UInt8]) -> (Int, String) {
        var k = 0
        let n = bytes.count
        func continuation(_ j: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool { j < n && range.contains(bytes[j]) }
        while k < n {
            let b = bytes[k]
            var length = 1
            var value = UInt32(b)
            switch b {
            case 0x00...0x7F: break
            case 0xC2...0xDF where continuation(k + 1):
                length = 2
            case 0xE0 where continuation(k + 1, 0xA0...0xBF) && continuation(k + 2),
                0xE1...0xEC where continuation(k + 1) && continuation(k + 2),
                0xED where continuation(k + 1, 0x80...0x9F) && continuation(k + 2),
                0xEE...0xEF where continuation(k + 1) && continuation(k + 2):
                length = 3
            case 0xF0 where continuation(k + 1, 0x90...0xBF) && continuation(k + 2) && continuation(k + 3),
                0xF1...0xF3 where continuation(k + 1) && continuation(k + 2) && continuation(k + 3),
                0xF4 where continuation(k + 1, 0x80...0x8F) && continuation(k + 2) && continuation(k + 3):
                length = 4
            default:
                return (k, "invalid UTF-8 (byte 0x\(String(b, radix: 16, uppercase: true)))")
            }
            if length > 1 {
                let mask: UInt32 = length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
                value = value & mask
                for j in 1..<length { value = value << 6 | UInt32(bytes[k + j] & 0x3F) }
            }
            guard isXMLCharacter(value) else {
                let hex = String(value, radix: 16, uppercase: true)
                return (k, "the character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) is not allowed in XML")
            }
            k += length
        }
        return (n, "")
    }

    // MARK: - Bytes and positions

    /// Whether the bytes at `i` spell `literal` (ASCII).
    private func has(_ literal: String) -> Bool {
        var k = i
        for b in literal.utf8 {
            guard k < end, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    /// Skips XML whitespace (space, tab, line feed, carriage return); whether there was any.
    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = i
        while i < end, bytes[i] == Byte.space || bytes[i] == Byte.tab || bytes[i] == Byte.lf || bytes[i] == Byte.cr { i += 1 }
        return i > start
    }

    /// An error at byte `offset`.
    private mutating func error(_ message: String, at offset: Int) -> XMLError {
        XMLError(message: message, position: position(of: offset))
    }

    /// The error for running out of input: the invalid character that ended it early, or `message` at the real end.
    private mutating func endError(_ message: String) -> XMLError {
        end < bytes.count ? error(invalidCharacter, at: end) : error(message, at: end)
    }

    /// Line, column (Unicode scalars) and offset of byte `offset`: O(distance from the previous position asked)
    /// when offsets grow, as they do while scanning; an earlier offset (only for an error) counts from the start.
    private mutating func position(of offset: Int) -> SourcePosition { cursor.position(of: offset, in: bytes) }

    /// `line:column` for messages.
    static func describe(_ position: SourcePosition) -> String { "\(position.line):\(position.column)" }

    /// The ASCII bytes the scanner looks for.
    private enum Byte {
        static let tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, space: UInt8 = 0x20
        static let quote: UInt8 = 0x22, hash: UInt8 = 0x23, percent: UInt8 = 0x25, amp: UInt8 = 0x26, apostrophe: UInt8 = 0x27
        static let dash: UInt8 = 0x2D, slash: UInt8 = 0x2F, semicolon: UInt8 = 0x3B, lt: UInt8 = 0x3C, equals: UInt8 = 0x3D
        static let gt: UInt8 = 0x3E, question: UInt8 = 0x3F, lbracket: UInt8 = 0x5B, rbracket: UInt8 = 0x5D, x: UInt8 = 0x78
    }
}
