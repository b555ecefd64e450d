import ArgumentModel

/// Writes an `ArgumentGraph` as Graphviz DOT text, deterministically (same graph and options, same bytes).
///
/// Nodes are named by `ElementIDs` and carry that name as their SVG `id`, a `class` naming their kind and tags,
/// and a tooltip with their full text. Statements and arguments get distinct shapes, relations the theme's colours,
/// line styles and arrowheads; sections that are groups become clusters; tags colour nodes. Per-node and
/// per-relation ``NodeHighlight`` / ``RelationHighlight`` styles in ``RenderOptions`` are laid over the theme.
///
/// Complexity: O(nodes + relations + sections × depth + total text length).
public struct DOTWriter: Sendable {
    /// How to draw.
    public var options: RenderOptions
    /// The blank margin Graphviz keeps around the drawing (the `pad` written below, 0.3 inch), in points.
    static let pad = 0.3 * 72

    /// A writer with `options`.
    public init(options: RenderOptions = RenderOptions()) { self.options = options }

    /// The DOT text of `graph`.
    public func write(_ graph: ArgumentGraph) -> String {
        var context = Context(graph: graph, options: options)
        return context.write()
    }
}

/// One run of the writer: the graph, the options, and precomputed lookups.
private struct Context {
    let graph: ArgumentGraph
    let options: RenderOptions
    let style: ThemeStyle
    let ids: ElementIDs
    let visible: [Bool]
    let tagColors: [String: RGBColor]
    let drawn: [Relation]
    /// Premise → argument lines to draw (``PremiseDrawing/edges``, and ``PremiseDrawing/inside`` for premises
    /// that stay outside).
    let premiseLinks: [PremiseLinks.Link]
    /// Per argument: the premises drawn inside its box (``PremiseDrawing/inside``).
    let insidePremises: [NodeID: [NodeID]]
    let released: Set<RelationID>
    var out = ""

    init(graph: ArgumentGraph, options: RenderOptions) {
        self.graph = graph
        self.options = options
        style = options.theme.style
        ids = ElementIDs(graph)
        var visible = [Bool](repeating: options.visibleNodes == nil, count: graph.nodes.count)
        for id in options.visibleNodes ?? [] where id.index < visible.count { visible[id.index] = true }
        // The picture draws the map's connections (derived supports only when shown).
        let connections = MapConnections(graph, derived: options.showDerivedRelations ? .shown : .none)
        if options.premises == .hidden { PremiseLinks.hideLonePremises(connections, visible: &visible) }
        insidePremises = options.premises == .inside ? PremiseLinks.takeInside(connections, visible: &visible) : [:]
        self.visible = visible
        premiseLinks = options.premises == .hidden ? [] : PremiseLinks.links(connections, visible: visible)
        var colors: [String: RGBColor] = [:]
        var next = 0
        let palette = options.theme.style.tagPalette
        if !palette.isEmpty {
            for node in graph.nodes {
                for tag in node.tags where colors[tag] == nil {
                    colors[tag] = palette[next % palette.count]
                    next += 1
                }
            }
        }
        tagColors = colors
        drawn = connections.all.compactMap { c in
            c.relation.flatMap { visible[c.from.index] && visible[c.to.index] ? graph[$0] : nil }
        }
        released = options.boundedLayout && options.layout == .dot
            ? LayoutBounds.unconstrainedRelations(in: graph, drawn: drawn) : []
    }

