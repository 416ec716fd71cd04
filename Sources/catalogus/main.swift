import ArgumentParser
import Foundation

// Wrong arguments get one line on stderr and a non-zero exit; `--help` prints help.
do {
    var command = try CatalogusCommand.parseAsRoot()
    try command.run()
} catch {
    let code = CatalogusCommand.exitCode(for: error)
    if code == .success {
        CatalogusCommand.exit(withError: error)
    }
    let message = CatalogusCommand.message(for: error)
        .split(separator: "\n").first.map(String.init) ?? "\(error)"
    FileHandle.standardError.write(Data("catalogus: \(message)\n".utf8))
    exit(code.rawValue == 0 ? 1 : code.rawValue)
}
