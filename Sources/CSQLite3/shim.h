#ifndef NOD_CSQLITE3_SHIM_H
#define NOD_CSQLITE3_SHIM_H
#include <sqlite3.h>
#endif
