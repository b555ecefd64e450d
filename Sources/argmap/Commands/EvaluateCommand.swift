import ArgumentAnalysis
import ArgumentModel
import ArgumentParser
import Foundation

extension Semantics: ExpressibleByArgument {}
extension SupportMode: ExpressibleByArgument {}

/// `argmap evaluate FILE`: which claims stand, under an argumentation semantics, with explanations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Label every claim and argument IN, OUT or UNDEC under an argumentation semantics.",
        discussion: """
            The map is read as an abstract argumentation framework: attacks,
            undercuts and both directions of a contradiction are attacks; --support
            says what supports do (reasons, the default: a claim with reasons needs
            one reason wholly IN; deductive; necessary; none). See docs/evaluation.md.

              argmap evaluate map.argdown
              argmap evaluate map.argdown --semantics preferred --all
              argmap evaluate map.argdown --explain "Soviet power"
              argmap evaluate map.argdown --strength --format json

            Semantics: grounded (default; what must be accepted), complete,
            preferred, stable, semi-stable. With several labellings the first is
            shown, with each node's acceptance over all of them (sceptical: IN in
            every one; credulous: IN in some); --all lists them (at most --limit).
            """)

    @OptionGroup var map: MapInputOptions

    @Option(name: .long, help: "grounded, complete, preferred, stable or semi-stable.")
    var semantics: Semantics = .grounded

    @Option(name: .long, help: "reasons, deductive, necessary or none.")
    var support: SupportMode = .reasons

    @Option(name: .long, help: "Explain the label of this claim or argument (its title).")
    var explain: String?

    @OptionGroup var titles: TitleOptions

    @Flag(name: .long, help: "List every labelling (extension), not just the first.")
    var all = false

    @Option(name: .long, help: "With several labellings: how many to compute at most.")
    var limit: Int = 100

    @Flag(name: .long, help: "Add the DF-QuAD gradual strength of each node (base: node data `strength`, default 0.5).")
    var strength = false

    @Option(name: .shortAndLong, help: "text or json.")
    var format: AnswerFormat = .text

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1, e.g. --limit 10") }
        if titles.fuzzy, explain == nil { throw ValidationError("--fuzzy matches the title given to --explain; give --explain TITLE") }
    }

    func run() throws {
        let graph = try QueryCommandSupport.loadGraph(map.file)
        let explained = try explain.map { try QueryCommandSupport.resolve($0, in: graph, matching: titles.matching) }
        let evaluation = MapEvaluation(graph, semantics: semantics, support: support, limit: limit)
        let labels = evaluation.labels
        let notes = labels.map { evaluation.contradictionNotes(in: $0, graph: graph) } ?? [:]
        let explanation = explained.flatMap { Explanation($0, evaluation: evaluation, graph: graph) }
        switch format {
        case .json:
            let report = EvaluationReport(evaluation, graph: graph, strength: strength, allLabellings: all, explanation: explanation)
            try OutputWriter.write(try QueryCommandSupport.json(report), to: nil)
        case .text:
            try OutputWriter.write(report: text(graph, evaluation, notes: notes, explanation: explanation), to: nil)
        }
    }

    private func text(_ graph: ArgumentGraph, _ evaluation: MapEvaluation, notes: [Int: String], explanation: Explanation?) -> String {
        guard let labels = evaluation.labels else {
            return "No \(semantics.rawValue) labelling exists (\(support.rawValue) support): every labelling leaves something UNDEC.\n"
        }
        var out = ""
        if let explanation {
            // With several labellings, say which one is explained: the first, the one the table shows.
            let which = semantics == .grounded ? "" : ", labelling 1 of \(evaluation.labellings.count)\(evaluation.isComplete ? "" : "+")"
            out += "\(graph[explanation.node].bracketedTitle) is \(explanation.label.rawValue) (\(semantics.rawValue)\(which), \(support.rawValue) support):\n"
            for line in explanation.lines { out += "  - \(line)\n" }
            return out
        }
        let count = evaluation.labellings.count
        let several = semantics != .grounded
        let shown = all ? evaluation.labellings : [labels]
        for (k, l) in shown.enumerated() {
            let counts = Label.allCases.map { c in "\(l.filter { $0 == c }.count) \(c.rawValue)" }.joined(separator: ", ")
            let which = several ? (all ? " labelling \(k + 1) of \(count)\(evaluation.isComplete ? "" : "+")" : " (first of \(count)\(evaluation.isComplete ? "" : "+") labellings)") : ""
            out += "\(semantics.rawValue)\(which), \(support.rawValue) support: \(counts)\n"
            var header = ["label", "node"]
            if several { header.append("accepted") }
            if strength { header.append("strength") }
            header.append("note")
            let rows: [[String]] = graph.nodes.map { node in
                let i = node.id.index
                var row = [l[i].rawValue, node.bracketedTitle]
                if several { row.append(evaluation.sceptical[i] ? "sceptically" : evaluation.credulous[i] ? "credulously" : "no") }
                if strength { row.append(String(format: "%.3f", evaluation.strength[i])) }
                row.append(k == 0 ? notes[i] ?? "" : "")
                return row
            }
            out += QueryCommandSupport.table(header, rows)
            if k < shown.count - 1 { out += "\n" }
        }
        return out
    }
}