    mutating func write() -> String {
        let visibleCount = visible.lazy.filter { $0 }.count
        out = "digraph \"argmap\" {\n"
        var graphAttributes: [(String, String)] = [
            ("id", "\"map\""), ("fontname", DOTText.quoted(style.fontName)), ("bgcolor", "\"#ffffff\""),
            ("pad", "\"0.3\""), ("nodesep", "\"0.35\""), ("ranksep", "\"0.5\""),
        ]
        if options.layout == .dot {
            graphAttributes.append(("rankdir", options.rankDirection.rawValue))
            if options.boundedLayout { graphAttributes += LayoutBounds.graphAttributes(nodeCount: visibleCount) }
        } else {
            graphAttributes.append(("overlap", "false"))
        }
        if let paper = options.paper {
            let (width, height) = paper.printable
            graphAttributes.append(("size", DOTText.quoted("\(DOTText.number(width / 72)),\(DOTText.number(height / 72))")))
        }
        if let caption = options.caption ?? graph.metadata["title"]?.stringValue, !caption.isEmpty {
            var label = HTMLLabel.bold(.text(caption))
            if !options.captionNotes.isEmpty {
                let notes = HTMLLabel.lines(options.captionNotes.map { HTMLLabel.text($0) })
                label = HTMLLabel.lines([label]) + HTMLLabel.font(notes, pointSize: 12)
            }
            graphAttributes += [("label", label.dotLiteral), ("labelloc", "t"), ("fontsize", "16")]
        }
        line(1, "graph [\(attributes(graphAttributes))];")
        let nodeDefaults: [(String, String)] = [
            ("shape", "box"), ("fontname", DOTText.quoted(style.fontName)),
            ("fontsize", DOTText.number(style.fontSize)), ("margin", "\"0.14,0.08\""),
        ]
        line(1, "node [\(attributes(nodeDefaults))];")
        line(1, "edge [\(attributes([("fontname", DOTText.quoted(style.fontName)), ("fontsize", "9"), ("arrowsize", "0.8")]))];")

        // Which cluster each node goes in: its nearest enclosing group section.
        var clusterOf = [SectionID?](repeating: nil, count: graph.nodes.count)
        var members: [SectionID: [NodeID]] = [:]
        var hasContent = [Bool](repeating: false, count: graph.sections.count)
        for node in graph.nodes where visible[node.id.index] {
            guard options.drawsGroups, let group = nearestGroup(node.section) else { continue }
            clusterOf[node.id.index] = group
            members[group, default: []].append(node.id)
            var current: SectionID? = group
            while let s = current, !hasContent[s.index] {
                hasContent[s.index] = true
                current = graph[s].parent
            }
        }
        for node in graph.nodes where visible[node.id.index] && clusterOf[node.id.index] == nil {
            writeNode(node, indent: 1)
        }
        var children: [SectionID?: [SectionID]] = [:]
        for section in graph.sections where section.isGroup && hasContent[section.id.index] {
            children[nearestGroup(section.parent), default: []].append(section.id)
        }
        for top in children[nil] ?? [] { writeCluster(top, children: children, members: members, indent: 1) }
        for relation in drawn { writeEdge(relation) }
        for link in premiseLinks { writePremiseEdge(link) }
        if options.legend { writeLegend() }
        out += "}\n"
        return out
    }

    /// The section itself when it is a group, else its nearest group ancestor. A section id the graph does not
    /// hold (a graph assembled by hand) counts as no group rather than trapping.
    func nearestGroup(_ section: SectionID?) -> SectionID? {
        var current = section
        while let s = current, graph.sections.indices.contains(s.index) {
            if graph[s].isGroup { return s }
            current = graph[s].parent
        }
        return nil
    }

    mutating func writeCluster(_ id: SectionID, children: [SectionID?: [SectionID]], members: [SectionID: [NodeID]], indent: Int) {
        let section = graph[id]
        let clusterID = ElementIDs.id(of: id, in: graph)
        line(indent, "subgraph \(DOTText.quoted("cluster_" + clusterID)) {")
        let classes = ["group"] + section.tags.map { "tag-" + ElementIDs.slug($0) }
        let clusterAttributes: [(String, String)] = [
            ("id", DOTText.quoted(clusterID)), ("class", DOTText.quoted(classes.joined(separator: " "))),
            ("label", HTMLLabel.bold(.text(section.title)).dotLiteral), ("tooltip", DOTText.tooltip(section.title)),
            ("labeljust", "l"), ("labelloc", clusterLabelLocation), ("fontsize", "12"),
            ("fontcolor", DOTText.quoted(style.clusterFontColor.hex)), ("style", "\"rounded,filled\""),
            ("color", DOTText.quoted(style.clusterBorder.hex)), ("fillcolor", DOTText.quoted(style.clusterFill.hex)),
        ]
        line(indent + 1, "graph [\(attributes(clusterAttributes))];")
        for node in members[id] ?? [] { writeNode(graph[node], indent: indent + 1) }
        for child in children[id] ?? [] { writeCluster(child, children: children, members: members, indent: indent + 1) }
        line(indent, "}")
    }

