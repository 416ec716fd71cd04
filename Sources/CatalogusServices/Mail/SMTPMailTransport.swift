import CCurl
import Foundation

/// Sends a mail to an SMTP relay with libcurl (already linked for webhooks): `smtp://host:587`
/// upgrades with STARTTLS when the relay offers it, `smtps://host:465` is TLS from the start;
/// AUTH with `--smtp-user` and the password from `CATALOGUS_SMTP_PASSWORD`, never in a URL
/// that could be logged. A new easy handle per attempt, on the worker's thread.
package struct SMTPMailTransport: MailTransport {
    package let url: String
    package let user: String?
    package let password: String?
    package static let timeoutMs = 30_000

    package init(url: String, user: String?, password: String?) {
        self.url = url
        self.user = user
        self.password = password
    }

    package func send(_ rendered: String, messageID: String, from: String, to recipients: [String]) -> MailTransportOutcome {
        guard CurlLibrary.prepare(), let handle = curl_easy_init() else { return .failed("could not send", detail: "libcurl could not be initialised") }
        defer { curl_easy_cleanup(handle) }
        var recipientList: UnsafeMutablePointer<curl_slist>?
        for recipient in recipients { recipientList = curl_slist_append(recipientList, "<" + recipient + ">") }
        defer { curl_slist_free_all(recipientList) }
        let source = MailSource(bytes: Array(rendered.utf8))
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }
        let code: CURLcode = withExtendedLifetime(source) {
            let context = Unmanaged.passUnretained(source).toOpaque()
            var options: [CURLcode] = [
                ccurl_setopt_string(handle, CURLOPT_URL, url),
                ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps"),
                ccurl_setopt_long(handle, CURLOPT_USE_SSL, Int(CURLUSESSL_TRY.rawValue)),
                ccurl_setopt_string(handle, CURLOPT_MAIL_FROM, "<" + from + ">"),
                ccurl_setopt_slist(handle, CURLOPT_MAIL_RCPT, recipientList),
                ccurl_setopt_long(handle, CURLOPT_UPLOAD, 1),
                ccurl_setopt_read_function(handle) { buffer, size, count, context in
                    guard let buffer, let context else { return 0 }
                    return Unmanaged<MailSource>.fromOpaque(context).takeUnretainedValue().read(into: buffer, max: size * count)
                },
                ccurl_setopt_pointer(handle, CURLOPT_READDATA, context),
                ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.timeoutMs),
                ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1),
                ccurl_setopt_string(handle, CURLOPT_PROXY, ""),
                ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer),
            ]
            if let user { options.append(ccurl_setopt_string(handle, CURLOPT_USERNAME, user)) }
            if let password { options.append(ccurl_setopt_string(handle, CURLOPT_PASSWORD, password)) }
            if let failed = options.first(where: { $0 != CURLE_OK }) { return failed }
            return curl_easy_perform(handle)
        }
        guard code != CURLE_OK else { return .sent }
        var detail = "\(String(cString: curl_easy_strerror(code))) (\(code.rawValue))"
        let said = String(cString: errorBuffer)
        if !said.isEmpty { detail += ": " + said }
        let message: String = switch code {
        case CURLE_LOGIN_DENIED: "the mail server refused the login"
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_OPERATION_TIMEDOUT: "could not reach the mail server"
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR: "the connection to the mail server broke off"
        default: "the mail server did not accept the mail"
        }
        return .failed(message, detail: detail)
    }
}

/// The message's bytes for libcurl's read callback, which runs inside `curl_easy_perform`
/// on the calling thread.
private final class MailSource {
    private let bytes: [UInt8]
    private var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutablePointer<CChar>, max: Int) -> Int {
        let count = min(max, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { source in
            UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}
