// A branch-capable register machine, one executed instruction per token,
// compiled to a program graph: the per-token step of its interpreter.
//
// The token stream holds the program (one instruction per token at positions
// 0..), read-only tables (ROMs) at fixed bases, then the execution trace: one
// token per executed step carrying what that step emitted (pc change, call
// depth change, register write-back, memory store, call-stack push). Each step
// recovers its state from the trace by attention (running sums for pc and call
// depth, latest write for registers, memory and the return address), fetches
// and decodes its instruction, runs the ALU in reglu arithmetic and emits the
// next trace token. docs/WORKLOADS.md describes the instruction set.
#pragma once
#include <string>
#include <vector>

#include "workloads/lib/graph_builder.h"

namespace sp::wl {

struct InterpreterConfig {
  std::string name;
  int word_bytes = 4;        // little-endian bytes per register / memory word
  int registers = 8;         // register ids 0..registers-1 (documentation: ids are data)
  bool signed_ops = true;    // BLT/BGE/SLT and MIN/MAX
  bool call_stack = true;    // CALL/RET with a return-address stack
  bool bitwise = false;      // AND/OR/XOR/POPC via the byte-to-bits ROM
  bool shifts = false;       // SHL/SHR by a register amount (barrel shifter)
  bool multiply = false;     // MUL (low word) via the byte-product ROM
};

InterpreterConfig interp_small_config();  // 32-bit, 8 registers: ~200 gates, 8 layers
InterpreterConfig interp_large_config();  // 64-bit, 16 registers, full ALU: >= 1000 gates

// The opcodes the configuration enables, in encoding order.
std::vector<std::string> interpreter_opcodes(const InterpreterConfig& cfg);

Builder interpreter_graph(const InterpreterConfig& cfg);

// Position bases of the ROM tables in the token stream.
constexpr int kBitsRomBase = 4096;     // 256 tokens: rom_bit0..7 of the byte (pos - base)
constexpr int kProductRomBase = 8192;  // 65536 tokens: low and high byte of (hi * 256 + lo) product
constexpr int kOpcodeRadiusSq = 4225;  // opcodes are integer points on this circle (65^2: 36 points)

}  // namespace sp::wl
