(set-logic QF_S)
; 
(set-info :status unknown)
(declare-fun artifact_graph_sha256 () String)
(declare-fun graph_file_sha256 () String)
(assert
 (= artifact_graph_sha256 "0b64024983c53902b36b1d1475cf51487416aec11c8f253ebe012ecef65241ae"))
(assert
 (= graph_file_sha256 "0b64024983c53902b36b1d1475cf51487416aec11c8f253ebe012ecef65241ae"))
(assert
 (and (distinct artifact_graph_sha256 graph_file_sha256) true))
(check-sat)
