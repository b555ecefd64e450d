import ArgumentModel
/// Namespace marker for the ArgumentFormats module.
public enum ArgumentFormatsModule {}
