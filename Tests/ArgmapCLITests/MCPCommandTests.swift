import Foundation
import Testing

/// `argmap mcp` as an assistant's host starts it: the real executable, newline-delimited JSON-RPC on its
/// standard input and output (the tools themselves are tested through the SDK's client in ArgmapServicesTests).
@Suite struct MCPCommandTests {
    /// A running `argmap mcp`, initialized, killed after 60 s at the latest.
    final class Session {
        let process = Process()
        let input = Pipe(), output = Pipe()
        var pending = Data()
        /// What the server answered to `initialize`.
        var initialized: [String: Any] = [:]

        init() throws {
            process.executableURL = CLI.productsDirectory.appendingPathComponent("argmap")
            process.arguments = ["mcp"]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + 60) { kill(pid, SIGKILL) }
            try send(["id": 1, "method": "initialize", "params": [
                "protocolVersion": "2025-03-26", "capabilities": [:], "clientInfo": ["name": "test", "version": "1"],
            ]])
            initialized = try receive()
            try send(["method": "notifications/initialized"])
        }

        func send(_ object: [String: Any]) throws {
            var message = object
            message["jsonrpc"] = "2.0"
            input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: message) + Data("\n".utf8))
        }

        func receive() throws -> [String: Any] {
            while true {
                if let newline = pending.firstIndex(of: 0x0A) {
                    let line = pending[pending.startIndex..<newline]
                    pending = Data(pending[(newline + 1)...])
                    if let object = try JSONSerialization.jsonObject(with: line) as? [String: Any], object["id"] != nil { return object }
                    continue
                }
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { return [:] }
                pending.append(chunk)
            }
        }

        /// Calls tool `name` as request `id`: the answer's first text and its `isError`.
        func call(_ id: Int, _ name: String, _ arguments: [String: String]) throws -> (text: String, isError: Bool?) {
            try send(["id": id, "method": "tools/call", "params": ["name": name, "arguments": arguments]])
            let result = (try receive()["result"] as? [String: Any]) ?? [:]
            return (((result["content"] as? [[String: Any]])?.first?["text"] as? String) ?? "", result["isError"] as? Bool)
        }

        /// Closes standard input and waits for the server to stop: its exit status.
        func finish() throws -> Int32 {
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test func initializesListsToolsAndChecksAQuote() throws {
        let session = try Session()
        #expect(((session.initialized["result"] as? [String: Any])?["serverInfo"] as? [String: Any])?["name"] as? String == "argmap")
        try session.send(["id": 2, "method": "tools/list", "params": [:]])
        let tools = ((try session.receive()["result"] as? [String: Any])?["tools"] as? [[String: Any]]) ?? []
        #expect(tools.compactMap { $0["name"] as? String } == ["check", "query", "evaluate", "render", "grade", "diff"])
        let map = "[A]: Power — «all» 🚩. {quote: \"all power\"}\n  - [B]: A coup. {quote: \"it was a coup\"}\n"
        let (text, isError) = try session.call(3, "check", ["map": map, "source": "They said: all power to the soviets."])
        #expect(isError == true)
        #expect(text.contains("map.argdown:2:5: error: the quote of [B] is not in source.txt"))
        #expect(text.contains("quote of [A] found at source.txt:1:12"))
        #expect(try session.finish() == 0)
    }

    /// The `diff` tool answers byte for byte what `argmap diff old.argdown new.argdown --format json` writes.
    @Test func diffAnswersWhatTheDiffCommandWritesAsJSON() throws {
        let old = "[Power]: All power to the soviets.\n  + [Dual]: The government cannot end the war.\n  - [Coup]: October was a coup.\n"
        let new = "[Power]: All power to the soviets!\n  - [Dual]: The government cannot end the war.\n  + [Bread]: Bread and peace.\n"
        let dir = try ScratchFolders.make("mcp-diff")
        defer { try? FileManager.default.removeItem(at: dir) }
        try old.write(to: dir.appendingPathComponent("old.argdown"), atomically: true, encoding: .utf8)
        try new.write(to: dir.appendingPathComponent("new.argdown"), atomically: true, encoding: .utf8)
        let command = try CLI.run(["diff", "old.argdown", "new.argdown", "--format", "json"], in: dir)
        #expect(command.status == 1, "\(command.stderr)")   // the structure differs
        #expect(command.stdout.contains("\"Bread\""))

        let session = try Session()
        let (text, isError) = try session.call(2, "diff", ["old": old, "new": new])
        #expect(isError != true)
        #expect(text == command.stdout)
        #expect(try session.finish() == 0)
    }
}
