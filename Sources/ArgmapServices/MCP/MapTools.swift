import ArgdownSyntax
import ArgumentAnalysis
import ArgumentModel
import ArgumentRendering

/// The tools argmap offers an assistant (``ArgmapMCPServer`` serves them over MCP), independent of any protocol:
/// each takes Argdown texts and strings and answers with text, so a draft map can be checked — every quote
/// verbatim, every relation well formed — before a person sees it.
public enum MapTools {
    /// One parameter of a tool.
    public struct Parameter: Sendable {
        /// Its name.
        public var name: String
        /// What to pass.
        public var description: String
        /// Whether it must be given.
        public var required: Bool
    }

    /// A tool's name, what it does and its parameters (all strings).
    public struct Description: Sendable {
        /// The tool's name.
        public var name: String
        /// What it does, for the assistant.
        public var summary: String
        /// Its parameters.
        public var parameters: [Parameter]
    }

    /// A tool's answer: text, and whether it reports a failure (errors in the map, a misquote, a bad query).
    public struct Answer: Sendable, Equatable {
        /// The text.
        public var text: String
        /// Whether the call failed or found errors.
        public var isError: Bool
    }

    private static func p(_ name: String, _ description: String, required: Bool = true) -> Parameter {
        Parameter(name: name, description: description, required: required)
    }

    /// Every tool.
    public static let all: [Description] = [
        Description(
            name: "check",
            summary: "Read an Argdown map and report every syntax error, undefined title and reasoning fault (with stable codes and line:column); with `source`, verify that every `quote` in the map stands word for word in the source text.",
            parameters: [p("map", "The map in Argdown."), p("source", "The text the map quotes.", required: false)]),
        Description(
            name: "query",
            summary: "Run a graph query on a map, e.g. `?x supports+ [Claim]` (docs/queries.md); answers one row of titles per match.",
            parameters: [p("map", "The map in Argdown."), p("query", "The query.")]),
        Description(
            name: "evaluate",
            summary: "Label every claim and argument IN, OUT or UNDEC under an argumentation semantics (grounded by default); with `node`, explain why that node has its label.",
            parameters: [
                p("map", "The map in Argdown."),
                p("semantics", "grounded, complete, preferred, stable or semi-stable.", required: false),
                p("node", "A title to explain, e.g. [Claim] or <Argument>.", required: false),
            ]),
        Description(
            name: "render",
            summary: "Draw the map; answers the SVG document.",
            parameters: [p("map", "The map in Argdown.")]),
        Description(
            name: "grade",
            summary: "Grade a student's map against a key map: score, matched, missing and extra nodes, relation verdicts and one feedback line per difference.",
            parameters: [p("student", "The student's map in Argdown."), p("key", "The key map in Argdown.")]),
        Description(
            name: "diff",
            summary: "Compare two versions of a map as `argmap diff --format json` does: nodes matched, reworded, added and removed; relations added, removed and changed (type or direction); claims whose grounded label changes; agreement figures.",
            parameters: [p("new", "The changed map in Argdown."), p("old", "The map to compare against.")]),
    ]

    /// Runs tool `name` with `arguments`. Unknown tools and missing arguments are answered with an error text.
    public static func call(_ name: String, _ arguments: [String: String]) async -> Answer {
        guard let tool = all.first(where: { $0.name == name }) else {
            return Answer(text: "no tool \(name); the tools are \(all.map(\.name).joined(separator: ", "))", isError: true)
        }
        if let missing = tool.parameters.first(where: { $0.required && arguments[$0.name] == nil }) {
            return Answer(text: "\(name) needs the argument `\(missing.name)`: \(missing.description)", isError: true)
        }
        let a = { (key: String) in arguments[key] ?? "" }
        switch name {
        case "check": return check(a("map"), source: arguments["source"])
        case "query": return query(a("map"), a("query"))
        case "evaluate": return evaluate(a("map"), semantics: arguments["semantics"], node: arguments["node"])
        case "render": return await render(a("map"))
        case "grade": return grade(student: a("student"), key: a("key"))
        default: return diff(new: a("new"), old: a("old"))
        }
    }

    /// The map's reader diagnostics and lint, and with `source` the quote check.
    static func check(_ map: String, source: String?) -> Answer {
        let result = ArgdownReader.read(map, file: "map.argdown")
        let check = MapCheck(
            result.graph, readerDiagnostics: result.diagnostics, source: source.map { MapCheck.Source(path: "source.txt", text: $0) })
        let diagnostics = check.diagnostics
        let lines = check.quotes.map { "quote of \(result.graph[$0.node].bracketedTitle) found at source.txt:\($0.line):\($0.column)" }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let body = diagnostics.map { MapCheck.located($0, in: "map.argdown").headline } + lines
        let summary = "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
            + (source == nil ? "" : "; \(lines.count) \(lines.count == 1 ? "quote" : "quotes") found verbatim")
        return Answer(text: (body + [summary]).joined(separator: "\n"), isError: errors > 0)
    }

