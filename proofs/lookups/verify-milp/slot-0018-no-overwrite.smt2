(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_15 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_129 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_15 0))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (= phase_49 6))
(assert
 (= phase_50 6))
(assert
 (= phase_51 6))
(assert
 (= phase_107 2))
(assert
 (= phase_111 4))
(assert
 (= phase_126 4))
(assert
 (= phase_129 4))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x16659 (and (and $x8320 (and (distinct (ite (> boundary 9) 1.0 0.0) 0.0) true)) true)))
 (let (($x14993 (> phase_34 phase_15)))
 (let ((?x4887 (ite $x14993 phase_34 phase_15)))
 (let (($x3211 (> phase_35 ?x4887)))
 (let ((?x19085 (ite $x3211 phase_35 ?x4887)))
 (let (($x19084 (> phase_36 ?x19085)))
 (let ((?x19074 (ite $x19084 phase_36 ?x19085)))
 (let (($x19075 (> phase_49 ?x19074)))
 (let ((?x18708 (ite $x19075 phase_49 ?x19074)))
 (let (($x10665 (> phase_50 ?x18708)))
 (let ((?x15041 (ite $x10665 phase_50 ?x18708)))
 (let (($x8793 (> phase_51 ?x15041)))
 (let ((?x18571 (ite $x8793 phase_51 ?x15041)))
 (let (($x4907 (> phase_107 ?x18571)))
 (let ((?x4245 (ite $x4907 phase_107 ?x18571)))
 (let (($x15040 (> phase_111 ?x4245)))
 (let ((?x18707 (ite $x15040 phase_111 ?x4245)))
 (let (($x18711 (> phase_126 ?x18707)))
 (let ((?x18703 (ite $x18711 phase_126 ?x18707)))
 (let (($x13193 (> phase_129 ?x18703)))
 (let ((?x18579 (ite $x13193 phase_129 ?x18703)))
 (let ((?x17125 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x8914 (= boundary 9)))
 (let (($x16840 (or (= boundary 1) (= boundary 7) $x8914)))
 (and $x16840 (or (and (and $x37737 (and (distinct ?x17125 0.0) true)) (> ?x18579 boundary)) $x16659)))))))))))))))))))))))))))))
(check-sat)
