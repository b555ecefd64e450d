import ArgmapServices
import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import ArgumentParser

/// `argmap solve -p TASK -f FILE [-a ARG]`: an ICCMA 2023 style solver interface, so argmap can run in
/// argumentation-solver benchmarks.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Answer an ICCMA task (DC/DS/SE/CE of CO/PR/ST/SST/GR) on a framework or a map.",
        discussion: """
            Tasks: DC (is ARG credulously accepted?), DS (sceptically accepted?), SE
            (some extension), CE (how many extensions), each for CO (complete), PR
            (preferred), ST (stable), SST (semi-stable) or GR (grounded): e.g. DC-PR.

              argmap solve -p DC-PR -f af.i23 -a 3
              argmap solve -p SE-ST -f af.apx
              argmap solve -p CE-CO -f af.tgf
              argmap solve -p DS-GR -f map.argdown -a "Soviet power"

            Output follows ICCMA 2023: YES or NO, for DC a witness extension after
            YES and for DS a counter-example after NO (`w 1 4 7`); SE prints `w` with
            the extension's arguments (just `w` for the empty extension) or NO when
            there is none (only ST); CE prints the count. DS-ST answers YES when no
            stable extension exists. Frameworks: ICCMA 2023 .i23 (`p af N`, then
            `a b` attacks), .apx (`arg(a).` `att(a,b).`) or .tgf; anything else is
            read as a map (with --support, default reasons).

            -a names one argument exactly: ICCMA's number (`10`, never `1` for `10`),
            the .apx/.tgf name, or a map's title ("Soviet power", "[Soviet power]",
            "<Coup>"; case is ignored when that is unambiguous). --fuzzy also accepts
            an unambiguous prefix or part of a title.
            """)

    @Option(name: .customShort("p"), help: "The task, e.g. DC-PR, DS-ST, SE-CO, CE-SST.")
    var task: String?

    @Option(name: .customShort("f"), help: "The framework (.i23, .apx, .tgf) or a map.")
    var file: String?

    @Option(name: .customShort("a"), help: "The query argument (DC and DS): its exact name or title.")
    var argument: String?

    @OptionGroup var titles: TitleOptions

    @Option(name: .customLong("fo"), help: "The framework's format: i23, apx or tgf (default: from the extension).")
    var fileFormat: String?

    @Option(name: .long, help: "For maps: reasons, deductive, necessary or none.")
    var support: SupportMode = .reasons

    @Flag(name: .long, help: "Print the supported tasks and exit.")
    var problems = false

    @Flag(name: .long, help: "Print the supported file formats and exit.")
    var formats = false

    func validate() throws {
        if titles.fuzzy, argument == nil { throw ValidationError("--fuzzy matches the argument given to -a; give -a ARG") }
    }

    func run() throws {
        if problems {
            try OutputWriter.print("[" + ICCMATask.all.joined(separator: ",") + "]")
            return
        }
        if formats {
            try OutputWriter.print("[i23,apx,tgf]")
            return
        }
        guard let task, let file else { throw ValidationError("give a task and a file: argmap solve -p DC-PR -f af.i23 -a 1") }
        guard let parsed = ICCMATask(task) else {
            throw ValidationError("unknown task '\(task)'; use DC, DS, SE or CE with CO, PR, ST, SST or GR, e.g. DC-PR")
        }
        let input = try load(file)
        var index: Int?
        if parsed.needsArgument {
            guard let argument else { throw ValidationError("\(parsed.problem.rawValue) needs the query argument: -a ARG") }
            do {
                index = try input.resolver.index(of: argument)
            } catch {
                StandardError.print("\(file): " + DiagnosticFormatter(source: "").format(error.diagnostic(naming: input.resolver.noun)))
                throw ExitCode.failure
            }
        }
        for line in parsed.answer(input.problem, names: input.names, argument: index) { try OutputWriter.print(line) }
    }

    /// Reads a framework file, or any map argmap reads; with the argument names and what resolves `-a`.
    private func load(_ path: String) throws -> SolverInput {
        guard let iccma = SolverInput.frameworkFormat(of: path, forced: fileFormat) else {
            return SolverInput(map: try QueryCommandSupport.loadGraph(path), support: support, matching: titles.matching)
        }
        let loaded: (input: LoadedInput, framework: FrameworkReadResult)
        do {
            loaded = try InputLoader.loadFramework(path, format: InputFormat(rawValue: iccma.rawValue))
        } catch let error as InputError {
            throw ValidationError(error.description)
        }
        DiagnosticReporter.report(loaded.framework.diagnostics, for: loaded.input)
        if loaded.framework.diagnostics.containsErrors { throw ExitCode.failure }
        return SolverInput(framework: loaded.framework.framework, matching: titles.matching)
    }
}
