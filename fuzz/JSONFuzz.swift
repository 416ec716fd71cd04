// libFuzzer target for the JSON module; built by fuzz/run.sh together with
// Sources/JSON/*.swift into one module, so it needs nothing but the stdlib.
//
// Properties checked on every input (a violation traps, which libFuzzer reports as a crash):
// - a failure points inside the input;
// - a parsed value writes, reparses to an equal value, and writes again to the same bytes;
// - every member of every object is found by its name (the index matches the members);
// - a parse under a smaller depth limit, if it succeeds, gives the same value.
// The time limit in run.sh catches superlinear parsing: max_len admits 256 KiB inputs.

@_cdecl("LLVMFuzzerTestOneInput")
public func jsonFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let value: JSONValue
    do {
        value = try JSONParser.parse(bytes)
    } catch {
        precondition(error.offset >= 0 && error.offset <= size, "error offset outside the input")
        return 0
    }
    let written = value.serialized
    do {
        let reparsed = try JSONParser.parse(written)
        precondition(reparsed == value, "written value reparses to a different value")
        precondition(reparsed.serialized == written, "writing is not stable")
    } catch {
        preconditionFailure("written value does not parse: \(error)")
    }
    checkIndex(value)
    if let shallow = try? JSONParser.parse(bytes, maxDepth: 3) {
        precondition(shallow == value, "a lower depth limit changed the value")
    }
    return 0
}

private func checkIndex(_ value: JSONValue) {
    switch value {
    case .array(let elements):
        for element in elements { checkIndex(element) }
    case .object(let object):
        for (key, member) in object {
            precondition(object[key] == member, "member not found by its name")
            checkIndex(member)
        }
    default:
        break
    }
}
