import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Synchronization

/// A resolver that answers the names it was given from a script, one answer per lookup
/// (the last repeats), as a DNS server that rebinds would; other names go to the system.
/// It counts the lookups of each scripted name.
final class ScriptedResolver: WebhookResolver {
    private let scripts: [String: [[WebhookAddress]]]
    private let calls = Mutex<[String: Int]>([:])

    /// `scripts`: name → answers in turn, each a list of address literals.
    init(_ scripts: [String: [[String]]]) {
        self.scripts = scripts.mapValues { answers in answers.map { $0.compactMap(WebhookAddress.init(literal:)) } }
    }

    func lookups(of name: String) -> Int { calls.withLock { $0[name] ?? 0 } }

    func addresses(of host: String) -> [WebhookAddress] {
        guard let answers = scripts[host.lowercased()], !answers.isEmpty else { return SystemWebhookResolver().addresses(of: host) }
        let index = calls.withLock { calls in
            defer { calls[host.lowercased(), default: 0] += 1 }
            return calls[host.lowercased(), default: 0]
        }
        return answers[min(index, answers.count - 1)]
    }
}
