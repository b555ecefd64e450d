import ArgumentFormats
import ArgumentModel
import Foundation
import FuzzSupport

// libFuzzer target for the AIF JSON reader: any bytes give a graph and diagnostics, never a crash or a hang, and
// every diagnostic's line and column lie inside the input. A document read without errors is written back as AIF
// and must read again without errors.
FuzzDriver.run { data in
    let text = String(decoding: data, as: UTF8.self)
    let result = AIFReader.read(text, file: "fuzz.json")
    FuzzChecks.diagnosticsInBounds(result.diagnostics, text: text)
    guard !result.diagnostics.containsErrors else { return }
    let written = AIFWriter.write(result.graph)
    let again = AIFReader.read(written, file: "written.json")
    if again.diagnostics.containsErrors {
        FuzzChecks.fail("written AIF has errors: \(again.diagnostics.map(\.headline))\n\(written)")
    }
}
