import ArgumentModel

/// The abstract-argumentation file formats of the ICCMA competitions.
public enum ICCMAFormat: String, Sendable, CaseIterable {
    /// ASPARTIX facts: `arg(a).` and `att(a,b).`.
    case apx
    /// Trivial Graph Format: argument names one per line, a line `#`, then `a b` attack lines.
    case tgf
    /// ICCMA 2023: a header `p af N`, arguments `1...N`, one `i j` attack per line, `#` comments.
    case i23

    /// The format a file extension names (`apx`, `tgf`, `i23`, any case), or nil.
    public init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }

    /// The file extension without the dot.
    public var fileExtension: String { rawValue }
}

/// What an ICCMA reader returns: the framework it could read (attacks naming unknown arguments are left out) and
/// every diagnostic, with `file:line:col`. Readers never throw and never crash on bad input.
public struct FrameworkReadResult: Sendable {
    /// The arguments and attacks that were readable.
    public var framework: AttackFramework
    /// For `.tgf`: the label written after an argument's name (`1 Capitalism fails`), by argument index; nil when
    /// there is none. Empty for the other formats.
    public var labels: [String?]
    /// The line each argument was declared on (1-based; 0 when it was not written, as in `.i23`).
    public var declarationLines: [Int32]
    /// Errors and warnings, in source order.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(framework: AttackFramework, labels: [String?] = [], declarationLines: [Int32] = [], diagnostics: [Diagnostic] = []) {
        self.framework = framework
        self.labels = labels
        self.declarationLines = declarationLines
        self.diagnostics = diagnostics
    }
}

/// Reading and writing ICCMA frameworks, and the bridge between an `AttackFramework` and an `ArgumentGraph`.
public enum ICCMA {
    /// The largest number of arguments a file may declare (`p af N` in `.i23`): 10,000,000 (ICCMA 2023's largest instances are far smaller). A larger header is an
    /// error (`iccma-too-large`) rather than an attempt to allocate the names.
    public static let maximumArguments = 10_000_000

    /// At most this many diagnostics of one file are kept; the last one says how many more there were.
    public static let maximumDiagnostics = 100

    /// Reads a framework in `format` from UTF-8 bytes; an `.i23` header declaring more arguments than `limits` allow
    /// for the file's size is an error. Complexity: O(bytes + (n + m) log m).
    public static func readFramework(
        _ bytes: [UInt8], format: ICCMAFormat, file: String? = nil, limits: ReadLimits = .default
    ) -> FrameworkReadResult {
        bytes.withUnsafeBufferPointer { buffer in
            switch format {
            case .apx: APXReader.read(buffer, file: file)
            case .tgf: TGFReader.read(buffer, file: file)
            case .i23: I23Reader.read(buffer, file: file, limits: limits)
            }
        }
    }

    /// Reads a framework in `format` from text.
    public static func readFramework(_ text: String, format: ICCMAFormat, file: String? = nil) -> FrameworkReadResult {
        var copy = text
        return copy.withUTF8 { buffer in
            switch format {
            case .apx: APXReader.read(buffer, file: file)
            case .tgf: TGFReader.read(buffer, file: file)
            case .i23: I23Reader.read(buffer, file: file)
            }
        }
    }

    /// Reads a framework in `format` and turns it into an `ArgumentGraph` (see ``graph(from:file:)``), so every
    /// command can read ICCMA files.
    public static func read(_ text: String, format: ICCMAFormat, file: String? = nil) -> ReadResult {
        let result = readFramework(text, format: format, file: file)
        return ReadResult(graph: graph(from: result, file: file), diagnostics: result.diagnostics)
    }

    /// Writes `framework` in `format`. Complexity: O(n + m).
    public static func write(_ framework: AttackFramework, format: ICCMAFormat) -> String {
        switch format {
        case .apx: APXWriter.write(framework)
        case .tgf: TGFWriter.write(framework)
        case .i23: I23Writer.write(framework)
        }
    }

    /// Writes `graph` in `format`: every node becomes an argument, and attacks, undercuts and both directions of
    /// contradictions (and strict mode's contraries) become attacks; see ``framework(from:)`` and
    /// ``MapTextFormat/losses(_:)``.
    public static func write(_ graph: ArgumentGraph, format: ICCMAFormat) -> String {
        let framework = framework(from: graph)
        switch format {
        case .apx: return APXWriter.write(framework)
        case .tgf:
            // Titles a TGF line can carry as the name are written as names; otherwise numbers with the titles as labels.
            if framework.names.allSatisfy(TGFWriter.isPlainName) { return TGFWriter.write(framework) }
            return TGFWriter.write(framework, labels: framework.names)
        case .i23: return I23Writer.write(framework, titles: framework.names)
        }
    }
}
