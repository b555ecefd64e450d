import Foundation

/// The output path of each file of a corpus conversion (`argmap convert FOLDER -o OUT`): the file's path inside
/// the folder it was found in, with the new extension, under the output folder — never outside it, and never a
/// name given before.
///
/// A name already given (two folders both holding `x.xml`, or `a.xml` beside `a.json`) gets the input's own
/// extension too (`a.xml.json`), then a number (`x-2.json`, `x-3.json`, ...). Names are compared ignoring case, as
/// a case-insensitive file system would. `..`, `.` and empty components of the relative path are dropped, so no
/// output lands outside the output folder whatever the input paths look like. This is pure path arithmetic (no file
/// system access); the fuzz target `fuzz-output-paths` checks those promises on arbitrary paths.
public struct CorpusOutputNames: Sendable {
    /// The output folder, as given.
    public let folder: String
    /// The extension of every output, without the dot (`json`).
    public let fileExtension: String
    private var taken: Set<String> = []

    /// Names under `folder` ending in `.fileExtension`.
    public init(folder: String, fileExtension: String) {
        self.folder = folder
        self.fileExtension = fileExtension
    }

    /// The output path for the input at `path`, found in the folder `base` (nil when named directly, as in
    /// ``CorpusListing/File``), reserved so no later input gets it. Complexity: O(length of the path + names tried).
    public mutating func path(forInput path: String, foundIn base: String?) -> String {
        let relative = Self.relativePath(of: path, in: base)
        // The extension is what follows the last `.` of the last component, unless that `.` starts the name.
        let scalars = relative.unicodeScalars
        let nameStart = scalars.lastIndex(of: "/").map(scalars.index(after:)) ?? scalars.startIndex
        let stem = scalars[nameStart...].lastIndex(of: ".").flatMap { dot in
            dot == nameStart ? nil : String(scalars[..<dot])
        } ?? relative
        var candidates = ["\(stem).\(fileExtension)", "\(relative).\(fileExtension)"].makeIterator()
        var number = 1
        while true {
            let name: String
            if let next = candidates.next() {
                name = next
            } else {
                number += 1
                name = "\(stem)-\(number).\(fileExtension)"
            }
            let candidate = Self.join(folder, name)
            if taken.insert(candidate.lowercased()).inserted { return candidate }
        }
    }

    /// The path inside the folder `base` (the file name when `base` is nil, or when `path` does not start with
    /// `base` followed by `/`), with `..`, `.` and empty components dropped; `unnamed` if nothing is left.
    ///
    /// Paths are split at every `/` as the file system does, on Unicode scalars: split on Characters, a `/` followed
    /// by a combining mark is one Character that is no `/`, so `../../\u{301}x` kept a `..` that the file system
    /// would follow (found by `fuzz-output-paths`).
    public static func relativePath(of path: String, in base: String?) -> String {
        var relative = Substring(path).unicodeScalars
        if let base, !base.isEmpty, relative.starts(with: base.unicodeScalars) {
            let rest = relative.dropFirst(base.unicodeScalars.count)
            relative = base.unicodeScalars.last == "/" || rest.first == "/" ? rest : relative.split(separator: "/").last ?? rest[rest.endIndex...]
        } else {
            relative = relative.split(separator: "/").last ?? relative[relative.endIndex...]
        }
        let parts = relative.split(separator: "/").filter { !$0.elementsEqual(".".unicodeScalars) && !$0.elementsEqual("..".unicodeScalars) }
            .map { String(String.UnicodeScalarView($0)) }
        return parts.isEmpty ? "unnamed" : parts.joined(separator: "/")
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder.unicodeScalars.last == "/" ? folder + name : folder + "/" + name
    }
}