    mutating func writeNode(_ node: Node, indent: Int) {
        let highlight = options.nodeStyles[node.id]
        let base = node.kind == .statement ? style.statement : style.argument
        var fill = base.fill, border = base.border
        if let tag = node.tags.first(where: { tagColors[$0] != nil }), let color = tagColors[tag] {
            if node.kind == .argument || style.tagFillsStatements { fill = color } else { border = color }
        }
        fill = highlight?.fill ?? fill
        border = highlight?.border ?? border
        let fontColor = highlight?.fontColor ?? base.fontColor
        let penWidth = highlight?.penWidth ?? base.penWidth

        var classes = [node.kind.rawValue]
        if node.isUntitled { classes.append("untitled") }
        classes += node.tags.map { "tag-" + ElementIDs.slug($0) }
        classes += (highlight?.classes ?? []).map(cssClass)

        var attrs: [(String, String)] = [
            ("id", DOTText.quoted(ids.id(of: node.id))),
            ("class", DOTText.quoted(classes.joined(separator: " "))),
            ("label", labelWithPremises(node, highlight: highlight).dotLiteral),
            ("tooltip", DOTText.tooltip(tooltip(node, highlight: highlight))),
            ("shape", base.shape),
            ("style", DOTText.quoted(base.rounded ? "rounded,filled" : "filled")),
            ("fillcolor", DOTText.quoted(fill.hex)),
            ("color", DOTText.quoted(border.hex)),
            ("fontcolor", DOTText.quoted(fontColor.hex)),
            ("penwidth", DOTText.number(penWidth)),
        ]
        if base.peripheries != 1 { attrs.append(("peripheries", String(base.peripheries))) }
        line(indent, "\(DOTText.quoted(ids.id(of: node.id))) [\(attributes(attrs))];")
    }

    /// The node's label, with the premises drawn inside an argument's box (``PremiseDrawing/inside``) as boxes
    /// side by side under it, in the theme's statement colours.
    func labelWithPremises(_ node: Node, highlight: NodeHighlight?) -> HTMLLabel {
        let label = nodeLabel(node, highlight: highlight)
        guard let premises = insidePremises[node.id], !premises.isEmpty else { return label }
        let boxes = premises.map { p in
            let tagFill = style.tagFillsStatements ? graph[p].tags.lazy.compactMap { tagColors[$0] }.first : nil
            return (nodeLabel(graph[p], highlight: options.nodeStyles[p]), options.nodeStyles[p]?.fill ?? tagFill ?? style.statement.fill)
        }
        return HTMLLabel.withBoxesBelow(label, boxes: boxes, border: style.statement.border)
    }

    func nodeLabel(_ node: Node, highlight: NodeHighlight?) -> HTMLLabel {
        var lines: [HTMLLabel] = []
        if !node.isUntitled || node.text == nil {
            lines += TextWrapper.wrap(node.title, width: options.wrapWidth).map { HTMLLabel.bold(.text($0)) }
        }
        if let badge = highlight?.badge, !badge.isEmpty {
            lines += TextWrapper.wrap(badge, width: options.wrapWidth).map { HTMLLabel.bold(.text($0)) }
        }
        let textLines = options.maxTextLines > 0 ? options.maxTextLines : node.isUntitled ? 3 : 0
        guard textLines > 0, let text = node.text, !text.isEmpty else { return .lines(lines) }
        return RichLabel.label(
            leading: lines, RichLabel.lines(text, ranges: node.ranges, width: options.wrapWidth, maxLines: textLines))
    }

