#ifndef CATALOGUS_CSQLITE_SHIM_H
#define CATALOGUS_CSQLITE_SHIM_H

#include <sqlite3.h>

// Swift cannot import SQLITE_TRANSIENT (a macro casting -1 to a function
// pointer), so the shim names it.
static inline sqlite3_destructor_type csqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

#endif
