import ShapegenModel

/// What a `shapegen-config.yaml` file chooses about generated code.
///
/// The build-tool plugin, the command plugin and the CLI read the same file; options given on the
/// command line override it. Every setting is optional: an absent one keeps the default.
public struct GeneratorConfiguration: Sendable, Hashable {
    /// A name written in the configuration, with where it was written.
    public struct Name: Sendable, Hashable {
        /// The name.
        public var name: String
        /// Where it was written, for diagnostics; `nil` when it came from the command line.
        public var location: SourceLocation?

        /// Creates a name.
        public init(_ name: String, location: SourceLocation? = nil) {
            self.name = name
            self.location = location
        }
    }

    /// The access level of generated declarations (default `public`).
    public var access: GeneratedAccess?
    /// The operations to generate; every other operation, and every shape none of these reach, is
    /// left out. `nil` generates every operation.
    public var operations: [Name]?
    /// The name that generated service types are prefixed with (`<name>Client`, `<name>API`,
    /// `<name>Mock`) and that names the service's output folder, instead of the model's service name.
    public var serviceName: Name?

    /// Creates a configuration.
    public init(access: GeneratedAccess? = nil, operations: [Name]? = nil, serviceName: Name? = nil) {
        self.access = access
        self.operations = operations
        self.serviceName = serviceName
    }

    /// This configuration with every setting that `overrides` makes replacing this one's.
    public func overridden(by overrides: GeneratorConfiguration) -> GeneratorConfiguration {
        GeneratorConfiguration(
            access: overrides.access ?? access, operations: overrides.operations ?? operations,
            serviceName: overrides.serviceName ?? serviceName)
    }
}
