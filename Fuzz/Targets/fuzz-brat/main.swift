import ArgumentFormats
import ArgumentModel
import Foundation
import FuzzSupport

// libFuzzer target for the brat reader. The input is split at its first NUL byte into the `.ann` annotations and
// the essay `.txt` (no NUL: the whole input is the `.ann`, read against a fixed essay), so both files and their
// spans are fuzzed together. Any input gives diagnostics, never a crash or a hang, and every diagnostic's line and
// column lie inside the `.ann`.
let essay = """
    Should students be taught to compete or to cooperate?

    First of all, through cooperation, children can learn about interpersonal skills. Competition makes society \
    more effective. Therefore, cooperation is more important than competition.
    """

FuzzDriver.run { data in
    let annotations: String, text: String
    if let split = data.firstIndex(of: 0) {
        annotations = String(decoding: data[data.startIndex..<split], as: UTF8.self)
        text = String(decoding: data[(split + 1)...], as: UTF8.self)
    } else {
        annotations = String(decoding: data, as: UTF8.self)
        text = essay
    }
    let result = BratReader.read(annotations: annotations, text: text, file: "fuzz.ann")
    FuzzChecks.diagnosticsInBounds(result.diagnostics, text: annotations)
    _ = BratReader.read(annotations: annotations, text: nil, file: "fuzz.ann")
}
