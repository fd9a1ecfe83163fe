import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// How `ServiceClient` reads error responses: the code's place and shape, modelled or not.
@Suite("ServiceClient error responses")
struct ServiceClientErrorTests {
    /// The error `Ping` throws when the service answers `response`.
    private func failure(_ response: CannedResponse) async -> (any Error)? {
        do {
            _ = try await ClientFixture(responses: [response]).ping()
            return nil
        } catch {
            return error
        }
    }

    static let codeForms: [(String, CannedResponse)] = [
        ("header, bare", .text(400, #"{"message":"m"}"#, headers: [HTTPField("X-Amzn-ErrorType", "FooError")])),
        (
            "header with URL",
            .text(
                400, #"{"message":"m"}"#,
                headers: [
                    HTTPField(
                        "X-Amzn-ErrorType", "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/")
                ])
        ),
        (
            "header, lower-case name",
            .text(400, #"{"message":"m"}"#, headers: [HTTPField("x-amzn-errortype", "FooError")])
        ),
        ("__type with namespace", .text(400, #"{"__type":"aws.protocoltests.restjson#FooError","message":"m"}"#)),
        (
            "__type with namespace and URL",
            .text(
                400,
                #"{"__type":"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/","message":"m"}"#
            )
        ),
        ("code", .text(400, #"{"code":"FooError","message":"m"}"#)),
        ("Code", .text(400, #"{"Code":"FooError","message":"m"}"#)),
    ]

    @Test("every form of the code finds the modelled error", arguments: codeForms)
    func findsModelledError(form: String, response: CannedResponse) async {
        let error = await failure(response)
        #expect(error as? FooError == FooError(message: "m"), "\(form)")
    }

    /// botocore's "Modeled exceptions" cases: a code the operation does not list is still the
    /// service's modelled error; the operation's own errors are looked at first.
    @Test("an error the operation does not list is found among the service's errors")
    func serviceWideErrors() async throws {
        let service = ServiceDescription(name: "Pinger", apiVersion: "2020-01-01", wireProtocol: .restJSON)
        let response = CannedResponse.text(
            400, #"{"message":"m"}"#, headers: [HTTPField("X-Amzn-ErrorType", "BarError")])
        let operation = OperationDescription(name: "Ping", method: "PUT", uri: "/ping", errors: [FooError.self])
        let unlisted = ServiceClient(
            service: service, transport: RecordingTransport(responses: [response]), configuration: ClientConfiguration()
        )
        await #expect(throws: ServiceError.self) {
            let _: PingOutput = try await unlisted.send(PingInput(message: "hi"), to: operation)
        }
        let client = ServiceClient(
            service: service, errors: [FooError.self, BarError.self],
            transport: RecordingTransport(responses: [response]),
            configuration: ClientConfiguration())
        await #expect(throws: BarError(message: "m")) {
            let _: PingOutput = try await client.send(PingInput(message: "hi"), to: operation)
        }
    }

    @Test("the header wins over the body's __type")
    func headerWins() async {
        let response = CannedResponse.text(
            400, #"{"__type":"FooError","message":"m"}"#, headers: [HTTPField("X-Amzn-ErrorType", "BarError")])
        #expect(await failure(response) as? BarError == BarError(message: "m"))
    }

    @Test("a modelled error with an empty body still decodes")
    func emptyBody() async {
        let response = CannedResponse(status: 404, headers: [HTTPField("X-Amzn-ErrorType", "BarError")])
        #expect(await failure(response) as? BarError == BarError(message: nil))
    }

    @Test("an unmodelled code gives ServiceError with the normalised code, message and request ID")
    func unmodelled() async {
        let response = CannedResponse.text(
            429,
            #"{"__type":"aws.protocoltests#ThrottlingException:http://internal.amazon.com/","message":"slow down"}"#,
            headers: [HTTPField("x-amzn-RequestId", "req-1")])
        #expect(
            await failure(response) as? ServiceError
                == ServiceError(
                    status: 429, code: "ThrottlingException", message: "slow down", requestID: "req-1"))
    }

    @Test("Message with a capital M and x-amz-request-id are read too")
    func alternativeNames() async {
        let response = CannedResponse.text(
            500, #"{"Message":"boom"}"#, headers: [HTTPField("x-amz-request-id", "req-2")])
        #expect(
            await failure(response) as? ServiceError
                == ServiceError(status: 500, code: nil, message: "boom", requestID: "req-2"))
    }

    @Test("a modelled code whose body is not JSON falls back to ServiceError, keeping status and code")
    func nonJSONErrorBody() async {
        let response = CannedResponse.text(
            502, "<html>Bad Gateway</html>", headers: [HTTPField("X-Amzn-ErrorType", "FooError")])
        #expect(
            await failure(response) as? ServiceError
                == ServiceError(status: 502, code: "FooError", message: nil, requestID: nil))
    }

    @Test("ServiceError's description includes what is known")
    func serviceErrorDescription() {
        #expect(
            ServiceError(status: 429, code: "Throttling", message: "slow down", requestID: "r").description
                == "service error 429 Throttling: slow down (request ID r)")
        #expect(ServiceError(status: 500, code: nil, message: nil, requestID: nil).description == "service error 500")
    }

    @Test("a 2xx body that is not the output is ClientError.invalidResponse naming the member")
    func invalidResponse() async {
        let error = await failure(.text(200, #"{"other":1}"#))
        #expect(
            error as? ClientError == .invalidResponse(operation: "Ping", reason: "echo: required member is missing"))
    }

    @Test("an empty 2xx body decodes as an empty object")
    func emptySuccessBody() async throws {
        let fixture = ClientFixture(responses: [CannedResponse(status: 204)])
        let output: EmptyShape = try await fixture.client.send(PingInput(), to: ClientFixture.operation)
        #expect(output == EmptyShape())
    }

    @Test("an error the transport throws reaches the caller unchanged")
    func transportError() async {
        struct Offline: Error, Equatable {}
        struct FailingTransport: HTTPTransport {
            func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data) { throw Offline() }
        }
        let client = ServiceClient(
            service: ServiceDescription(name: "S", apiVersion: "1", wireProtocol: .restJSON),
            transport: FailingTransport(),
            configuration: ClientConfiguration())
        await #expect(throws: Offline.self) {
            let _: PingOutput = try await client.send(PingInput(), to: ClientFixture.operation)
        }
    }
}
