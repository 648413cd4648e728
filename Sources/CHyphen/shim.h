// The C header of libhyphen (hyphenation with TeX patterns), imported into Swift as CHyphen.
#include <hyphen.h>
