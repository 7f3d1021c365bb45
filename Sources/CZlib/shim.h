#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

#if __has_include(<zlib.h>)
#include <zlib.h>
#else
#error "zlib's headers are missing: install them with 'sudo apt-get install zlib1g-dev'"
#endif

/// `inflateInit2` is a macro, which Swift cannot call: raw Deflate (no zlib header), as a ZIP
/// entry holds it (window bits -15).
static inline int czlib_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}

#endif
