import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// Error responses whose body is AWS's XML error document rather than JSON.
@Suite("XML error bodies")
struct XMLErrorBodyTests {
    private func failure(_ response: CannedResponse) async -> (any Error)? {
        do {
            _ = try await ClientFixture(responses: [response]).ping()
            return nil
        } catch {
            return error
        }
    }

    @Test("code, message and request ID come from the XML, entities unescaped")
    func signatureMismatch() async {
        let body = """
            <?xml version="1.0" encoding="utf-8"?>
            <ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not \
            match &amp; &lt;so&gt; &quot;on&quot;</Message><Type>Sender</Type></Error></Errors><RequestId>r-xml</RequestId></ErrorResponse>
            """
        #expect(
            await failure(.text(403, body)) as? ServiceError
                == ServiceError(
                    status: 403, code: "SignatureDoesNotMatch",
                    message: #"The request signature we calculated does not match & <so> "on""#,
                    requestID: "r-xml"))
    }

    @Test("headers win over the XML for the code and the request ID")
    func headersWin() async {
        let body = "<Error><Code>Inner</Code><Message>m</Message></Error>"
        let headers = [HTTPField("X-Amzn-ErrorType", "Outer:http://x/"), HTTPField("x-amzn-RequestId", "r-header")]
        #expect(
            await failure(.text(400, body, headers: headers)) as? ServiceError
                == ServiceError(
                    status: 400, code: "Outer", message: "m", requestID: "r-header"))
    }

    @Test("an XML throttling code is retried")
    func xmlThrottlingIsRetried() async throws {
        let transport = ScriptedTransport([
            .respond(
                .text(
                    400,
                    "<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>"
                )),
            .respond(.text(200, #"{"echo":"hi"}"#)),
        ])
        let client = ServiceClient(
            service: ServiceDescription(name: "S", apiVersion: "1", wireProtocol: .restJSON), transport: transport,
            configuration: ClientConfiguration(retryPolicy: RetryPolicy(maxAttempts: 2, sleep: { _ in })))
        let output: PingOutput = try await client.send(PingInput(), to: ClientFixture.operation)
        #expect(output == PingOutput(echo: "hi"))
        #expect(await transport.requests.count == 2)
    }

    @Test("HTML without Code or Message keeps the generic error")
    func html() async {
        #expect(
            await failure(.text(502, "<html><body>Bad Gateway</body></html>")) as? ServiceError
                == ServiceError(
                    status: 502, code: nil, message: nil, requestID: nil))
    }
}