    func tooltip(_ node: Node, highlight: NodeHighlight?) -> String {
        var parts = [node.bracketedTitle]
        if let text = node.text, !text.isEmpty { parts.append(text) }
        if let quote = node.quote, !quote.isEmpty { parts.append("Quote: “\(quote)”") }
        if let premises = insidePremises[node.id], !premises.isEmpty {
            parts.append("Premises: " + premises.map { graph[$0].bracketedTitle }.joined(separator: ", "))
        }
        if !node.tags.isEmpty { parts.append(node.tags.map { "#" + $0 }.joined(separator: " ")) }
        if let note = highlight?.note, !note.isEmpty { parts.append(note) }
        return DOTWriter.bounded(parts.joined(separator: "\n"), to: DOTWriter.maximumTooltipLength)
    }

    mutating func writeEdge(_ relation: Relation) {
        let highlight = options.relationStyles[relation.id]
        var edge = style.edge(for: relation)
        edge.color = highlight?.color ?? edge.color
        edge.penWidth = highlight?.penWidth ?? edge.penWidth
        var classes = [relation.type.rawValue]
        if relation.isDerived { classes.append("derived") }
        classes += (highlight?.classes ?? []).map(cssClass)
        let from = graph[relation.from], to = graph[relation.to]
        var tip = "\(from.bracketedTitle) \(Self.verb(relation.type)) \(to.bracketedTitle)"
        if let inference = relation.inference { tip += " (inference \(inference + 1))" }
        if relation.isDerived { tip += " (implicit: its conclusion)" }
        if let note = highlight?.note, !note.isEmpty { tip += "\n" + note }
        var attrs: [(String, String)] = [
            ("id", DOTText.quoted(ids.id(of: relation))),
            ("class", DOTText.quoted(classes.joined(separator: " "))),
            ("tooltip", DOTText.tooltip(tip)),
        ]
        attrs += edgeAttributes(edge)
        if let label = highlight?.label, !label.isEmpty {
            attrs += [("label", PlainLabel(label).dotLiteral), ("fontcolor", DOTText.quoted(edge.color.hex))]
        }
        if released.contains(relation.id) { attrs.append(("constraint", "false")) }
        line(1, "\(DOTText.quoted(ids.id(of: relation.from))) -> \(DOTText.quoted(ids.id(of: relation.to))) [\(attributes(attrs))];")
    }

    /// A premise joined to its argument: not a relation of the model, so it carries the class `premise` and an id
    /// of its own (``PremiseLinks/elementID(_:ids:)``).
    mutating func writePremiseEdge(_ link: PremiseLinks.Link) {
        let from = ids.id(of: link.premise), to = ids.id(of: link.argument)
        let highlight = options.premiseStyles[link]
        var edge = style.premiseEdge
        edge.color = highlight?.color ?? edge.color
        edge.penWidth = highlight?.penWidth ?? edge.penWidth
        let classes = ["premise"] + (highlight?.classes ?? []).map(cssClass)
        var tip = "\(graph[link.premise].bracketedTitle) is a premise of \(graph[link.argument].bracketedTitle)"
        if let note = highlight?.note, !note.isEmpty { tip += "\n" + note }
        var attrs: [(String, String)] = [
            ("id", DOTText.quoted(PremiseLinks.elementID(link, ids: ids))),
            ("class", DOTText.quoted(classes.joined(separator: " "))), ("tooltip", DOTText.tooltip(tip)),
        ]
        attrs += edgeAttributes(edge)
        line(1, "\(DOTText.quoted(from)) -> \(DOTText.quoted(to)) [\(attributes(attrs))];")
    }

    func edgeAttributes(_ edge: EdgeStyle) -> [(String, String)] {
        var attrs: [(String, String)] = [
            ("color", DOTText.quoted(edge.color.hex)), ("penwidth", DOTText.number(edge.penWidth)),
            ("arrowhead", edge.arrowhead),
        ]
        if edge.line != .solid { attrs.append(("style", edge.line.rawValue)) }
        if edge.bothEnds { attrs += [("dir", "both"), ("arrowtail", edge.arrowhead)] }
        return attrs
    }

