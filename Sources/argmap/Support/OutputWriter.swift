import ArgumentFormats
import Foundation

/// Writes command output: to standard output for `-` (or no path), otherwise atomically to a file
/// (a temporary file in the same folder, renamed over the target), so a failure never leaves half a file.
enum OutputWriter {
    /// Writes `data` to `path`; nil or `-` means standard output.
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(description: "\(path): the folder \(folder.path) does not exist")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw InputError(description: "\(path): cannot be written (\(error.localizedDescription))")
        }
    }

    /// Writes `text` as UTF-8.
    static func write(_ text: String, to path: String?) throws {
        try write(Data(text.utf8), to: path)
    }
}

/// Writes to standard error (progress, diagnostics, "wrote FILE" messages).
enum StandardError {
    /// Writes `text` and a newline to standard error.
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether standard error is a terminal (progress bars only then).
    static var isTerminal: Bool { isatty(2) != 0 }
}
