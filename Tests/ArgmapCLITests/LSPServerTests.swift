import Foundation
import Testing

/// `argmap lsp` driven as an editor drives it: the real executable over pipes, every capability, positions in
/// UTF-16 (the sample holds an em dash, guillemets and an emoji, which is two UTF-16 units but one scalar).
@Suite struct LSPServerTests {
    static let uri = "file:///tmp/soviets.argdown"
    /// Line numbers (0-based) are noted beside each line.
    static let sample = """
        # Soviets — «power» 🚩

        [Soviet power]: 🚩 All power — «now», says @[Coup].
          + <Dual power>: The government cannot end the war.
          - [Coup]: October was a coup.

        <Dual power>

        (1) [War]: The war goes on.
        (2) [Fail]: The government cannot end it.
        ----
        (3) [Soviet power]

        [Coup]
          - [Soviet powr]

        """

    /// A started and initialized server with the sample open (version 1).
    static func session(_ text: String = sample) throws -> LSPTestClient {
        let client = try LSPTestClient()
        let initialized = try client.request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": [:]])
        let result = initialized["result"] as? [String: Any]
        #expect((result?["capabilities"] as? [String: Any])?["hoverProvider"] as? Bool == true)
        try client.notify("initialized", [:])
        try client.notify("textDocument/didOpen", [
            "textDocument": ["uri": uri, "languageId": "argdown", "version": 1, "text": text],
        ])
        return client
    }

    static func position(_ line: Int, _ character: Int) -> [String: Any] { ["line": line, "character": character] }

    static func params(_ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": uri], "position": position(line, character)]
    }

    /// `[startLine, startChar, endLine, endChar]` of an LSP range.
    static func span(_ range: Any?) -> [Int] {
        let r = range as? [String: Any]
        let s = r?["start"] as? [String: Any], e = r?["end"] as? [String: Any]
        return [s?["line"], s?["character"], e?["line"], e?["character"]].map { ($0 as? Int) ?? -1 }
    }

    @Test func diagnosticsOnOpenHaveCodesRangesAndRelatedInformation() throws {
        let client = try Self.session()
        let diagnostics = try client.diagnostics(version: 1)
        let undefined = try #require(diagnostics.first { $0["code"] as? String == "undefined-reference" })
        #expect(Self.span(undefined["range"]) == [14, 4, 14, 17])
        #expect(undefined["severity"] as? Int == 2)
        #expect((undefined["message"] as? String)?.contains("did you mean [Soviet power]?") == true)
        let related = try #require(undefined["relatedInformation"] as? [[String: Any]])
        #expect(related.count == 1)
        let location = related.first?["location"] as? [String: Any]
        #expect(location?["uri"] as? String == Self.uri)
        #expect(Self.span(location?["range"]) == [2, 1, 2, 13])
        #expect(client.finish() != 0, "end of input without shutdown is not a clean exit")
    }

    @Test func conflictingDefinitionPointsToTheOtherDefinition() throws {
        let client = try Self.session("[A]: One — «1».\n\n🚩 [A]: Two.\n\n[A]: Three.\n")
        let diagnostics = try client.diagnostics(version: 1)
        let note = try #require(diagnostics.first { $0["code"] as? String == "conflicting-definition" })
        #expect(note["severity"] as? Int == 3)
        #expect(Self.span(note["range"]) == [4, 0, 4, 11])
        let related = (note["relatedInformation"] as? [[String: Any]]) ?? []
        let places = related.map { Self.span(($0["location"] as? [String: Any])?["range"]) }
        #expect(places.contains([0, 1, 0, 2]))
    }

    @Test func changesAreDebouncedAndRechecked() throws {
        let client = try Self.session()
        _ = try client.diagnostics(version: 1)
        let change: (Int, String) -> [String: Any] = { version, text in
            ["textDocument": ["uri": Self.uri, "version": version], "contentChanges": [["text": text]]]
        }
        try client.notify("textDocument/didChange", change(2, "[A]: Alpha.\n  + [B]: Beta.\n"))
        try client.notify("textDocument/didChange", change(3, "[A]: «Alpha» 🚩.\n\n  - [B]: Beta.\n"))
        let diagnostics = try client.diagnostics(version: 3)
        let error = try #require(diagnostics.first { $0["code"] as? String == "relation-after-empty-line" })
        #expect(error["severity"] as? Int == 1)
        #expect(Self.span(error["range"]).prefix(2) == [2, 2])
        let stale = client.notifications.filter {
            (($0["params"] as? [String: Any])?["version"] as? Int) == 2
        }
        #expect(stale.isEmpty, "version 2 was replaced within the debounce delay and is never checked")
    }

