(set-logic QF_S)
; 
(set-info :status unknown)
(declare-fun artifact_graph_sha256 () String)
(declare-fun graph_file_sha256 () String)
(assert
 (= artifact_graph_sha256 "fdea6096e2183d17fccd7a1154c6f5dd25fa2702c539803f1ffc602a241a2829"))
(assert
 (= graph_file_sha256 "fdea6096e2183d17fccd7a1154c6f5dd25fa2702c539803f1ffc602a241a2829"))
(assert
 (and (distinct artifact_graph_sha256 graph_file_sha256) true))
(check-sat)
