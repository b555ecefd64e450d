// qpdf's C API (Debian: libqpdf-dev), used to join handout pages into one PDF.
#include <qpdf/qpdf-c.h>
