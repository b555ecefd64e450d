import ArgumentFormats
import ArgumentModel
import Foundation
import FuzzSupport

// libFuzzer target for the microtext (<arggraph> XML) reader: any bytes give diagnostics, never a crash or a hang
// (entity expansion included), and every diagnostic's line and column lie inside the input.
FuzzDriver.run { data in
    let text = String(decoding: data, as: UTF8.self)
    let result = MicrotextReader.read(text, file: "fuzz.xml")
    FuzzChecks.diagnosticsInBounds(result.diagnostics, text: text)
}
