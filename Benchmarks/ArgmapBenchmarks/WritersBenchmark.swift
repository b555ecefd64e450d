import ArgdownSyntax
import ArgumentFormats
import ArgumentModel

/// Times the writers (argmap JSON, Argdown JSON, canonical Argdown) and the argmap JSON reader on generated maps
/// of 1k, 10k and 20k statements, to show they grow linearly.
enum WritersBenchmark {
    static var program: BenchmarkProgram {
        BenchmarkProgram(
            name: "writers",
            summary: "argmap JSON / Argdown JSON / Argdown printer and argmap JSON reader at 1k, 10k, 20k statements",
            run: { _ in run() })
    }

    /// A chain of sections, statements with tags and data, one reconstructed argument per 10 statements, and
    /// support/attack relations between neighbours.
    static func generate(statements count: Int) -> ArgumentGraph {
        var b = GraphBuilder()
        var section: SectionID?
        var ids: [NodeID] = []
        for i in 0..<count {
            if i % 500 == 0 { section = b.addSection(title: "Part \(i / 500)", level: 1) }
            let id = b.node(.statement, title: "Claim \(i)")
            b.update(id) {
                $0.text = "Claim number \(i) says something [quoted] about #\(i % 7)."
                $0.tags = ["t\(i % 5)"]
                $0.data = .object(["by": .string("Author \(i % 13)"), "weight": .double(Double(i % 10) / 10)])
                $0.section = section
                $0.occurrences = [Occurrence(role: .definition, text: $0.text, range: SourceRange(
                    file: "gen.argdown", start: SourcePosition(line: i + 1, column: 1, offset: i * 60),
                    end: SourcePosition(line: i + 1, column: 60, offset: i * 60 + 59)))]
            }
            ids.append(id)
            if i > 0 { b.addRelation(from: id, to: ids[i - 1], type: i % 3 == 0 ? .attack : .support) }
            if i % 10 == 9 {
                let argument = b.node(.argument, title: "Argument \(i / 10)")
                b.update(argument) {
                    $0.section = section
                    $0.pcs = PremiseConclusionStructure(steps: [
                        .statement(PCSStatement(number: 1, statement: ids[i - 2], role: .premise)),
                        .statement(PCSStatement(number: 2, statement: ids[i - 1], role: .premise)),
                        .inference(Inference(rules: ["Modus ponens"])),
                        .statement(PCSStatement(number: 3, statement: id, role: .mainConclusion)),
                    ])
                }
            }
        }
        return b.build()
    }

    static func run() {
        print("statements  argmap-json  read-json  argdown-json  argdown")
        for count in [1_000, 10_000, 20_000] {
            let graph = generate(statements: count)
            var json = ""
            let write = Timing.median(repeats: 3) { json = ArgmapJSON.write(graph) }
            let read = Timing.median(repeats: 3) { _ = ArgmapJSON.read(json) }
            let argdownJSON = Timing.median(repeats: 3) { _ = ArgdownJSON.write(graph) }
            let argdown = Timing.median(repeats: 3) { _ = ArgdownPrinter.print(graph) }
            print([String(count), Timing.format(write), Timing.format(read), Timing.format(argdownJSON), Timing.format(argdown)]
                .map { $0.padding(toLength: 12, withPad: " ", startingAt: 0) }.joined(separator: " "))
        }
    }
}
