(set-logic QF_S)
; 
(set-info :status unknown)
(declare-fun artifact_graph_sha256 () String)
(declare-fun graph_file_sha256 () String)
(assert
 (= artifact_graph_sha256 "e3bbc58799a6e8f6fed31fc11b3e41f0cae2cfada92bc7caf521e6f54e2a1870"))
(assert
 (= graph_file_sha256 "e3bbc58799a6e8f6fed31fc11b3e41f0cae2cfada92bc7caf521e6f54e2a1870"))
(assert
 (and (distinct artifact_graph_sha256 graph_file_sha256) true))
(check-sat)
