import ArgumentFormats
import Foundation
import Testing

/// The output layer as a library: atomic replacement keeps the mode, inputs and folders are refused.
@Suite struct OutputWriterTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func replacesAFileKeepingItsModeAndLeavesNoTemporaryFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.txt").path
        try OutputWriter.write("old\n", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try OutputWriter.write("new\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
    }

    @Test func refusesFoldersMissingFoldersAndProtectedInputs() throws {
        // Not removed: inputs are protected by device and inode for the whole process, and a freed inode could be
        // given to another test's output, which would then be refused.
        let dir = try Self.folder()
        #expect(throws: OutputError.self) { try OutputWriter.write("x", to: dir.path) }
        #expect(throws: OutputError.self) { try OutputWriter.write("x", to: dir.appendingPathComponent("no/such.txt").path) }
        let input = dir.appendingPathComponent("input.argdown").path
        try "[A]: a.\n".write(toFile: input, atomically: true, encoding: .utf8)
        OutputWriter.protect([input])
        do {
            try OutputWriter.write("x", to: input)
            Issue.record("an input was overwritten")
        } catch let error as OutputError {
            #expect(error.description.contains("is an input of this command"))
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "[A]: a.\n")
    }

    @Test func terminalTextShowsControlCharactersAsPictures() {
        #expect(TerminalText.escaped("a\u{1B}[31mb\tc\n") == "a\u{241B}[31mb\tc\n")
        #expect(TerminalText.escaped("plain") == "plain")
    }
}
