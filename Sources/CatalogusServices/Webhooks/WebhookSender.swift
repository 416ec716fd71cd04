import CatalogusDomain
import CatalogusStorage
import CCurl
import Glibc
#if canImport(Glibc)
#endif

/// Sends one signed POST to a vetted target and waits for its status.
///
/// libcurl directly (issue 20) rather than FoundationNetworking's URLSession, which runs
/// on the same libcurl but cannot be told where to connect: it resolved the name again,
/// so a name could answer a public address to the check and loopback to the connection.
/// Here libcurl's DNS cache is filled with the vetted addresses (`CURLOPT_RESOLVE`) and
/// its socket callback refuses any other address, while the URL keeps the name for the
/// Host header and for TLS (SNI and certificate check). Redirects are not followed, the
/// whole attempt has 10 s, and the answer's body is read up to 64 KB and then cut off:
/// only the status matters.
///
/// A new easy handle per attempt: no connection or DNS cache outlives the attempt that
/// vetted it, and the handle never leaves the sender thread that calls `send`.
package struct WebhookSender {

    package init() {
    }
    package static let timeoutMs = 10_000
    package static let maxResponseBytes = 64 * 1024

    package enum Outcome: Sendable, Equatable {
        case status(Int)
        /// `message` is what the delivery log shows (admins read it); `detail`, libcurl's
        /// own words with addresses and ports, goes only to the server log, so that the
        /// delivery log is no port-scan oracle.
        case failure(String, detail: String?)
    }

    package enum Message {
        package static let couldNotConnect = "could not connect"
        package static let tls = "the TLS handshake failed (certificate or protocol)"
        package static let timedOut = "no answer within 10 s"
        package static let noAnswer = "the connection ended without an answer"
        package static let failed = "the request failed"
    }

    package func send(to target: WebhookTarget, headers: [(String, String)], body: [UInt8]) -> Outcome {
        guard CurlLibrary.prepare(), let handle = curl_easy_init() else {
            return .failure(Message.failed, detail: "libcurl could not be initialised")
        }
        defer { curl_easy_cleanup(handle) }
        let transfer = Transfer(allowed: Set(target.addresses))
        var headerList: UnsafeMutablePointer<curl_slist>?
        // "Expect:" turns off 100-continue: receivers need not know it, and it costs a round trip.
        for line in ["Content-Type: application/json", "Expect:"] + headers.map({ "\($0.0): \($0.1)" }) {
            headerList = curl_slist_append(headerList, line)
        }
        var resolveList: UnsafeMutablePointer<curl_slist>?
        for entry in target.resolveEntries { resolveList = curl_slist_append(resolveList, entry) }
        defer {
            curl_slist_free_all(headerList)
            curl_slist_free_all(resolveList)
        }
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }

        let code: CURLcode = withExtendedLifetime(transfer) {
            let context = Unmanaged.passUnretained(transfer).toOpaque()
            let options: [CURLcode] = [
                ccurl_setopt_string(handle, CURLOPT_URL, target.url),
                ccurl_setopt_slist(handle, CURLOPT_RESOLVE, resolveList),
                ccurl_setopt_opensocket_function(handle) { context, _, address in
                    guard let context, let address else { return ccurl_socket_bad() }
                    return Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue().open(address)
                },
                ccurl_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, context),
                // A proxy would resolve the name itself: none, whatever the environment says.
                ccurl_setopt_string(handle, CURLOPT_PROXY, ""),
                ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"),
                ccurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0),
                ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.timeoutMs),
                // Timeouts without signals: this is one thread of many.
                ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1),
                ccurl_setopt_long(handle, CURLOPT_FORBID_REUSE, 1),
                ccurl_setopt_long(handle, CURLOPT_POST, 1),
                ccurl_setopt_long(handle, CURLOPT_POSTFIELDSIZE, body.count),
                body.isEmpty ? ccurl_setopt_string(handle, CURLOPT_COPYPOSTFIELDS, "")
                    : body.withUnsafeBytes { ccurl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0.baseAddress)) },
                ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList),
                ccurl_setopt_string(handle, CURLOPT_USERAGENT, "catalogus-webhooks/1"),
                ccurl_setopt_write_function(handle) { _, size, count, context in
                    guard let context else { return 0 }
                    return Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue().received(size * count)
                },
                ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context),
                ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer),
            ]
            if let failed = options.first(where: { $0 != CURLE_OK }) { return failed }
            return curl_easy_perform(handle)
        }

        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var connectMicroseconds: curl_off_t = 0
        _ = ccurl_getinfo_off_t(handle, CURLINFO_CONNECT_TIME_T, &connectMicroseconds)
        // The status is the answer; a body cut off past 64 KB does not change it.
        if status > 0, code == CURLE_OK || transfer.cut { return .status(status) }
        var detail = "\(String(cString: curl_easy_strerror(code))) (\(code.rawValue))"
        let said = String(cString: errorBuffer)
        if !said.isEmpty { detail += ": " + said }
        if !transfer.refused.isEmpty {
            detail += "; refused to connect to unvetted \(transfer.refused.map(\.text).joined(separator: ", "))"
        }
        return .failure(Self.message(for: code, connected: connectMicroseconds > 0), detail: detail)
    }

    /// What the delivery log may say: whether the receiver was reached, never where or how.
    private static func message(for code: CURLcode, connected: Bool) -> String {
        switch code {
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return Message.tls
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL, CURLE_UNKNOWN_OPTION:
            return Message.failed
        case _ where !connected:
            // Refused, unreachable, filtered (a timeout), or an unvetted address: all alike.
            return Message.couldNotConnect
        case CURLE_OPERATION_TIMEDOUT:
            return Message.timedOut
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE:
            return Message.noAnswer
        default:
            return Message.failed
        }
    }
}

/// One attempt's state, reached by libcurl's callbacks through a raw pointer. They run
/// inside `curl_easy_perform`, on the thread that called it, so nothing here is shared.
private final class Transfer {
    let allowed: Set<WebhookAddress>
    private(set) var bytes = 0
    private(set) var cut = false
    private(set) var refused: [WebhookAddress] = []

    init(allowed: Set<WebhookAddress>) { self.allowed = allowed }

    /// libcurl's socket for a connection: only to a vetted address. This holds even where
    /// `CURLOPT_RESOLVE` would not (a spelling of the name libcurl keys differently): then
    /// libcurl resolves the name itself, and an unvetted answer gets no socket.
    func open(_ address: UnsafeMutablePointer<curl_sockaddr>) -> curl_socket_t {
        let offset = MemoryLayout<curl_sockaddr>.offset(of: \curl_sockaddr.addr) ?? 16
        let target = WebhookAddress(socketAddress: UnsafeRawPointer(address).advanced(by: offset))
        guard let target, allowed.contains(target) else {
            if let target { refused.append(target) }
            return ccurl_socket_bad()
        }
        return socket(address.pointee.family, address.pointee.socktype, address.pointee.protocol)
    }

    /// The answer's body is counted and dropped; past the cap, a short count makes libcurl stop.
    func received(_ count: Int) -> Int {
        bytes += count
        guard bytes <= WebhookSender.maxResponseBytes else {
            cut = true
            return 0
        }
        return count
    }
}