    static func verb(_ type: RelationType) -> String {
        switch type {
        case .support: "supports"
        case .attack: "attacks"
        case .undercut: "undercuts"
        case .contradictory: "contradicts"
        case .entails: "entails"
        case .contrary: "is contrary to"
        case .rephrase: "rephrases"
        }
    }

    /// A legend cluster, one row per entry, top to bottom: the two node shapes, each drawn relation kind, the tag
    /// colours in use. Relation rows are flat edges between two points (`rank=same`), rows are chained by
    /// invisible edges so they stack.
    mutating func writeLegend() {
        line(1, "subgraph \"cluster_legend\" {")
        let legendAttributes: [(String, String)] = [
            ("id", "\"legend\""), ("class", "\"legend\""), ("label", HTMLLabel.bold(.text("Legend")).dotLiteral),
            ("labeljust", "l"), ("labelloc", clusterLabelLocation), ("fontsize", "12"), ("style", "\"rounded\""),
            ("color", DOTText.quoted(style.clusterBorder.hex)), ("fontcolor", DOTText.quoted(style.clusterFontColor.hex)),
        ]
        line(2, "graph [\(attributes(legendAttributes))];")
        var rows: [String] = []   // first node of each row
        var shapeRow: [String] = []
        for (kind, name) in [(NodeKind.statement, "claim [statement]"), (.argument, "argument <argument>")] {
            let base = kind == .statement ? style.statement : style.argument
            var attrs: [(String, String)] = [
                ("label", HTMLLabel.lines([.text(name)]).dotLiteral), ("shape", base.shape),
                ("style", DOTText.quoted(base.rounded ? "rounded,filled" : "filled")),
                ("fillcolor", DOTText.quoted(base.fill.hex)), ("color", DOTText.quoted(base.border.hex)),
                ("fontcolor", DOTText.quoted(base.fontColor.hex)), ("penwidth", DOTText.number(base.penWidth)),
                ("class", DOTText.quoted("legend-node " + kind.rawValue)),
            ]
            if base.peripheries != 1 { attrs.append(("peripheries", String(base.peripheries))) }
            let name = "legend-\(kind.rawValue)"
            line(2, "\(DOTText.quoted(name)) [\(attributes(attrs))];")
            shapeRow.append(name)
        }
        // Named subgraphs: Graphviz numbers anonymous ones with a process-wide counter, which would make the
        // layout depend on earlier jobs.
        line(2, "subgraph \"legend-row-shapes\" { rank=same; \(shapeRow.map(DOTText.quoted).joined(separator: "; ")); }")
        rows.append(shapeRow[0])

        var kinds: [Relation] = []
        var seen = Set<String>()
        for relation in drawn where seen.insert(relation.type.rawValue + (relation.isDerived ? "-derived" : "")).inserted {
            kinds.append(relation)
        }
        let order = RelationType.allCases
        kinds.sort { a, b in
            let ia = order.firstIndex(of: a.type) ?? 0, ib = order.firstIndex(of: b.type) ?? 0
            return ia != ib ? ia < ib : (!a.isDerived && b.isDerived)
        }
        for relation in kinds {
            let key = "legend-" + relation.type.rawValue + (relation.isDerived ? "-derived" : "")
            let text = relation.isDerived ? "implicit support (argument to its conclusion)" : Self.verb(relation.type)
            let classes = relation.type.rawValue + (relation.isDerived ? " derived" : "")
            rows.append(writeLegendEdgeRow(key: key, text: text, edge: style.edge(for: relation), classes: classes))
        }
        if !premiseLinks.isEmpty {
            rows.append(writeLegendEdgeRow(
                key: "legend-premise", text: "premise of its argument", edge: style.premiseEdge, classes: "premise"))
        }

        var shownTags: [String] = []
        for node in graph.nodes where visible[node.id.index] {
            if let tag = node.tags.first(where: { tagColors[$0] != nil }), !shownTags.contains(tag) { shownTags.append(tag) }
        }
        var tagRow: [String] = []
        for tag in shownTags {
            guard let color = tagColors[tag] else { continue }
            let name = "legend-tag-" + ElementIDs.slug(tag) + "-\(tagRow.count)"
            let attrs: [(String, String)] = [
                ("label", HTMLLabel.lines([.text("#" + tag)]).dotLiteral), ("shape", "box"),
                ("style", "\"rounded,filled\""), ("fillcolor", DOTText.quoted(color.hex)), ("color", DOTText.quoted(color.hex)),
                ("class", DOTText.quoted("legend-tag tag-" + ElementIDs.slug(tag))),
            ]
            line(2, "\(DOTText.quoted(name)) [\(attributes(attrs))];")
            tagRow.append(name)
        }
        if let first = tagRow.first {
            line(2, "subgraph \"legend-row-tags\" { rank=same; \(tagRow.map(DOTText.quoted).joined(separator: "; ")); }")
            rows.append(first)
        }
        // Stack the rows: the first row on top, whichever way ranks run.
        let upward = options.rankDirection == .BT || options.rankDirection == .RL
        for (upper, lower) in zip(rows, rows.dropFirst()) {
            let (tail, head) = upward ? (lower, upper) : (upper, lower)
            line(2, "\(DOTText.quoted(tail)) -> \(DOTText.quoted(head)) [style=invis];")
        }
        line(1, "}")
    }

