import ArgumentFormats
import Foundation
import FuzzSupport

// libFuzzer target for the output layer's path arithmetic: the names `argmap convert FOLDER -o OUT` gives its
// outputs (CorpusOutputNames). Input: the first line is the output folder; the first byte of the second line picks
// the extension; every further line is one input file, `path` or `path<TAB>base` (the folder it was found in).
// Whatever the paths (`..`, `.`, `//`, a base that is not a prefix, empty names), every output lies under the
// output folder with no `.` or `..` component after it, ends in the extension, and no two outputs share a name
// ignoring case.
let extensions = ["json", "argdown", "graphml", "mmd", "apx", "tgf", "i23"]
FuzzDriver.run { data in
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count >= 2 else { return }
    let folder = String(lines[0])
    let ext = extensions[Int(lines[1].utf8.first ?? 0) % extensions.count]
    var names = CorpusOutputNames(folder: folder, fileExtension: ext)
    // Checked on bytes, as the file system reads paths (a `/` before a combining mark is still a separator).
    let prefix = Array((folder.isEmpty || folder.utf8.last == UInt8(ascii: "/") ? folder : folder + "/").utf8)
    var seen = Set<String>()
    for line in lines.dropFirst(2).prefix(200) {
        let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        let output = names.path(forInput: String(parts[0]), foundIn: parts.count > 1 ? String(parts[1]) : nil)
        let bytes = Array(output.utf8)
        guard bytes.starts(with: prefix) else { FuzzChecks.fail("\(output) is not under \(folder)") }
        let inside = bytes.dropFirst(prefix.count).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        if inside.contains(where: { $0.isEmpty || $0.elementsEqual(".".utf8) || $0.elementsEqual("..".utf8) }) {
            FuzzChecks.fail("\(output) leaves \(folder) or has an empty component")
        }
        guard bytes.reversed().starts(with: ("." + ext).utf8.reversed()) else { FuzzChecks.fail("\(output) does not end in .\(ext)") }
        guard seen.insert(output.lowercased()).inserted else { FuzzChecks.fail("\(output) given twice") }
    }
}
