import Foundation

/// Runs the built `argmap` executable and captures what it prints.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The folder holding the built products (the test bundle's sibling).
    /// Writes `text` to a file named `name` in a new folder of its own under the temporary directory; its path.
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let folder = try ScratchFolders.make("argmap-test")
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static var productsDirectory: URL {
        let bundle = Bundle.main.bundleURL
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("argmap").path) { return candidate }
        }
        // swift-testing / xctest on Linux: the test runner lives in the products directory.
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return exe
    }

    /// The repository root (for graphs/ and the shared essay).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `argmap args...` with optional standard input, in `directory` (default: repository root).
    static func run(_ args: [String], stdin: String? = nil, in directory: URL? = nil) throws -> CLIResult {
        try launch(productsDirectory.appendingPathComponent("argmap"), args, stdin: stdin, in: directory)
    }

    /// Runs another program found on the PATH (`pdfinfo`, ...), to check argmap's output independently.
    static func tool(_ name: String, _ args: [String]) throws -> CLIResult {
        try launch(URL(fileURLWithPath: "/usr/bin/env"), [name] + args, stdin: nil, in: nil)
    }

    private static func launch(_ executable: URL, _ args: [String], stdin: String?, in directory: URL?) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = args
        process.currentDirectoryURL = directory ?? repositoryRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
