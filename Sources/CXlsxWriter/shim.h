#ifndef CATALOGUS_CXLSXWRITER_SHIM_H
#define CATALOGUS_CXLSXWRITER_SHIM_H

// Debian's libxlsxwriter-dev (1.1.4). Only `Workbook` (Sources/Catalogus/Support) calls it.
#include <xlsxwriter.h>

#endif
