/// A test could not be set up (a fixture, tool or build product is missing); says what to fix.
public struct SetupError: Error, CustomStringConvertible {
    public let description: String

    /// Creates an error that reads `description`.
    public init(_ description: String) {
        self.description = description
    }
}
