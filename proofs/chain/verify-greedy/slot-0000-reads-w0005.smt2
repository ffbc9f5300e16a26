(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_89 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_89 38))
(assert
 (= phase_102 42))
(assert
 (= phase_103 42))
(assert
 (= phase_112 42))
(assert
 (= phase_113 42))
(assert
 (= phase_115 46))
(assert
 (= phase_116 46))
(assert
 (= phase_122 42))
(assert
 (= phase_123 42))
(assert
 (= phase_125 46))
(assert
 (= phase_126 46))
(assert
 (= phase_132 42))
(assert
 (= phase_133 42))
(assert
 (= phase_135 46))
(assert
 (= phase_136 46))
(assert
 (= phase_145 46))
(assert
 (= phase_146 46))
(assert
 (let ((?x2764 (+ phase_89 1)))
 (let (($x11139 (> ?x2764 (- 1))))
 (let ((?x74441 (ite $x11139 ?x2764 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 37)) (< 37 ?x74441)) x_0 0.0))))))
(assert
 (let (($x22735 (and (distinct window_start_contents read_value) true)))
 (let (($x15994 (not (and (and true (> boundary 37)) (<= boundary 45)))))
 (let (($x50724 (or $x15994 $x22735)))
 (let (($x2131 (= read_value x_0)))
 (let (($x24893 (and (and (= read_index 102) (not false)) (= boundary (- phase_146 1)))))
 (let (($x6114 (and $x24893 $x2131)))
 (let (($x24973 (and (and (= read_index 101) (not false)) (= boundary (- phase_145 1)))))
 (let (($x13775 (and $x24973 $x2131)))
 (let (($x24279 (and (and (= read_index 95) (not false)) (= boundary (- phase_136 1)))))
 (let (($x23281 (and $x24279 $x2131)))
 (let (($x23271 (and (and (= read_index 94) (not false)) (= boundary (- phase_135 1)))))
 (let (($x5213 (and $x23271 $x2131)))
 (let (($x22571 (and (and (= read_index 93) (not false)) (= boundary (- phase_133 1)))))
 (let (($x22596 (and $x22571 $x2131)))
 (let (($x23276 (and (and (= read_index 92) (not false)) (= boundary (- phase_132 1)))))
 (let (($x24306 (and $x23276 $x2131)))
 (let (($x27158 (and (and (= read_index 88) (not false)) (= boundary (- phase_126 1)))))
 (let (($x25239 (and $x27158 $x2131)))
 (let (($x10312 (and (and (= read_index 87) (not false)) (= boundary (- phase_125 1)))))
 (let (($x12582 (and $x10312 $x2131)))
 (let (($x23651 (and (and (= read_index 86) (not false)) (= boundary (- phase_123 1)))))
 (let (($x1114 (and $x23651 $x2131)))
 (let (($x13173 (and (and (= read_index 85) (not false)) (= boundary (- phase_122 1)))))
 (let (($x22656 (and $x13173 $x2131)))
 (let (($x27625 (and (and (= read_index 81) (not false)) (= boundary (- phase_116 1)))))
 (let (($x6932 (and $x27625 $x2131)))
 (let (($x13508 (and (and (= read_index 80) (not false)) (= boundary (- phase_115 1)))))
 (let (($x22651 (and $x13508 $x2131)))
 (let (($x22287 (and (and (= read_index 79) (not false)) (= boundary (- phase_113 1)))))
 (let (($x22739 (and $x22287 $x2131)))
 (let (($x25945 (and (and (= read_index 78) (not false)) (= boundary (- phase_112 1)))))
 (let (($x26606 (and $x25945 $x2131)))
 (let (($x22662 (and (and (= read_index 72) (not false)) (= boundary (- phase_103 1)))))
 (let (($x22806 (and $x22662 $x2131)))
 (let (($x4348 (and (and (= read_index 71) (not false)) (= boundary (- phase_102 1)))))
 (let (($x4737 (and $x4348 $x2131)))
 (let (($x1843 (or $x4737 $x22806 $x26606 $x22739 $x22651 $x6932 $x22656 $x1114 $x12582 $x25239 $x24306 $x22596 $x5213 $x23281 $x13775 $x6114)))
 (and $x1843 $x50724)))))))))))))))))))))))))))))))))))))))
(check-sat)
