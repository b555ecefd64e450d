import ArgumentFormats
import ArgumentModel
import ArgumentParser

/// `argmap generate`: deterministic maps of any size, for benchmarks, fuzz seeds and demos.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a deterministic argument map of any size (for benchmarks, tests and demos).",
        discussion: """
            The same options always give the same map, byte for byte.

              argmap generate --statements 1000 -o big.argdown
              argmap generate --statements 300 --arguments 20 --shape essay --seed 7 -o essay.argdown
              argmap generate --statements 25 --shape essay --format brat -o essay01.ann   # also writes essay01.txt
              argmap generate --statements 2000 --shape random --format aif -o map.json
              argmap generate --statements 1000000 --attacks 5000000 --format i23 -o big.i23

            Shapes:
              tree     one thesis; every other claim supports (3 in 4) or attacks an earlier one
              essay    a thesis, reasons in sections, evidence with quotes, objections and rebuttals
              random   a tree plus long cross links between random claims (hard for layered layout)

            Formats: argdown (default), json (argmap's JSON), argdown-json, aif, brat (.ann + .txt), and the ICCMA \
            frameworks i23, apx, tgf. For those, --attacks M draws a random framework of --statements arguments and M \
            attacks (uniform, seeded); without it the map of --shape is written as a framework (its attacks, undercuts \
            and contradictions).
            """)

    @Option(name: .long, help: "How many statements (claims).")
    var statements: Int

    @Option(name: .long, help: "How many reconstructed arguments (two premises and a conclusion each).")
    var arguments: Int = 0

    @Option(
        name: .long, help: "The shape: \(Choice.values(MapGenerator.Shape.self)) (default tree).",
        transform: Choice.parse { "unknown shape '\($0)'; use tree, essay or random" })
    var shape: MapGenerator.Shape = .tree

    @Option(name: .long, help: "The random seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "With --format i23|apx|tgf: a random framework with this many attacks.")
    var attacks: Int?

    @Option(name: .long, help: "argdown, json, argdown-json, aif, brat, i23, apx or tgf.")
    var format: GeneratedMapFormat = .argdown

    @Option(name: [.customShort("o"), .long], help: "Where to write ('-' for standard output; brat needs a file).")
    var output: String = "-"

    func validate() throws {
        guard statements >= 1 else { throw ValidationError("--statements must be at least 1, e.g. --statements 100") }
        guard arguments >= 0 else { throw ValidationError("--arguments must be 0 or more") }
        if let attacks {
            guard format.iccma != nil else { throw ValidationError("--attacks makes an abstract framework: use it with --format i23, apx or tgf") }
            guard attacks >= 0 else { throw ValidationError("--attacks must be 0 or more") }
            guard statements <= ICCMA.maximumArguments else {
                throw ValidationError("a framework has at most \(ICCMA.maximumArguments) arguments")
            }
        }
        if format == .brat, output == "-" || !output.hasSuffix(".ann") {
            throw ValidationError("brat output needs a file name ending in .ann, e.g. -o essay01.ann (the .txt is written beside it)")
        }
    }

    func run() throws {
        if let attacks, let iccma = format.iccma {
            let framework = FrameworkGenerator.random(arguments: statements, attacks: attacks, seed: seed)
            try OutputWriter.write(ICCMA.write(framework, format: iccma), to: output)
            return
        }
        let graph = MapGenerator.generate(.init(
            statements: statements, arguments: arguments, shape: shape, seed: seed))
        for file in format.files(graph, to: output) { try OutputWriter.write(file.text, to: file.path) }
    }
}

extension GeneratedMapFormat: ExpressibleByArgument {}
