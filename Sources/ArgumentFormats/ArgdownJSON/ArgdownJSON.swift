import ArgumentModel

/// The JSON that Argdown 1.7's JSON export writes (`argdown export json`), written and read by argmap.
///
/// Shape (keys in this order): `{"arguments": {title: argument}, "statements": {title: equivalence class},
/// "relations": [relation], "sections": [section tree], "tags": {tag: {...}}}`. A relation is
/// `{"type": "relation", "relationType", "from", "fromType", "to", "toType"}` with Argdown's vocabulary:
/// `relationType` is `support`, `attack`, `undercut`, `contradictory`, `entails` or `contrary`; `fromType`/`toType`
/// is `equivalence-class` (a statement), `argument`, or `inference` (the target of an undercut on a reconstructed
/// argument; `to` is then the argument's title and `conclusionIndex` names the conclusion whose inference it is).
/// Only listed relations are written; derived (implicit) relations are not, as Argdown does not list them either.
/// Members carry Argdown's `role`, statements its `isUsedAs...` flags. See `docs/json-schema.md` for every field.
public enum ArgdownJSON {
    /// `fromType`/`toType` of a statement (Argdown's equivalence class).
    public static let statementType = "equivalence-class"
    /// `fromType`/`toType` of an argument.
    public static let argumentType = "argument"
    /// `toType` of an undercut aimed at a reconstructed argument's inference.
    public static let inferenceType = "inference"

    /// Argdown's name for a pcs role (`premise`, `intermediary-conclusion`, `main-conclusion`).
    static func roleName(_ role: PCSRole) -> String {
        switch role {
        case .premise: "premise"
        case .intermediaryConclusion: "intermediary-conclusion"
        case .mainConclusion: "main-conclusion"
        }
    }

    /// The pcs role for Argdown's role name (nil when unknown).
    static func role(named name: String) -> PCSRole? {
        switch name {
        case "premise": .premise
        case "intermediary-conclusion", "intermediaryConclusion": .intermediaryConclusion
        case "main-conclusion", "mainConclusion", "conclusion": .mainConclusion
        default: nil
        }
    }
}
