import ArgumentFormats
import Foundation

/// The command line's door to ``MapLoader``: the same loading, plus a note on standard error for each file a
/// folder search skipped.
enum InputLoader {
    /// The formats an input can be in.
    typealias Format = InputFormat

    /// Reads `path` (`-` for standard input) as one graph. See ``MapLoader/load(_:format:)``.
    static func load(_ path: String, format forced: Format? = nil) throws -> LoadedInput {
        try MapLoader.load(path, format: forced)
    }

    /// Reads `path` as an abstract framework. See ``MapLoader/loadFramework(_:format:)``.
    static func loadFramework(_ path: String, format forced: Format? = nil) throws -> (input: LoadedInput, framework: FrameworkReadResult) {
        try MapLoader.loadFramework(path, format: forced)
    }

    /// The files a list of inputs names (see ``CorpusListing``); each skipped file is named on standard error.
    static func expand(_ inputs: [String]) throws -> [(path: String, base: String?)] {
        let listing = try CorpusListing(inputs)
        for skipped in listing.skipped { StandardError.print("\(skipped.path): skipped: \(skipped.reason)") }
        return listing.files.map { ($0.path, $0.base) }
    }

    /// The bytes of `path`, or of standard input for `-`.
    static func readData(_ path: String) throws -> Data {
        try MapLoader.readData(path)
    }
}
