import ArgumentFormats
import ArgumentModel
import ArgumentParser

extension InputLoader.Format: ExpressibleByArgument {}
extension MapTextFormat: ExpressibleByArgument {}

/// `argmap convert`: read argument maps in any format, write them in another; one file or a whole corpus.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert argument maps between AIF, brat, microtext, Kialo, GraphML, Mermaid, Argdown and ICCMA.",
        discussion: """
            The input format comes from the file extension (.argdown; .json = AIF, or
            argmap / Argdown JSON by their top-level keys; .ann = brat; .xml = microtext;
            .txt = Kialo, or brat when an .ann of the same name is beside it; .apx, .tgf,
            .i23 = ICCMA frameworks) or from the contents; --from forces it.

            One input converts to standard output, or to -o FILE:
              argmap convert nodeset1234.json --to mermaid > map.mmd
              argmap convert essay001.ann --to graphml -o essay001.graphml

            A folder or several files convert as a corpus: -o names the output folder
            (created if needed), and each input gives one output with the same relative
            path and the new extension; a name an earlier input took gets the old
            extension too (a.xml.json), then a number (x-2.json), and a note says so.
            No output replaces an input. A bad file is reported with its location and
            the rest still convert; the exit status is 1 if any failed.
              argmap convert brat-project/ --to aif -o aif-corpus/
              argmap convert micro_*.xml --to graphml -o graphml/

            --merge reads several AIF nodeset files as one graph (a nodeID shared by files
            is one node):
              argmap convert nodesets/ --merge --to aif -o corpus.json

            --to apx|tgf|i23 writes an abstract framework (ICCMA): every node becomes an
            argument; attacks, undercuts and both directions of contradictions become
            attacks; supports and texts are dropped (noted on standard error).
              argmap convert graphs/october-1917.argdown --to i23 -o october.i23

            See docs/formats.md for what each format maps to and its limits.
            """)

    @Argument(help: "Files or folders to convert (`-` reads standard input).")
    var inputs: [String]

    @Option(name: .long, help: "The output format: \(MapTextFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: MapTextFormat

    @Option(name: .long, help: "The input format, when the extension does not say it.")
    var from: InputLoader.Format?

    @Option(name: [.short, .customLong("output")], help: "Output file (one input) or folder (a corpus). Default: standard output.")
    var output: String?

    @Flag(help: "Read all AIF inputs as one graph and write one output.")
    var merge = false

    @Flag(help: "Refuse to write anything the output format cannot hold: any declared loss is an error (exit 1).")
    var strictLosses = false

    func run() throws {
        let files = try InputLoader.expand(inputs)
        let isCorpus = !merge && (files.count > 1 || files.contains { $0.base != nil })
        if merge {
            try runMerged(files)
        } else if isCorpus {
            try runCorpus(files)
        } else if let file = files.first {
            let input = try InputLoader.load(file.path, format: from)
            DiagnosticReporter.report(input.result.diagnostics, for: input)
            if input.result.diagnostics.containsErrors { throw ExitCode.failure }
            let losses = to.losses(input.result.graph)
            try report(losses, from: input.format?.displayName ?? "input")
            try OutputWriter.write(to.write(input.result.graph), to: output)
        } else {
            throw ValidationError("name at least one input file or folder")
        }
    }

    private func runMerged(_ files: [(path: String, base: String?)]) throws {
        guard from == nil || from == .aif else { throw ValidationError("--merge reads AIF only") }
        let (result, count) = try AIFReader.merge(files: files, limits: InputLoader.limits, readData: InputLoader.readData)
        for d in result.diagnostics where d.severity != .note { StandardError.print(d.headline) }
        if result.diagnostics.containsErrors { throw ExitCode.failure }
        try report(to.losses(result.graph), from: InputFormat.aif.displayName)
        try OutputWriter.write(to.write(result.graph), to: output)
        StandardError.print("merged \(count) files: \(result.graph.nodes.count) nodes, \(result.graph.relations.count) relations")
    }

    private func runCorpus(_ files: [(path: String, base: String?)]) throws {
        guard let output, output != "-" else {
            throw ValidationError("converting several files needs -o FOLDER for the outputs")
        }
        var conversion = try CorpusConversion(to: to, folder: output, strictLosses: strictLosses)
        let progress = ProgressBar(total: files.count, enabled: StandardError.isTerminal)
        for (i, file) in files.enumerated() {
            progress.update(done: i, current: file.path)
            conversion.convert(file.path, base: file.base, load: { try InputLoader.load($0, format: from) }) { event in
                progress.clear()
                switch event {
                case .diagnostics(let shown, let input): DiagnosticReporter.report(shown, for: input)
                case .line(let line): StandardError.print(line)
                }
            }
        }
        progress.finish()
        for line in conversion.summary(of: files.count) { StandardError.print(line) }
        if !conversion.failed.isEmpty { throw ExitCode.failure }
    }

    /// Prints each loss on standard error; with `--strict-losses`, any loss is an error and nothing is written.
    private func report(_ losses: [WriterLoss], from source: String) throws {
        for loss in losses {
            StandardError.print("\(strictLosses ? "error" : "note"): \(loss.summary(from: source, to: to.displayName))")
        }
        if strictLosses, !losses.isEmpty {
            throw CommandError("\(to.displayName) cannot hold all of this map (--strict-losses); nothing was written")
        }
    }
}
