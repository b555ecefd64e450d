/// A page size in PDF points (1/72 inch), width by height.
public struct PDFPageSize: Sendable, Hashable {
    /// The width in points.
    public var width: Double
    /// The height in points.
    public var height: Double

    /// A page `width` by `height` points.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The same page turned by a quarter: width and height swapped.
    public var rotated: PDFPageSize { PDFPageSize(width: height, height: width) }

    /// ISO A4 portrait, 595 × 842 pt (210 × 297 mm).
    public static let a4Portrait = PDFPageSize(width: 595, height: 842)
    /// ISO A4 landscape, 842 × 595 pt.
    public static let a4Landscape = a4Portrait.rotated
    /// ISO A3 portrait, 842 × 1191 pt (297 × 420 mm).
    public static let a3Portrait = PDFPageSize(width: 842, height: 1191)
    /// ISO A3 landscape, 1191 × 842 pt.
    public static let a3Landscape = a3Portrait.rotated
    /// US Letter portrait, 612 × 792 pt (8.5 × 11 in).
    public static let letterPortrait = PDFPageSize(width: 612, height: 792)
    /// US Letter landscape, 792 × 612 pt.
    public static let letterLandscape = letterPortrait.rotated
    /// US Legal portrait, 612 × 1008 pt (8.5 × 14 in).
    public static let legalPortrait = PDFPageSize(width: 612, height: 1008)
    /// US Legal landscape, 1008 × 612 pt.
    public static let legalLandscape = legalPortrait.rotated
}
