// Reads the essay map, finds its main conclusion and prints what directly supports and attacks it.
//
//   swift run --package-path examples/library-usage            (from the repository root)
//   swift run --package-path examples/library-usage -- path/to/map.argdown
import ArgdownSyntax
import ArgumentAnalysis
import ArgumentModel
import Foundation

let path = CommandLine.arguments.dropFirst().first ?? "graphs/october-1917.argdown"
guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("cannot read \(path) (run from the repository root, or pass a map)\n".utf8))
    exit(1)
}

// 1. Read: the reader never throws; problems come back as diagnostics with file:line:col.
let result = ArgdownReader.read(data: data, file: path)
for diagnostic in result.diagnostics where diagnostic.severity == .error {
    FileHandle.standardError.write(Data("\(diagnostic.message)\n".utf8))
}
let graph = result.graph

// 2. The thesis: the front matter's `mainConclusion: Title`, else the claim everything else argues towards.
guard let thesis = MainConclusion.of(graph) else {
    FileHandle.standardError.write(Data("\(path) is empty\n".utf8))
    exit(1)
}
print("Thesis [\(graph[thesis].title)]: \(graph[thesis].text ?? "")")

// 3. Walk the relations that end at the thesis.
func describe(_ relation: Relation) -> String {
    let node = graph[relation.from]
    let brackets = node.kind == .argument ? ("<", ">") : ("[", "]")
    let quote = node.quote.map { " — “\($0)”" } ?? ""
    return "  \(brackets.0)\(node.title)\(brackets.1): \(node.text ?? "")\(quote)"
}
let supports = graph.incoming(thesis, .support)
print("\nSupported by:")
if supports.isEmpty { print("  nothing") }
for relation in supports { print(describe(relation)) }
let objections = [RelationType.attack, .undercut, .contradictory].flatMap { graph.incoming(thesis, $0) }
print("\nObjections:")
if objections.isEmpty { print("  none") }
for relation in objections { print(describe(relation)) }
