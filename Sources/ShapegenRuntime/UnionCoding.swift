// Coding of unions, which generated code declares as enums with a case per member: on the wire a
// union is an object with exactly one member set.

extension KeyedDecodingContainer where Key == MemberKey {
    /// The wire name of the one member a value of the union `union` sets.
    ///
    /// A null member counts as unset, and `__type`, which some services add to every object, is no
    /// member. A value that sets none, or more than one, is a `DecodingError`.
    public func unionMember(of union: String) throws -> String {
        var members: [String] = []
        for key in allKeys where key.stringValue != "__type" {
            if try !decodeNil(forKey: key) { members.append(key.stringValue) }
        }
        guard members.count == 1 else {
            let found = members.isEmpty ? "none" : "\(members.count) (\(members.sorted().joined(separator: ", ")))"
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "a \(union) sets exactly one member; this value sets \(found)"))
        }
        return members[0]
    }
}

extension KeyedEncodingContainer where Key == MemberKey {
    /// The error for encoding the unknown member `member` of the union `union`: only its name was
    /// kept when it was decoded, so it cannot be sent back.
    public func unknownUnionMember(_ member: String, of union: String) -> EncodingError {
        EncodingError.invalidValue(
            member,
            EncodingError.Context(
                codingPath: codingPath,
                debugDescription:
                    "\(union) holds the member '\(member)', which this version of the model does not know; it cannot be sent"
            ))
    }
}
