import ArgumentModel
import Collections

/// Reads a Kialo discussion export (`.txt`) into an `ArgumentGraph`.
///
/// Each numbered claim (`1.2.3. Pro: text`) becomes a statement titled by its id without the final dot (`1.2.3`),
/// with `stance` data (`pro`/`con`); `Pro` supports and `Con` attacks its parent (the id without its last part).
/// A claim whose text is `-> See X.` is a link: it adds the same relation from the existing claim `X` to the
/// parent (so the result is a graph), and children of the link attach to `X`. Lines that do not start with an id
/// continue the previous claim's text. `Discussion Title:` becomes the `title` metadata.
public enum KialoReader {
    /// Parses `text`; `file` names it in diagnostics. Complexity: O(length of text + claims).
    public static func read(_ text: String, file: String? = nil) -> ReadResult {
        var diagnostics: [Diagnostic] = []
        var builder = GraphBuilder()
        func at(_ line: Int, _ column: Int = 1) -> SourceRange {
            SourceRange(file: file, at: SourcePosition(line: line, column: column, offset: 0))
        }

        struct Claim {
            var id: String
            var stance: String?
            var text: [String]
            var line: Int
            var link: String?
        }
        var claims: [Claim] = []
        var title: String?
        var lineNumber = 0
        /// The largest top-level id read so far (kept as claims arrive, so each line is O(its length)).
        var largestRoot = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if claims.isEmpty, title == nil, trimmed.hasPrefix("Discussion Title:") {
                title = trimmed.dropFirst("Discussion Title:".count).trimmedSpaces()
                continue
            }
            if let (id, rest) = Self.splitID(trimmed), Self.isPlausibleNewClaim(id, claimCount: claims.count, largestRoot: largestRoot) {
                var body = rest.drop(while: { $0 == " " })
                var stance: String?
                for s in ["Pro:", "Con:"] where body.hasPrefix(s) {
                    stance = String(s.dropLast()).lowercased()
                    body = body.dropFirst(s.count).drop(while: { $0 == " " })
                }
                var link: String?
                if body.hasPrefix("-> See ") {
                    var target = body.dropFirst("-> See ".count).trimmedSpaces()
                    if target.hasSuffix(".") { target.removeLast() }
                    link = target
                }
                claims.append(Claim(id: id, stance: stance, text: link == nil ? [String(body)] : [], line: lineNumber, link: link))
                if !id.contains("."), let root = Int(id) { largestRoot = max(largestRoot, root) }
                continue
            }
            if claims.isEmpty {
                if !trimmed.isEmpty {
                    if title != nil {
                        // A long title continues.
                        title = (title ?? "") + "\n" + String(trimmed)
                    } else {
                        diagnostics.append(Diagnostic(
                            .warning, code: .kialoStrayText, "text before the first numbered claim is ignored", at: at(lineNumber)))
                    }
                }
                continue
            }
            if claims[claims.count - 1].link != nil {
                if !trimmed.isEmpty {
                    diagnostics.append(Diagnostic(
                        .warning, code: .kialoStrayText, "text after a `-> See` link is ignored", at: at(lineNumber)))
                }
                continue
            }
            claims[claims.count - 1].text.append(String(line))
        }