    /// One legend row: a short sample edge between two points, then its explanation. Returns the row's first node.
    mutating func writeLegendEdgeRow(key: String, text: String, edge: EdgeStyle, classes: String) -> String {
        let point: [(String, String)] = [("shape", "point"), ("width", "0.06"), ("color", "\"#999999\"")]
        line(2, "\(DOTText.quoted(key + "-from")) [\(attributes(point))];")
        line(2, "\(DOTText.quoted(key + "-to")) [\(attributes(point))];")
        line(2, "\(DOTText.quoted(key + "-text")) [\(attributes([("shape", "plaintext"), ("label", HTMLLabel.lines([.text(text)]).dotLiteral), ("fontsize", "10")]))];")
        line(2, "subgraph \(DOTText.quoted(key + "-row")) { rank=same; \(DOTText.quoted(key + "-from")); \(DOTText.quoted(key + "-to")); \(DOTText.quoted(key + "-text")); }")
        let attrs = edgeAttributes(edge) + [("minlen", "2"), ("class", DOTText.quoted("legend-edge " + classes))]
        line(2, "\(DOTText.quoted(key + "-from")) -> \(DOTText.quoted(key + "-to")) [\(attributes(attrs))];")
        line(2, "\(DOTText.quoted(key + "-to")) -> \(DOTText.quoted(key + "-text")) [style=invis];")
        return key + "-from"
    }

    /// Where cluster titles go so they sit on top: `b` when ranks run bottom to top (Graphviz flips it).
    var clusterLabelLocation: String { options.layout == .dot && options.rankDirection == .BT ? "b" : "t" }

    func cssClass(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "-"
            }
        }
        return out.isEmpty ? "x" : out
    }

    func attributes(_ list: [(String, String)]) -> String {
        list.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
    }

    mutating func line(_ indent: Int, _ text: String) {
        out += String(repeating: "  ", count: indent) + text + "\n"
    }
}

extension DOTWriter {
    /// Most characters of a node's tooltip: Graphviz (2.42) lexes a quoted string in time quadratic in its length
    /// (its scanner re-reads a token from its start at every 8 KB of input), so 10 MB of text in one statement took
    /// 83 s to draw. The rest is cut with `…`; the whole text stays in the map and the interactive page's data.
    public static let maximumTooltipLength = 4000

    /// `text` cut after `limit` characters, `…` marking the cut. Complexity: O(min(length, limit)).
    static func bounded(_ text: String, to limit: Int) -> String {
        guard let cut = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), cut < text.endIndex else {
            return text
        }
        return String(text[..<cut]) + "…"
    }
}
