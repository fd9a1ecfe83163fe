/// Why no credentials could be had. Messages name sources, profiles, files and variables, never
/// a key's value.
public enum CredentialError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The source has no credentials at all, e.g. no `AWS_ACCESS_KEY_ID` in the environment.
    case notConfigured(source: String)
    /// The source has only part of a key, e.g. an ID without a secret.
    case incomplete(source: String, missing: String)
    /// A profile was asked for by name (argument or `AWS_PROFILE`) and is in neither file.
    case profileNotFound(profile: String, files: [String])
    /// A shared credentials or config file exists but cannot be read.
    case unreadableFile(path: String)
    /// A line of a shared credentials or config file is neither a section, a setting nor a comment.
    case malformedFile(path: String, line: Int)
    /// Every source of a chain was tried, and none had credentials.
    case noCredentials(tried: [String])

    public var description: String {
        switch self {
        case .notConfigured(let source):
            "no AWS credentials in \(source)"
        case .incomplete(let source, let missing):
            "incomplete AWS credentials in \(source): \(missing) is missing"
        case .profileNotFound(let profile, let files):
            "the AWS profile '\(profile)' is in none of \(files.joined(separator: ", "))"
        case .unreadableFile(let path):
            "cannot read \(path)"
        case .malformedFile(let path, let line):
            "\(path):\(line): not a [section], a 'name = value' setting or a comment"
        case .noCredentials(let tried):
            "no AWS credentials found; tried " + tried.joined(separator: "; ")
        }
    }
}
