/// The access level of generated declarations, as a configuration file or `--access` chooses it.
///
/// It lives with the model rather than with the Swift syntax so that the loader, which reads the
/// configuration, and the translator, which applies it, share it without depending on each other.
/// `private` is not a choice: the translator alone uses it, for helpers private to one generated file.
public enum GeneratedAccess: String, Sendable, Hashable, CaseIterable {
    /// Visible to every module that imports the generated one; the default.
    case `public`
    /// Visible to the modules of the same package.
    case `package`
    /// Visible inside the generated module only.
    case `internal`
}
