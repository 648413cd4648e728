// zlib, for inflating workbook parts within their packed bytes.
#include <zlib.h>
