import ArgumentFormats
import ArgumentModel
import Foundation
import FuzzSupport

// libFuzzer target for the Argdown JSON reader (and the JSON parser under it): any bytes give diagnostics, never a
// crash or a hang (deep nesting included), and every diagnostic's line and column lie inside the input. A document
// read without errors must survive write → read with no errors and an equal graph.
FuzzDriver.run { data in
    let text = String(decoding: data, as: UTF8.self)
    let result = ArgdownJSON.read(text, file: "fuzz.json")
    FuzzChecks.diagnosticsInBounds(result.diagnostics, text: text)
    guard !result.diagnostics.containsErrors else { return }
    let written = ArgdownJSON.write(result.graph)
    let again = ArgdownJSON.read(written, file: "written.json")
    if again.diagnostics.containsErrors {
        FuzzChecks.fail("written Argdown JSON has errors: \(again.diagnostics.map(\.headline))\n\(written)")
    }
    FuzzChecks.sameGraph(result.graph, again.graph, written)
}
