import CoachingCore
import Foundation

/// Prints HTML files to PDF with one headless Chromium for all of them, through the DevTools
/// protocol: a few tabs (targets with flattened sessions) each navigate to a file, wait for its
/// load event and print it with the page's own `@page` size, tagged and with an outline.
///
/// Several tabs keep the browser busy while the tool decodes and stages what came back; every
/// wait has a deadline, and the browser is always stopped (``close()``).
final class ChromiumPrinter {
    private let process: ChromiumProcess
    private var nextID = 1
    /// Seconds one document may take from navigating to its PDF.
    let timeout: Double

    init(executable: String, timeout: Double = 60) throws(ChromiumError) {
        process = try ChromiumProcess(executable: executable)
        self.timeout = timeout
    }

    func close() { process.stop() }

    /// The `Page.printToPDF` parameters: the page's CSS size and margins (`@page`), backgrounds,
    /// a tagged PDF with an outline from the headings, no browser header or footer.
    static var printParameters: [String: Any] { [
        "preferCSSPageSize": true, "printBackground": true, "generateTaggedPDF": true, "generateDocumentOutline": true,
        "displayHeaderFooter": false,
    ] }

    /// Prints `files` (absolute paths), `tabs` at a time; `deliver` gets each one's index and
    /// PDF bytes as it arrives (not in order).
    func print(_ files: [String], tabs: Int, deliver: (Int, [UInt8]) throws -> Void) throws {
        guard !files.isEmpty else { return }
        var timer = StageTimer()
        var slots: [Slot] = []
        for _ in 0..<max(1, min(tabs, files.count)) { slots.append(try openTab()) }
        timer.mark("  Chromium started, \(slots.count) tabs open")
        var queue = files.indices.makeIterator()
        var remaining = files.count
        func start(_ s: Int) throws {
            guard let index = queue.next() else { slots[s].state = .idle; return }
            let url = URL(fileURLWithPath: files[index]).absoluteString
            let id = try send("Page.navigate", ["url": url], session: slots[s].session)
            slots[s].state = .navigating(index: index, id: id, loaded: false)
            slots[s].deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        }
        for s in slots.indices { try start(s) }
        while remaining > 0 {
            let deadline = slots.filter { $0.state != .idle }.map(\.deadline).min() ?? DispatchTime.now().uptimeNanoseconds
            guard let bytes = try process.receive(until: deadline) else {
                let late = slots.first { $0.state != .idle && $0.deadline <= DispatchTime.now().uptimeNanoseconds }
                let file = late?.state.index.map { Message(.printChromiumFile, ["path": files[$0]]) } ?? Message(.printChromiumADocument)
                throw ChromiumError(.printChromiumTimeout, ["seconds": "\(Int(timeout))"], parts: ["file": file])
            }
            let message = try Self.parse(bytes)
            let session = message["sessionId"] as? String
            if let id = message["id"] as? Int {
                guard let s = slots.firstIndex(where: { $0.state.id == id }) else { continue }
                if let error = message["error"] as? [String: Any] {
                    throw ChromiumError(.printChromiumRefusedPrint, ["path": slots[s].state.index.map { files[$0] } ?? "", "reason": error["message"] as? String ?? "\(error)"])
                }
                let result = message["result"] as? [String: Any] ?? [:]
                switch slots[s].state {
                case .navigating(let index, _, let loaded):
                    if let text = result["errorText"] as? String, !text.isEmpty {
                        throw ChromiumError(.printChromiumCannotOpen, ["path": files[index], "reason": text])
                    }
                    slots[s].state = .loading(index: index)
                    if loaded { try printPage(&slots[s], index) }
                case .printing(let index, _):
                    guard let text = result["data"] as? String, let data = Data(base64Encoded: text) else {
                        throw ChromiumError(.printChromiumNotBase64, ["path": files[index]])
                    }
                    try deliver(index, [UInt8](data))
                    remaining -= 1
                    try start(s)
                default: continue
                }
            } else if message["method"] as? String == "Page.loadEventFired", let s = slots.firstIndex(where: { $0.session == session }) {
                switch slots[s].state {
                case .navigating(let index, let id, _): slots[s].state = .navigating(index: index, id: id, loaded: true)
                case .loading(let index): try printPage(&slots[s], index)
                default: continue
                }
            } else if message["method"] as? String == "Inspector.targetCrashed" {
                throw ChromiumError(.printChromiumTabCrashed)
            }
        }
    }

    // MARK: - Tabs

    private struct Slot {
        enum State: Equatable {
            case idle
            case navigating(index: Int, id: Int, loaded: Bool)
            case loading(index: Int)
            case printing(index: Int, id: Int)

            var id: Int? {
                switch self {
                case .navigating(_, let id, _), .printing(_, let id): id
                default: nil
                }
            }

            var index: Int? {
                switch self {
                case .idle: nil
                case .navigating(let index, _, _), .loading(let index), .printing(let index, _): index
                }
            }
        }

        var session: String
        var state = State.idle
        var deadline: UInt64 = 0
    }

    private func printPage(_ slot: inout Slot, _ index: Int) throws {
        let id = try send("Page.printToPDF", Self.printParameters, session: slot.session)
        slot.state = .printing(index: index, id: id)
    }

    /// A new blank tab attached with a flattened session, its page events enabled.
    private func openTab() throws -> Slot {
        let target = try call("Target.createTarget", ["url": "about:blank"])
        guard let targetID = target["targetId"] as? String else { throw ChromiumError(.printChromiumNoTab) }
        let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw ChromiumError(.printChromiumNoSession) }
        _ = try call("Page.enable", [:], session: session)
        return Slot(session: session)
    }

    // MARK: - Messages

    private func send(_ method: String, _ parameters: [String: Any], session: String? = nil) throws -> Int {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        try process.send([UInt8](try JSONSerialization.data(withJSONObject: message)))
        return id
    }

    /// Sends a command and waits for its answer (events in between are not needed while setting up).
    private func call(_ method: String, _ parameters: [String: Any], session: String? = nil) throws -> [String: Any] {
        let id = try send(method, parameters, session: session)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        while true {
            guard let bytes = try process.receive(until: deadline) else {
                throw ChromiumError(.printChromiumNoAnswer, ["method": method, "seconds": "\(Int(timeout))"])
            }
            let message = try Self.parse(bytes)
            guard message["id"] as? Int == id else { continue }
            if let error = message["error"] as? [String: Any] {
                throw ChromiumError(.printChromiumRefused, ["method": method, "reason": error["message"] as? String ?? "\(error)"])
            }
            return message["result"] as? [String: Any] ?? [:]
        }
    }

    private static func parse(_ bytes: [UInt8]) throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw ChromiumError(.printChromiumNotJSON, ["text": String(decoding: bytes.prefix(120), as: UTF8.self)])
        }
        return object
    }
}
