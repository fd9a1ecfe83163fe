import Foundation
import ShapegenRuntime
import Testing

/// The decoding helpers of generated `init(from:)`s behave as `decodeIfPresent` and `decode`.
@Suite("Member decoding")
struct MemberDecodingTests {
    private struct Value: Decodable {
        var name: String
        var size: Int?

        enum CodingKeys: String, CodingKey {
            case name, size
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.name = try container.decodeRequiredMember(.name)
            self.size = try container.decodeOptionalMember(.size)
        }
    }

    private func decode(_ json: String) throws -> Value {
        try JSONDecoder().decode(Value.self, from: Data(json.utf8))
    }

    @Test func presentValuesAreDecoded() throws {
        let value = try decode(#"{"name": "a", "size": 3}"#)
        #expect(value.name == "a")
        #expect(value.size == 3)
    }

    @Test func absentOrNullOptionalMembersAreNil() throws {
        #expect(try decode(#"{"name": "a"}"#).size == nil)
        #expect(try decode(#"{"name": "a", "size": null}"#).size == nil)
    }

    @Test func aMissingRequiredMemberOrAWrongTypeIsAnError() {
        #expect(throws: DecodingError.self) { try decode(#"{"size": 3}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"name": "a", "size": "3"}"#) }
    }
}
