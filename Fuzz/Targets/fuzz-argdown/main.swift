import ArgdownSyntax
import ArgumentModel
import Foundation
import FuzzSupport

// libFuzzer target for the Argdown reader and the canonical printer. Any bytes must give diagnostics, never a crash
// or a hang; every diagnostic's line, column and byte offset must point into the (UTF-8-repaired) input; and an
// input that reads without errors must survive print → read with no errors and an equal graph.
FuzzDriver.run { data in
    let result = ArgdownReader.read(data: data, file: "fuzz.argdown")
    // Invalid UTF-8 is reported at the bad byte of the original data; everything else is placed in the text read,
    // where each bad sequence became U+FFFD.
    let (badBytes, rest) = (
        result.diagnostics.filter { $0.code == "invalid-utf8" }, result.diagnostics.filter { $0.code != "invalid-utf8" })
    for d in badBytes where !(0..<data.count).contains(d.range?.start.offset ?? -1) {
        FuzzChecks.fail("invalid-utf8 offset \(d.range?.start.offset ?? -1) outside the \(data.count) bytes")
    }
    FuzzChecks.diagnosticsInBounds(rest, text: String(decoding: data, as: UTF8.self), exactOffsets: true)
    guard !result.diagnostics.containsErrors, withinPrinterLimits(result.graph) else { return }
    let printed = ArgdownPrinter.print(result.graph)
    let again = ArgdownReader.read(printed, file: "printed.argdown")
    if again.diagnostics.containsErrors {
        FuzzChecks.fail("printed Argdown has errors: \(again.diagnostics.map(\.headline))\n\(printed)")
    }
    if result.graph.nodes.contains(where: \.isUntitled) {
        // Untitled nodes are numbered in the order the printer writes them, which may differ from the input's
        // (a documented limit), so their `Untitled N` keys may be permuted: check counts, and that printing settles
        // (the first reprint may still reorder nodes first met as references; the second must not change it).
        let (a, b) = (result.graph, again.graph)
        guard a.nodes.count == b.nodes.count, a.listedRelations.count == b.listedRelations.count,
            a.sections.count == b.sections.count
        else { FuzzChecks.fail("round trip changed the counts of nodes, relations or sections\n\(printed)") }
        let second = ArgdownPrinter.print(b)
        let third = ArgdownPrinter.print(ArgdownReader.read(second).graph)
        if third != second { FuzzChecks.fail("printing does not settle:\n\(second)\n-----\n\(third)") }
    } else {
        FuzzChecks.sameGraph(result.graph, again.graph, printed)
    }
}

/// Whether the graph avoids what ArgdownPrinter documents it cannot reproduce: a written title of the generated form
/// `Untitled N` (which renumbers the untitled nodes when read back), `,` inside an inference rule name, and a
/// premise-conclusion structure without an inference line (a `missing-inference` warning), which the next bare
/// pcs printed below it would continue.
func withinPrinterLimits(_ graph: ArgumentGraph) -> Bool {
    for node in graph.nodes {
        if !node.isUntitled, node.title.hasPrefix("Untitled "), Int(node.title.dropFirst("Untitled ".count)) != nil {
            return false
        }
        if let pcs = node.pcs, !pcs.steps.contains(where: { if case .inference = $0 { true } else { false } }) {
            return false
        }
        for step in node.pcs?.steps ?? [] {
            if case .inference(let inference) = step, inference.rules.contains(where: { $0.contains(",") }) { return false }
        }
    }
    return true
}
