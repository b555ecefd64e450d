import ArgumentModel

/// A generated worksheet and its answer key.
public struct Exercise: Sendable {
    /// The three kinds of exercise.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The key map with some node texts replaced by numbered blanks, and a shuffled word bank.
        case blanks
        /// Every claim as a shuffled, lettered list to arrange into a map.
        case scramble
        /// The source passages (nodes' `quote`s, in source order): find the main conclusion and its reasons.
        case identify
    }

    /// Which kind.
    public var kind: Kind
    /// The seed it was generated with.
    public var seed: UInt64
    /// The worksheet, in Markdown.
    public var worksheet: String
    /// The answer key, in Markdown.
    public var answerKey: String
    /// The picture to print with the worksheet: the blanked map (blanks), one card per claim (scramble), one box
    /// per passage (identify). Render it like any map.
    public var sheetGraph: ArgumentGraph
    /// The worksheet's words for print layouts (title, instructions, word bank / claims / passages).
    public var printout: WorksheetText
}

/// Makes exercises from a key map. Pure and deterministic: the same map, kind and seed give the same exercise
/// (ArgumentModel's `SplitMix64`).
public enum ExerciseGenerator {
    /// The exercise of `kind` from `key`. `source` (the text the quotes come from) orders the passages of an
    /// `identify` exercise; without it passages follow node order. `readingOrder` numbers the blanks in that order
    /// of the key's nodes (the order a reader meets them in the drawn worksheet; nodes not in it go last, by id);
    /// without it blanks are numbered by node order. The same seed picks the same blanks either way.
    /// Complexity: O(N + E) plus O(N × |source|) to place quotes.
    public static func make(
        _ kind: Exercise.Kind, from key: ArgumentGraph, seed: UInt64, source: String? = nil, readingOrder: [NodeID]? = nil
    ) -> Exercise {
        var rng = SplitMix64(seed: seed)
        switch kind {
        case .blanks: return blanks(key, seed: seed, rng: &rng, readingOrder: readingOrder)
        case .scramble: return scramble(key, seed: seed, rng: &rng)
        case .identify: return identify(key, seed: seed, source: source)
        }
    }

    static func letter(_ i: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return i < 26 ? String(letters[i]) : String(letters[i / 26 - 1]) + String(letters[i % 26])
    }

    /// `What: map title`, or `What` for an untitled map.
    static func title(_ key: ArgumentGraph, _ what: String) -> String {
        key.metadata["title"]?.stringValue.map { "\(what): \($0)" } ?? what
    }

    static func heading(_ key: ArgumentGraph, _ what: String) -> String {
        if let t = key.metadata["title"]?.stringValue { return "# \(what): \(t)\n" }
        return "# \(what)\n"
    }

    /// About a third of the texted nodes (at least one) become blanks.
    static func blanks(_ key: ArgumentGraph, seed: UInt64, rng: inout SplitMix64, readingOrder: [NodeID]?) -> Exercise {
        let texted = key.nodes.filter { !($0.text ?? "").isEmpty }.map(\.id)
        let count = texted.isEmpty ? 0 : max(1, (texted.count + 2) / 3)
        var place: [NodeID: Int] = [:]
        for (i, id) in (readingOrder ?? []).enumerated() where place[id] == nil { place[id] = i }
        let chosen = rng.shuffled(texted).prefix(count).sorted { (place[$0] ?? Int.max, $0.index) < (place[$1] ?? Int.max, $1.index) }
        var number: [NodeID: Int] = [:]
        for (i, id) in chosen.enumerated() { number[id] = i + 1 }
        var nodes = key.nodes
        for (id, n) in number {
            // The title would give the answer away: the blank gets a neutral one ("Blank 1" is never a key title
            // clash that matters, as the sheet graph is only drawn, never looked up).
            nodes[id.index].title = "Blank \(n)"
            nodes[id.index].text = "_____ (\(n)) _____"
        }
        let blanked = ArgumentGraph(nodes: nodes, relations: key.relations, sections: key.sections, metadata: key.metadata, mode: key.mode)
        let bank = rng.shuffled(chosen)
        var sheet = [heading(key, "Fill in the blanks")]
        let task = "Each numbered blank stands for one claim of the map. Choose its wording from the word bank (each entry is used once)."
        sheet.append(task + " `+` marks a reason for the line above it, `-` an objection.\n")
        sheet.append("## The map\n")
        sheet.append(Outline.tree(blanked, style: .markdown))
        sheet.append("## Word bank\n")
        for (i, id) in bank.enumerated() { sheet.append("- **\(letter(i))** \(key[id].text ?? "")") }
        sheet.append("")
        var answers = [heading(key, "Answer key — fill in the blanks"), "Seed \(seed).\n"]
        for id in chosen {
            let n = number[id] ?? 0
            let l = bank.firstIndex(of: id).map(letter) ?? "?"
            answers.append("\(n). **\(l)** — \(key[id].bracketedTitle): \(key[id].text ?? "")")
        }
        answers.append("\n## The complete map\n")
        answers.append(Outline.tree(key, style: .markdown))
        let printout = WorksheetText(
            title: title(key, "Fill in the blanks"), instructions: [task, "Write the letter of the word bank entry beside each blank's number."],
            listHeading: "Word bank", entries: bank.enumerated().map { .init(label: letter($0.offset), text: key[$0.element].text ?? "") })
        return Exercise(kind: .blanks, seed: seed, worksheet: sheet.joined(separator: "\n"), answerKey: answers.joined(separator: "\n"), sheetGraph: blanked, printout: printout)
    }

