import ArgmapServices
import ArgumentAnalysis
import Foundation
import MCP
import Testing

/// `argmap mcp`'s tools called through the SDK's own client, over the SDK's in-memory transport.
@Suite struct MCPServerTests {
    static let map = """
        [Soviet power]: All power to the soviets. {quote: "All power to the soviets"}
          + [Dual power fails]: The government cannot end the war. {quote: "cannot end the war"}
          - [Coup]: October was a coup. {quote: "it was a coup"}

        [Coup]
          - [Mass support]: The soviets backed the rising.

        """
    static let source = "The slogan was All power to the soviets. The Provisional Government cannot end the war, said Lenin."

    /// A connected client; the server runs until the test ends.
    static func client() async throws -> Client {
        let server = await ArgmapMCPServer.make(version: "test")
        let (clientSide, serverSide) = await InMemoryTransport.createConnectedPair()
        try await server.start(transport: serverSide)
        let client = Client(name: "tests", version: "1")
        _ = try await client.connect(transport: clientSide)
        return client
    }

    static func call(_ client: Client, _ name: String, _ arguments: [String: String]) async throws -> (text: String, isError: Bool) {
        let result = try await client.callTool(name: name, arguments: arguments.mapValues { .string($0) })
        let text = result.content.compactMap { content -> String? in
            if case .text(let text, _, _) = content { return text }
            return nil
        }.joined()
        return (text, result.isError ?? false)
    }

    @Test func listsEveryToolWithItsParameters() async throws {
        let client = try await Self.client()
        let tools = try await client.listTools().tools
        #expect(tools.map(\.name) == ["check", "query", "evaluate", "render", "grade", "diff"])
        let check = try #require(tools.first)
        #expect(check.inputSchema.objectValue?["required"] == .array([.string("map")]))
    }

    @Test func checkVerifiesEveryQuoteAgainstTheSource() async throws {
        let client = try await Self.client()
        let checked = try await Self.call(client, "check", ["map": Self.map, "source": Self.source])
        #expect(checked.isError, "[Coup]'s quote is not in the source")
        #expect(checked.text.contains("map.argdown:3:5: error:"))
        #expect(checked.text.contains("[quote-not-in-source]"))
        #expect(checked.text.contains("quote of [Soviet power] found at source.txt:1:16"))
        #expect(checked.text.contains("quote of [Dual power fails] found at source.txt:1:"))
        #expect(checked.text.hasSuffix("2 quotes found verbatim"))

        let broken = try await Self.call(client, "check", ["map": "[A]: Alpha.\n  + [B]: Beta.\n\n  - [C]: Gamma.\n"])
        #expect(broken.isError)
        #expect(broken.text.contains("map.argdown:4:3: error:") && broken.text.contains("[relation-after-empty-line]"))
    }

    @Test func queryEvaluateAndExplain() async throws {
        let client = try await Self.client()
        let query = try await Self.call(client, "query", ["map": Self.map, "query": "?x attacks [Soviet power]"])
        #expect(!query.isError)
        #expect(query.text == "?x\n[Coup]\n1 match")
        let bad = try await Self.call(client, "query", ["map": Self.map, "query": "?x frobs [Soviet power]"])
        #expect(bad.isError)

        let labels = try await Self.call(client, "evaluate", ["map": Self.map])
        #expect(labels.text.contains("IN\t[Soviet power]") && labels.text.contains("OUT\t[Coup]"))
        let why = try await Self.call(client, "evaluate", ["map": Self.map, "node": "[Coup]"])
        #expect(why.text.hasPrefix("[Coup] is OUT (grounded)"))
        #expect(why.text.contains("[Mass support]"))
        let unknown = try await Self.call(client, "evaluate", ["map": Self.map, "node": "[Cop]"])
        #expect(unknown.isError)
    }

    @Test func renderGradeAndDiff() async throws {
        let client = try await Self.client()
        let svg = try await Self.call(client, "render", ["map": Self.map])
        #expect(!svg.isError && svg.text.contains("<svg") && svg.text.contains("Mass support"))

        let student = "[Soviet power]: All power to the soviets.\n  + [Dual power fails]: The government cannot end the war.\n"
        let graded = try await Self.call(client, "grade", ["student": student, "key": Self.map])
        #expect(graded.text.hasPrefix("student: "))
        #expect(graded.text.contains("[Coup] missing"))

        let diff = try await Self.call(client, "diff", ["new": student, "old": Self.map])
        let report = try JSONDecoder().decode(DiffReport.self, from: Data(diff.text.utf8))
        #expect(report.oldName == "old.argdown" && report.newName == "new.argdown")
        #expect(report.nodes.removed.map(\.bracketed) == ["[Coup]", "[Mass support]"])
        #expect(report.nodes.matched.map(\.new.bracketed) == ["[Soviet power]", "[Dual power fails]"])
        #expect(report.relations.unchanged == 1 && !report.same)

        let missing = try await Self.call(client, "grade", ["student": student])
        #expect(missing.isError && missing.text.contains("`key`"))
    }
}
