(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_102 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_159 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_102 42))
(assert
 (= phase_115 46))
(assert
 (= phase_116 46))
(assert
 (= phase_125 46))
(assert
 (= phase_126 46))
(assert
 (= phase_128 50))
(assert
 (= phase_129 50))
(assert
 (= phase_135 46))
(assert
 (= phase_136 46))
(assert
 (= phase_138 50))
(assert
 (= phase_139 50))
(assert
 (= phase_144 44))
(assert
 (= phase_145 46))
(assert
 (= phase_146 46))
(assert
 (= phase_148 50))
(assert
 (= phase_149 50))
(assert
 (= phase_157 48))
(assert
 (= phase_158 50))
(assert
 (= phase_159 50))
(assert
 (let ((?x14229 (+ phase_102 1)))
 (let (($x15163 (> ?x14229 (- 1))))
 (let ((?x22182 (ite $x15163 ?x14229 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 41)) (< 41 ?x22182)) x_0 0.0))))))
(assert
 (let (($x9328 (and (distinct window_start_contents read_value) true)))
 (let (($x23483 (not (and (and true (> boundary 41)) (<= boundary 49)))))
 (let (($x23786 (or $x23483 $x9328)))
 (let (($x16839 (= read_value x_0)))
 (let (($x4233 (and (and (= read_index 111) (not false)) (= boundary (- phase_159 1)))))
 (let (($x7417 (and $x4233 $x16839)))
 (let (($x44865 (and (and (= read_index 110) (not false)) (= boundary (- phase_158 1)))))
 (let (($x22485 (and $x44865 $x16839)))
 (let (($x24020 (and (and (= read_index 109) (not false)) (= boundary (- phase_157 1)))))
 (let (($x22666 (and $x24020 $x16839)))
 (let (($x17048 (and (and (= read_index 104) (not false)) (= boundary (- phase_149 1)))))
 (let (($x393 (and $x17048 $x16839)))
 (let (($x73253 (and (and (= read_index 103) (not false)) (= boundary (- phase_148 1)))))
 (let (($x8492 (and $x73253 $x16839)))
 (let (($x5498 (and (and (= read_index 102) (not false)) (= boundary (- phase_146 1)))))
 (let (($x23215 (and $x5498 $x16839)))
 (let (($x23814 (and (and (= read_index 101) (not false)) (= boundary (- phase_145 1)))))
 (let (($x15873 (and $x23814 $x16839)))
 (let (($x21928 (and (and (= read_index 100) (not false)) (= boundary (- phase_144 1)))))
 (let (($x23972 (and $x21928 $x16839)))
 (let (($x23959 (and (and (= read_index 97) (not false)) (= boundary (- phase_139 1)))))
 (let (($x26273 (and $x23959 $x16839)))
 (let (($x25479 (and (and (= read_index 96) (not false)) (= boundary (- phase_138 1)))))
 (let (($x4887 (and $x25479 $x16839)))
 (let (($x16165 (and (and (= read_index 95) (not false)) (= boundary (- phase_136 1)))))
 (let (($x941 (and $x16165 $x16839)))
 (let (($x22274 (and (and (= read_index 94) (not false)) (= boundary (- phase_135 1)))))
 (let (($x5870 (and $x22274 $x16839)))
 (let (($x25143 (and (and (= read_index 90) (not false)) (= boundary (- phase_129 1)))))
 (let (($x8251 (and $x25143 $x16839)))
 (let (($x971 (and (and (= read_index 89) (not false)) (= boundary (- phase_128 1)))))
 (let (($x24998 (and $x971 $x16839)))
 (let (($x21291 (and (and (= read_index 88) (not false)) (= boundary (- phase_126 1)))))
 (let (($x25401 (and $x21291 $x16839)))
 (let (($x25728 (and (and (= read_index 87) (not false)) (= boundary (- phase_125 1)))))
 (let (($x26054 (and $x25728 $x16839)))
 (let (($x23859 (and (and (= read_index 81) (not false)) (= boundary (- phase_116 1)))))
 (let (($x24015 (and $x23859 $x16839)))
 (let (($x7609 (and (and (= read_index 80) (not false)) (= boundary (- phase_115 1)))))
 (let (($x11945 (and $x7609 $x16839)))
 (let (($x22555 (or $x11945 $x24015 $x26054 $x25401 $x24998 $x8251 $x5870 $x941 $x4887 $x26273 $x23972 $x15873 $x23215 $x8492 $x393 $x22666 $x22485 $x7417)))
 (and $x22555 $x23786)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
