// The C header of cmark, imported into Swift as CCMark.
#include <cmark.h>
