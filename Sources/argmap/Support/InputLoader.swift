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
        /// AIF JSON (AIFdb nodesets, OVA/xAIF).
        case aif
        /// brat standoff: an `.ann` with its `.txt` beside it.
        case brat
        /// Argumentative microtext XML (`<arggraph>`).
        case microtext
        /// Kialo discussion export (`.txt`).
        case kialo
        /// argmap's lossless JSON (top-level `"argmap": <version>`).
        case argmapJSON = "argmap-json"
        /// The JSON Argdown's exporter writes (top-level `"statements"` / `"arguments"`).
        case argdownJSON = "argdown-json"
        /// ASPARTIX facts (`arg(a).`, `att(a,b).`), an ICCMA framework.
        case apx
        /// Trivial Graph Format, an ICCMA framework.
        case tgf
        /// ICCMA 2023 (`p af N`, `i j` attacks).
        case i23

        /// The ICCMA format this is, if it is one.
        var iccma: ICCMAFormat? { ICCMAFormat(rawValue: rawValue) }
    }

    /// The format of `path`, from `forced`, else from the extension, else from the first bytes of `contents`.
    static func detectFormat(path: String, contents: Data?, forced: Format? = nil) -> Format {
        if let forced { return forced }
        let head = contents.map { String(decoding: $0.prefix(4096), as: UTF8.self) } ?? ""
        let start = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "argdown", "ad": return .argdown
        case "ann": return .brat
        case "json": return contents.flatMap(sniffJSON) ?? .aif
        case "aif": return .aif
        case "apx": return .apx
        case "tgf": return .tgf
        case "i23": return .i23
        case "xml": return .microtext
        case "txt":
            if FileManager.default.fileExists(atPath: bratAnnotations(for: path)) { return .brat }
            return .kialo
        default:
            if start.hasPrefix("{") { return contents.flatMap(sniffJSON) ?? .aif }
            if start.hasPrefix("<") && head.contains("<arggraph") { return .microtext }
            if start.hasPrefix("Discussion Title:") { return .kialo }
            return .argdown
        }
    }

    /// argmap's own JSON formats, told apart from other JSON (AIF) by their top-level keys near the start of the
    /// file: `"argmap"` → argmap JSON, `"statements"` or `"arguments"` → Argdown JSON; nil for anything else.
    static func sniffJSON(_ data: Data) -> Format? {
        let keys = JSONSniffer.topLevelKeys(Array(data.prefix(JSONSniffer.defaultLimit)))
        if keys.contains(ArgmapJSON.marker) { return .argmapJSON }
        if keys.contains("statements") || keys.contains("arguments") { return .argdownJSON }
        return nil
    }

    /// The `.ann` file that annotates an essay `.txt` (same name, `.ann` extension).
    static func bratAnnotations(for path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("ann").path
    }

    /// Reads `path` (`-` for standard input) as one graph. Brat essays may be named by their `.ann` or `.txt`.
    static func load(_ path: String, format forced: Format? = nil) throws -> LoadedInput {
        let data = try readData(path)
        let format = detectFormat(path: path, contents: data, forced: forced)
        let text = String(validatingUTF8Data: data) ?? String(decoding: data, as: UTF8.self)
        let result: ReadResult
        switch format {
        case .argdown: result = ArgdownReader.read(data: data, file: path)
        case .aif: result = AIFReader.read(text, file: path)
        case .microtext: result = MicrotextReader.read(text, file: path)
        case .kialo: result = KialoReader.read(text, file: path)
        case .brat:
            let isAnn = URL(fileURLWithPath: path).pathExtension.lowercased() == "ann" || path == "-"
            let annPath = isAnn ? path : bratAnnotations(for: path)
            let annText = isAnn ? text : String(decoding: try readData(annPath), as: UTF8.self)
            let txtPath = URL(fileURLWithPath: annPath).deletingPathExtension().appendingPathExtension("txt").path
            let essay = isAnn ? (try? readData(txtPath)).map { String(decoding: $0, as: UTF8.self) } : text
            result = BratReader.read(annotations: annText, text: essay, file: annPath)
            return LoadedInput(path: annPath, text: annText, result: result)
        case .argmapJSON: result = ArgmapJSON.read(text, file: path)
        case .argdownJSON: result = ArgdownJSON.read(text, file: path)
        case .apx, .tgf, .i23:
            let framework = ICCMA.readFramework([UInt8](data), format: format.iccma ?? .i23, file: path)
            result = ReadResult(graph: ICCMA.graph(from: framework, file: path), diagnostics: framework.diagnostics)
        }
        return LoadedInput(path: path, text: text, result: result)
    }

    /// Reads `path` as an abstract framework: ICCMA files directly (fast, no graph), any other format through its
    /// graph (see ``ICCMA/framework(from:)``: attacks, undercuts and both directions of contradictions).
    static func loadFramework(_ path: String, format forced: Format? = nil) throws -> (input: LoadedInput, framework: FrameworkReadResult) {
        let data = try readData(path)
        let format = detectFormat(path: path, contents: data, forced: forced)
        if let iccma = format.iccma {
            let result = ICCMA.readFramework([UInt8](data), format: iccma, file: path)
            let text = String(decoding: data, as: UTF8.self)
            let input = LoadedInput(path: path, text: text, result: ReadResult(graph: .empty, diagnostics: result.diagnostics))
            return (input, result)
        }
        let input = try load(path, format: forced)
        return (input, FrameworkReadResult(framework: ICCMA.framework(from: input.result.graph), diagnostics: input.result.diagnostics))
    }

    /// The files a list of inputs names: files as given, folders searched recursively for files argmap reads
    /// (an essay's `.txt` is skipped when its `.ann` is there), sorted by path within each folder.
    static func expand(_ inputs: [String]) throws -> [(path: String, base: String?)] {
        var out: [(path: String, base: String?)] = []
        let readable: Set<String> = ["argdown", "ad", "json", "aif", "ann", "xml", "txt", "apx", "tgf", "i23"]
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
                out.append((input, nil))
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: input) else {
                throw InputError(description: "\(input): the folder cannot be listed")
            }
            var files: [String] = []
            while let relative = walker.nextObject() as? String {
                let full = (input as NSString).appendingPathComponent(relative)
                let ext = URL(fileURLWithPath: relative).pathExtension.lowercased()
                guard readable.contains(ext) else { continue }
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
                if ext == "txt", FileManager.default.fileExists(atPath: bratAnnotations(for: full)) { continue }
                files.append(relative)
            }
            for relative in files.sorted() { out.append(((input as NSString).appendingPathComponent(relative), input)) }
        }
        // Known before any is read, so a corpus run cannot write over an input it has yet to read.
        OutputWriter.protect(out.map(\.path))
        return out
    }

    /// The bytes of `path`, or of standard input for `-`.
    static func readData(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        OutputWriter.protect([path])
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
