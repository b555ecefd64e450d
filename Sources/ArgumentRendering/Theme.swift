import ArgumentModel

/// A named look for maps.
public enum Theme: String, Sendable, CaseIterable, Hashable {
    /// Argmap's default: white claim cards, tinted rounded arguments, green supports, red attacks.
    case textbook
    /// Argdown's own look: blue filled arguments, blue-bordered statements.
    case argdown
    /// A palette safe for red-green colour blindness (Okabe–Ito); relation kinds also differ by line style.
    case colorblind
    /// Black and white for printing: relation kinds told apart by line style and arrowhead alone.
    case print

    /// The concrete styles of this theme.
    public var style: ThemeStyle {
        switch self {
        case .textbook: .textbook
        case .argdown: .argdown
        case .colorblind: .colorblind
        case .print: .print
        }
    }
}

/// Line patterns Graphviz can draw.
public enum LineStyle: String, Sendable, Hashable {
    case solid, dashed, dotted, bold
}

/// How one kind of node is drawn.
public struct NodeStyle: Sendable, Hashable {
    /// Graphviz shape (`box`, every theme's).
    public var shape = "box"
    /// Whether corners are rounded.
    public var rounded: Bool
    /// Fill colour.
    public var fill: RGBColor
    /// Border colour.
    public var border: RGBColor
    /// Text colour.
    public var fontColor: RGBColor
    /// Border width.
    public var penWidth: Double
    /// Number of borders (2 draws a double border).
    public var peripheries: Int = 1
}

/// How one kind of relation is drawn.
public struct EdgeStyle: Sendable, Hashable {
    /// Line colour.
    public var color: RGBColor
    /// Line pattern.
    public var line: LineStyle
    /// Arrowhead at the target (`normal` unless a theme says otherwise, `tee`, `onormal`, `odot` ...).
    public var arrowhead = "normal"
    /// Line width.
    public var penWidth: Double
    /// Whether to draw an arrowhead at both ends (symmetric relations).
    public var bothEnds: Bool = false
}

/// The concrete colours, shapes and line styles of a ``Theme``.
public struct ThemeStyle: Sendable, Hashable {
    /// Font family for every label (every theme's: Helvetica).
    public var fontName = "Helvetica"
    /// Font size of node text (every theme's: 11).
    public var fontSize: Double = 11
    /// Statements (claims).
    public var statement: NodeStyle
    /// Arguments.
    public var argument: NodeStyle
    /// Supports (and strict mode's entailments).
    public var support: EdgeStyle
    /// Attacks.
    public var attack: EdgeStyle
    /// Undercuts (attacks on an inference).
    public var undercut: EdgeStyle
    /// Contradictions (and strict mode's contraries): symmetric, double-headed.
    public var contradiction: EdgeStyle
    /// Rephrasings.
    public var rephrase: EdgeStyle
    /// How much lighter derived relations are drawn (0 = same as listed, 1 = white).
    public var derivedLightening: Double
    /// Border of group clusters.
    public var clusterBorder: RGBColor
    /// Fill of group clusters.
    public var clusterFill: RGBColor
    /// Cluster titles.
    public var clusterFontColor: RGBColor
    /// Colours for tags, in order of the tags' first appearance in the map; empty means tags get no colour.
    public var tagPalette: [RGBColor]
    /// Whether a tag colours the fill (true) or the border (false) of a statement.
    public var tagFillsStatements: Bool

    /// The edge style for a relation type.
    public func edge(for type: RelationType) -> EdgeStyle {
        switch type {
        case .support, .entails: support
        case .attack: attack
        case .undercut: undercut
        case .contradictory: contradiction
        case .contrary: EdgeStyle(
            color: contradiction.color, line: contradiction.line == .dashed ? .dotted : .dashed,
            arrowhead: contradiction.arrowhead, penWidth: contradiction.penWidth, bothEnds: true)
        case .rephrase: rephrase
        }
    }

    /// The line joining a premise of a reconstructed argument to its argument: thin, in the argument's border
    /// colour lightened, with a small open arrowhead, so it reads as "belongs to" rather than as a support.
    public var premiseEdge: EdgeStyle {
        EdgeStyle(color: argument.border.lightened(0.35), line: .solid, arrowhead: "onormal", penWidth: 0.9)
    }

    /// The edge style for `relation`: derived relations are lighter and thinner.
    public func edge(for relation: Relation) -> EdgeStyle {
        var style = edge(for: relation.type)
        if relation.isDerived {
            style.color = style.color.lightened(derivedLightening)
            style.penWidth = max(0.6, style.penWidth * 0.7)
        }
        return style
    }

