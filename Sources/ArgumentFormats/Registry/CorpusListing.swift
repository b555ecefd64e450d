import Foundation

/// The files a list of inputs names, as a corpus command reads them: files as given, folders searched
/// recursively for files argmap reads.
public struct CorpusListing: Sendable {
    /// One file to read: its path and, when it was found in a folder, that folder as the user named it.
    public struct File: Sendable, Equatable {
        /// The file's path (the folder's path joined with the path inside it).
        public var path: String
        /// The folder it was found in, or nil when it was named directly.
        public var base: String?
    }

    /// A file in a folder that has a readable extension but is not in a format argmap reads, and why.
    public struct Skipped: Sendable, Equatable {
        /// The file's path.
        public var path: String
        /// Why it is left out.
        public var reason: String
    }

    /// The files to read, in the order given; within a folder sorted by path.
    public var files: [File] = []
    /// Files left out of the folders (a transcript `.txt`, say), in path order.
    public var skipped: [Skipped] = []

    /// Lists `inputs`. In folders an essay's `.txt` is not listed when its `.ann` is (the `.ann` stands for both),
    /// and a `.txt` that is neither a brat essay nor a Kialo export is skipped (its first KB are read to tell).
    /// Throws ``InputError`` when a folder cannot be listed. Complexity: O(files in the folders · log).
    public init(_ inputs: [String]) throws {
        let fileManager = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard input != "-", fileManager.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(File(path: input, base: nil))
                continue
            }
            guard let walker = fileManager.enumerator(atPath: input) else {
                throw InputError(description: "\(input): the folder cannot be listed")
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let ext = URL(fileURLWithPath: relative).pathExtension.lowercased()
                guard InputFormat.readableExtensions.contains(ext) else { continue }
                found.append(relative)
            }
            for relative in found.sorted() {
                let full = (input as NSString).appendingPathComponent(relative)
                var isDir: ObjCBool = false
                guard fileManager.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
                if URL(fileURLWithPath: relative).pathExtension.lowercased() == "txt" {
                    if fileManager.fileExists(atPath: MapLoader.bratAnnotations(for: full)) { continue }
                    // The loader's own rule decides what a `.txt` without an `.ann` is.
                    if InputFormat.detect(path: full, head: Self.head(of: full), hasBratAnnotations: false) == nil {
                        skipped.append(Skipped(path: full, reason: MapLoader.unreadableReason))
                        continue
                    }
                }
                files.append(File(path: full, base: input))
            }
        }
    }

    /// The first ``InputFormat/sniffLength`` bytes of the file at `path` (empty when it cannot be read).
    private static func head(of path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: InputFormat.sniffLength)) ?? Data())
    }
}
