import Foundation

/// The file formats argmap reads, and how an input's format is told: by an explicit choice, else by its
/// extension, else by its first bytes.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Argdown text (`.argdown`, `.ad`, and anything not recognised otherwise).
    case argdown
    /// AIF JSON (AIFdb nodesets, OVA/xAIF).
    case aif
    /// brat standoff: an `.ann` with its `.txt` beside it.
    case brat
    /// Argumentative microtext XML (`<arggraph>`).
    case microtext
    /// Kialo discussion export (`.txt`).
    case kialo
    /// argmap's lossless JSON (top-level `"argmap": <version>`).
    case argmapJSON = "argmap-json"
    /// The JSON Argdown's exporter writes (top-level `"statements"` / `"arguments"`).
    case argdownJSON = "argdown-json"
    /// ASPARTIX facts (`arg(a).`, `att(a,b).`), an ICCMA framework.
    case apx
    /// Trivial Graph Format, an ICCMA framework.
    case tgf
    /// ICCMA 2023 (`p af N`, `i j` attacks).
    case i23
    /// SADFace JSON (`atom` and `scheme` nodes, `source_id` → `target_id` edges).
    case sadface
    /// Legacy OVA / ReCAP JSON (`nodes` with `id`, edges `{"from": {"id": ...}, "to": {"id": ...}}`).
    case ova

    /// The name people know the format by, for messages.
    public var displayName: String {
        switch self {
        case .argdown: "Argdown"
        case .aif: "AIF"
        case .brat: "brat"
        case .microtext: "microtext"
        case .kialo: "Kialo"
        case .argmapJSON: "argmap JSON"
        case .argdownJSON: "Argdown JSON"
        case .apx: "ICCMA apx"
        case .tgf: "ICCMA tgf"
        case .i23: "ICCMA i23"
        case .sadface: "SADFace"
        case .ova: "OVA"
        }
    }

    /// The ICCMA format this is, if it is one.
    public var iccma: ICCMAFormat? { ICCMAFormat(rawValue: rawValue) }

    /// How many leading bytes detection looks at.
    public static let sniffLength = 4096

    /// The extensions a folder search picks up (lower case, without the dot).
    public static let readableExtensions: Set<String> = [
        "argdown", "ad", "json", "aif", "ann", "xml", "txt", "apx", "tgf", "i23",
    ]

    /// The format of the file at `path` whose first bytes are `head` (see ``sniffLength``); `hasBratAnnotations`
    /// says whether an `.ann` of the same name lies beside it. A `.txt` is a brat essay when its `.ann` is there,
    /// a Kialo export when it reads like one (``KialoReader/looksLikeExport(_:)``), and otherwise nothing argmap
    /// reads: the answer is nil (a transcript or a plain essay). Pure; O(`head`).
    public static func detect(path: String, head: [UInt8], hasBratAnnotations: Bool) -> InputFormat? {
        let text = String(decoding: head.prefix(sniffLength), as: UTF8.self)
        let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "argdown", "ad": return .argdown
        case "ann": return .brat
        case "json": return sniffJSON(head) ?? .aif
        case "aif": return .aif
        case "apx": return .apx
        case "tgf": return .tgf
        case "i23": return .i23
        case "xml": return .microtext
        case "txt":
            if hasBratAnnotations { return .brat }
            return KialoReader.looksLikeExport(text) ? .kialo : nil
        default:
            if start.hasPrefix("{") { return sniffJSON(head) ?? .aif }
            if start.hasPrefix("<") && text.contains("<arggraph") { return .microtext }
            if start.hasPrefix("Discussion Title:") { return .kialo }
            return .argdown
        }
    }

    /// The JSON formats other than AIF, told apart from AIF near the start of the file: by top-level keys
    /// `"argmap"` → argmap JSON, `"statements"` or `"arguments"` → Argdown JSON; then, unless AIF's own keys
    /// (`"nodeID"`, `"fromID"`, `"AIF"`) occur, by how nodes and edges are spelled: `"source_id"` / `"target_id"` or
    /// a `"type": "atom"` / `"scheme"` → SADFace, an edge `"from": {"id"` or a first node starting with `"id"` → OVA; nil for anything else (AIF).
    /// O(`head`).
    public static func sniffJSON(_ head: [UInt8]) -> InputFormat? {
        let bytes = Array(head.prefix(JSONSniffer.defaultLimit))
        let keys = JSONSniffer.topLevelKeys(bytes)
        if keys.contains(ArgmapJSON.marker) { return .argmapJSON }
        if keys.contains("statements") || keys.contains("arguments") { return .argdownJSON }
        guard keys.contains("nodes") || keys.contains("edges") else { return nil }
        let compact = JSONSniffer.compacted(bytes)
        if keys.contains("AIF") || compact.contains("\"nodeID\":") || compact.contains("\"fromID\":") { return nil }
        if compact.contains("\"source_id\":") || compact.contains("\"target_id\":") || compact.contains("\"type\":\"atom\"")
            || compact.contains("\"type\":\"scheme\"") { return .sadface }
        if compact.contains("\"from\":{\"id\":") || compact.contains("\"to\":{\"id\":") || compact.contains("\"nodes\":[{\"id\":") {
            return .ova
        }
        return nil
    }
}
