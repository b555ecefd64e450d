import Foundation
import Testing

/// `argmap mcp` as an assistant's host starts it: the real executable, newline-delimited JSON-RPC on its
/// standard input and output (the tools themselves are tested through the SDK's client in ArgmapServicesTests).
@Suite struct MCPCommandTests {
    @Test func initializesListsToolsAndChecksAQuote() throws {
        let process = Process()
        process.executableURL = CLI.productsDirectory.appendingPathComponent("argmap")
        process.arguments = ["mcp"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { kill(pid, SIGKILL) }
        var pending = Data()
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
        try send(["id": 1, "method": "initialize", "params": [
            "protocolVersion": "2025-03-26", "capabilities": [:], "clientInfo": ["name": "test", "version": "1"],
        ]])
        let initialized = try receive()
        #expect(((initialized["result"] as? [String: Any])?["serverInfo"] as? [String: Any])?["name"] as? String == "argmap")
        try send(["method": "notifications/initialized"])
        try send(["id": 2, "method": "tools/list", "params": [:]])
        let tools = ((try receive()["result"] as? [String: Any])?["tools"] as? [[String: Any]]) ?? []
        #expect(tools.compactMap { $0["name"] as? String } == ["check", "query", "evaluate", "render", "grade", "diff"])
        let map = "[A]: Power — «all» 🚩. {quote: \"all power\"}\n  - [B]: A coup. {quote: \"it was a coup\"}\n"
        try send(["id": 3, "method": "tools/call", "params": [
            "name": "check", "arguments": ["map": map, "source": "They said: all power to the soviets."],
        ]])
        let result = (try receive()["result"] as? [String: Any]) ?? [:]
        let text = ((result["content"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
        #expect(result["isError"] as? Bool == true)
        #expect(text.contains("map.argdown:2:5: error: the quote of [B] is not in source.txt"))
        #expect(text.contains("quote of [A] found at source.txt:1:12"))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
