#ifndef NOD_CXLSXWRITER_SHIM_H
#define NOD_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
