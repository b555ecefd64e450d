import ArgumentModel

/// The Graphviz layout engines argmap offers.
public enum LayoutEngine: String, Sendable, CaseIterable, Hashable {
    /// Layered (hierarchical) layout: conclusions on top. The default, and the only one that ranks.
    case dot
    /// Spring model (stress majorization).
    case neato
    /// Force-directed, spring model with clusters.
    case fdp
    /// Force-directed, multiscale: for very large maps.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around one centre.
    case twopi
}

/// Which way reasons flow in a layered (`dot`) layout.
public enum RankDirection: String, Sendable, CaseIterable, Hashable {
    /// Bottom to top: reasons below, the claims they bear on above (Argdown's default; main conclusion on top).
    case BT
    /// Top to bottom: reasons above their claims.
    case TB
    /// Left to right.
    case LR
    /// Right to left.
    case RL
}

/// What a renderer can produce.
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    case svg, png, pdf, dot
    /// The interactive page: the SVG inside a self-contained HTML viewer (see ``HTMLViewer``).
    case html

    /// The format a file name's extension names (`.svg`, `.png`, `.pdf`, `.dot` / `.gv`), case-insensitively.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        case "html", "htm": self = .html
        default: return nil
        }
    }
}

/// How a picture shows the premises of a reconstructed argument (its premise-conclusion structure).
public enum PremiseDrawing: String, Sendable, CaseIterable, Hashable {
    /// Each drawn premise is joined to its argument by a thin, light line (premise → argument), so no premise
    /// stands alone; Argdown's map links premises the same way (a premise supports its argument).
    case edges
    /// Premises are left out of the picture unless they have a drawn relation of their own (an attack, a support,
    /// being another argument's conclusion, ...).
    case hidden
    /// Rationale's co-premises: each premise with no drawn relation of its own that belongs to one drawn argument
    /// only is drawn as a box inside that argument's box, side by side with its co-premises; the others stay
    /// boxes of their own, joined to their argument by a premise line as with ``edges``.
    case inside
}

/// Extra styling for one node, laid over the theme: the hook for evaluation labels, grading verdicts and query
/// highlights. Every field is optional; nil keeps the theme's choice.
public struct NodeHighlight: Hashable, Sendable {
    /// CSS classes added to the node's SVG `class` (sanitised to letters, digits, `-` and `_`).
    public var classes: [String]
    /// Fill colour.
    public var fill: RGBColor?
    /// Border colour.
    public var border: RGBColor?
    /// Text colour.
    public var fontColor: RGBColor?
    /// Border width in points.
    public var penWidth: Double?
    /// A short line shown in bold under the title (e.g. `IN`, `✓ correct`).
    public var badge: String?
    /// Text appended to the tooltip on its own line.
    public var note: String?

    /// A highlight; leave out what the theme should decide.
    public init(
        classes: [String] = [], fill: RGBColor? = nil, border: RGBColor? = nil, fontColor: RGBColor? = nil,
        penWidth: Double? = nil, badge: String? = nil, note: String? = nil
    ) {
        self.classes = classes
        self.fill = fill
        self.border = border
        self.fontColor = fontColor
        self.penWidth = penWidth
        self.badge = badge
        self.note = note
    }
}

/// Extra styling for one relation, laid over the theme (see ``NodeHighlight``).
public struct RelationHighlight: Hashable, Sendable {
    /// CSS classes added to the edge's SVG `class`.
    public var classes: [String]
    /// Line colour.
    public var color: RGBColor?
    /// Line width in points.
    public var penWidth: Double?
    /// A short label drawn on the edge.
    public var label: String?
    /// Text appended to the tooltip on its own line.
    public var note: String?

    /// A highlight; leave out what the theme should decide.
    public init(classes: [String] = [], color: RGBColor? = nil, penWidth: Double? = nil, label: String? = nil, note: String? = nil) {
        self.classes = classes
        self.color = color
        self.penWidth = penWidth
        self.label = label
        self.note = note
    }
}

/// Everything that decides how a map is drawn. The defaults give a textbook map, conclusions on top, with layout
/// limits that keep big maps bounded.
public struct RenderOptions: Sendable {
    /// Colours, shapes and line styles.
    public var theme: Theme = .textbook
    /// The Graphviz layout engine.
    public var layout: LayoutEngine = .dot
    /// Direction of the layered layout (`dot` only).
    public var rankDirection: RankDirection = .BT
    /// Whether to draw a legend explaining shapes, relation styles and tag colours.
    public var legend: Bool = false
    /// Whether to bound layout time on big maps (iteration limits and unconstrained rank-stretching edges).
    /// Off gives Graphviz's full optimisation, which can take hours on a 2,000-node map with long cross links.
    public var boundedLayout: Bool = true
    /// The nodes to draw; nil draws all. Relations are drawn when both ends are drawn (see ``MapSelection``).
    public var visibleNodes: Set<NodeID>? = nil
    /// Whether to draw derived supports (an argument's implicit support of its main conclusion, or of an argument
    /// whose premise it concludes), styled lighter. Argdown's other implicit relations (attacks, undercuts, supports
    /// through a pcs member) are never drawn: each restates a drawn path (see `ArgumentGraph.isShownDerivedSupport`).
    public var showDerivedRelations: Bool = true
    /// How the premises of reconstructed arguments are drawn: joined to their argument by a light line (the
    /// default), inside the argument's box, or left out unless they have relations of their own.
    public var premises: PremiseDrawing = .edges
    /// Maximum characters per label line.
    public var wrapWidth: Int = 28
    /// Maximum lines of text under a title (the tooltip always has the full text); 0 draws titles only (an
    /// untitled node still shows the start of its text).
    public var maxTextLines: Int = 8
    /// Whether headings that are groups are drawn as boxes around their nodes (clusters).
    public var drawsGroups: Bool = true
    /// The paper the drawing must fit on (inside its margins): Graphviz scales a bigger drawing down, never up.
    /// Nil draws at natural size.
    public var paper: PaperSize? = nil
    /// Lines printed under the caption, left-aligned (a report's score and feedback). Empty: the caption alone.
    public var captionNotes: [String] = []
    /// Per-node highlight styles and classes, laid over the theme.
    public var nodeStyles: [NodeID: NodeHighlight] = [:]
    /// Per-relation highlight styles and classes, laid over the theme.
    public var relationStyles: [RelationID: RelationHighlight] = [:]
    /// Highlight styles for premise lines (``PremiseDrawing/edges``), keyed by premise then argument.
    public var premiseStyles: [PremiseLinks.Link: RelationHighlight] = [:]
    /// A caption drawn above the map; nil uses the document's `title` metadata when it has one.
    public var caption: String? = nil

    /// Default options.
    public init() {}

    /// Options with the given theme and otherwise defaults.
    public init(theme: Theme) { self.theme = theme }
}
