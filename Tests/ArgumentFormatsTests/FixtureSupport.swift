import ArgdownSyntax
import ArgumentModel
@testable import ArgumentFormats
import Foundation
import Testing

/// Fixture files of this test target.
enum Fixture {
    /// The URL of `Fixtures/<name>`.
    static func url(_ name: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// The UTF-8 text of `Fixtures/<name>`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }
}

extension ArgumentGraph {
    /// The node titled `title` of `kind`, or a test failure.
    func node(_ kind: NodeKind, _ title: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Node {
        let id = try #require(node(kind, titled: title), "no \(kind) \(title)", sourceLocation: sourceLocation)
        return self[id]
    }

    /// Every relation as `from type to`, with `(derived)` for derived ones, sorted.
    var relationLines: [String] {
        relations.map { r in
            "\(self[r.from].bracketedTitle) \(r.type.rawValue) \(self[r.to].bracketedTitle)"
                + (r.inference.map { " inference \($0)" } ?? "") + (r.isDerived ? " (derived)" : "")
        }.sorted()
    }

    /// The pcs as `(n) [title] role` lines and `--` for inferences with their rules.
    func pcsLines(_ node: Node) -> [String] {
        (node.pcs?.steps ?? []).map { step in
            switch step {
            case .statement(let s): "(\(s.number)) \(self[s.statement].bracketedTitle) \(s.role.rawValue)"
            case .inference(let i): "-- \(i.rules.joined(separator: ", ")) --"
            }
        }
    }
}

extension MapTextFormat {
    /// `text` written in this format, read again by argmap (nil for formats argmap does not read back).
    func readBack(_ text: String) -> ReadResult? {
        switch self {
        case .aif: AIFReader.read(text, file: "back.json")
        case .argdown: ArgdownReader.read(text, file: "back.argdown")
        case .json: ArgmapJSON.read(text, file: "back.json")
        case .argdownJSON: ArgdownJSON.read(text, file: "back.json")
        case .apx, .tgf, .i23: ICCMA.read(text, format: ICCMAFormat(rawValue: rawValue) ?? .apx, file: "back")
        case .brat: BratReader.read(annotations: text, file: "back.ann")
        case .graphml, .mermaid, .ttl: nil
        }
    }
}
