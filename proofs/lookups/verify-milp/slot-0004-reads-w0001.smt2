(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun x_4 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_6 2))
(assert
 (= phase_7 2))
(assert
 (= phase_14 0))
(assert
 (= phase_110 4))
(assert
 (= phase_111 4))
(assert
 (= phase_112 4))
(assert
 (= phase_113 4))
(assert
 (= phase_114 4))
(assert
 (= phase_115 4))
(assert
 (= phase_116 4))
(assert
 (= phase_117 4))
(assert
 (= phase_118 4))
(assert
 (= phase_119 4))
(assert
 (= phase_120 4))
(assert
 (= phase_121 4))
(assert
 (= phase_122 4))
(assert
 (= phase_123 4))
(assert
 (= phase_124 4))
(assert
 (let ((?x3195 (+ phase_14 1)))
 (let (($x3970 (> ?x3195 (- 1))))
 (let ((?x4238 (ite $x3970 ?x3195 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) (- 1))) (< (- 1) ?x4238)) x_4 0.0))))))
(assert
 (let (($x24657 (and (distinct window_start_contents read_value) true)))
 (let (($x22897 (not (and (and true (> boundary (- 1))) (<= boundary 3)))))
 (let (($x25395 (or $x22897 $x24657)))
 (let (($x15396 (= read_value x_4)))
 (let (($x24811 (and (and (= read_index 33) (not false)) (= boundary (- phase_124 1)))))
 (let (($x24724 (and $x24811 $x15396)))
 (let (($x25740 (and (and (= read_index 32) (not false)) (= boundary (- phase_123 1)))))
 (let (($x24788 (and $x25740 $x15396)))
 (let (($x25720 (and (and (= read_index 31) (not false)) (= boundary (- phase_122 1)))))
 (let (($x24777 (and $x25720 $x15396)))
 (let (($x24575 (and (and (= read_index 30) (not false)) (= boundary (- phase_121 1)))))
 (let (($x25715 (and $x24575 $x15396)))
 (let (($x25347 (and (and (= read_index 29) (not false)) (= boundary (- phase_120 1)))))
 (let (($x25516 (and $x25347 $x15396)))
 (let (($x26492 (and (and (= read_index 28) (not false)) (= boundary (- phase_119 1)))))
 (let (($x25458 (and $x26492 $x15396)))
 (let (($x26373 (and (and (= read_index 27) (not false)) (= boundary (- phase_118 1)))))
 (let (($x26375 (and $x26373 $x15396)))
 (let (($x25464 (and (and (= read_index 26) (not false)) (= boundary (- phase_117 1)))))
 (let (($x24116 (and $x25464 $x15396)))
 (let (($x11516 (and (and (= read_index 25) (not false)) (= boundary (- phase_116 1)))))
 (let (($x20750 (and $x11516 $x15396)))
 (let (($x25471 (and (and (= read_index 24) (not false)) (= boundary (- phase_115 1)))))
 (let (($x1794 (and $x25471 $x15396)))
 (let (($x22595 (and (and (= read_index 23) (not false)) (= boundary (- phase_114 1)))))
 (let (($x24586 (and $x22595 $x15396)))
 (let (($x24323 (and (and (= read_index 22) (not false)) (= boundary (- phase_113 1)))))
 (let (($x25925 (and $x24323 $x15396)))
 (let (($x24784 (and (and (= read_index 21) (not false)) (= boundary (- phase_112 1)))))
 (let (($x25269 (and $x24784 $x15396)))
 (let (($x22668 (and (and (= read_index 20) (not false)) (= boundary (- phase_111 1)))))
 (let (($x23208 (and $x22668 $x15396)))
 (let (($x24734 (and (and (= read_index 19) (not false)) (= boundary (- phase_110 1)))))
 (let (($x25484 (and $x24734 $x15396)))
 (let (($x21187 (and (and (= read_index 2) (not false)) (= boundary (- phase_7 1)))))
 (let (($x21351 (and $x21187 $x15396)))
 (let (($x12484 (and (and (= read_index 1) (not false)) (= boundary (- phase_6 1)))))
 (let (($x13104 (and $x12484 $x15396)))
 (let (($x25923 (or $x13104 $x21351 $x25484 $x23208 $x25269 $x25925 $x24586 $x1794 $x20750 $x24116 $x26375 $x25458 $x25516 $x25715 $x24777 $x24788 $x24724)))
 (and $x25923 $x25395)))))))))))))))))))))))))))))))))))))))))
(check-sat)
