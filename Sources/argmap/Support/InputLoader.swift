import ArgumentFormats
import ArgumentModel
import Foundation

/// The command line's door to ``MapLoader``: the same loading, plus a note on standard error for each file a
/// folder search skipped.
enum InputLoader {
    /// The formats an input can be in.
    typealias Format = InputFormat

    /// The read limits, from the environment (see ``ReadLimits/from(environment:)``).
    static let limits = ReadLimits.from(environment: ProcessInfo.processInfo.environment)

    /// Reads `path` (`-` for standard input) as one graph. See ``MapLoader/load(_:format:limits:)``.
    static func load(_ path: String, format forced: Format? = nil) throws -> LoadedInput {
        protect(path)
        return try MapLoader.load(path, format: forced, limits: limits)
    }

    /// Reads `path` as an abstract framework. See ``MapLoader/loadFramework(_:format:limits:)``.
    static func loadFramework(_ path: String, format forced: Format? = nil) throws -> (input: LoadedInput, framework: FrameworkReadResult) {
        protect(path)
        return try MapLoader.loadFramework(path, format: forced, limits: limits)
    }

    /// The files a list of inputs names (see ``CorpusListing``); each skipped file is named on standard error.
    static func expand(_ inputs: [String]) throws -> [(path: String, base: String?)] {
        let listing = try CorpusListing(inputs)
        for skipped in listing.skipped { StandardError.print("\(skipped.path): skipped: \(skipped.reason)") }
        // Known before any is read, so a corpus run cannot write over an input it has yet to read.
        OutputWriter.protect(listing.files.map(\.path))
        return listing.files.map { ($0.path, $0.base) }
    }

    /// The bytes of `path`, or of standard input for `-`.
    static func readData(_ path: String) throws -> Data {
        protect(path)
        return try MapLoader.readData(path, limits: limits)
    }

    /// Registers an input file with ``OutputWriter`` so no output of this run replaces it (a brat essay's `.ann`
    /// and `.txt` both).
    private static func protect(_ path: String) {
        guard path != "-" else { return }
        OutputWriter.protect([path])
        if ["txt", "ann"].contains(URL(fileURLWithPath: path).pathExtension.lowercased()) {
            let stem = URL(fileURLWithPath: path).deletingPathExtension()
            OutputWriter.protect([stem.appendingPathExtension("ann").path, stem.appendingPathExtension("txt").path])
        }
    }
}
