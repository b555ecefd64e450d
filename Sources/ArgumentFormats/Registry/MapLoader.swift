import ArgdownSyntax
import ArgumentModel
import Foundation

/// Reads files (or standard input) in any format argmap understands, choosing the reader by ``InputFormat``.
/// This is what the `argmap` command does with every input; a Swift program can do the same.
public enum MapLoader {
    /// Reads `path` (`-` for standard input) as one graph, in `forced` format or the detected one. Brat essays
    /// may be named by their `.ann` or their `.txt`. Throws ``InputError`` when the file cannot be read or its
    /// format cannot be told; problems inside the file are diagnostics in the result. `limits` bound what a small
    /// input may expand to (`ReadLimits`) and how much standard input is read. Complexity: the reader's.
    public static func load(_ path: String, format forced: InputFormat? = nil, limits: ReadLimits = .default) throws -> LoadedInput {
        let bytes = try readBytes(path, limits: limits)
        let format = try format(of: path, head: bytes.prefix(InputFormat.sniffLength), forced: forced)
        lazy var text = Self.text(of: bytes)
        let result: ReadResult
        switch format {
        case .argdown:
            // The reader reads the bytes themselves, and the input keeps them for its text: one copy of the file.
            return LoadedInput(path: path, bytes: bytes, result: ArgdownReader.read(bytes: bytes, file: path), format: format)
        case .aif: result = AIFReader.read(text, file: path, limits: limits)
        case .sadface: result = SADFaceReader.read(text, file: path, limits: limits)
        case .ova: result = OVAReader.read(text, file: path, limits: limits)
        case .microtext: result = MicrotextReader.read(text, file: path)
        case .kialo: result = KialoReader.read(text, file: path)
        case .brat:
            let isAnn = URL(fileURLWithPath: path).pathExtension.lowercased() == "ann" || path == "-"
            let annPath = isAnn ? path : bratAnnotations(for: path)
            let annText = isAnn ? text : String(decoding: try readData(annPath), as: UTF8.self)
            let txtPath = URL(fileURLWithPath: annPath).deletingPathExtension().appendingPathExtension("txt").path
            let essay = isAnn ? (try? readData(txtPath)).map { String(decoding: $0, as: UTF8.self) } : text
            result = BratReader.read(annotations: annText, text: essay, file: annPath, limits: limits)
            return LoadedInput(path: annPath, text: annText, result: result, format: .brat)
        case .argmapJSON: result = ArgmapJSON.read(text, file: path)
        case .argdownJSON: result = ArgdownJSON.read(text, file: path)
        case .apx, .tgf, .i23:
            let framework = ICCMA.readFramework(bytes, format: format.iccma ?? .i23, file: path, limits: limits)
            result = ReadResult(graph: ICCMA.graph(from: framework, file: path), diagnostics: framework.diagnostics)
        }
        return LoadedInput(path: path, text: text, result: result, format: format)
    }

    /// Reads `path` as an abstract framework: ICCMA files directly (fast, no graph), any other format through its
    /// graph (see ``ICCMA/framework(from:)``: attacks, undercuts and both directions of contradictions).
    public static func loadFramework(
        _ path: String, format forced: InputFormat? = nil, limits: ReadLimits = .default
    ) throws -> (input: LoadedInput, framework: FrameworkReadResult) {
        let bytes = try readBytes(path, limits: limits)
        let detected = try format(of: path, head: bytes.prefix(InputFormat.sniffLength), forced: forced)
        if let iccma = detected.iccma {
            let result = ICCMA.readFramework(bytes, format: iccma, file: path, limits: limits)
            let text = String(decoding: bytes, as: UTF8.self)
            let input = LoadedInput(
                path: path, text: text, result: ReadResult(graph: .empty, diagnostics: result.diagnostics), format: detected)
            return (input, result)
        }
        let input = try load(path, format: forced, limits: limits)
        return (input, FrameworkReadResult(framework: ICCMA.framework(from: input.result.graph), diagnostics: input.result.diagnostics))
    }

    /// The format of `path`: `forced`, else ``InputFormat/detect(path:head:hasBratAnnotations:)``; throws when
    /// that cannot tell (a `.txt` that is neither a Kialo export nor a brat essay).
    public static func format(of path: String, data: Data, forced: InputFormat? = nil) throws -> InputFormat {
        try format(of: path, head: [UInt8](data.prefix(InputFormat.sniffLength)), forced: forced)
    }

    /// ``format(of:data:forced:)`` from the first ``InputFormat/sniffLength`` bytes of the input.
    static func format(of path: String, head: some Collection<UInt8>, forced: InputFormat? = nil) throws -> InputFormat {
        if let forced { return forced }
        let hasAnn = path != "-" && FileManager.default.fileExists(atPath: bratAnnotations(for: path))
        guard let format = InputFormat.detect(path: path, head: [UInt8](head), hasBratAnnotations: hasAnn) else {
            throw InputError(description: "\(path): \(unreadableReason); name its format with --from")
        }
        return format
    }

    /// Why a `.txt` is not read (for skip notes and errors).
    static let unreadableReason = "neither a Kialo export (it does not start with `Discussion Title:` or `1.`) nor a brat essay (no .ann beside it)"

    /// The `.ann` file that annotates an essay `.txt` (same name, `.ann` extension).
    public static func bratAnnotations(for path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("ann").path
    }

    /// The bytes of `path`, or of standard input for `-` (at most `limits.maximumStandardInput` bytes: more is an
    /// error, so `check - </dev/zero` stops instead of growing without limit).
    public static func readData(_ path: String, limits: ReadLimits = .default) throws -> Data {
        if path == "-" { return try readStandardInput(upTo: limits.maximumStandardInput) }
        try checkIsFile(path)
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(description: "\(path): cannot be read (\(error.localizedDescription))")
        }
    }

    /// ``readData(_:limits:)`` as a byte array, read straight into it (`FileBytes`): what ``load(_:format:limits:)``
    /// reads, so a large map is held once.
    public static func readBytes(_ path: String, limits: ReadLimits = .default) throws -> [UInt8] {
        if path == "-" { return [UInt8](try readStandardInput(upTo: limits.maximumStandardInput)) }
        try checkIsFile(path)
        do {
            return try FileBytes.contents(of: path)
        } catch {
            throw InputError(description: "\(path): cannot be read (\(error.message))")
        }
    }

    /// Throws unless `path` names an existing file (not a folder).
    private static func checkIsFile(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(description: "\(path): no such file")
        }
        if isDirectory.boolValue { throw InputError(description: "\(path): is a folder, not a file") }
    }

    /// The text of `bytes` as the loader has always made it: `String(data:encoding:)`'s (which drops a leading
    /// byte order mark) when they are UTF-8, else with each bad byte as U+FFFD. O(size).
    static func text(of bytes: [UInt8]) -> String {
        String(bytes: bytes, encoding: .utf8) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Standard input, read in chunks until its end or until more than `maximum` bytes arrived (an error).
    private static func readStandardInput(upTo maximum: Int) throws -> Data {
        var data = Data()
        let handle = FileHandle.standardInput
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { return data }
            data.append(chunk)
            if data.count > maximum {
                throw InputError(description: "-: standard input is larger than \(maximum) bytes; argmap stops reading there (raise it with ARGMAP_STDIN_LIMIT=BYTES), or read the data from a file")
            }
        }
    }
}