    /// The graph of `map`, or an answer listing its errors.
    static func readable(_ map: String) -> Result<ArgumentGraph, AnswerFailure> {
        let result = ArgdownReader.read(map, file: "map.argdown")
        guard !result.diagnostics.containsErrors else {
            let errors = result.diagnostics.filter { $0.severity == .error }.map(\.headline)
            return .failure(AnswerFailure(answer: Answer(text: (["the map has errors:"] + errors).joined(separator: "\n"), isError: true)))
        }
        return .success(result.graph)
    }

    /// An answer carried as an error.
    struct AnswerFailure: Error {
        var answer: Answer
    }

    static func query(_ map: String, _ text: String) -> Answer {
        let graph: ArgumentGraph
        switch readable(map) {
        case .failure(let failure): return failure.answer
        case .success(let g): graph = g
        }
        do {
            let result = try QueryEngine(graph).evaluate(text)
            var lines = [result.variables.map { "?\($0)" }.joined(separator: "\t")]
            lines += result.rows.map { row in row.map { graph[$0].bracketedTitle }.joined(separator: "\t") }
            lines.append("\(result.rows.count) \(result.rows.count == 1 ? "match" : "matches")")
            return Answer(text: lines.joined(separator: "\n"), isError: false)
        } catch {
            return Answer(text: error.rendered(query: text), isError: true)
        }
    }

    static func evaluate(_ map: String, semantics name: String?, node: String?) -> Answer {
        let graph: ArgumentGraph
        switch readable(map) {
        case .failure(let failure): return failure.answer
        case .success(let g): graph = g
        }
        guard let semantics = Semantics(rawValue: name ?? "grounded") else {
            return Answer(text: "unknown semantics \(name ?? ""); use \(Semantics.allCases.map(\.rawValue).joined(separator: ", "))", isError: true)
        }
        let evaluation = MapEvaluation(graph, semantics: semantics, limit: 1)
        guard let labels = evaluation.labels else {
            return Answer(text: "\(semantics.rawValue) semantics has no labelling for this map", isError: false)
        }
        if let node {
            let id: NodeID
            do {
                id = try TitleResolver(graph).resolve(node)
            } catch {
                return Answer(text: DiagnosticFormatter(source: "").format(error.diagnostic()), isError: true)
            }
            let explanation = Explanation(id, labels: labels, framework: evaluation.framework, graph: graph)
            let head = "\(graph[id].bracketedTitle) is \(explanation.label.rawValue) (\(semantics.rawValue))"
            return Answer(text: ([head] + explanation.lines.map { "- \($0)" }).joined(separator: "\n"), isError: false)
        }
        let lines = graph.nodes.map { "\(labels[$0.id.index].rawValue)\t\($0.bracketedTitle)" }
        return Answer(text: (["\(semantics.rawValue):"] + lines).joined(separator: "\n"), isError: false)
    }

    static func render(_ map: String) async -> Answer {
        let graph: ArgumentGraph
        switch readable(map) {
        case .failure(let failure): return failure.answer
        case .success(let g): graph = g
        }
        do {
            return Answer(text: try await MapRenderer.svg(graph), isError: false)
        } catch {
            return Answer(text: "Graphviz could not draw the map", isError: true)
        }
    }

    static func grade(student: String, key: String) -> Answer {
        switch (readable(student), readable(key)) {
        case (.failure(let failure), _), (_, .failure(let failure)): return failure.answer
        case (.success(let s), .success(let k)):
            let report = GradeReport(MapComparison(key: k, student: s), student: "student", key: "key")
            return Answer(text: report.text, isError: false)
        }
    }

    /// The report `argmap diff old.argdown new.argdown --format json` writes for the two maps.
    static func diff(new: String, old: String) -> Answer {
        switch (readable(new), readable(old)) {
        case (.failure(let failure), _), (_, .failure(let failure)): return failure.answer
        case (.success(let n), .success(let o)):
            do {
                let report = DiffReport(MapDiff(old: o, new: n), oldName: "old.argdown", newName: "new.argdown")
                return Answer(text: try ReportText.json(report), isError: false)
            } catch {
                return Answer(text: "the difference could not be written as JSON: \(error)", isError: true)
            }
        }
    }
}
