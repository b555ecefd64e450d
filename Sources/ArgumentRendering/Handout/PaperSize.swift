/// A sheet of paper a handout is printed on: width and height in points (1/72 inch).
public struct PaperSize: Sendable, Hashable, CustomStringConvertible {
    /// The paper's name as users type it (`a4`, `a3`, `letter`, `legal`), with `-portrait` when upright.
    public var name: String
    /// The sheet's size in points.
    public var size: PDFPageSize

    /// Width in points.
    public var width: Double { size.width }
    /// Height in points.
    public var height: Double { size.height }

    /// A4 landscape (297 × 210 mm).
    public static let a4 = PaperSize(name: "a4", size: .a4Landscape)
    /// A3 landscape (420 × 297 mm).
    public static let a3 = PaperSize(name: "a3", size: .a3Landscape)
    /// US Letter landscape (11 × 8.5 in).
    public static let letter = PaperSize(name: "letter", size: .letterLandscape)
    /// US Legal landscape (14 × 8.5 in).
    public static let legal = PaperSize(name: "legal", size: .legalLandscape)

    /// The papers by name, landscape.
    public static let known: [PaperSize] = [.a4, .a3, .letter, .legal]

    /// The same paper turned upright (the shorter side across).
    public var portrait: PaperSize {
        PaperSize(name: name + "-portrait", size: PDFPageSize(width: min(width, height), height: max(width, height)))
    }

    /// The same paper turned a quarter: landscape for portrait, portrait for landscape.
    public var turned: PaperSize {
        let base = name.split(separator: "-").first.map(String.init) ?? name
        return isLandscape ? portrait : PaperSize(name: base, size: size.rotated)
    }

    /// Whether the paper is wider than tall.
    public var isLandscape: Bool { width >= height }

    /// The margin left blank on every side, in points (1 cm).
    public static let margin = 28.35

    /// The drawing area inside the margins, in points.
    public var printable: (width: Double, height: Double) {
        (width - 2 * Self.margin, height - 2 * Self.margin)
    }

    /// `A4 landscape`, `Letter portrait`.
    public var description: String {
        let base = name.split(separator: "-").first.map(String.init) ?? name
        let shown = base.hasPrefix("a") ? base.uppercased() : base.prefix(1).uppercased() + base.dropFirst()
        return "\(shown) \(isLandscape ? "landscape" : "portrait")"
    }
}

extension PaperSize {
    /// Reads `a4`, `a3`, `letter`, `legal` (landscape, the default for maps) or the same with `-portrait`,
    /// case-insensitively; nil for anything else.
    public init?(_ text: String) {
        var name = text.lowercased()
        var portrait = false
        for suffix in ["-portrait", "-landscape"] where name.hasSuffix(suffix) {
            portrait = suffix == "-portrait"
            name.removeLast(suffix.count)
        }
        guard let paper = Self.known.first(where: { $0.name == name }) else { return nil }
        self = portrait ? paper.portrait : paper
    }
}
