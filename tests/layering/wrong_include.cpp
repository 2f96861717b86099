// Compiled by the test wrong_layer_include_fails_to_compile with the storage layer's include
// path: storage sits below export, so this include must not resolve.
#include "export/noteexport.h"