        // Claims first (so links may point forward), then relations.
        var ids: [String: NodeID] = [:]
        for c in claims where c.link == nil {
            guard ids[c.id] == nil else {
                diagnostics.append(Diagnostic(.error, code: .kialoDuplicateID, "claim \(c.id) occurs twice; the second is skipped", at: at(c.line)))
                continue
            }
            let node = builder.node(.statement, title: c.id)
            ids[c.id] = node
            var lines = c.text
            while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
            let body = lines.joined(separator: "\n")
            var data = OrderedDictionary<String, DataValue>()
            if let s = c.stance { data["stance"] = .string(s) }
            builder.update(node) {
                $0.text = body.isEmpty ? nil : body
                $0.data = .object(data)
                $0.occurrences = [Occurrence(role: .imported, text: $0.text, range: at(c.line))]
            }
        }
        // Links are aliases of the claim they point to.
        var alias: [String: String] = [:]
        for c in claims where c.link != nil { alias[c.id] = c.link }
        func resolve(_ id: String) -> NodeID? {
            var current = id
            var steps = 0
            while ids[current] == nil, let next = alias[current], steps < 64 {
                current = next
                steps += 1
            }
            return ids[current]
        }
        for c in claims {
            let parts = c.id.split(separator: ".")
            guard parts.count > 1 else {
                if c.stance != nil {
                    diagnostics.append(Diagnostic(.warning, code: .kialoRootStance, "thesis \(c.id) has a stance but no parent", at: at(c.line)))
                }
                continue
            }
            let parentID = parts.dropLast().joined(separator: ".")
            guard let parent = resolve(parentID) else {
                diagnostics.append(Diagnostic(.error, code: .undefinedReference, "claim \(c.id) has no parent claim \(parentID)", at: at(c.line)))
                continue
            }
            let source: NodeID
            if let link = c.link {
                guard let target = resolve(link) else {
                    diagnostics.append(Diagnostic(.error, code: .undefinedReference, "claim \(c.id) links to \(link), which does not exist", at: at(c.line)))
                    continue
                }
                source = target
            } else if let own = ids[c.id] {
                source = own
            } else {
                continue
            }
            guard let stance = c.stance else {
                diagnostics.append(Diagnostic(
                    .warning, code: .kialoNoStance, "claim \(c.id) has neither Pro: nor Con:; read as a support", at: at(c.line)))
                builder.addRelation(from: source, to: parent, type: .support, range: at(c.line), data: .object(["id": .string(c.id)]))
                continue
            }
            var data: OrderedDictionary<String, DataValue> = ["id": .string(c.id)]
            if c.link != nil { data["link"] = .bool(true) }
            builder.addRelation(
                from: source, to: parent, type: stance == "con" ? .attack : .support, range: at(c.line), data: .object(data))
        }
        if let title { builder.metadata = .object(["title": .string(title)]) }
        if claims.isEmpty {
            diagnostics.append(Diagnostic(.warning, code: .kialoEmpty, "no numbered claims found", at: at(1)))
        }
        return ReadResult(graph: builder.build(), diagnostics: diagnostics)
    }

    /// Whether a line starting with `id` begins a claim rather than continuing the text (`2019. was the year ...`):
    /// a top-level id must be the first claim or the next thesis number. O(1).
    static func isPlausibleNewClaim(_ id: String, claimCount: Int, largestRoot: Int) -> Bool {
        guard !id.contains("."), claimCount > 0 else { return true }
        return Int(id) == largestRoot + 1
    }

    /// Whether `head` (a file's first few KB) looks like a Kialo export: its first non-blank line is
    /// `Discussion Title: ...` or the thesis `1. ...`. Tells an export from other `.txt` files (transcripts,
    /// essays) by content. O(length of the first non-blank line).
    public static func looksLikeExport(_ head: String) -> Bool {
        for raw in head.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{FEFF}" })
            if line.isEmpty { continue }
            if line.hasPrefix("Discussion Title:") { return true }
            return splitID(line)?.0 == "1"
        }
        return false
    }

    /// `1.2.3. rest` → ("1.2.3", "rest"); nil when the line does not start with a claim id.
    static func splitID(_ line: Substring) -> (String, Substring)? {
        var i = line.startIndex
        var sawDigit = false
        var end = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c.isASCII && c.isNumber {
                sawDigit = true
            } else if c == "." && sawDigit {
                end = i
                sawDigit = false
                let next = line.index(after: i)
                if next == line.endIndex || line[next] == " " || line[next] == "\t" {
                    return (String(line[line.startIndex..<end]), line[next...])
                }
            } else {
                return nil
            }
            i = line.index(after: i)
        }
        return nil
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate func trimmedSpaces() -> String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
