import ArgdownSyntax
import ArgumentModel
import Foundation
import FuzzSupport

// libFuzzer target for the Argdown reader and the canonical printer. Any bytes must give diagnostics, never a crash
// or a hang; every diagnostic's line, column and byte offset must point into the (UTF-8-repaired) input; and an
// input that reads without errors must survive print → read with no errors and an equal graph.
FuzzDriver.run { data in
    let result = ArgdownReader.read(data: data, file: "fuzz.argdown")
    FuzzChecks.diagnosticsInBounds(
        result.diagnostics, text: String(decoding: data, as: UTF8.self), exactOffsets: true)
    guard !result.diagnostics.containsErrors else { return }
    let printed = ArgdownPrinter.print(result.graph)
    let again = ArgdownReader.read(printed, file: "printed.argdown")
    if again.diagnostics.containsErrors {
        FuzzChecks.fail("printed Argdown has errors: \(again.diagnostics.map(\.headline))\n\(printed)")
    }
    FuzzChecks.sameGraph(result.graph, again.graph, printed)
}
