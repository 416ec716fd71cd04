#ifndef CATALOGUS_CZLIB_SHIM_H
#define CATALOGUS_CZLIB_SHIM_H

#include <zlib.h>

// deflateInit2 is a macro over deflateInit2_ that Swift cannot call.
static inline int czlib_deflate_init_gzip(z_streamp stream, int level) {
    // windowBits 15 + 16 selects the gzip wrapper (RFC 1952).
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

// inflateInit2 is a macro too; tests use it to check what the server compressed.
static inline int czlib_inflate_init_gzip(z_streamp stream) {
    return inflateInit2(stream, 15 + 16);
}

#endif
