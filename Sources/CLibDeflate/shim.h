#ifndef NOD_CLIBDEFLATE_SHIM_H
#define NOD_CLIBDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
