(set-logic QF_S)
; 
(set-info :status unknown)
(declare-fun artifact_graph_sha256 () String)
(declare-fun graph_file_sha256 () String)
(assert
 (= artifact_graph_sha256 "252332d134aed60235ebf632bbe7a29d639c977741168d4595d68237213caa4d"))
(assert
 (= graph_file_sha256 "252332d134aed60235ebf632bbe7a29d639c977741168d4595d68237213caa4d"))
(assert
 (and (distinct artifact_graph_sha256 graph_file_sha256) true))
(check-sat)
