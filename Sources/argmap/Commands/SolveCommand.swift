import ArgumentAnalysis
import ArgumentModel
import ArgumentParser
import Foundation

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
            """)

    @Option(name: .customShort("p"), help: "The task, e.g. DC-PR, DS-ST, SE-CO, CE-SST.")
    var task: String?

    @Option(name: .customShort("f"), help: "The framework (.i23, .apx, .tgf) or a map.")
    var file: String?

    @Option(name: .customShort("a"), help: "The query argument (DC and DS).")
    var argument: String?

    @Option(name: .customLong("fo"), help: "The framework's format: i23, apx or tgf (default: from the extension).")
    var fileFormat: String?

    @Option(name: .long, help: "For maps: reasons, deductive, necessary or none.")
    var support: SupportMode = .reasons

    @Flag(name: .long, help: "Print the supported tasks and exit.")
    var problems = false

    @Flag(name: .long, help: "Print the supported file formats and exit.")
    var formats = false

    static let semanticsCodes: [(String, Semantics)] = [
        ("CO", .complete), ("PR", .preferred), ("ST", .stable), ("SST", .semiStable), ("GR", .grounded),
    ]
    static let taskCodes = ["DC", "DS", "SE", "CE"]

    func run() throws {
        if problems {
            print("[" + Self.taskCodes.flatMap { t in Self.semanticsCodes.map { "\(t)-\($0.0)" } }.joined(separator: ",") + "]")
            return
        }
        if formats {
            print("[i23,apx,tgf]")
            return
        }
        guard let task, let file else { throw ValidationError("give a task and a file: argmap solve -p DC-PR -f af.i23 -a 1") }
        let parts = task.uppercased().split(separator: "-").map(String.init)
        guard parts.count == 2, Self.taskCodes.contains(parts[0]),
            let semantics = Self.semanticsCodes.first(where: { $0.0 == parts[1] })?.1
        else {
            throw ValidationError("unknown task '\(task)'; use DC, DS, SE or CE with CO, PR, ST, SST or GR, e.g. DC-PR")
        }
        let (problem, names) = try load(file)
        let solver = SemanticsSolver(problem)
        func witness(_ labels: [Label]) -> String {
            (["w"] + (0..<labels.count).filter { labels[$0] == .in }.map { names[$0] }).joined(separator: " ")
        }
        switch parts[0] {
        case "SE":
            if let labels = solver.some(semantics) { print(witness(labels)) } else { print("NO") }
        case "CE":
            print(solver.count(semantics))
        default:
            guard let argument else { throw ValidationError("\(parts[0]) needs the query argument: -a ARG") }
            let index = try resolve(argument, names: names, file: file)
            if parts[0] == "DC" {
                let (accepted, w) = solver.credulous(index, semantics)
                print(accepted ? "YES" : "NO")
                if accepted, let w { print(witness(w)) }
            } else {
                let (accepted, counter) = solver.sceptical(index, semantics)
                print(accepted ? "YES" : "NO")
                if !accepted, let counter { print(witness(counter)) }
            }
        }
    }

    /// Reads a framework file, or any map argmap reads.
    private func load(_ path: String) throws -> (LabellingProblem, [String]) {
        let ext = (fileFormat ?? URL(fileURLWithPath: path).pathExtension).lowercased()
        guard ["i23", "apx", "tgf"].contains(ext) else {
            let graph = try QueryCommandSupport.loadGraph(path)
            let framework = MapFramework(graph, support: support)
            return (framework.problem, framework.problem.framework.names)
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read \(path): \(error.localizedDescription)")
        }
        do {
            let af = try ICCMAText.parse(text, format: ext)
            return (LabellingProblem(framework: af), af.names)
        } catch let error as ICCMAText.ParseError {
            StandardError.print("\(path):\(error.line):\(error.column): error: \(error.message)")
            throw ExitCode.failure
        }
    }

    private func resolve(_ typed: String, names: [String], file: String) throws -> Int {
        if let i = names.firstIndex(of: typed) { return i }
        if let i = names.firstIndex(where: { $0 == "[\(typed)]" || $0 == "<\(typed)>" }) { return i }
        let matches = names.indices.filter { names[$0].localizedCaseInsensitiveContains(typed) }
        if matches.count == 1 { return matches[0] }
        throw ValidationError(matches.isEmpty
            ? "no argument '\(typed)' in \(file)"
            : "'\(typed)' is ambiguous in \(file): " + matches.prefix(5).map { names[$0] }.joined(separator: ", "))
    }
}

/// A small reader for ICCMA's framework files, used until the formats module's ICCMA reader is available.
enum ICCMAText {
    struct ParseError: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// Parses `.i23` (`p af N` then `a b` lines, `#` comments), `.apx` (`arg(a).`, `att(a,b).`) or `.tgf`
    /// (argument lines, `#`, attack lines). O(size of the text).
    static func parse(_ text: String, format: String) throws -> AttackFramework {
        var names: [String] = []
        var index: [String: Int] = [:]
        var attacks: [AttackFramework.Attack] = []
        var declared: Int? = nil
        var inTGFAttacks = false
        func argument(_ name: String) -> Int {
            if let i = index[name] { return i }
            index[name] = names.count
            names.append(name)
            return names.count - 1
        }
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            switch format {
            case "i23":
                if line.hasPrefix("#") { continue }
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                if fields.first == "p" {
                    guard fields.count == 3, fields[1] == "af", let n = Int(fields[2]), n >= 0 else {
                        throw ParseError(line: lineNumber, column: 1, message: "expected 'p af N'")
                    }
                    declared = n
                    continue
                }
                guard let n = declared else { throw ParseError(line: lineNumber, column: 1, message: "attack before the 'p af N' line") }
                guard fields.count == 2, let a = Int(fields[0]), let b = Int(fields[1]), (1...n).contains(a), (1...n).contains(b) else {
                    throw ParseError(line: lineNumber, column: 1, message: "expected an attack 'a b' with arguments 1...\(n)")
                }
                attacks.append(.init(a - 1, b - 1))
            case "tgf":
                if line == "#" {
                    inTGFAttacks = true
                    continue
                }
                let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                if inTGFAttacks {
                    guard fields.count >= 2 else { throw ParseError(line: lineNumber, column: 1, message: "expected an attack 'a b'") }
                    attacks.append(.init(argument(fields[0]), argument(fields[1])))
                } else {
                    _ = argument(fields[0])
                }
            default:  // apx
                for statement in line.split(separator: ".").map({ $0.trimmingCharacters(in: .whitespaces) }) where !statement.isEmpty {
                    if statement.hasPrefix("arg("), statement.hasSuffix(")") {
                        _ = argument(String(statement.dropFirst(4).dropLast()).trimmingCharacters(in: .whitespaces))
                    } else if statement.hasPrefix("att("), statement.hasSuffix(")") {
                        let pair = statement.dropFirst(4).dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                        guard pair.count == 2 else { throw ParseError(line: lineNumber, column: 1, message: "expected att(a,b).") }
                        attacks.append(.init(argument(pair[0]), argument(pair[1])))
                    } else {
                        throw ParseError(line: lineNumber, column: 1, message: "expected arg(a). or att(a,b).")
                    }
                }
            }
        }
        if format == "i23" {
            guard let n = declared else { throw ParseError(line: 1, column: 1, message: "missing 'p af N' line") }
            return AttackFramework(count: n, attacks: attacks)
        }
        return AttackFramework(names: names, attacks: attacks)
    }
}
