import ArgumentModel

/// argmap's own lossless JSON format (schema documented in `docs/json-schema.md` and `docs/argmap.schema.json`).
///
/// Everything an `ArgumentGraph` holds is written: nodes with their occurrences, premise-conclusion structures,
/// relations (listed and derived) with their inference index and data, sections, metadata, mode and every source
/// range. ``ArgmapJSON/read(_:file:)`` of ``ArgmapJSON/write(_:)`` gives back an equal graph (same ids, same ranges),
/// and writing that graph again gives byte-identical text.
public enum ArgmapJSON {
    /// The schema version this writer produces and the highest one the reader accepts.
    public static let schemaVersion = 1

    /// The top-level key that marks an argmap JSON document (its value is the schema version).
    public static let marker = "argmap"
}
