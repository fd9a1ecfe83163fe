import Testing
import Things

/// A module made of a model and `Exports.swift`: its types, and the runtime's, with one import.
@Test func aModelOnlyModuleIsUsableWithOneImport() async throws {
    var mock = ThingsMock()
    mock.getItemHandler = { input in .init(contentType: input.shelf + "/" + input.path) }
    let item = try await mock.getItem(.init(shelf: "a", path: "b/c"))
    #expect(item.contentType == "a/b/c")
    #expect(ClientConfiguration().retryPolicy.maxAttempts == 1)
    #expect(throws: ValidationError.self) {
        try Things.PutItemRequest(shelf: "", path: "p", item: .init(name: "n")).validate()
    }
}
