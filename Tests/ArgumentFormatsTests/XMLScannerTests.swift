import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The strict XML scanner the microtext reader uses: events, decoding, skipped markup, and every error with its
/// position (lines and columns counted by hand in the inputs; columns are Unicode scalars).
@Suite struct XMLScannerTests {
    /// The events of `text` as short strings: `<name a=v>`, `</name>`, `text:…`, `cdata:…`, each `@line:column`.
    static func lines(_ text: String) throws -> [String] {
        try XMLScanner.events(in: text).get().map(Self.describe)
    }

    static func describe(_ event: XMLEvent) -> String {
        let at = "@\(event.position.line):\(event.position.column)"
        switch event.kind {
        case .startElement(let name, let attributes):
            return "<" + ([name] + attributes.map { "\($0.name)=\($0.value)" }).joined(separator: " ") + ">" + at
        case .endElement(let name): return "</\(name)>" + at
        case .text(let text): return "text:\(text)" + at
        case .cdata(let text): return "cdata:\(text)" + at
        }
    }

    /// The error of `text` (which must have one).
    static func error(_ text: String) throws -> XMLError {
        guard case .failure(let error) = XMLScanner.events(in: text) else {
            Issue.record("no error in \(text.debugDescription)")
            throw CancellationError()
        }
        return error
    }

    static func error(bytes: [UInt8]) throws -> XMLError {
        var scanner = XMLScanner(bytes: bytes)
        do {
            while try scanner.next() != nil {}
        } catch {
            return error
        }
        Issue.record("no error in \(bytes)")
        throw CancellationError()
    }

    // MARK: - Events

