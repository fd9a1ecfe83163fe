import Testing

/// Structures of the XML and query protocols describe their members' wire form once.
@Suite("Wire member snippets")
struct WireMembersSnippetTests {
    static let shapes = """
          Item:
            type: structure
            members:
              Name: {target: Text, locationName: name, traits: {queryName: QName}}
              Tags: {target: Tags}
              Flat: {target: Flat}
              Attributes: {target: Attributes}
              Id: {target: Text, traits: {xmlAttribute: true}}
              When: {target: Stamp, traits: {timestampFormat: unixTimestamp}}
              Next: {target: Item}
          Tags: {type: list, member: Text, traits: {member: {locationName: item}}}
          Flat: {type: list, member: Text, traits: {flattened: true}}
          Attributes: {type: map, key: Text, value: Count, traits: {key: {locationName: K}, value: {locationName: V}}}
          Text: {type: string}
          Count: {type: long}
          Stamp: {type: timestamp}
        """

    @Test func queryStructuresListTheirMembersWireForms() throws {
        let yaml = model(shapes: Self.shapes).replacingOccurrences(of: "protocol: rest-json", with: "protocol: query")
        let shapes = try #require(try generate(yaml)["Shapes.swift"])
        #expect(shapes.contains("public struct Item: Sendable, Hashable, ShapeCodable, WireStructure {"))
        #expect(
            shapes.contains(
                """
                        public static let wireMembers: [WireMember] = [
                            WireMember("Name", .string, wireName: "name", queryName: "QName"),
                            WireMember("Tags", .list(.string, memberName: "item")),
                            WireMember("Flat", .list(.string, flattened: true)),
                            WireMember("Attributes", .map(key: .string, value: .integer, keyName: "K", valueName: "V")),
                            WireMember("Id", .string, isAttribute: true),
                            WireMember("When", .timestamp(.epochSeconds)),
                            WireMember("Next", .structure(Item.self)),
                        ]
                """))
    }

    /// S3's `SelectObjectContent`: an XML body named on the operation's input, and an event stream
    /// out. The arguments come in the order `OperationDescription.init` takes them.
    @Test func aRestXMLBodyAndAnOutputEventStreamBothReachTheOperation() throws {
        let yaml = model(
            operations: """
                  Select:
                    http: {method: POST, uri: "/{Key}?select"}
                    input: SelectRequest
                    output: SelectOutput
                    traits: {input: {locationName: SelectRequest, xmlNamespace: {uri: "http://s3.amazonaws.com/doc/2006-03-01/"}}}
                """,
            shapes: """
                  SelectRequest:
                    type: structure
                    members:
                      Key: {target: Text, required: true, location: uri}
                      Expression: {target: Text}
                  SelectOutput:
                    type: structure
                    members:
                      Payload: {target: Events, location: payload}
                  Events:
                    type: structure
                    members:
                      Records: {target: Records}
                    traits: {eventstream: true}
                  Records:
                    type: structure
                    members:
                      Payload: {target: Bytes, traits: {eventpayload: true}}
                  Bytes: {type: blob}
                  Text: {type: string}
                """
        ).replacingOccurrences(of: "protocol: rest-json", with: "protocol: rest-xml")
        let client = try #require(try generate(yaml)["Client.swift"])
        #expect(
            client.contains(
                #"""
                                outputEventStream: EventStreamDescription(
                                    member: "Payload",
                                    events: ["Records": .init(payload: .blob("Payload"))],
                                ),
                                xmlRoot: XMLRoot("SelectRequest", namespace: XMLNamespace("http://s3.amazonaws.com/doc/2006-03-01/")),
                            ),
                """#))
    }

    /// A service that offers CBOR and json speaks CBOR, and says json is there too.
    @Test func aCBORServiceOffersItsJSONFallback() throws {
        let yaml = model(shapes: Self.shapes).replacingOccurrences(
            of: "protocol: rest-json",
            with: "protocol: smithy-rpc-v2-cbor, targetPrefix: Demo, traits: {protocols: [smithy-rpc-v2-cbor, json]}")
        let files = try generate(yaml)
        #expect(
            try #require(files["Client.swift"]).contains(
                """
                        wireProtocol: .rpcV2CBOR,
                        endpointPrefix: "demo",
                        targetPrefix: "Demo",
                        alternativeProtocols: [.json],
                """))
        #expect(try #require(files["Shapes.swift"]).contains(#"WireMember("name", .string, wireName: "name""#))
    }

    @Test func jsonStructuresDoNot() throws {
        let shapes = try #require(try generate(model(shapes: Self.shapes))["Shapes.swift"])
        #expect(!shapes.contains("WireStructure") && !shapes.contains("wireMembers"))
    }
}
