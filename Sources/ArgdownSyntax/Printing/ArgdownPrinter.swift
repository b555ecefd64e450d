import ArgumentModel
import Collections

/// Prints an `ArgumentGraph` as canonical Argdown text, such that reading the text back gives a structurally
/// equal graph (`ArgumentGraph/structuralDifferences(from:)` is empty).
///
/// Layout, top to bottom:
/// 1. Front matter (`===` YAML `===`) when the graph has metadata, or is strict without saying so.
/// 2. Nodes without a section, then each section's heading (`#` × level, tags, data) followed by its nodes, in
///    node order. A statement is printed once with its text, tags and data (`[Title]: text #tag {data}`), or as a
///    bare reference when it has no text; untitled statements are printed as plain text. An argument is printed as
///    its description (or reference), followed after an empty line by its premise-conclusion structure; a pcs line
///    defines its statement when that statement has not been printed yet and belongs to the same section.
/// 3. The listed relations, as one relation tree per target node (`[Target]` then `<+ X`, `<- X`, `<_ X` lines;
///    a contradiction is written below its source as `>< X`), in relation order. Undercuts aimed at a specific inference are written below that inference line
///    inside the pcs instead. Derived relations are not printed (the reader derives them again).
///
/// What the Argdown syntax cannot express is kept in data the reader turns back (``KeptInData``): a text whose
/// blanks Argdown folds gets `exactText`; `rephrase` relations, which Argdown has no symbol for, are written as
/// data on their source (`[X] {rephrases: ["[Y]"]}`); relations with data and parallel relations as `relationData`
/// records. Limits: untitled sources cannot carry rephrases or relation records; a text with inline formatting
/// keeps folded blanks; a `,` inside an inference rule name splits it; titles `Untitled N`
/// are reproduced only when untitled nodes are numbered without gaps in document order.
/// Complexity: O(size of the graph + total text length).
public enum ArgdownPrinter {
    /// The canonical Argdown text of `graph`, ending in a line break.
    public static func print(_ graph: ArgumentGraph) -> String {
        var printer = Printer(graph: graph)
        return printer.run()
    }
}

private struct Printer {
    let graph: ArgumentGraph
    /// How the reader will read inline text (front matter `model.shortcodes`, `model.removeTagsFromText`).
    let inline: InlineSettings
    var blocks: [String] = []
    var printed: Set<NodeID> = []
    /// Undercuts printed below an inference line: relation ids.
    var printedRelations: Set<RelationID> = []

    init(graph: ArgumentGraph) {
        self.graph = graph
        inline = InlineSettings(frontMatter: graph.metadata)
    }

    /// Tags are written after texts, not in them (`removeTagsFromText`).
    var tagsOutsideText: Bool { inline.removeTagsFromText }

    /// Plain text (a heading, an inference rule) escaped for this graph's shortcodes.
    func plain(_ s: String) -> String { InlineMarkupPrinter(s, atLineStart: true, settings: inline).print([]).text }

