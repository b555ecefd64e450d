/// A module's vocabulary of diagnostic codes: an enum whose raw values are the stable kebab-case codes printed in
/// brackets and written by `--format json` (`undefined-reference`, `aif-bad-node`, ...). Each module that reports
/// problems declares one (``Diagnostic`` is created from a case, never from a bare string), so a code cannot be
/// misspelt at an emission site and a test can hold every code equal to the documentation.
public protocol DiagnosticCode: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}
