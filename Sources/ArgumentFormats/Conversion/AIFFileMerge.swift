import ArgumentModel
import Foundation

extension AIFReader {
    /// Reads AIF nodeset files as one graph (`argmap convert FILES --merge`, see ``merge(_:limits:)``): of the
    /// files found in folders (`base` set) only `.json` and `.aif` ones, files named one by one as given. `readData`
    /// reads each file as the merge takes it, so one text at a time is in memory; the first file that cannot be
    /// read is thrown once the merge is done. Returns the merged result and how many files went in.
    public static func merge(
        files: [(path: String, base: String?)], limits: ReadLimits, readData: @escaping (String) throws -> Data
    ) throws -> (result: ReadResult, files: Int) {
        let paths = files.filter { $0.base == nil || ["json", "aif"].contains(($0.path as NSString).pathExtension.lowercased()) }.map(\.path)
        var readError: (any Error)?
        let texts = paths.lazy.map { path -> (text: String, file: String?) in
            guard readError == nil else { return ("", path) }
            do { return (String(decoding: try readData(path), as: UTF8.self), path) } catch {
                readError = error
                return ("", path)
            }
        }
        let result = merge(texts, limits: limits)
        if let readError { throw readError }
        return (result, paths.count)
    }
}
