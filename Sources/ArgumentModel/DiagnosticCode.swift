/// A module's vocabulary of diagnostic codes: an enum whose raw values are the stable kebab-case codes printed in
/// brackets and written by `--format json` (`undefined-reference`, `aif-bad-node`, ...). Each module that reports
/// problems declares one (``Diagnostic`` is created from a case, never from a bare string), so a code cannot be
/// misspelt at an emission site and a test can hold every code equal to the documentation.
///
/// A conforming enum lists its cases only: the code of a case is its name in kebab case (``rawValue``), so each
/// code is written once.
public protocol DiagnosticCode: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

extension DiagnosticCode {
    /// The stable code: the case's name in kebab case, a hyphen before each capital that follows a lower-case
    /// letter or a digit or that begins a word after an acronym (`undefinedReference` → `undefined-reference`,
    /// `invalidUTF8` → `invalid-utf8`, `argmapJSONSchema` → `argmap-json-schema`). O(length of the name).
    public var rawValue: String {
        let name = Array(String(describing: self))
        var code = ""
        for (i, character) in name.enumerated() {
            if character.isUppercase, i > 0,
                name[i - 1].isLowercase || name[i - 1].isNumber || (i + 1 < name.count && name[i + 1].isLowercase)
            {
                code.append("-")
            }
            code += character.lowercased()
        }
        return code
    }

    /// The case whose code is `rawValue`, or nil. O(cases).
    public init?(rawValue: String) {
        guard let found = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = found
    }
}