    @Test func completesStatementAndArgumentTitlesAndRelationSymbols() throws {
        let client = try Self.session()
        let text = Self.sample + "  + [Sov\n  + <\n  \n"
        try client.notify("textDocument/didChange", [
            "textDocument": ["uri": Self.uri, "version": 2], "contentChanges": [["text": text]],
        ])
        let statements = try client.request("textDocument/completion", Self.params(15, 8))
        let items = ((statements["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        let soviet = try #require(items.first { $0["label"] as? String == "Soviet power" })
        let edit = soviet["textEdit"] as? [String: Any]
        #expect(edit?["newText"] as? String == "Soviet power]")
        #expect(Self.span(edit?["range"]) == [15, 5, 15, 8])
        #expect(!items.contains { $0["label"] as? String == "Dual power" })

        let arguments = try client.request("textDocument/completion", Self.params(16, 5))
        let argumentItems = ((arguments["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        #expect(argumentItems.compactMap { $0["label"] as? String } == ["Dual power"])

        let symbols = try client.request("textDocument/completion", Self.params(17, 2))
        let symbolItems = ((symbols["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        #expect(Set(symbolItems.compactMap { $0["label"] as? String }) == ["+", "-", "_", "<+", "<-", "<_", "+>", "->", "_>", "><"])
        let plus = symbolItems.first { $0["label"] as? String == "+" }
        #expect((plus?["textEdit"] as? [String: Any])?["newText"] as? String == "+ ")
    }

    @Test func hoverShowsTextRelationsAndGroundedLabel() throws {
        let client = try Self.session()
        let soviet = try client.request("textDocument/hover", Self.params(2, 3))
        let result = try #require(soviet["result"] as? [String: Any])
        let value = (result["contents"] as? [String: Any])?["value"] as? String ?? ""
        #expect(value.hasPrefix("**[Soviet power]**\n\n🚩 All power — «now», says @[Coup]."))
        #expect(value.contains("1 supporter · 1 attacker · grounded: IN"))
        #expect(Self.span(result["range"]) == [2, 0, 2, 14])

        // The mention after the emoji: UTF-16 character 45 is the C of Coup (scalar column 45 is 1-based 44).
        let coup = try client.request("textDocument/hover", Self.params(2, 46))
        let coupValue = ((coup["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
        #expect(coupValue.hasPrefix("**[Coup]**\n\nOctober was a coup."))
        #expect(coupValue.contains("0 supporters · 1 attacker · grounded: OUT"))

        let nothing = try client.request("textDocument/hover", Self.params(1, 0))
        #expect(nothing["result"] is NSNull)
    }

    @Test func definitionReferencesAndRenameCoverEveryOccurrence() throws {
        let client = try Self.session()
        let definition = try client.request("textDocument/definition", Self.params(11, 8))
        let target = try #require(definition["result"] as? [String: Any])
        #expect(Self.span(target["range"]) == [2, 1, 2, 13])

        var references = Self.params(4, 6)
        references["context"] = ["includeDeclaration": true]
        let found = try client.request("textDocument/references", references)
        let spans = ((found["result"] as? [[String: Any]]) ?? []).map { Self.span($0["range"]) }
        #expect(spans == [[2, 45, 2, 49], [4, 5, 4, 9], [13, 1, 13, 5]])
        references["context"] = ["includeDeclaration": false]
        let withoutDefinition = try client.request("textDocument/references", references)
        #expect(((withoutDefinition["result"] as? [[String: Any]]) ?? []).count == 2)

        let prepared = try client.request("textDocument/prepareRename", Self.params(2, 5))
        #expect((prepared["result"] as? [String: Any])?["placeholder"] as? String == "Soviet power")

        var rename = Self.params(11, 6)
        rename["newName"] = "All power — «soviets»"
        let renamed = try client.request("textDocument/rename", rename)
        let changes = ((renamed["result"] as? [String: Any])?["changes"] as? [String: Any])?[Self.uri] as? [[String: Any]]
        let edits = try #require(changes)
        #expect(edits.map { Self.span($0["range"]) } == [[2, 1, 2, 13], [11, 5, 11, 17]])
        #expect(edits.allSatisfy { $0["newText"] as? String == "All power — «soviets»" })

        let argument = try client.request("textDocument/rename", {
            var p = Self.params(6, 3)
            p["newName"] = "Dual power fails"
            return p
        }())
        let argumentEdits = ((argument["result"] as? [String: Any])?["changes"] as? [String: Any])?[Self.uri] as? [[String: Any]]
        #expect((argumentEdits ?? []).map { Self.span($0["range"]) } == [[3, 5, 3, 15], [6, 1, 6, 11]])

        let offTitle = try client.request("textDocument/rename", {
            var p = Self.params(1, 0)
            p["newName"] = "X"
            return p
        }())
        #expect(offTitle["error"] != nil)
    }

    @Test func documentAndWorkspaceSymbols() throws {
        let client = try Self.session()
        let symbols = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": Self.uri]])
        let top = try #require(symbols["result"] as? [[String: Any]])
        #expect(top.count == 1)
        let section = try #require(top.first)
        #expect(section["name"] as? String == "Soviets — «power» 🚩")
        #expect(section["kind"] as? Int == 3)
        #expect(Self.span(section["selectionRange"]) == [0, 0, 0, 22])
        let children = (section["children"] as? [[String: Any]]) ?? []
        #expect(children.compactMap { $0["name"] as? String } == [
            "[Soviet power]", "<Dual power>", "[Coup]", "[War]", "[Fail]", "[Soviet powr]",
        ])
        #expect(children.compactMap { $0["kind"] as? Int } == [15, 12, 15, 15, 15, 15])
        #expect(Self.span(children.first?["selectionRange"]) == [2, 1, 2, 13])

        try client.notify("textDocument/didOpen", [
            "textDocument": ["uri": "file:///tmp/other.argdown", "languageId": "argdown", "version": 1,
                "text": "[Coup d'état]: «Another» view of the coup.\n"],
        ])
        let workspace = try client.request("workspace/symbol", ["query": "COUP"])
        let found = (workspace["result"] as? [[String: Any]]) ?? []
        #expect(found.compactMap { $0["name"] as? String } == ["[Coup]", "[Coup d'état]"])
        let uris = found.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
        #expect(uris == [Self.uri, "file:///tmp/other.argdown"])
    }

    @Test func formattingUsesTheCanonicalPrinter() throws {
        let text = "[A]:    Alpha — «1».\n   +    [B]: Beta 🚩.\n"
        let path = try CLI.temporaryFile("messy.argdown", text)
        let printed = try CLI.run(["convert", path, "--to", "argdown", "-o", "-"])
        #expect(printed.status == 0, "\(printed.stderr)")
        let client = try Self.session(text)
        let formatted = try client.request("textDocument/formatting", [
            "textDocument": ["uri": Self.uri], "options": ["tabSize": 2, "insertSpaces": true],
        ])
        let edits = try #require(formatted["result"] as? [[String: Any]])
        #expect(edits.count == 1)
        #expect(edits.first?["newText"] as? String == printed.stdout)
        #expect(Self.span(edits.first?["range"]) == [0, 0, 2, 0])
    }

    @Test func codeActionsFixOrDefineAnUndefinedTitle() throws {
        let client = try Self.session()
        let actions = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": Self.uri],
            "range": ["start": Self.position(14, 6), "end": Self.position(14, 6)],
            "context": ["diagnostics": []],
        ])
        let list = try #require(actions["result"] as? [[String: Any]])
        #expect(list.compactMap { $0["title"] as? String } == ["Change [Soviet powr] to [Soviet power]", "Define [Soviet powr]"])
        let fix = (((list.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[Self.uri] as? [[String: Any]]) ?? []
        #expect(fix.map { Self.span($0["range"]) } == [[14, 5, 14, 16]])
        #expect(fix.first?["newText"] as? String == "Soviet power")
        let define = (((list.last?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[Self.uri] as? [[String: Any]]) ?? []
        #expect(define.map { Self.span($0["range"]) } == [[15, 0, 15, 0]])
        #expect((define.first?["newText"] as? String)?.hasPrefix("\n[Soviet powr]: ") == true)

        let none = try client.request("textDocument/codeAction", [
            "textDocument": ["uri": Self.uri],
            "range": ["start": Self.position(2, 0), "end": Self.position(2, 3)], "context": ["diagnostics": []],
        ])
        #expect((none["result"] as? [Any])?.isEmpty == true)
    }

    @Test func previewCommandReturnsTheSVG() throws {
        let client = try Self.session()
        let preview = try client.request("workspace/executeCommand", ["command": "argmap.renderSVG", "arguments": [Self.uri]])
        let svg = try #require(preview["result"] as? String)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Soviet power"))
        let unknown = try client.request("workspace/executeCommand", ["command": "argmap.nothing", "arguments": []])
        #expect(unknown["error"] != nil)
    }

    @Test func shutdownThenExitEndsCleanly() throws {
        let client = try Self.session()
        let shutdown = try client.request("shutdown", NSNull())
        #expect(shutdown["result"] is NSNull)
        let late = try client.request("textDocument/hover", Self.params(2, 3))
        #expect((late["error"] as? [String: Any])?["code"] as? Int == -32600, "no requests after shutdown")
        try client.notify("exit", NSNull())
        #expect(client.finish() == 0)
    }

    @Test func aBadFrameIsAnErrorNotACrash() throws {
        let client = try LSPTestClient()
        client.sendRaw("Content-Length: 5\r\n\r\n{nope")
        let garbage = try client.receive { $0["error"] != nil }
        #expect((garbage["error"] as? [String: Any])?["code"] as? Int == -32700)
        #expect(garbage["id"] is NSNull)
        try client.send(["id": 1, "method": "textDocument/hover", "params": Self.params(0, 0)])
        let early = try client.receive { ($0["id"] as? Int) == 1 }
        #expect((early["error"] as? [String: Any])?["code"] as? Int == -32002)
        let initialized = try client.request("initialize", ["capabilities": [:]])
        #expect(initialized["result"] != nil)
        #expect(client.finish() == 1)
    }
}
