import Foundation
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// Services spell the message member `message` or `Message`; modelled errors carry it either way.
@Suite("Modelled error messages")
struct ModelledErrorMessageTests {
    private func failure(_ response: CannedResponse) async -> (any Error)? {
        do {
            _ = try await ClientFixture(responses: [response]).ping()
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "a modelled error carries its message whatever its capitalisation",
        arguments: [
            #"{"__type":"FooError","message":"lower"}"#,
            #"{"__type":"FooError","Message":"lower"}"#,
            #"{"__type":"FooError","MESSAGE":"lower"}"#,
        ])
    func capitalisations(body: String) async {
        #expect(await failure(.text(400, body)) as? FooError == FooError(message: "lower"))
    }

    @Test("with both spellings the lower-case one wins, for modelled and generic errors")
    func bothSpellings() async {
        let body = #"{"__type":"FooError","Message":"upper","message":"lower"}"#
        #expect(await failure(.text(400, body)) as? FooError == FooError(message: "lower"))
        let generic = #"{"__type":"Unmodelled","Message":"upper","message":"lower"}"#
        #expect(
            await failure(.text(400, generic)) as? ServiceError
                == ServiceError(status: 400, code: "Unmodelled", message: "lower", requestID: nil))
    }

    @Test("a modelled error whose member is spelled Message gets a lower-case message too")
    func upperCaseMember() async throws {
        struct ShoutingError: ServiceErrorShape, Hashable {
            static let errorCode = "ShoutingError"
            var Message: String?
        }
        let client = ServiceClient(
            service: ServiceDescription(name: "S", apiVersion: "1", wireProtocol: .restJSON),
            transport: RecordingTransport(responses: [.text(400, #"{"__type":"ShoutingError","message":"quiet"}"#)]),
            configuration: ClientConfiguration())
        let operation = OperationDescription(name: "Ping", method: "POST", uri: "/", errors: [ShoutingError.self])
        let error = await #expect(throws: ShoutingError.self) {
            let _: PingOutput = try await client.send(PingInput(), to: operation)
        }
        #expect(error == ShoutingError(Message: "quiet"))
    }

    @Test("other members of a modelled error survive the normalisation")
    func otherMembers() async throws {
        struct DetailedError: ServiceErrorShape, Hashable {
            static let errorCode = "DetailedError"
            var message: String?
            var retryAfterSeconds: Int?
            var resource: String?
        }
        let client = ServiceClient(
            service: ServiceDescription(name: "S", apiVersion: "1", wireProtocol: .restJSON),
            transport: RecordingTransport(responses: [
                .text(400, #"{"__type":"DetailedError","Message":"m","retryAfterSeconds":30,"resource":"q/1"}"#)
            ]),
            configuration: ClientConfiguration())
        let operation = OperationDescription(name: "Ping", method: "POST", uri: "/", errors: [DetailedError.self])
        let error = await #expect(throws: DetailedError.self) {
            let _: PingOutput = try await client.send(PingInput(), to: operation)
        }
        #expect(error == DetailedError(message: "m", retryAfterSeconds: 30, resource: "q/1"))
    }
}
