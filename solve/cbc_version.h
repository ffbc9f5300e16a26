// The version of the CBC package slotproof is linked against, for artifacts
// and bundles (which carry their solvers' versions). Its own header so that
// callers do not pull in the MILP's options or CBC's headers.
#pragma once
#include <string>

namespace sp {

std::string cbc_version();  // "2.10.8": CbcConfig.h of the linked package

}  // namespace sp
