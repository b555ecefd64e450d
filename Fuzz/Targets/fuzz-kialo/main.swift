import ArgumentFormats
import ArgumentModel
import Foundation
import FuzzSupport

// libFuzzer target for the Kialo export reader: any bytes give diagnostics, never a crash or a hang (link cycles
// included), and every diagnostic's line and column lie inside the input.
FuzzDriver.run { data in
    let text = String(decoding: data, as: UTF8.self)
    let result = KialoReader.read(text, file: "fuzz.txt")
    FuzzChecks.diagnosticsInBounds(result.diagnostics, text: text)
}
