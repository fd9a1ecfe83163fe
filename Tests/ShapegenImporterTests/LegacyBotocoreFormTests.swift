import ShapegenModel
import Testing

@testable import ShapegenImporter

/// Older botocore models (and botocore's own protocol tests) write some wire facts in places that
/// current models do not; the importer reads them as botocore does.
@Suite("Importing older botocore forms")
struct LegacyBotocoreFormTests {
    func importModel(_ json: String) throws -> ServiceModel {
        let value = try JSONParser.parse(Array(json.utf8))
        return try BotocoreImporter().importModel(
            service: try #require(JSONObject(value)), paginators: nil, sourcePath: "t.json")
    }

    func member(_ name: String, of shape: String, in model: ServiceModel) -> Member? {
        model.shape(named: shape)?.kind.structure?.member(named: name)
    }

    static func service(operations: String = "{}", shapes: String) -> String {
        #"{"metadata": {"protocol": "rest-json", "apiVersion": "2014-01-01", "serviceId": "T"}, "operations": \#(operations), "shapes": \#(shapes)}"#
    }

    /// A `location` on the target shape applies to the member, unless the member names its own.
    @Test func serializationAttributesOfTheTargetShapeApplyToMembers() throws {
        let model = try importModel(
            Self.service(
                shapes: """
                    {"Out": {"type": "structure", "members": {
                        "A": {"shape": "HeaderShape"}, "B": {"shape": "HeaderShape", "locationName": "X-B"},
                        "C": {"shape": "HeaderShape", "location": "statusCode"}, "T": {"shape": "Stamp"}}},
                     "HeaderShape": {"type": "string", "location": "header"},
                     "Stamp": {"type": "timestamp", "timestampFormat": "iso8601", "jsonvalue": true}}
                    """))
        #expect(member("A", of: "Out", in: model)?.httpLocation == .header)
        #expect(
            member("B", of: "Out", in: model)?.httpLocation == .header
                && member("B", of: "Out", in: model)?.locationName == "X-B")
        #expect(member("C", of: "Out", in: model)?.httpLocation == .statusCode)
        #expect(member("T", of: "Out", in: model)?.traits["jsonvalue"] == .boolean(true))
    }

    /// A URI label or host label is sent on every call, so an input's such member is required
    /// even where the model does not list it; in an output (where botocore ignores it) it is not.
    @Test func labelMembersOfInputsAreRequired() throws {
        let model = try importModel(
            Self.service(
                operations:
                    #"{"Op": {"name": "Op", "http": {"method": "GET", "requestUri": "/{id}"}, "input": {"shape": "In"}, "output": {"shape": "Out"}}}"#,
                shapes: """
                    {"In": {"type": "structure", "members": {
                        "Id": {"shape": "S", "location": "uri", "locationName": "id"}, "Host": {"shape": "S", "hostLabel": true},
                        "Other": {"shape": "S", "location": "querystring"}}},
                     "Out": {"type": "structure", "members": {"Id": {"shape": "S", "location": "uri", "locationName": "id"}}},
                     "S": {"type": "string"}}
                    """))
        #expect(member("Id", of: "In", in: model)?.isRequired == true)
        #expect(member("Host", of: "In", in: model)?.isRequired == true)
        #expect(member("Other", of: "In", in: model)?.isRequired == false)
        #expect(member("Id", of: "Out", in: model)?.isRequired == false)
    }

    /// `"input": {"shape": …, "payload": "foo"}` makes `foo` the payload, as the structure's own
    /// `payload` key does.
    @Test func anOperationMayNameItsInputsPayload() throws {
        let model = try importModel(
            Self.service(
                operations:
                    #"{"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In", "payload": "foo"}}}"#,
                shapes: #"{"In": {"type": "structure", "members": {"foo": {"shape": "B"}}}, "B": {"type": "blob"}}"#))
        #expect(member("foo", of: "In", in: model)?.httpLocation == .payload)
    }

    /// botocore reads the `character` type as a string.
    @Test func charactersAreStrings() throws {
        let model = try importModel(Self.service(shapes: #"{"C": {"type": "character"}}"#))
        #expect(model.shape(named: "C")?.kind == .string)
    }
}
