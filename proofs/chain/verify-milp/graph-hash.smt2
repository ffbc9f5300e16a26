(set-logic QF_S)
; 
(set-info :status unknown)
(declare-fun artifact_graph_sha256 () String)
(declare-fun graph_file_sha256 () String)
(assert
 (= artifact_graph_sha256 "b21c3904f5f71a9ea316124c8f0d568b56b5cb484f78e2d6c4af674fa9a39597"))
(assert
 (= graph_file_sha256 "b21c3904f5f71a9ea316124c8f0d568b56b5cb484f78e2d6c4af674fa9a39597"))
(assert
 (and (distinct artifact_graph_sha256 graph_file_sha256) true))
(check-sat)
