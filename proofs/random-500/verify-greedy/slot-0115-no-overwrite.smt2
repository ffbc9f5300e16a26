(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_124 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_184 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_332 () Int)
(declare-fun phase_444 () Int)
(declare-fun phase_479 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_124 5))
(assert
 (= phase_162 14))
(assert
 (= phase_184 9))
(assert
 (= phase_186 12))
(assert
 (= phase_332 26))
(assert
 (= phase_444 28))
(assert
 (= phase_479 34))
(assert
 (let (($x129242 (> boundary 35)))
 (let ((?x118605 (ite $x129242 (- 1.0) 0.0)))
 (let (($x28039 (> boundary 29)))
 (let ((?x93934 (ite $x28039 1.0 0.0)))
 (let (($x45255 (= value_index 1)))
 (let (($x101320 (and (and $x45255 (and (distinct (+ ?x93934 ?x118605) 0.0) true)) (> (ite (> phase_479 phase_444) phase_479 phase_444) boundary))))
 (let (($x3125 (> phase_162 phase_124)))
 (let ((?x3126 (ite $x3125 phase_162 phase_124)))
 (let (($x3129 (> phase_184 ?x3126)))
 (let ((?x3130 (ite $x3129 phase_184 ?x3126)))
 (let (($x3133 (> phase_186 ?x3130)))
 (let ((?x3134 (ite $x3133 phase_186 ?x3130)))
 (let (($x3138 (> phase_332 ?x3134)))
 (let ((?x3139 (ite $x3138 phase_332 ?x3134)))
 (let ((?x113944 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x63975 (= boundary 35)))
 (let (($x28986 (= boundary 29)))
 (let (($x98368 (= boundary 27)))
 (let (($x115433 (or (= boundary 5) $x98368 $x28986 $x63975)))
 (and $x115433 (or (and (and $x2642 (and (distinct ?x113944 0.0) true)) (> ?x3139 boundary)) $x101320)))))))))))))))))))))))
(check-sat)
