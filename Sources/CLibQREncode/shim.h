#ifndef NOD_CLIBQRENCODE_SHIM_H
#define NOD_CLIBQRENCODE_SHIM_H
#include <qrencode.h>
#endif
