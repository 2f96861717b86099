#include "pgserver.h"
