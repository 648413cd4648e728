// libqpdf's C API, for completing the PDFs cairo writes (structure, metadata, object streams).
#include <qpdf/qpdf-c.h>
