#include "bundle/glpk_check.h"

#include <glpk.h>

#include <chrono>

namespace sp {

std::string glpk_version() { return glp_version(); }

namespace {
int silence(void*, const char*) { return 1; }  // GLPK's terminal output stays off
}  // namespace

GlpkResult glpk_resolve_mps(const std::string& mps_path, double time_limit_s) {
  GlpkResult r;
  auto start = std::chrono::steady_clock::now();
  glp_term_hook(silence, nullptr);
  glp_prob* lp = glp_create_prob();
  if (glp_read_mps(lp, GLP_MPS_FILE, nullptr, mps_path.c_str()) != 0) {
    glp_delete_prob(lp);
    glp_term_hook(nullptr, nullptr);
    r.status = "error";
    r.message = mps_path + ": GLPK could not read the MPS file";
    return r;
  }
  glp_set_obj_dir(lp, GLP_MIN);
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.presolve = GLP_ON;
  parm.mip_gap = 0.0;
  parm.tm_lim = static_cast<int>(time_limit_s * 1000);
  parm.msg_lev = GLP_MSG_OFF;
  int rc = glp_intopt(lp, &parm);
  int status = glp_mip_status(lp);
  r.proven_optimal = rc == 0 && status == GLP_OPT;
  if (status == GLP_OPT && rc == 0) r.status = "optimal";
  else if (status == GLP_OPT || status == GLP_FEAS) r.status = "feasible";
  else if (status == GLP_NOFEAS) r.status = "infeasible";
  else r.status = "no solution";
  if (status == GLP_OPT || status == GLP_FEAS) r.objective = glp_mip_obj_val(lp);
  r.bound = r.proven_optimal ? r.objective : 0;
  if (rc == GLP_ETMLIM) r.message = "time limit reached";
  glp_delete_prob(lp);
  glp_term_hook(nullptr, nullptr);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace sp
