(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_141 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_164 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_184 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_200 () Int)
(declare-fun phase_201 () Int)
(declare-fun phase_202 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_141 54))
(assert
 (= phase_154 58))
(assert
 (= phase_155 58))
(assert
 (= phase_164 58))
(assert
 (= phase_165 58))
(assert
 (= phase_167 62))
(assert
 (= phase_168 62))
(assert
 (= phase_174 58))
(assert
 (= phase_175 58))
(assert
 (= phase_177 62))
(assert
 (= phase_178 62))
(assert
 (= phase_184 58))
(assert
 (= phase_185 58))
(assert
 (= phase_187 62))
(assert
 (= phase_188 62))
(assert
 (= phase_200 62))
(assert
 (= phase_201 62))
(assert
 (= phase_202 62))
(assert
 (let ((?x16480 (+ phase_141 1)))
 (let (($x10532 (> ?x16480 (- 1))))
 (let ((?x27578 (ite $x10532 ?x16480 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 53)) (< 53 ?x27578)) x_0 0.0))))))
(assert
 (let (($x22735 (and (distinct window_start_contents read_value) true)))
 (let (($x26916 (not (and (and true (> boundary 53)) (<= boundary 61)))))
 (let (($x3746 (or $x26916 $x22735)))
 (let (($x2131 (= read_value x_0)))
 (let (($x24980 (and (and (= read_index 142) (not false)) (= boundary (- phase_202 1)))))
 (let (($x23849 (and $x24980 $x2131)))
 (let (($x9328 (and (and (= read_index 141) (not false)) (= boundary (- phase_201 1)))))
 (let (($x23979 (and $x9328 $x2131)))
 (let (($x24950 (and (and (= read_index 140) (not false)) (= boundary (- phase_200 1)))))
 (let (($x26497 (and $x24950 $x2131)))
 (let (($x26976 (and (and (= read_index 131) (not false)) (= boundary (- phase_188 1)))))
 (let (($x59250 (and $x26976 $x2131)))
 (let (($x23230 (and (and (= read_index 130) (not false)) (= boundary (- phase_187 1)))))
 (let (($x26645 (and $x23230 $x2131)))
 (let (($x74449 (and (and (= read_index 129) (not false)) (= boundary (- phase_185 1)))))
 (let (($x23248 (and $x74449 $x2131)))
 (let (($x23928 (and (and (= read_index 128) (not false)) (= boundary (- phase_184 1)))))
 (let (($x22307 (and $x23928 $x2131)))
 (let (($x25325 (and (and (= read_index 124) (not false)) (= boundary (- phase_178 1)))))
 (let (($x22875 (and $x25325 $x2131)))
 (let (($x23024 (and (and (= read_index 123) (not false)) (= boundary (- phase_177 1)))))
 (let (($x23886 (and $x23024 $x2131)))
 (let (($x21964 (and (and (= read_index 122) (not false)) (= boundary (- phase_175 1)))))
 (let (($x1133 (and $x21964 $x2131)))
 (let (($x13250 (and (and (= read_index 121) (not false)) (= boundary (- phase_174 1)))))
 (let (($x1829 (and $x13250 $x2131)))
 (let (($x23258 (and (and (= read_index 117) (not false)) (= boundary (- phase_168 1)))))
 (let (($x20898 (and $x23258 $x2131)))
 (let (($x27035 (and (and (= read_index 116) (not false)) (= boundary (- phase_167 1)))))
 (let (($x26931 (and $x27035 $x2131)))
 (let (($x23853 (and (and (= read_index 115) (not false)) (= boundary (- phase_165 1)))))
 (let (($x10572 (and $x23853 $x2131)))
 (let (($x27995 (and (and (= read_index 114) (not false)) (= boundary (- phase_164 1)))))
 (let (($x25100 (and $x27995 $x2131)))
 (let (($x25022 (and (and (= read_index 108) (not false)) (= boundary (- phase_155 1)))))
 (let (($x25050 (and $x25022 $x2131)))
 (let (($x22586 (and (and (= read_index 107) (not false)) (= boundary (- phase_154 1)))))
 (let (($x22608 (and $x22586 $x2131)))
 (let (($x26680 (or $x22608 $x25050 $x25100 $x10572 $x26931 $x20898 $x1829 $x1133 $x23886 $x22875 $x22307 $x23248 $x26645 $x59250 $x26497 $x23979 $x23849)))
 (and $x26680 $x3746)))))))))))))))))))))))))))))))))))))))))
(check-sat)
