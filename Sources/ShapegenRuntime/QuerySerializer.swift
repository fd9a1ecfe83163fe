import Foundation

/// Writes an operation's input as the form parameters of the query and ec2 protocols, as botocore
/// does: `Action` and `Version` first, then each member set, nested names joined with `.`.
///
/// The input is first encoded in its `Codable` form (keys are member names); the members'
/// ``WireShape``s say how each value is named and written.
enum QuerySerializer {
    /// The query protocol or its ec2 variant, which names and lists parameters its own way.
    enum Flavor {
        case query, ec2
    }

    /// `application/x-www-form-urlencoded` text of the input's parameters.
    static func body(action: String, version: String, input: [String: Any], members: [WireMember], flavor: Flavor)
        -> String
    {
        var pairs = [("Action", action), ("Version", version)]
        structure(input, members, prefix: "", flavor: flavor, into: &pairs)
        // As botocore sends them (Python's `urlencode`): a space is `+`. Signature checks that
        // rebuild the body from its parameters (moto's) rebuild it that way.
        func encode(_ text: String) -> String {
            PercentEncoding.encode(text).replacingOccurrences(of: "%20", with: "+")
        }
        return pairs.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
    }

    private static func structure(
        _ object: [String: Any], _ members: [WireMember], prefix: String, flavor: Flavor,
        into pairs: inout [(String, String)]
    ) {
        for member in members {
            guard let memberValue = object[member.name], !(memberValue is NSNull) else { continue }
            value(memberValue, member.shape, name: prefix + name(of: member, flavor), flavor: flavor, into: &pairs)
        }
    }

    /// ec2 names a member by its `queryName`, else its `locationName` capitalized, else its own name.
    private static func name(of member: WireMember, _ flavor: Flavor) -> String {
        switch flavor {
        case .query: return member.elementName
        case .ec2:
            if let queryName = member.queryName { return queryName }
            guard let wireName = member.wireName else { return member.name }
            return wireName.prefix(1).uppercased() + wireName.dropFirst()
        }
    }

    private static func value(
        _ value: Any, _ shape: WireShape, name: String, flavor: Flavor, into pairs: inout [(String, String)]
    ) {
        switch shape {
        case .structure(let type):
            guard let object = value as? [String: Any] else { return }
            structure(object, type.wireMembers, prefix: name + ".", flavor: flavor, into: &pairs)
        case .list(let element, let memberName, let flattened, _):
            guard let elements = value as? [Any] else { return }
            if elements.isEmpty {
                // botocore sends an empty list as the bare name (ec2 sends nothing).
                if flavor == .query { pairs.append((name, "")) }
                return
            }
            let stem: String
            switch (flavor, flattened) {
            case (.ec2, _): stem = name
            // A flattened list's elements take its member's name, if the model gives one, in the member's place.
            case (.query, true):
                stem =
                    memberName.map { name.split(separator: ".").dropLast().map(String.init) + [$0] }?.joined(
                        separator: ".") ?? name
            case (.query, false): stem = name + "." + (memberName ?? "member")
            }
            for (index, item) in elements.enumerated() {
                self.value(item, element, name: stem + ".\(index + 1)", flavor: flavor, into: &pairs)
            }
        case .map(let key, let valueShape, let keyName, let valueName, let flattened, _, _):
            guard let entries = value as? [String: Any] else { return }
            let stem = flattened ? name : name + ".entry"
            for (index, entryKey) in entries.keys.sorted().enumerated() {
                let entry = stem + ".\(index + 1)."
                self.value(entryKey, key, name: entry + (keyName ?? "key"), flavor: flavor, into: &pairs)
                if let entryValue = entries[entryKey] {
                    self.value(
                        entryValue, valueShape, name: entry + (valueName ?? "value"), flavor: flavor, into: &pairs)
                }
            }
        case .string, .blob:
            // A blob's Codable form is already its base64 text.
            if let text = value as? String { pairs.append((name, text)) }
        case .boolean:
            if let flag = value as? Bool { pairs.append((name, flag ? "true" : "false")) }
        case .integer:
            if let number = value as? NSNumber { pairs.append((name, number.stringValue)) }
        case .floatingPoint:
            if let text = value as? String {
                pairs.append((name, text))  // NaN and the infinities
            } else if let number = value as? NSNumber {
                pairs.append((name, Double(truncating: number).httpText(format: .iso8601)))
            }
        case .timestamp(let format):
            guard let number = value as? NSNumber else { return }
            let date = Date(timeIntervalSince1970: Double(truncating: number))
            pairs.append((name, HTTPTimestamp.text(date, format: format ?? .iso8601)))
        }
    }
}
