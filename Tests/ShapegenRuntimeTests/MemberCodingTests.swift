import Foundation
import ShapegenRuntime
import Testing

/// The helpers of written-out conformances behave as `decodeIfPresent`/`decode`,
/// `encodeIfPresent`/`encode` and `==`.
@Suite("Member coding")
struct MemberCodingTests {
    private struct Value: Codable, Equatable {
        var name: String
        var size: Int?

        init(name: String, size: Int?) {
            self.name = name
            self.size = size
        }

        static func == (lhs: Value, rhs: Value) -> Bool {
            membersEqual(lhs.name, rhs.name) && membersEqual(lhs.size, rhs.size)
        }

        init(from decoder: any Decoder) throws {
            let container = try MemberKey.container(of: decoder)
            self.name = try container.decodeRequiredMember("name")
            self.size = try container.decodeOptionalMember("size")
        }

        func encode(to encoder: any Encoder) throws {
            var container = MemberKey.container(of: encoder)
            try container.encodeRequiredMember(self.name, "name")
            try container.encodeOptionalMember(self.size, "size")
        }
    }

    private func decode(_ json: String) throws -> Value {
        try JSONDecoder().decode(Value.self, from: Data(json.utf8))
    }

    private func encode(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func presentValuesAreDecoded() throws {
        #expect(try decode(#"{"name": "a", "size": 3}"#) == Value(name: "a", size: 3))
    }

    @Test func absentOrNullOptionalMembersAreNil() throws {
        #expect(try decode(#"{"name": "a"}"#) == Value(name: "a", size: nil))
        #expect(try decode(#"{"name": "a", "size": null}"#) == Value(name: "a", size: nil))
    }

    @Test func aMissingRequiredMemberOrAWrongTypeIsAnError() {
        #expect(throws: DecodingError.self) { try decode(#"{"size": 3}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"name": "a", "size": "3"}"#) }
    }

    @Test func nilOptionalMembersAreLeftOut() throws {
        #expect(try encode(Value(name: "a", size: 3)) == #"{"name":"a","size":3}"#)
        #expect(try encode(Value(name: "a", size: nil)) == #"{"name":"a"}"#)
    }

    @Test func memberKeysAreNamesOnly() {
        #expect(MemberKey("a").stringValue == "a")
        #expect(MemberKey(stringValue: "a") == MemberKey("a"))
        #expect(MemberKey("a").intValue == nil)
        #expect(MemberKey(intValue: 0) == nil)
    }

    @Test func equalityComparesEveryMember() {
        #expect(Value(name: "a", size: nil) == Value(name: "a", size: nil))
        #expect(Value(name: "a", size: 1) != Value(name: "a", size: nil))
        #expect(Value(name: "a", size: 1) != Value(name: "b", size: 1))
    }
}
