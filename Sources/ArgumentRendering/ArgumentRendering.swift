import ArgumentModel
/// Namespace marker for the ArgumentRendering module.
public enum ArgumentRenderingModule {}
