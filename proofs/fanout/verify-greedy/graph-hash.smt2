(set-logic QF_S)
; 
(set-info :status unknown)
(declare-fun artifact_graph_sha256 () String)
(declare-fun graph_file_sha256 () String)
(assert
 (= artifact_graph_sha256 "fcf353993e13e8a6007cc5f4be267afb39420ccf9720573bf1a6d899e2d684a7"))
(assert
 (= graph_file_sha256 "fcf353993e13e8a6007cc5f4be267afb39420ccf9720573bf1a6d899e2d684a7"))
(assert
 (and (distinct artifact_graph_sha256 graph_file_sha256) true))
(check-sat)
