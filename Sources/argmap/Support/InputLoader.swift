import ArgdownSyntax
import ArgumentFormats
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
        /// argmap's lossless JSON (top-level `"argmap": <version>`).
        case argmapJSON
        /// The JSON Argdown's exporter writes (top-level `"statements"` / `"arguments"`).
        case argdownJSON
    }

    /// The format of `path`, from `forced` or else from the file extension and contents.
    static func detectFormat(path: String, contents: Data?, forced: Format? = nil) -> Format {
        if let forced { return forced }
        let isJSONFile = path.lowercased().hasSuffix(".json")
        if let contents, isJSONFile || startsLikeJSONObject(contents), let format = sniffJSON(contents) { return format }
        // A `.json` file of no known shape is read as argmap JSON, whose reader explains what is missing.
        return isJSONFile ? .argmapJSON : .argdown
    }

    /// Whether the first non-blank byte is `{` (standard input has no extension to go by).
    static func startsLikeJSONObject(_ data: Data) -> Bool {
        data.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{")
    }

    /// Which JSON format `data` is, by its top-level keys: `"argmap"` → argmap JSON, `"statements"` or
    /// `"arguments"` → Argdown JSON; nil when it is not a JSON object or has none of these keys.
    /// (Other JSON formats, such as AIF, add their own checks here; argmap JSON must stay first, as it also has
    /// a `"nodes"` key.)
    static func sniffJSON(_ data: Data) -> Format? {
        guard case .success(.object(let root)) = JSONDataParser.parse(bytes: [UInt8](data)) else { return nil }
        if root[ArgmapJSON.marker] != nil { return .argmapJSON }
        if root["statements"] != nil || root["arguments"] != nil { return .argdownJSON }
        return nil
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
        case .argmapJSON:
            let text = String(decoding: data, as: UTF8.self)
            return LoadedInput(path: path, text: text, result: ArgmapJSON.read(text, file: path))
        case .argdownJSON:
            let text = String(decoding: data, as: UTF8.self)
            return LoadedInput(path: path, text: text, result: ArgdownJSON.read(text, file: path))
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
