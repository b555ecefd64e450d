import Foundation
import Testing

/// The command line's read limits come from the environment: `ARGMAP_STDIN_LIMIT` and `ARGMAP_EXPANSION_LIMIT`.
@Suite struct ReadLimitsCommandTests {
    /// Runs argmap with extra environment variables and a small standard input (smaller than a pipe's buffer, so
    /// writing it never blocks on a process that stopped reading).
    private func run(_ args: [String], environment: [String: String], stdin: String) throws -> CLIResult {
        let process = Process()
        process.executableURL = CLI.productsDirectory.appendingPathComponent("argmap")
        process.arguments = args
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        (process.standardOutput, process.standardError, process.standardInput) = (out, err, input)
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func standardInputBeyondTheLimitIsAnErrorNotUnboundedGrowth() throws {
        let map = "[A]: a\n  + [B]: b\n" + String(repeating: "\n", count: 200)
        let refused = try run(["check", "-"], environment: ["ARGMAP_STDIN_LIMIT": "100"], stdin: map)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("standard input is larger than 100 bytes"))
        let read = try run(["check", "-"], environment: ["ARGMAP_STDIN_LIMIT": "1000"], stdin: map)
        #expect(read.status == 0, "\(read.stderr)")
    }

    @Test func theExpansionLimitCanBeRaised() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString).i23")
        defer { try? FileManager.default.removeItem(at: file) }
        try "p af 200000\n".write(to: file, atomically: true, encoding: .utf8)   // 12 bytes declare 200,000 arguments
        let refused = try run(["stats", file.path], environment: [:], stdin: "")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("iccma-too-large"))
        #expect(refused.stderr.contains("ARGMAP_EXPANSION_LIMIT"))
        let raised = try run(["stats", file.path], environment: ["ARGMAP_EXPANSION_LIMIT": "20000"], stdin: "")
        #expect(raised.status == 0, "\(raised.stderr)")
        #expect(raised.stdout.contains("200000"), "\(raised.stdout)")
    }
}
