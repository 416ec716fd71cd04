import CZlib

/// Decompresses a gzip body of up to `capacity` bytes, to compare it with the identity one.
public func gunzip(_ data: [UInt8], capacity: Int = 1 << 22) throws -> [UInt8] {
    var stream = z_stream()
    guard czlib_inflate_init_gzip(&stream) == Z_OK else { throw GunzipError() }
    defer { inflateEnd(&stream) }
    var input = data
    var output = [UInt8](repeating: 0, count: capacity)
    let status = input.withUnsafeMutableBufferPointer { source in
        output.withUnsafeMutableBufferPointer { destination in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            stream.next_out = destination.baseAddress
            stream.avail_out = uInt(destination.count)
            return inflate(&stream, Z_FINISH)
        }
    }
    guard status == Z_STREAM_END else { throw GunzipError() }
    return Array(output[0..<Int(stream.total_out)])
}

public struct GunzipError: Error {}
