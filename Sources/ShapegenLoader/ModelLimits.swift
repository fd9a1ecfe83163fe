/// The limits a model must keep, so that a hostile or broken file gets a located error instead of
/// exhausting time, memory or the stack. Documented in the model format article (`Sources/ShapegenRuntime/Documentation.docc/ModelFormat.md`).
public enum ModelLimits {
    /// The largest model file, in bytes (64 MiB; the largest AWS model, EC2, is about 6 MB).
    public static let maxFileSize = 64 << 20
    /// The deepest nesting of YAML lists and mappings (libyaml's own limit, which it enforces while parsing).
    public static let maxNesting = 1_000
    /// The longest name, in characters: keys of mappings (shape, member and operation names…),
    /// references to shapes and members, enum values, `swiftName`s and the service name. The
    /// longest AWS name has 155.
    public static let maxNameLength = 256
    /// The most values one `traits` mapping may hold, counting every use of a YAML alias.
    public static let maxTraitValues = 100_000
}
