import ArgumentModel

/// Argdown's special-character shortcodes (`.v.` → ∨, `:+1:` → 👍): the default table of the Argdown guide
/// "Using logical symbols and emojis", plus `model: {shortcodes: {":bomb:": {unicode: "💣"}}}` from the front matter.
public enum Shortcodes {
    /// The default table, shortcode (delimiters included) → replacement. Every entry has a `.x.` and a `:x:` form.
    /// The guide lists `:sush:` and `:disappointed` (typos for `:shush:` / `:disappointed:`); both spellings are
    /// accepted.
    public static let defaults: [String: String] = {
        let names: [(names: [String], unicode: String)] = [
            (["~"], "¬"), (["A"], "∀"), (["E"], "∃"), (["->"], "→"), (["<->"], "↔"), (["^"], "∧"), (["v"], "∨"),
            (["v_"], "⊻"), (["<>"], "◇"), (["[]"], "◻"), (["O"], "𝗢"), (["P"], "𝗣"),
            (["+1", "up"], "👍"), (["-1", "down"], "👎"), (["y", "check"], "✔"), (["n", "cross"], "❌"),
            (["?", "question"], "❓"), (["star"], "⭐"), (["heart"], "❤"), (["happy"], "😀"),
            (["smile", "smiley"], "☺️"), (["laugh", "lol"], "😆"), (["rofl"], "🤣"), (["joy"], "😂"),
            (["love"], "😍"), (["wink"], "😉"), (["shush", "sush"], "🤫"), (["meh"], "😐"),
            (["eye-roll"], "🙄"), (["sad"], "😢"), (["disappointed"], "😞"), (["scream"], "😱"), (["think"], "🤔"),
        ]
        var table: [String: String] = [":disappointed": "😞"]
        for entry in names {
            for name in entry.names {
                table["." + name + "."] = entry.unicode
                table[":" + name + ":"] = entry.unicode
            }
        }
        return table
    }()

    /// The defaults with the front matter's `model.shortcodes` added (entries `"code": {unicode: "x"}`; a plain
    /// string value is accepted too).
    static func table(frontMatter: DataValue) -> [String: String] {
        var table = defaults
        if case .object(let custom)? = frontMatter["model"]?["shortcodes"] {
            for (code, value) in custom {
                if let unicode = value["unicode"]?.stringValue ?? value.stringValue { table[code] = unicode }
            }
        }
        return table
    }
}

/// How inline text is read, from the front matter (`model.removeTagsFromText`, `model.shortcodes`).
struct InlineSettings {
    /// Argdown's `model.removeTagsFromText`: tags are taken out of statement texts (by default they stay in).
    var removeTagsFromText = false
    /// Shortcode → replacement.
    var shortcodes = Shortcodes.defaults
    /// The longest shortcode, in UTF-8 bytes (longer candidates are not looked up).
    var longestShortcode = Shortcodes.defaults.keys.map(\.utf8.count).max() ?? 0

    /// Argdown's defaults.
    static let standard = InlineSettings()

    /// Settings from the front matter's `model` object.
    init(frontMatter: DataValue = .empty) {
        removeTagsFromText = frontMatter["model"]?["removeTagsFromText"]?.boolValue ?? false
        if frontMatter["model"]?["shortcodes"] != nil {
            shortcodes = Shortcodes.table(frontMatter: frontMatter)
            longestShortcode = shortcodes.keys.map(\.utf8.count).max() ?? 0
        }
    }
}
