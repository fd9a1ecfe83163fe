import Foundation

/// The profiles of an AWS shared credentials file (`~/.aws/credentials`) or config file
/// (`~/.aws/config`), in the INI dialect the AWS CLI reads.
///
/// In the credentials file a section `[name]` is the profile `name`; in the config file it is
/// `[profile name]`, except `[default]`, and other sections (`[sso-session …]`, `[services …]`) are
/// skipped. Setting names are case-insensitive; `=` or `:` separates name and value; lines starting
/// with `#` or `;` are comments; indented lines continue a nested setting and are skipped.
struct SharedConfigFile: Sendable, Hashable {
    /// Which of the two files: they name profiles differently.
    enum Kind: Sendable {
        case credentials
        case config
    }

    /// Each profile's settings, with lower-cased names.
    var profiles: [String: [String: String]]

    /// Reads the file at `path`; `nil` when there is no such file.
    static func load(path: String, kind: Kind) throws(CredentialError) -> SharedConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw CredentialError.unreadableFile(path: path)
        }
        return try parse(text, kind: kind, path: path)
    }

    /// Parses the text of a file; `path` only names it in errors.
    static func parse(_ text: String, kind: Kind, path: String) throws(CredentialError) -> SharedConfigFile {
        var profiles: [String: [String: String]] = [:]
        var section: String??  // nil: before any section; .some(nil): a section that is not a profile
        // `\r\n` is one Character in Swift, so lines are split on any newline character, not on "\n".
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if let first = line.first, first == " " || first == "\t", section != nil { continue }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                let name = profileName(ofSection: String(trimmed.dropFirst().dropLast()), kind: kind)
                section = .some(name)
                if let name, profiles[name] == nil { profiles[name] = [:] }
                continue
            }
            guard let separator = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }), let current = section else {
                throw CredentialError.malformedFile(path: path, line: index + 1)
            }
            let name = trimmed[..<separator].trimmingCharacters(in: .whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw CredentialError.malformedFile(path: path, line: index + 1) }
            if let profile = current { profiles[profile, default: [:]][name] = value }
        }
        return SharedConfigFile(profiles: profiles)
    }

    /// The profile a section header names, or `nil` for a section that is not a profile.
    private static func profileName(ofSection header: String, kind: Kind) -> String? {
        let words = header.split(whereSeparator: { $0 == " " || $0 == "\t" })
        switch kind {
        case .credentials:
            return header.trimmingCharacters(in: .whitespaces)
        case .config:
            if words == ["default"] { return "default" }
            guard words.count == 2, words[0] == "profile" else { return nil }
            return String(words[1])
        }
    }
}
