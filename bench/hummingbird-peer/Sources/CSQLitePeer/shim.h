#ifndef HUMMINGBIRD_PEER_CSQLITE_SHIM_H
#define HUMMINGBIRD_PEER_CSQLITE_SHIM_H

#include <sqlite3.h>

#endif
