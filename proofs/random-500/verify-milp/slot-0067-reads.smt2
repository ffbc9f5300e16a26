(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_51 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_410 () Int)
(declare-fun phase_465 () Int)
(declare-fun read_value () Real)
(declare-fun x_71 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_51 4))
(assert
 (= phase_108 11))
(assert
 (= phase_116 9))
(assert
 (= phase_138 10))
(assert
 (= phase_410 37))
(assert
 (= phase_465 38))
(assert
 (let ((?x97354 (* (- 1.0) x_71)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x103865 (ite $x54498 ?x97354 0.0)))
 (let ((?x112932 (+ (ite (>= boundary 5) (* 1.0 x_71) 0.0) ?x103865)))
 (let (($x115284 (= read_value x_71)))
 (let (($x29351 (and (and (= read_index 4) (not false)) (= boundary (- phase_465 1)))))
 (let (($x126949 (= read_index 3)))
 (let (($x105984 (and (and $x126949 (not (= phase_51 (- phase_410 1)))) (= boundary (- phase_410 2)))))
 (let (($x112554 (and (and (= read_index 2) (not false)) (= boundary (- phase_138 1)))))
 (let (($x70891 (= read_index 1)))
 (let (($x111930 (and (and $x70891 (not (= phase_51 (- phase_116 1)))) (= boundary (- phase_116 2)))))
 (let (($x53696 (= read_index 0)))
 (let (($x131232 (and (and $x53696 (not (= phase_51 (- phase_108 1)))) (= boundary (- phase_108 2)))))
 (let (($x129047 (or (and $x131232 $x115284) (and $x111930 $x115284) (and $x112554 $x115284) (and $x105984 $x115284) (and $x29351 $x115284))))
 (and $x129047 (and (distinct ?x112932 read_value) true)))))))))))))))))
(check-sat)
