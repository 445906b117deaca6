import Foundation

/// Finds the core's data files (the entity model, the common-word list).
///
/// Not `Bundle.module`: its accessor stops the process when the bundle is not where the build
/// left it, which is the case for an installed binary. Looked for, in order:
/// `$WIREWATCH_RESOURCES/`, the build's `wirewatch_Extraction.resources/` beside the running
/// executable, and `../share/wirewatch/` from it (where `Deploy/install.sh` puts them).
enum BundledResource {
    static func data(named name: String) -> Data? {
        for folder in folders {
            if let data = FileManager.default.contents(atPath: folder + "/" + name) { return data }
        }
        return nil
    }

    static let folders: [String] = {
        var folders: [String] = []
        if let override = ProcessInfo.processInfo.environment["WIREWATCH_RESOURCES"] { folders.append(override) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        folders.append(executable.appendingPathComponent("wirewatch_Extraction.resources").path)
        folders.append(executable.deletingLastPathComponent().appendingPathComponent("share/wirewatch").path)
        return folders
    }()
}
