import ArgdownSyntax
import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import ArgumentRendering
import Foundation
import Testing

/// Every diagnostic code of every module is documented, and every documented code exists: the tables of
/// docs/diagnostics.md and the rule headings of docs/lint.md against the code enums.
@Suite struct DiagnosticCodeDocsTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs")

    /// The raw values of a code enum, in declaration order.
    static func codes<Code: DiagnosticCode>(_: Code.Type) -> [String] { Code.allCases.map(\.rawValue) }

    /// The parts of docs/diagnostics.md by level-1 heading (`# Heading`, outside code blocks) with their text.
    static func parts() throws -> [String: String] {
        let text = try String(contentsOf: docs.appendingPathComponent("diagnostics.md"), encoding: .utf8)
        var parts: [String: String] = [:]
        var heading = "", body = "", inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("# ") {
                if !heading.isEmpty { parts[heading] = body }
                heading = String(line.dropFirst(2))
                body = ""
            } else {
                body += line + "\n"
            }
        }
        parts[heading] = body
        return parts
    }

    /// The codes in the first column of a part's table (`| [`code`](#code) | ...` or `| `code` | ...`), in order.
    static func tableCodes(_ part: String) -> [String] {
        part.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| "), let open = line.firstIndex(of: "`") else { return nil }
            let rest = line[line.index(after: open)...]
            guard let close = rest.firstIndex(of: "`"), line[..<open].allSatisfy({ " |[".contains($0) }) else { return nil }
            return String(rest[..<close])
        }
    }

    @Test func everyTableOfDiagnosticsMdIsItsCodeEnum() throws {
        let parts = try Self.parts()
        let expected: [(String, [String])] = [
            ("Diagnostics of the Argdown reader", Self.codes(ArgdownDiagnosticCode.self)),
            ("Diagnostics of the other readers", Self.codes(FormatDiagnosticCode.self)),
            ("Queries and typed titles", Self.codes(QueryDiagnosticCode.self)),
            ("Diagnostics of rendering", Self.codes(GraphvizDiagnosticCode.self)),
        ]
        #expect(Set(parts.keys) == Set(expected.map(\.0)), "the parts of docs/diagnostics.md")
        for (heading, codes) in expected {
            let documented = Self.tableCodes(parts[heading] ?? "")
            #expect(documented == codes, "docs/diagnostics.md, \(heading)")
            #expect(Set(documented).count == documented.count, "a code listed twice in \(heading)")
        }
        // Every reader code has its own section with an example.
        let reader = parts["Diagnostics of the Argdown reader"] ?? ""
        for code in Self.codes(ArgdownDiagnosticCode.self) {
            #expect(reader.contains("\n## \(code)\n"), "docs/diagnostics.md has no section for \(code)")
        }
        let sections = reader.components(separatedBy: "\n## ").dropFirst().map { String($0.prefix { $0 != "\n" }) }
        #expect(sections == Self.codes(ArgdownDiagnosticCode.self))
    }

    @Test func theRuleHeadingsOfLintMdAreTheLintAndQuoteCodes() throws {
        let text = try String(contentsOf: Self.docs.appendingPathComponent("lint.md"), encoding: .utf8)
        let headings = text.components(separatedBy: "\n## `").dropFirst().map { String($0.prefix { $0 != "`" }) }
        #expect(Set(headings) == Set(Self.codes(LintCode.self) + Self.codes(QuoteDiagnosticCode.self)))
        #expect(Set(LintCode.documented) == Set(headings))
    }

    @Test func noCodeMeansTwoThingsAcrossModules() {
        // A code may be shared (`undefined-reference` by the Argdown reader and the format readers), but then it
        // is the same kind of problem; a lint or query code never reuses a reader's.
        let reader = Set(Self.codes(ArgdownDiagnosticCode.self) + Self.codes(FormatDiagnosticCode.self))
        let others = Self.codes(LintCode.self) + Self.codes(QuoteDiagnosticCode.self) + Self.codes(QueryDiagnosticCode.self)
            + Self.codes(GraphvizDiagnosticCode.self)
        #expect(reader.isDisjoint(with: others))
        #expect(Set(others).count == others.count)
        #expect(Set(Self.codes(ArgdownDiagnosticCode.self)).intersection(Self.codes(FormatDiagnosticCode.self)) == ["undefined-reference"])
    }
}
