#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its ICU types clash with Foundation's copy
// ("'UErrorCode' has different definitions in different modules"). We never use
// libxml2's ICU encoders, so switch the flag off before the other headers see it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>

// `xmlFree` is a global function-pointer variable, which Swift 6 rejects as
// not concurrency-safe; a static inline function is fine.
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }

static inline const char *clibxml2_dotted_version(void) { return LIBXML_DOTTED_VERSION; }

#endif
