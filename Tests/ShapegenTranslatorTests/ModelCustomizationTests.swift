import ShapegenKit
import ShapegenLoader
import ShapegenModel
import Testing

/// A configuration's operations filter and service name, applied to a model before translation.
@Suite("Model customization")
struct ModelCustomizationTests {
    static let yaml = model(
        operations: """
              ListThings: {http: {method: POST, uri: /things}, input: ListThingsRequest, output: ListThingsResponse, errors: [Failure]}
              DeleteThing: {http: {method: DELETE, uri: /things}, input: DeleteThingRequest}
            """,
        shapes: """
              ListThingsRequest: {type: structure, members: {filter: {target: Filter}}}
              Filter: {type: structure, members: {names: {target: Names}}}
              Names: {type: list, member: Name}
              Name: {type: string, max: 10}
              ListThingsResponse: {type: structure, members: {things: {target: Things}}}
              Things: {type: map, key: Name, value: Thing}
              Thing: {type: structure, members: {name: {target: Name}}}
              Failure: {type: structure, error: {httpStatus: 400}, members: {message: {target: Name}}}
              DeleteThingRequest: {type: structure, members: {name: {target: Name}, force: {target: Force}}}
              Force: {type: boolean}
              StoreClient: {type: structure, members: {}}
            """)

    private func loaded() throws -> ServiceModel {
        try ModelLoader().load(yaml: Self.yaml, path: "things.yaml")
    }

    @Test func keepsTheChosenOperationsAndEveryShapeTheyReach() throws {
        let configuration = GeneratorConfiguration(operations: [.init("ListThings")])
        let model = try loaded().customized(by: configuration)
        #expect(model.operations.map(\.name) == ["ListThings"])
        #expect(
            model.shapes.map(\.name) == [
                "ListThingsRequest", "Filter", "Names", "Name", "ListThingsResponse", "Things", "Thing", "Failure",
            ])
    }

    @Test func anUnknownOperationIsALocatedErrorWithASuggestion() throws {
        let location = SourceLocation(file: "shapegen-config.yaml", line: 2, column: 14)
        let configuration = GeneratorConfiguration(operations: [.init("ListThing", location: location), .init("Ping")])
        let error = #expect(throws: DiagnosticsError.self) { try loaded().customized(by: configuration) }
        #expect(
            error?.diagnostics == [
                .error("the model has no operation 'Ping'", at: nil),
                .error("the model has no operation 'ListThing' (did you mean 'ListThings'?)", at: location),
            ])
    }

    @Test func aServiceNameRenamesTheServiceTypesButNotTheWire() throws {
        let files = try Generator(configuration: GeneratorConfiguration(serviceName: .init("Inventory"))).generate(
            loaded())
        let client = try #require(files.files.first { $0.relativePath == "Client.swift" }).contents
        #expect(files.folder == "Inventory")
        #expect(client.contains("public struct InventoryClient: InventoryAPI"))
        #expect(
            client.contains(
                #"""
                    public static let service: ServiceDescription = ServiceDescription(
                        name: "Inventory",
                        apiVersion: "2024-01-01",
                        wireProtocol: .restJSON,
                        endpointPrefix: "demo",
                        signingName: "demo",
                    )
                """#))
    }

    /// Shapes live in the service's namespace, so a shape may share a name with the client
    /// (`Store.StoreClient` beside `StoreClient`).
    @Test func aServiceNameMayMatchAShapeName() throws {
        let files = try Generator(configuration: GeneratorConfiguration(serviceName: .init("Store"))).generate(loaded())
        let shapes = try #require(files.files.first { $0.relativePath == "Shapes.swift" }).contents
        let client = try #require(files.files.first { $0.relativePath == "Client.swift" }).contents
        #expect(shapes.contains("extension Store {\n"))
        #expect(shapes.contains("    public struct StoreClient: Sendable, Hashable, ShapeCodable {"))
        #expect(client.contains("public struct StoreClient: StoreAPI {"))
    }
}