    mutating func run() -> String {
        if let front = frontMatter() { blocks.append(front) }
        var bySection: [SectionID?: [Node]] = [:]
        for node in graph.nodes { bySection[node.section, default: []].append(node) }
        printNodes(bySection[nil] ?? [])
        let defaults = defaultGroups()
        for section in graph.sections {
            blocks.append(heading(section, defaultIsGroup: defaults[section.id.index]))
            printNodes(bySection[section.id] ?? [])
        }
        printRelationTrees()
        return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: Front matter and headings

    func frontMatter() -> String? {
        var meta = graph.metadata.objectValue
        if case .object = graph.metadata {} else if graph.metadata != .null && graph.metadata != .empty { return nil }
        let statedMode = meta["model"]?["mode"]?.stringValue
        if graph.mode == .strict && statedMode != "strict" {
            meta["model"] = (meta["model"] ?? .empty).setting("mode", to: .string("strict"))
        } else if graph.mode == .loose && statedMode == "strict" {
            meta["model"] = (meta["model"] ?? .empty).setting("mode", to: .string("loose"))
        }
        guard !meta.isEmpty else { return nil }
        var lines = ["==="]
        for (key, value) in meta { lines.append("\(YAMLFlowWriter.scalar(key)): \(YAMLFlowWriter.write(value))") }
        lines.append("===")
        return lines.joined(separator: "\n")
    }

    /// Whether each section is a group by the reader's default rule: within the deepest `groupDepth` levels.
    func defaultGroups() -> [Bool] {
        let meta = graph.metadata
        let depth = (meta["groupDepth"] ?? meta["group"]?["groupDepth"] ?? meta["map"]?["groupDepth"])?.intValue ?? 2
        let deepest = graph.sections.map(\.level).max() ?? 0
        return graph.sections.map { $0.level > deepest - depth }
    }

    func heading(_ section: Section, defaultIsGroup: Bool) -> String {
        var data = section.data
        if data["isGroup"]?.boolValue != section.isGroup && (data["isGroup"] != nil || section.isGroup != defaultIsGroup) {
            data = data.setting("isGroup", to: .bool(section.isGroup))
        }
        return String(repeating: "#", count: max(1, section.level)) + " "
            + plain(section.title) + decorations(tags: section.tags, data: data)
    }

    func decorations(tags: [String], data: DataValue) -> String {
        var out = ""
        for tag in tags where !tag.isEmpty { out += " " + ArgdownEscaping.tag(tag) }
        if case .object(let dict) = data, !dict.isEmpty { out += " " + YAMLFlowWriter.write(data) }
        return out
    }

    // MARK: Nodes

    func reference(_ node: Node) -> String {
        node.kind == .statement
            ? "[\(ArgdownEscaping.title(node.title))]" : "<\(ArgdownEscaping.title(node.title))>"
    }

    /// `[Title]: text #tags {data}`, an untitled text, or a bare reference with tags and data. Tags stay in the
    /// text as the reader keeps them (unless `removeTagsFromText`); a titled node with tags that are not all in its
    /// text, in order, also gets a reference line `[Title] #tags` (`prefix`) to print before it, since tags after a
    /// text would become part of the text.
    func element(_ node: Node) -> (prefix: String?, line: String) {
        guard let text = node.text, !text.isEmpty else {
            return (nil, reference(node) + decorations(tags: node.tags, data: node.data))
        }
        let untitledStatement = node.isUntitled && node.kind == .statement
        let printer = InlineMarkupPrinter(
            text, atLineStart: untitledStatement, settings: inline,
            writableTags: tagsOutsideText ? nil : Set(node.tags))
        let (body, inText) = printer.print(node.ranges)
        // Blanks Argdown folds are kept as `exactText` data (KeptInData), which the reader reads back.
        let data = KeptInData.foldsWhitespace(text) && node.ranges.isEmpty
            ? node.data.setting(KeptInData.exactTextKey, to: .string(text)) : node.data
        var prefix: String?
        var decor: String
        if tagsOutsideText {
            decor = decorations(tags: node.tags, data: data)
        } else if inText == node.tags || node.isUntitled {
            // An untitled node cannot be referred to: tags missing from its text are written after it (and so
            // become part of its text when read back; see the printer's limits).
            decor = decorations(tags: node.tags.filter { !inText.contains($0) }, data: data)
        } else {
            prefix = reference(node) + decorations(tags: node.tags, data: .empty)
            decor = decorations(tags: [], data: data)
        }
        return (prefix, (untitledStatement ? "" : reference(node) + ": ") + body + decor)
    }

    /// Appends a node's definition block (after its reference line, when it needs one).
    mutating func appendElement(_ node: Node) {
        let (prefix, line) = element(node)
        if let prefix { blocks.append(prefix) }
        blocks.append(line)
    }

    mutating func printNodes(_ nodes: [Node]) {
        // A premise-conclusion structure printed right below an argument's description belongs to that argument
        // when read back, so a titled argument without one is printed after the others: an untitled argument's
        // bare pcs that followed it would otherwise be read as its pcs. Moving a titled node keeps the document
        // order of the untitled ones, which their `Untitled N` titles follow.
        let holdBack = { (node: Node) in node.kind == .argument && node.pcs == nil && !node.isUntitled }
        for node in nodes.filter({ !holdBack($0) }) + nodes.filter(holdBack) where !printed.contains(node.id) {
            printed.insert(node.id)
            switch node.kind {
            case .statement:
                appendElement(node)
            case .argument:
                // Reference lines of pcs statements go before the argument, so nothing stands between its
                // description and its pcs.
                if let pcs = node.pcs, pcs.mainConclusion == nil, !pcs.premises.isEmpty {
                    // Argdown cannot write a pcs without a conclusion: its premises are kept as data (KeptInData).
                    var kept = node
                    kept.pcs = nil
                    kept.data = node.data.setting(
                        KeptInData.pcsPremisesKey, to: .array(pcs.premises.map { .string(graph[$0].bracketedTitle) }))
                    appendElement(kept)
                } else if node.pcs != nil && node.isUntitled && (node.text ?? "").isEmpty && node.tags.isEmpty && node.data.isEmpty {
                    let (body, prefixes) = pcs(node)
                    blocks += prefixes
                    blocks.append(body)
                } else if node.pcs != nil {
                    let (body, prefixes) = pcs(node)
                    blocks += prefixes
                    appendElement(node)
                    blocks.append(body)
                } else {
                    appendElement(node)
                }
            }
        }
    }

    /// The pcs block, and the reference lines its statements need (see ``element(_:)``).
    mutating func pcs(_ argument: Node) -> (body: String, prefixes: [String]) {
        var lines: [String] = []
        var prefixes: [String] = []
        var inferenceIndex = 0
        for step in argument.pcs?.steps ?? [] {
            switch step {
            case .statement(let s):
                let node = graph[s.statement]
                let body: String
                if !printed.contains(node.id) && node.section == argument.section {
                    printed.insert(node.id)
                    let (prefix, line) = element(node)
                    if let prefix { prefixes.append(prefix) }
                    body = line
                } else {
                    body = reference(node)
                }
                lines.append("(\(s.number)) " + body)
            case .inference(let inference):
                if inference.rules.isEmpty && inference.data.isEmpty {
                    lines.append("----")
                } else {
                    let rules = inference.rules.map(plain).joined(separator: ", ")
                    var middle = rules
                    if case .object(let dict) = inference.data, !dict.isEmpty {
                        middle += (middle.isEmpty ? "" : " ") + YAMLFlowWriter.write(inference.data)
                    }
                    lines.append("-- " + middle + " --")
                }
                for r in graph.incoming(argument.id, .undercut, includeDerived: false) where r.inference == inferenceIndex {
                    let source = graph[r.from]
                    // An untitled statement not printed yet is defined here, so it is not referred to by its
                    // generated title before it exists.
                    if source.isUntitled && source.kind == .statement && !printed.contains(source.id)
                        && source.section == argument.section
                    {
                        printed.insert(source.id)
                        lines.append("    <_ " + element(source).line)
                    } else {
                        lines.append("    <_ " + reference(source))
                    }
                    printedRelations.insert(r.id)
                }
                inferenceIndex += 1
            }
        }
        return (lines.joined(separator: "\n"), prefixes)
    }

    // MARK: Relations

    func symbol(_ type: RelationType) -> String? {
        switch type {
        case .support, .entails: "<+"
        case .attack, .contrary: "<-"
        case .undercut: "<_"
        case .contradictory: "><"
        case .rephrase: nil
        }
    }

    mutating func printRelationTrees() {
        var order: [NodeID] = []
        var children: [NodeID: [String]] = [:]
        // Relations with data, and parallel ones (a second of one type between the same nodes), are also written
        // as `relationData` records on their source (KeptInData), which the reader gives back their data.
        struct Key: Hashable { var from: NodeID, to: NodeID, type: RelationType, inference: Int? }
        var seen = Set<Key>()
        var parallel = Set<RelationID>()
        var recordOrder: [NodeID] = []
        var records: [NodeID: [DataValue]] = [:]
        for r in graph.listedRelations {
            let isParallel = !seen.insert(Key(from: r.from, to: r.to, type: r.type, inference: r.inference)).inserted
            if isParallel { parallel.insert(r.id) }
            guard isParallel || !r.data.objectValue.isEmpty, !graph[r.from].isUntitled else { continue }
            var record = OrderedDictionary<String, DataValue>()
            record["type"] = .string(r.type.rawValue)
            record["to"] = .string(graph[r.to].bracketedTitle)
            if let i = r.inference { record["inference"] = .int(i) }
            if !r.data.objectValue.isEmpty { record["data"] = r.data }
            if records[r.from] == nil { recordOrder.append(r.from) }
            records[r.from, default: []].append(.object(record))
        }
        for r in graph.listedRelations where !printedRelations.contains(r.id) && !parallel.contains(r.id) {
            guard let symbol = symbol(r.type) else { continue }
            // `><` reads "the parent and X": the parent is the relation's source, as the reader stores it.
            let (parent, child) = r.type == .contradictory ? (r.from, r.to) : (r.to, r.from)
            if children[parent] == nil { order.append(parent) }
            children[parent, default: []].append("    \(symbol) " + reference(graph[child]))
        }
        for target in order {
            blocks.append(([reference(graph[target])] + (children[target] ?? [])).joined(separator: "\n"))
        }
        // Relations Argdown has no symbol for (rephrases) are kept as data on their source, which the reader turns
        // back into relations: `[X] {rephrases: ["[Y]"]}`.
        var rephraseOrder: [NodeID] = []
        var rephrased: [NodeID: [DataValue]] = [:]
        for r in graph.listedRelations where symbol(r.type) == nil && !parallel.contains(r.id) && r.data.objectValue.isEmpty {
            if rephrased[r.from] == nil { rephraseOrder.append(r.from) }
            rephrased[r.from, default: []].append(.string(graph[r.to].bracketedTitle))
        }
        for source in rephraseOrder {
            let data = DataValue.object(["rephrases": .array(rephrased[source] ?? [])])
            blocks.append(reference(graph[source]) + " " + YAMLFlowWriter.write(data))
        }
        for source in recordOrder {
            let data = DataValue.object([KeptInData.relationDataKey: .array(records[source] ?? [])])
            blocks.append(reference(graph[source]) + " " + YAMLFlowWriter.write(data))
        }
    }
}
