import ArgdownSyntax
import ArgumentModel
import Foundation

/// One loaded input: where it came from, its text (for diagnostics' source excerpts) and what the reader built.
struct LoadedInput {
    /// The path as the user typed it (`-` for standard input).
    var path: String
    /// The text that was read (nil for binary or multi-file formats).
    var text: String?
    /// The reader's graph and diagnostics.
    var result: ReadResult
}

/// Why an input could not be read at all (as opposed to diagnostics about its contents).
struct InputError: Error, CustomStringConvertible {
    var description: String
}

/// Reads files (or standard input) in any format argmap understands and dispatches to the right reader.
enum InputLoader {
    /// The formats an input can be in.
    enum Format: String, CaseIterable {
        case argdown
    }

    /// The format of `path`, from `forced` or else from the file extension and contents.
    static func detectFormat(path: String, contents: Data?, forced: Format? = nil) -> Format {
        if let forced { return forced }
        return .argdown
    }

    /// Reads `path` (`-` for standard input) as one graph.
    static func load(_ path: String, format forced: Format? = nil) throws -> LoadedInput {
        let data = try readData(path)
        let format = detectFormat(path: path, contents: data, forced: forced)
        switch format {
        case .argdown:
            guard let text = String(validatingUTF8Data: data) else {
                return LoadedInput(path: path, text: nil, result: ArgdownReader.read(String(decoding: data, as: UTF8.self), file: path))
            }
            return LoadedInput(path: path, text: text, result: ArgdownReader.read(text, file: path))
        }
    }

    /// The bytes of `path`, or of standard input for `-`.
    static func readData(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(description: "\(path): no such file")
        }
        if isDirectory.boolValue { throw InputError(description: "\(path): is a folder, not a file") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(description: "\(path): cannot be read (\(error.localizedDescription))")
        }
    }
}

extension String {
    /// Decodes UTF-8, or nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let s = String(data: data, encoding: .utf8) else { return nil }
        self = s
    }
}
