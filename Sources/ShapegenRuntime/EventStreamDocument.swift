import Foundation

/// Turns a response's event stream into the JSON document of its output: the stream member an
/// array of events (`{"TypeA": {…}}`), the members of an `initial-response` event beside it; the
/// output then decodes from it as from any JSON body.
enum EventStreamDocument {
    /// What a stream can say instead of events.
    enum Failure: Error {
        /// The bytes are not event stream messages.
        case malformed(String)
        /// An `exception` message: a modelled error, its code and its body.
        case exception(code: String, body: Data)
        /// An `error` message.
        case error(code: String?, message: String?)
    }

    static func json(from body: Data, stream: EventStreamDescription) throws(Failure) -> Data {
        let messages: [EventStreamMessage]
        do {
            messages = try EventStreamMessage.messages(in: body)
        } catch {
            throw .malformed(error.description)
        }
        var events: [String] = []
        var initialMembers: [String] = []
        for message in messages {
            switch message.string(":message-type") ?? "event" {
            case "exception":
                throw .exception(code: message.string(":exception-type") ?? "", body: message.payload)
            case "error":
                throw .error(code: message.string(":error-code"), message: message.string(":error-message"))
            default:
                let type = message.string(":event-type") ?? ""
                if type == "initial-response" {
                    initialMembers += try members(ofObject: message.payload)
                } else if let event = stream.events[type] {
                    events.append(
                        "{" + JSONText.quoted(type) + ":{"
                            + (try members(of: message, as: event)).joined(separator: ",") + "}}")
                }
            // Event types the model does not know yet are skipped, as botocore skips them.
            }
        }
        let members = [JSONText.quoted(stream.member) + ":[" + events.joined(separator: ",") + "]"] + initialMembers
        return Data(("{" + members.joined(separator: ",") + "}").utf8)
    }

    /// The `"name":value` members of one event, from its payload and its headers.
    private static func members(of message: EventStreamMessage, as event: EventStreamDescription.Event) throws(Failure)
        -> [String]
    {
        var members: [String]
        switch event.payload {
        case .members: members = try self.members(ofObject: message.payload)
        case .blob(let name):
            members = [JSONText.quoted(name) + ":" + JSONText.quoted(message.payload.base64EncodedString())]
        case .string(let name):
            members = [JSONText.quoted(name) + ":" + JSONText.quoted(String(decoding: message.payload, as: UTF8.self))]
        case .structure(let name):
            members =
                message.payload.isEmpty
                ? [] : [JSONText.quoted(name) + ":" + String(decoding: message.payload, as: UTF8.self)]
        case .xmlStructure(let name, let type):
            guard !message.payload.isEmpty else {
                members = []
                break
            }
            do {
                members = [
                    JSONText.quoted(name) + ":"
                        + (try XMLDecoding.json(try XMLNode.parse(message.payload), members: type.wireMembers))
                ]
            } catch let error as XMLNode.Malformed {
                throw .malformed(error.description)
            } catch let error as XMLDecoding.Mismatch {
                throw .malformed(error.description)
            } catch {
                throw .malformed(String(describing: error))
            }
        }
        for name in event.headers {
            guard let value = message.headers.first(where: { $0.name == name })?.value else { continue }
            members.append(JSONText.quoted(name) + ":" + json(value))
        }
        return members
    }

    /// The members of a payload that is a JSON object, as written (an empty payload has none).
    private static func members(ofObject payload: Data) throws(Failure) -> [String] {
        guard !payload.isEmpty else { return [] }
        guard (try? JSONSerialization.jsonObject(with: payload)) is [String: Any] else {
            throw .malformed("an event's payload is not a JSON object")
        }
        let text = String(decoding: payload, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let inner = text.dropFirst().dropLast().trimmingCharacters(in: .whitespacesAndNewlines)
        return inner.isEmpty ? [] : [inner]
    }

    private static func json(_ value: EventStreamMessage.HeaderValue) -> String {
        switch value {
        case .boolean(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .bytes(let data), .uuid(let data): JSONText.quoted(data.base64EncodedString())
        case .string(let text): JSONText.quoted(text)
        case .timestamp(let date): String(date.timeIntervalSince1970)
        }
    }
}
