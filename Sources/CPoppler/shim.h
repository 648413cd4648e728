// The C header of poppler-glib, which draws a PDF's pages on a cairo context, imported into Swift as CPoppler.
#include <poppler.h>