    /// Every statement with text (every node when there are none), shuffled and lettered.
    static func scramble(_ key: ArgumentGraph, seed: UInt64, rng: inout SplitMix64) -> Exercise {
        var claims = key.statements.filter { !($0.text ?? "").isEmpty }.map(\.id)
        if claims.isEmpty { claims = key.nodes.map(\.id) }
        let order = rng.shuffled(claims)
        var letterOf: [NodeID: String] = [:]
        var cards = GraphBuilder()
        var sheet = [heading(key, "Arrange the claims")]
        let task = "These claims come from one argument, in a scrambled order. Arrange them into a map: find the main conclusion, put it on top, and draw which claims support (+) or attack (-) which."
        sheet.append(task + "\n")
        var entries: [WorksheetText.Entry] = []
        for (i, id) in order.enumerated() {
            let l = letter(i)
            letterOf[id] = l
            let text = key[id].text ?? key[id].title
            sheet.append("- **\(l)** \(text)")
            entries.append(.init(label: l, text: text))
            let card = cards.node(.statement, title: l)
            cards.update(card) { $0.text = text }
        }
        sheet.append("")
        var answers = [heading(key, "Answer key — arrange the claims"), "Seed \(seed).\n"]
        for id in claims { answers.append("- **\(letterOf[id] ?? "?")** = \(key[id].bracketedTitle)") }
        answers.append("\n## The map\n")
        answers.append(Outline.tree(key, style: .markdown))
        let printout = WorksheetText(title: title(key, "Arrange the claims"), instructions: [task], listHeading: "Claims", entries: entries)
        return Exercise(kind: .scramble, seed: seed, worksheet: sheet.joined(separator: "\n"), answerKey: answers.joined(separator: "\n"), sheetGraph: cards.build(), printout: printout)
    }

    /// The nodes' quotes as numbered passages, in source order.
    static func identify(_ key: ArgumentGraph, seed: UInt64, source: String?) -> Exercise {
        var quoted: [(position: Int, id: NodeID, quote: String)] = []
        var seenQuotes = Set<String>()
        for node in key.nodes {
            guard let q = node.quote, !q.isEmpty, seenQuotes.insert(q).inserted else { continue }
            var position = Int.max
            if let source, let r = source.firstRange(of: q) { position = source.utf8.distance(from: source.startIndex, to: r.lowerBound) }
            quoted.append((position, node.id, q))
        }
        quoted.sort { $0.position != $1.position ? $0.position < $1.position : $0.id < $1.id }
        var passageOf: [NodeID: Int] = [:]
        var boxes = GraphBuilder()
        var sheet = [heading(key, "Find the argument")]
        let questions = [
            "Read the passages below, taken in order from the text.",
            "1. Which passage states the main conclusion — the claim the author wants you to accept?",
            "2. Which passages give reasons for it (or for another reason)?",
            "3. Which passages state objections, and what do they object to?",
        ]
        sheet.append("Read the passages below, taken in order from the text.\n")
        sheet.append("1. Which passage states the **main conclusion** — the claim the author wants you to accept?")
        sheet.append("2. Which passages give **reasons** for it (or for another reason)?")
        sheet.append("3. Which passages state **objections**, and what do they object to?\n")
        for (i, q) in quoted.enumerated() {
            passageOf[q.id] = i + 1
            sheet.append("**Passage \(i + 1).** “\(q.quote)”\n")
            let box = boxes.node(.statement, title: "Passage \(i + 1)")
            boxes.update(box) { $0.text = q.quote }
        }
        if quoted.isEmpty { sheet.append("(The key map has no quotes: add `{quote: \"...\"}` to its claims.)\n") }
        var answers = [heading(key, "Answer key — find the argument")]
        let connections = MapConnections(key)
        let main = MainConclusion.of(key, connections: connections)
        if let main {
            let place = passageOf[main].map { "Passage \($0)" } ?? "not quoted; in the key's words"
            answers.append("**Main conclusion:** \(place) — \(key[main].bracketedTitle): \(key[main].text ?? "")\n")
        }
        answers.append("**Each passage:**\n")
        for (i, q) in quoted.enumerated() {
            // What the passage does in the map: its connections (a premise supports its argument).
            let rels = connections.outgoing(q.id).filter { $0.to != q.id }
            let roles = rels.map { r in "\(FeedbackWriter.verb(r.type)) \(key[r.to].bracketedTitle)" + (passageOf[r.to].map { " (passage \($0))" } ?? "") }
            let role = q.id == main ? "the main conclusion" : (roles.isEmpty ? "stands alone" : roles.joined(separator: "; "))
            answers.append("- Passage \(i + 1) = \(key[q.id].bracketedTitle): \(role)")
        }
        answers.append("\n## The map\n")
        answers.append(Outline.tree(key, style: .markdown))
        let printout = WorksheetText(
            title: title(key, "Find the argument"), instructions: questions, listHeading: "Passages",
            entries: quoted.enumerated().map { .init(label: "Passage \($0.offset + 1)", text: "“\($0.element.quote)”") })
        return Exercise(kind: .identify, seed: seed, worksheet: sheet.joined(separator: "\n"), answerKey: answers.joined(separator: "\n"), sheetGraph: boxes.build(), printout: printout)
    }
}