    static let textbook = ThemeStyle(
        statement: NodeStyle(rounded: false, fill: .white, border: RGBColor(0x37474f), fontColor: RGBColor(0x1b1b1b), penWidth: 1.2),
        argument: NodeStyle(rounded: true, fill: RGBColor(0xdde7f3), border: RGBColor(0x4a6fa5), fontColor: RGBColor(0x1b1b1b), penWidth: 1.2),
        support: EdgeStyle(color: RGBColor(0x2e7d32), line: .solid, penWidth: 1.6),
        attack: EdgeStyle(color: RGBColor(0xc62828), line: .solid, penWidth: 1.6),
        undercut: EdgeStyle(color: RGBColor(0x8e24aa), line: .dashed, arrowhead: "tee", penWidth: 1.6),
        contradiction: EdgeStyle(color: RGBColor(0xc62828), line: .bold, penWidth: 1.6, bothEnds: true),
        rephrase: EdgeStyle(color: RGBColor(0x757575), line: .dotted, arrowhead: "onormal", penWidth: 1.2),
        derivedLightening: 0.55,
        clusterBorder: RGBColor(0xb0bec5), clusterFill: RGBColor(0xf7f9fa), clusterFontColor: RGBColor(0x455a64),
        tagPalette: [0xfff1b8, 0xffd6cc, 0xd4f0d9, 0xffe0b3, 0xcdeeee, 0xf5d0e6, 0xe6dcf5, 0xd7ecff].map(RGBColor.init),
        tagFillsStatements: true)

    static let argdown = ThemeStyle(
        statement: NodeStyle(rounded: true, fill: .white, border: RGBColor(0x63aef2), fontColor: .black, penWidth: 2),
        argument: NodeStyle(rounded: true, fill: RGBColor(0x63aef2), border: RGBColor(0x63aef2), fontColor: .white, penWidth: 1),
        support: EdgeStyle(color: RGBColor(0x14cc53), line: .solid, penWidth: 1.5),
        attack: EdgeStyle(color: RGBColor(0xff0000), line: .solid, penWidth: 1.5),
        undercut: EdgeStyle(color: RGBColor(0xa020f0), line: .solid, penWidth: 1.5),
        contradiction: EdgeStyle(color: RGBColor(0xff0000), line: .solid, penWidth: 1.5, bothEnds: true),
        rephrase: EdgeStyle(color: RGBColor(0x999999), line: .dotted, penWidth: 1),
        derivedLightening: 0.5,
        clusterBorder: RGBColor(0xcccccc), clusterFill: RGBColor(0xf6f6f6), clusterFontColor: RGBColor(0x444444),
        tagPalette: [0xe69f00, 0x56b4e9, 0x009e73, 0xcc79a7, 0xd55e00, 0x0072b2, 0xf0e442].map(RGBColor.init),
        tagFillsStatements: false)

    static let colorblind = ThemeStyle(
        statement: NodeStyle(rounded: false, fill: .white, border: RGBColor(0x333333), fontColor: .black, penWidth: 1.2),
        argument: NodeStyle(rounded: true, fill: RGBColor(0xe8e8e8), border: RGBColor(0x333333), fontColor: .black, penWidth: 1.2),
        support: EdgeStyle(color: RGBColor(0x0072b2), line: .solid, penWidth: 1.8),
        attack: EdgeStyle(color: RGBColor(0xd55e00), line: .dashed, penWidth: 1.8),
        undercut: EdgeStyle(color: RGBColor(0xcc79a7), line: .dotted, arrowhead: "tee", penWidth: 1.8),
        contradiction: EdgeStyle(color: RGBColor(0xd55e00), line: .bold, penWidth: 1.8, bothEnds: true),
        rephrase: EdgeStyle(color: RGBColor(0x999999), line: .dotted, arrowhead: "onormal", penWidth: 1.2),
        derivedLightening: 0.5,
        clusterBorder: RGBColor(0xaaaaaa), clusterFill: RGBColor(0xf7f7f7), clusterFontColor: RGBColor(0x333333),
        tagPalette: [0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00, 0xcc79a7].map { RGBColor($0).lightened(0.6) },
        tagFillsStatements: true)

    static let print = ThemeStyle(
        statement: NodeStyle(rounded: false, fill: .white, border: .black, fontColor: .black, penWidth: 1),
        argument: NodeStyle(rounded: true, fill: .white, border: .black, fontColor: .black, penWidth: 1, peripheries: 2),
        support: EdgeStyle(color: .black, line: .solid, penWidth: 1.2),
        attack: EdgeStyle(color: .black, line: .dashed, arrowhead: "tee", penWidth: 1.2),
        undercut: EdgeStyle(color: .black, line: .dotted, arrowhead: "odot", penWidth: 1.4),
        contradiction: EdgeStyle(color: .black, line: .bold, arrowhead: "tee", penWidth: 1.2, bothEnds: true),
        rephrase: EdgeStyle(color: .black, line: .dotted, arrowhead: "onormal", penWidth: 0.8),
        derivedLightening: 0.45,
        clusterBorder: .black, clusterFill: .white, clusterFontColor: .black,
        tagPalette: [],
        tagFillsStatements: true)
}
