import ArgumentModel

/// A small DOT writer for the classroom pictures (diff maps, reveal frames, worksheets), used until the shared
/// renderer's highlight hooks replace it. Deterministic: nodes in id order, relations in id order.
///
/// Layout: conclusions on top (`rankdir=BT`: reasons point up); statements are rounded boxes, arguments plain
/// boxes; supports end in an arrow, attacks and undercuts in a bar, contradictions in arrows at both ends.
/// Node and edge `id`s are ``ElementIDs``, so a renderer's SVG can be scripted and frames can be hidden by id.
public enum ClassroomDOT {
    /// How to draw one element.
    public struct Style: Hashable, Sendable {
        /// Outline / line colour, `#rrggbb`.
        public var color: String
        /// Fill colour for nodes, `#rrggbb`.
        public var fill: String
        /// Dashed line.
        public var dashed: Bool
        /// Invisible (still laid out, so positions do not move).
        public var invisible: Bool
        /// Extra SVG class names.
        public var cssClass: String

        /// Creates a style.
        public init(color: String = "#333333", fill: String = "#ffffff", dashed: Bool = false, invisible: Bool = false, cssClass: String = "") {
            self.color = color
            self.fill = fill
            self.dashed = dashed
            self.invisible = invisible
            self.cssClass = cssClass
        }
    }

    /// DOT text for `graph`, styling each node and relation with the closures; `caption` becomes the graph label.
    /// Complexity: O(N + E + total text length).
    public static func write(
        _ graph: ArgumentGraph, caption: String? = nil,
        node nodeStyle: (Node) -> Style = { _ in Style() },
        relation relationStyle: (Relation) -> Style = { _ in Style() }
    ) -> String {
        let ids = ElementIDs(graph)
        var out = ["digraph argmap {", "  rankdir=BT;", "  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.15,0.08\"];",
                   "  edge [fontname=\"Helvetica\", fontsize=9];"]
        if let caption { out.append("  label=\"\(escape(caption))\"; labelloc=t; fontname=\"Helvetica\"; fontsize=12;") }
        for node in graph.nodes {
            let s = nodeStyle(node)
            var styles = node.kind == .statement ? ["rounded", "filled"] : ["filled"]
            if s.dashed { styles.append("dashed") }
            if s.invisible { styles = ["invis"] }
            let label = escape(node.bracketedTitle) + "\\n" + wrap(node.text ?? "", width: 32).map(escape).joined(separator: "\\n")
            let cls = ([node.kind.rawValue] + (s.cssClass.isEmpty ? [] : [s.cssClass])).joined(separator: " ")
            out.append("  \"\(ids.id(of: node.id))\" [id=\"\(ids.id(of: node.id))\", class=\"\(cls)\", shape=box, style=\"\(styles.joined(separator: ","))\", color=\"\(s.color)\", fillcolor=\"\(s.fill)\", label=\"\(label)\"];")
        }
        for r in graph.relations {
            let s = relationStyle(r)
            var attrs = ["id=\"\(ids.id(of: r))\"", "class=\"\(([r.type.rawValue] + (s.cssClass.isEmpty ? [] : [s.cssClass])).joined(separator: " "))\"", "color=\"\(s.color)\""]
            switch r.type {
            case .attack, .contrary: attrs.append("arrowhead=tee")
            case .undercut: attrs.append("arrowhead=teetee")
            case .contradictory: attrs.append("dir=both")
            case .support, .entails, .rephrase: break
            }
            if s.invisible { attrs.append("style=invis") } else if s.dashed { attrs.append("style=dashed") }
            out.append("  \"\(ids.id(of: r.from))\" -> \"\(ids.id(of: r.to))\" [\(attrs.joined(separator: ", "))];")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    /// Colours per diff mark: correct green, wrong type orange, reversed purple, extra grey, missing dashed blue.
    public static func style(_ mark: DiffMark) -> Style {
        switch mark {
        case .correct: Style(color: "#1b7f3b", fill: "#e3f4e8", cssClass: "diff-correct")
        case .wrongType: Style(color: "#d97a00", fill: "#fff1db", cssClass: "diff-wrong-type")
        case .reversed: Style(color: "#7b3fb5", fill: "#efe4fa", cssClass: "diff-reversed")
        case .extra: Style(color: "#8a8a8a", fill: "#f0f0f0", cssClass: "diff-extra")
        case .missing: Style(color: "#2f6fb5", fill: "#ffffff", dashed: true, cssClass: "diff-missing")
        }
    }

    /// The diff map as DOT, with a caption explaining the colours.
    public static func diffMap(_ diff: DiffMap) -> String {
        write(
            diff.graph,
            caption: "green: matches the key · orange: wrong type · purple: reversed · grey: not in the key · dashed blue: missing from your map",
            node: { style(diff.nodeMarks[$0.id.index]) },
            relation: { style(diff.relationMarks[$0.id.index]) })
    }

    /// Frame `frame` of a reveal: the whole map, with not-yet-revealed nodes and relations invisible, so every
    /// frame has the same layout. The newest node is outlined thicker in blue.
    public static func revealFrame(_ graph: ArgumentGraph, plan: RevealPlan, frame: Int) -> String {
        let newest = frame < plan.order.count ? plan.order[frame] : nil
        return write(
            graph,
            node: { n in
                plan.isVisible(n.id, inFrame: frame)
                    ? (n.id == newest ? Style(color: "#2f6fb5", fill: "#eaf2fb", cssClass: "reveal-new") : Style())
                    : Style(invisible: true, cssClass: "reveal-hidden")
            },
            relation: { r in
                let color = r.type.isSupportive ? "#1b7f3b" : (r.type.isAttacking ? "#b3261e" : "#333333")
                return plan.isVisible(r, inFrame: frame) ? Style(color: color) : Style(color: color, invisible: true, cssClass: "reveal-hidden")
            })
    }

    /// Escapes `\` and `"` for a DOT string.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// Greedy word wrap to lines of at most `width` characters (longer words get their own line).
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
