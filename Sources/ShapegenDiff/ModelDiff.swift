import ShapegenModel

/// Compares two versions of a service model and describes what changed for its users.
public enum ModelDiff {}
