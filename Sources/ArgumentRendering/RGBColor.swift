/// A colour written as `#rrggbb` (Graphviz draws 3-digit colours such as `#eef` black, so none are ever written).
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    /// Red, green and blue, 0...255.
    public var red: UInt8, green: UInt8, blue: UInt8

    /// A colour from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#rrggbb` or `#rgb` (expanded to six digits); nil for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        if digits.count == 3 { digits = Substring(digits.map { "\($0)\($0)" }.joined()) }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `#rrggbb`, lower case.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = [0x23]
        for component in [red, green, blue] {
            bytes.append(digits[Int(component >> 4)])
            bytes.append(digits[Int(component & 0xF)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `#rrggbb`.
    public var description: String { hex }

    /// This colour mixed with white: `amount` 0 keeps it, 1 gives white.
    public func lightened(_ amount: Double) -> RGBColor {
        func mix(_ c: UInt8) -> UInt8 { UInt8(min(255, max(0, (Double(c) + (255 - Double(c)) * amount).rounded()))) }
        return RGBColor(red: mix(red), green: mix(green), blue: mix(blue))
    }

    /// Black.
    public static let black = RGBColor(red: 0, green: 0, blue: 0)
    /// White.
    public static let white = RGBColor(red: 255, green: 255, blue: 255)
}

extension RGBColor {
    /// A colour from a `0xRRGGBB` literal.
    public init(_ value: UInt32) {
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }
}