    @Test func elementsAttributesInOrderAndPositions() throws {
        let xml = "<r z=\"1\" y='2' x = \"3\">\n  <e/>\n  <é>t</é></r>"
        #expect(try Self.lines(xml) == [
            "<r z=1 y=2 x=3>@1:1", "text:\n  @1:24", "<e>@2:3", "</e>@2:3", "text:\n  @2:7",
            "<é>@3:3", "text:t@3:6", "</é>@3:7", "</r>@3:11",
        ])
    }

    @Test func entitiesAndCharacterReferencesAreDecoded() throws {
        let xml = "<a t=\"&lt;&#x41;&#66;&amp;&quot;&apos;&gt;\">&#x1F600;&#10;&#xd7ff;x&lt;y</a>"
        #expect(try Self.lines(xml) == ["<a t=<AB&\"'>>@1:1", "text:😀\n\u{D7FF}x<y@1:45", "</a>@1:73"])
    }

    @Test func whitespaceIsNormalised() throws {
        // In attribute values tab, line feed, CR LF and CR become one space each; in text CR LF and CR become LF.
        // Only line feeds count as line breaks for positions (a lone CR is a character of its line).
        #expect(try Self.lines("<a t='x\ty\nz\r\nw\rv'>1\r\n2\r3</a>") == ["<a t=x y z w v>@1:1", "text:1\n2\n3@3:6", "</a>@4:4"])
        // Character references are not normalised.
        #expect(try Self.lines("<a t='&#9;&#10;'/>") == ["<a t=\t\n>@1:1", "</a>@1:1"])
    }

    @Test func cdataIsVerbatim() throws {
        #expect(try Self.lines("<a><![CDATA[ <b>&amp;</b> ]]]]><![CDATA[]]></a>") == [
            "<a>@1:1", "cdata: <b>&amp;</b> ]]@1:4", "cdata:@1:32", "</a>@1:44",
        ])
    }

    @Test func commentsInstructionsDeclarationAndDoctypeAreSkipped() throws {
        let xml = """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone='yes' ?>
            <!-- a comment with <tags> & ampersands -->
            <?pi some data?><?empty?>
            <!DOCTYPE r PUBLIC "-//x//EN" 'r.dtd' [
              <!ELEMENT r (#PCDATA | e)*> <!ATTLIST r t CDATA "]>"> %pe;
              <!ENTITY % pe "x"> <!ENTITY e 'y'> <!NOTATION n SYSTEM "n"> <!-- ]> --> <?in subset?>
            ]>
            <r><!-- inside --><?pi?>t<!----></r>
            <!-- after --><?after?>

            """
        #expect(try Self.lines(xml) == ["<r>@8:1", "text:t@8:25", "</r>@8:33"])
        #expect(try Self.lines("<!DOCTYPE r><r/>") == ["<r>@1:13", "</r>@1:13"])
        #expect(try Self.lines("<!DOCTYPE r SYSTEM \"r.dtd\"><r/>").count == 2)
    }

    @Test func prefixedNamesAndNonASCIINamesAreNames() throws {
        #expect(try Self.lines("<x:a xml:lang='de' ü·-.9=''/>") == ["<x:a xml:lang=de ü·-.9=>@1:1", "</x:a>@1:1"])
    }

    // MARK: - Errors

    /// Each malformed input, its message and where it is (line:column, counted by hand).
    static let errors: [(String, String, Int, Int)] = [
        ("<arggraph>\n  <x/>\n    <edu>text</adu>", "end tag </adu> does not match <edu> opened at 3:5", 3, 14),
        ("<a>\n<b>", "the document ends before the end tag of <b> opened at 2:1", 2, 4),
        ("<a/><b/>", "a second root element <b>: a document has exactly one (the root element <a> ended at 1:1)", 1, 5),
        ("<a></a>\n<b>", "a second root element <b>: a document has exactly one (the root element <a> ended at 1:4)", 2, 1),
        ("<a/>\n x", "text after the root element <a>, which ended at 1:1", 2, 2),
        ("x<a/>", "text before the root element (only markup may stand there)", 1, 1),
        ("", "the document has no root element", 1, 1),
        ("  <!-- c -->", "the document has no root element", 1, 13),
        ("</a>", "end tag </a> without a start tag", 1, 1),
        ("<a>&foo;</a>", "undefined entity &foo;", 1, 4),
        ("<!DOCTYPE a [<!ENTITY foo \"x\">]><a>&foo;</a>",
            "the entity &foo; is declared in the DOCTYPE, but DOCTYPE entities are not expanded", 1, 36),
        ("<a t='&foo;'/>", "undefined entity &foo;", 1, 7),
        ("<a>&#0;</a>", "the character reference &#0; is not an allowed XML character", 1, 4),
        ("<a>&#x1;</a>", "the character reference &#x1; is not an allowed XML character", 1, 4),
        ("<a>&#xD800;</a>", "the character reference &#xD800; is not an allowed XML character", 1, 4),
        ("<a>&#xFFFE;</a>", "the character reference &#xFFFE; is not an allowed XML character", 1, 4),
        ("<a>&#x110000;</a>", "the character reference &#x110000; is not an allowed XML character", 1, 4),
        ("<a>&#99999999999999999999999;</a>",
            "the character reference &#99999999999999999999999; is not an allowed XML character", 1, 4),
        ("<a>&#;</a>", "the character reference &# has no digits", 1, 4),
        ("<a>&#x41</a>", "the character reference &#x41 is not terminated with ';'", 1, 4),
        ("<a>&amp</a>", "the entity reference &amp is not terminated with ';'", 1, 4),
        ("<a>a & b</a>", "'&' must start an entity or character reference (write &amp; for a literal '&')", 1, 6),
        ("<a>]]></a>", "']]>' is not allowed in text (it only ends a CDATA section)", 1, 4),
        ("<a b=\"x<y\"/>", "'<' is not allowed in the value of attribute b (write &lt;)", 1, 8),
        ("<a b=\"1\" c=\"2\" b=\"3\"/>", "attribute b appears twice in the tag <a>", 1, 16),
        ("<a b=1/>", "the value of attribute b must be quoted with \" or '", 1, 6),
        ("<a b\n=\n'1'c='2'/>", "expected a space before the next attribute, or '>' or '/>', in the tag <a>", 3, 4),
        ("<a b/>", "expected '=' after the attribute name b", 1, 5),
        ("<a b='1", "the value of attribute b opened at 1:6 is not closed", 1, 8),
        ("<a b='1'", "the document ends inside the start tag <a> opened at 1:1", 1, 9),
        ("<a /x>", "expected '>' after '/' in the tag <a>", 1, 5),
        ("<a><1/></a>", "'<' must start a tag: expected an element name (write &lt; for a literal '<')", 1, 4),
        ("<a></ a>", "expected an element name after '</'", 1, 6),
        ("<a></a x>", "expected '>' to close the end tag </a>", 1, 8),
        ("<a/><!-- x", "the comment opened at 1:5 is not closed with '-->'", 1, 11),
        ("<!-- a -- b --><a/>", "'--' is not allowed inside a comment", 1, 8),
        ("<a><![CDATA[x", "the CDATA section opened at 1:4 is not closed with ']]>'", 1, 14),
        ("<![CDATA[x]]><a/>", "a CDATA section outside the root element", 1, 1),
        ("<a/><!DOCTYPE a>", "a DOCTYPE must come before the root element", 1, 5),
        ("<!DOCTYPE a><!DOCTYPE a><a/>", "a second DOCTYPE", 1, 13),
        ("<!DOCTYPE a [<!ENTITY e \"x\">", "the DOCTYPE opened at 1:1 is not closed with '>'", 1, 29),
        ("<!DOCTYPE a [ junk ]><a/>", "unexpected content in the DOCTYPE's internal subset", 1, 15),
        ("<!ELEMENT a><a/>", "unknown markup '<!': expected a comment '<!--', a CDATA section or a DOCTYPE", 1, 1),
        (" <?xml version=\"1.0\"?><a/>", "the XML declaration must come first in the document", 1, 2),
        ("<?XML version=\"1.0\"?><a/>", "the processing instruction target XML is reserved", 1, 1),
        ("<?xml?><a/>", "malformed XML declaration: expected version=\"…\"", 1, 6),
        ("<?xml version=\"2.0\"?><a/>", "malformed XML declaration: unsupported version \"2.0\" (expected 1.0)", 1, 1),
        ("<?xml version=\"1.0\" encoding=\"latin1\"?><a/>",
            "malformed XML declaration: the encoding \"latin1\" is not supported (only UTF-8)", 1, 1),
        ("<?xml version=\"1.0\" standalone=\"maybe\"?><a/>",
            "malformed XML declaration: standalone must be \"yes\" or \"no\", not \"maybe\"", 1, 1),
        ("<?xml version=\"1.0\" <a/>", "malformed XML declaration: expected '?>'", 1, 21),
        ("<?xml version=\"1.0\"", "the XML declaration is not closed with '?>'", 1, 20),
        ("<a/><?pi", "the processing instruction <?pi is not closed with '?>'", 1, 9),
        ("<a/><?pi data", "the processing instruction <?pi opened at 1:5 is not closed with '?>'", 1, 14),
        ("<a/><?pi!data?>", "expected a space or '?>' after <?pi", 1, 9),
        ("<a/><? x?>", "expected a processing instruction target after '<?'", 1, 7),
        ("<a>\u{1}</a>", "the character U+0001 is not allowed in XML", 1, 4),
        ("<a>\u{FFFF}</a>", "the character U+FFFF is not allowed in XML", 1, 4),
        ("<é>\n<ü></é>", "end tag </é> does not match <ü> opened at 2:1", 2, 4),
    ]

    @Test(arguments: errors.indices)
    func malformedInputIsAnErrorAtItsPosition(index: Int) throws {
        let (text, message, line, column) = Self.errors[index]
        let error = try Self.error(text)
        #expect(error.message == message, "\(text.debugDescription)")
        #expect(error.line == line && error.column == column, "\(text.debugDescription): at \(error.line):\(error.column)")
    }

    @Test func offsetsAreBytes() throws {
        // `<é>⏎` is 5 bytes (é is two), `<ü>` 4 more: the end tag starts at byte 9.
        #expect(try Self.error("<é>\n<ü></é>").position.offset == 9)
    }

    @Test func invalidUTF8IsAnErrorAtTheByte() throws {
        for bad: [UInt8] in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]] {
            let error = try Self.error(bytes: Array("<a>é".utf8) + bad + Array("</a>".utf8))
            #expect(error.message == "invalid UTF-8 (byte 0x\(String(bad[0], radix: 16, uppercase: true)))")
            #expect(error.line == 1 && error.column == 5 && error.position.offset == 5)
        }
        // At the end of the input too, and inside markup.
        #expect(try Self.error(bytes: Array("<a/>".utf8) + [0xFF]).column == 5)
        #expect(try Self.error(bytes: Array("<a b='".utf8) + [0xFE]).message == "invalid UTF-8 (byte 0xFE)")
        // An earlier error wins.
        #expect(try Self.error(bytes: Array("<a></b>".utf8) + [0xFF]).message == "end tag </b> does not match <a> opened at 1:1")
    }

    @Test func byteOrderMarkOnlyAtTheStart() throws {
        #expect(try Self.lines("\u{FEFF}<a/>") == ["<a>@1:2", "</a>@1:2"])
        #expect(try Self.error("<a/>\u{FEFF}").message == "text after the root element <a>, which ended at 1:1")
    }

    /// The first error stops the scan: later calls throw it again.
    @Test func errorIsSticky() throws {
        var scanner = XMLScanner("<a>&x;<b/></a>")
        #expect(try scanner.next()?.kind == .startElement(name: "a", attributes: []))
        for _ in 0..<2 {
            do {
                _ = try scanner.next()
                Issue.record("no error")
            } catch {
                #expect(error.message == "undefined entity &x;")
                #expect(error.column == 4)
            }
        }
    }

    @Test func billionLaughsIsNotExpanded() throws {
        var dtd = "<!DOCTYPE r [<!ENTITY l0 \"lol\">"
        for k in 1...9 { dtd += "<!ENTITY l\(k) \"" + String(repeating: "&l\(k - 1);", count: 10) + "\">" }
        let error = try Self.error(dtd + "]><r>&l9;</r>")
        #expect(error.message == "the entity &l9; is declared in the DOCTYPE, but DOCTYPE entities are not expanded")
    }

    // MARK: - Depth and size

    @Test func hundredThousandNestedElements() throws {
        let depth = 100_000
        var scanner = XMLScanner(String(repeating: "<a>", count: depth) + "x" + String(repeating: "</a>", count: depth))
        var starts = 0, ends = 0
        while let event = try scanner.next() {
            switch event.kind {
            case .startElement: starts += 1
            case .endElement: ends += 1
            default: break
            }
        }
        #expect(starts == depth && ends == depth)
        // Unclosed: the innermost <a> starts at column 3 × 99,999 + 1; the input ends after 300,000 scalars.
        let unclosed = try Self.error(String(repeating: "<a>", count: depth))
        #expect(unclosed.message == "the document ends before the end tag of <a> opened at 1:299998")
        #expect(unclosed.column == 300_001)
    }

    // MARK: - The microtext corpus file, as FoundationXML read it

    /// The fixture `micro_t001.xml` gives the same elements, attributes, lines and text as FoundationXML's
    /// `XMLParser` (used here as the oracle; argmap itself no longer uses it).
    @Test func microtextFixtureScansAsFoundationXMLParsedIt() throws {
        let text = try Fixture.text("microtext/micro_t001.xml")
        var ours: [String] = []
        var pending = ""
        func flush(_ list: inout [String]) {
            if !pending.allSatisfy(\.isWhitespace) { list.append("text:" + pending) }
            pending = ""
        }
        for event in try XMLScanner.events(in: text).get() {
            switch event.kind {
            case .startElement(let name, let attributes):
                flush(&ours)
                let sorted = attributes.sorted { $0.name < $1.name }.map { "\($0.name)=\($0.value)" }
                ours.append("<\(([name] + sorted).joined(separator: " "))>@\(event.position.line)")
            case .endElement(let name):
                flush(&ours)
                ours.append("</\(name)>")
            case .text(let t), .cdata(let t): pending += t
            }
        }
        #expect(ours.count == 59)
        #expect(ours.contains("text:For example, glass is melted down again & again."))
        #if canImport(FoundationXML)
        let oracle = FoundationXMLEvents()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = oracle
        #expect(parser.parse())
        oracle.flush()
        #expect(ours == oracle.events)
        #endif
    }
}

#if canImport(FoundationXML)
/// The same event strings as ``XMLScannerTests/microtextFixtureScansAsFoundationXMLParsedIt()`` builds, from
/// FoundationXML.
private final class FoundationXMLEvents: NSObject, XMLParserDelegate {
    var events: [String] = []
    private var pending = ""

    func flush() {
        if !pending.allSatisfy(\.isWhitespace) { events.append("text:" + pending) }
        pending = ""
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes: [String: String] = [:]
    ) {
        flush()
        let sorted = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        events.append("<\(([elementName] + sorted).joined(separator: " "))>@\(parser.lineNumber)")
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        flush()
        events.append("</\(elementName)>")
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { pending += string }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { pending += String(decoding: CDATABlock, as: UTF8.self) }
}
#endif
