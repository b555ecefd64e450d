import ArgumentFormats
import ArgumentModel

/// One JSON-RPC 2.0 message as LSP uses them. Parsed with the package's JSON parser (`JSONDataParser`) and
/// written with its writer (`JSONDataWriter`), so key order and output bytes are deterministic.
public enum JSONRPCMessage: Equatable, Sendable {
    /// A call that expects a response with the same `id`.
    case request(id: DataValue, method: String, params: DataValue)
    /// A call without a response.
    case notification(method: String, params: DataValue)
    /// A successful answer to the request `id`.
    case response(id: DataValue, result: DataValue)
    /// A failed answer to the request `id` (`.null` when the request could not be read).
    case failure(id: DataValue, code: Int, message: String)

    /// Standard JSON-RPC and LSP error codes.
    public enum ErrorCode {
        /// The body is not JSON.
        public static let parseError = -32700
        /// The JSON is not a JSON-RPC message.
        public static let invalidRequest = -32600
        /// No such method.
        public static let methodNotFound = -32601
        /// The parameters do not fit the method.
        public static let invalidParams = -32602
        /// The server failed.
        public static let internalError = -32603
        /// A request before `initialize`.
        public static let serverNotInitialized = -32002
        /// A request the server cannot carry out now (e.g. rename where there is no title).
        public static let requestFailed = -32803
    }

    /// Reads a message from a JSON body; a `.failure` value (with id `.null` when unknown) when it is not one.
    public static func parse(_ body: [UInt8]) -> JSONRPCMessage {
        switch JSONDataParser.parse(bytes: body) {
        case .failure(let error):
            return .failure(id: .null, code: ErrorCode.parseError, message: "not JSON: \(error.message)")
        case .success(let value):
            return from(value)
        }
    }

    /// Interprets a parsed JSON value as a message.
    static func from(_ value: DataValue) -> JSONRPCMessage {
        guard case .object(let object) = value else {
            return .failure(id: .null, code: ErrorCode.invalidRequest, message: "a JSON-RPC message is an object")
        }
        let params = object["params"] ?? .null
        if let method = object["method"]?.stringValue {
            if let id = object["id"], id != .null { return .request(id: id, method: method, params: params) }
            return .notification(method: method, params: params)
        }
        let id = object["id"] ?? .null
        if let error = object["error"] {
            return .failure(
                id: id, code: error["code"]?.intValue ?? ErrorCode.internalError,
                message: error["message"]?.stringValue ?? "")
        }
        return .response(id: id, result: object["result"] ?? .null)
    }

    /// The message as a JSON value, `"jsonrpc": "2.0"` first.
    public var dataValue: DataValue {
        switch self {
        case .request(let id, let method, let params):
            .object(["jsonrpc": .string("2.0"), "id": id, "method": .string(method), "params": params])
        case .notification(let method, let params):
            .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])
        case .response(let id, let result):
            .object(["jsonrpc": .string("2.0"), "id": id, "result": result])
        case .failure(let id, let code, let message):
            .object(["jsonrpc": .string("2.0"), "id": id, "error": .object(["code": .int(code), "message": .string(message)])])
        }
    }

    /// The compact JSON text of the message, as UTF-8 bytes (unframed).
    public var body: [UInt8] { Array(JSONDataWriter.writeCompact(dataValue).utf8) }
}
