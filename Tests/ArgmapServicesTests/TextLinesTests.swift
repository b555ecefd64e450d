import ArgdownSyntax
import ArgmapServices
import Testing

/// UTF-8 offsets (the reader's) ↔ LSP positions (UTF-16), checked by hand on non-ASCII text.
@Suite struct TextLinesTests {
    @Test func emojiCountsTwoUnitsAndDashesOne() {
        // "a — «b» 🚩 c": a(1) space(1) —(3 bytes) space «(2) b »(2) space 🚩(4) space c
        let lines = TextLines("x\na — «b» 🚩 c\r\nz")
        #expect(lines.lineStarts == [0, 2, 22])
        let c = 2 + Array("a — «b» 🚩 ".utf8).count
        #expect(lines.position(ofOffset: c) == LSPPosition(line: 1, character: 11))
        #expect(lines.offset(of: LSPPosition(line: 1, character: 11)) == c)
        // Inside the surrogate pair: back to the emoji's start.
        let flag = 2 + Array("a — «b» ".utf8).count
        #expect(lines.offset(of: LSPPosition(line: 1, character: 9)) == flag)
        #expect(lines.offset(of: LSPPosition(line: 1, character: 10)) == flag + 4)
        #expect(lines.offset(of: LSPPosition(line: 1, character: 8)) == flag)
        #expect(lines.position(ofOffset: flag + 1) == LSPPosition(line: 1, character: 8))
        // Past the end of a CRLF line: its end, before the CR.
        #expect(lines.offset(of: LSPPosition(line: 1, character: 99)) == 20)
        #expect(lines.position(ofOffset: 22) == LSPPosition(line: 2, character: 0))
        #expect(lines.offset(of: LSPPosition(line: 9, character: 0)) == lines.bytes.count)
    }

    @Test func loneCarriageReturnEndsALine() {
        let lines = TextLines("a\rb\r\nc\nd")
        #expect(lines.lineStarts == [0, 2, 5, 7])
        #expect(lines.contentEnd(ofLine: 1) == 3)
    }

    @Test func agreesWithTheReadersPositions() throws {
        let text = "[Soviets — «power» 🚩]: Text.\n  + [Coup 🚩]: «x» — y.\n"
        let graph = ArgdownReader.read(text).graph
        let lines = TextLines(text)
        let coup = try #require(graph.statement(titled: "Coup 🚩"))
        let range = try #require(graph[coup].occurrences.first?.range)
        #expect(range.start.line == 2 && range.start.column == 5)
        #expect(lines.position(ofOffset: range.start.offset) == LSPPosition(line: 1, character: 4))
        // The first line: the title's closing bracket after the emoji is UTF-16 unit 21 (scalar 20).
        let soviets = try #require(graph.statement(titled: "Soviets — «power» 🚩"))
        let first = try #require(graph[soviets].occurrences.first?.range)
        #expect(lines.range(first).end.line == 0)
        #expect(lines.position(ofOffset: first.start.offset + Array("[Soviets — «power» 🚩".utf8).count).character == 21)
    }
}

/// Content-Length framing.
@Suite struct MessageFramerTests {
    @Test func splitsMessagesArrivingInPieces() throws {
        var framer = MessageFramer()
        let one = MessageFramer.frame(Array("{\"a\":\"é\"}".utf8))
        let two = MessageFramer.frame(Array("{}".utf8))
        let all = one + two
        framer.append(all[0..<5])
        #expect(framer.nextMessage() == nil)
        framer.append(all[5..<(one.count + 3)])
        let first = framer.nextMessage()
        #expect(try first?.get() == Array("{\"a\":\"é\"}".utf8))
        #expect(framer.nextMessage() == nil)
        framer.append(all[(one.count + 3)...])
        #expect(try framer.nextMessage()?.get() == Array("{}".utf8))
    }

    @Test func aHeaderWithoutLengthIsAnErrorAndSkipped() throws {
        var framer = MessageFramer()
        framer.append(Array("Content-Type: x\r\n\r\n".utf8) + MessageFramer.frame(Array("[]".utf8)))
        guard case .failure = framer.nextMessage() else {
            Issue.record("expected a framing error")
            return
        }
        #expect(try framer.nextMessage()?.get() == Array("[]".utf8))
    }

    @Test func messagesRoundTripThroughThePackagesJSON() {
        let body = Array(#"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"x":[1,"«"]}}"#.utf8)
        let message = JSONRPCMessage.parse(body)
        guard case .request(let id, let method, let params) = message else {
            Issue.record("not a request: \(message)")
            return
        }
        #expect(id == .int(7) && method == "textDocument/hover")
        #expect(params["x"] == .array([.int(1), .string("«")]))
        #expect(JSONRPCMessage.parse(message.body) == message)
        #expect(JSONRPCMessage.parse(Array("{nope".utf8)) == .failure(id: .null, code: -32700, message: JSONRPCMessage.parse(Array("{nope".utf8)).errorMessage))
    }
}

extension JSONRPCMessage {
    /// The message of a failure (for comparing).
    var errorMessage: String {
        if case .failure(_, _, let message) = self { return message }
        return ""
    }
}
