#ifndef CDEFLATE_SHIM_H
#define CDEFLATE_SHIM_H

#if __has_include(<libdeflate.h>)
#include <libdeflate.h>
#else
#error "libdeflate's headers are missing: install them with 'sudo apt-get install libdeflate-dev'"
#endif

#endif
