#include "solve/cbc_version.h"

#include <CbcConfig.h>

namespace sp {

std::string cbc_version() { return CBC_VERSION; }  // compile-time: the linked package

}  // namespace sp
