(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_88 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_428 () Int)
(declare-fun read_value () Real)
(declare-fun x_525 () Real)
(declare-fun boundary () Int)
(declare-fun x_111 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_88 6))
(assert
 (= phase_111 7))
(assert
 (= phase_135 8))
(assert
 (= phase_140 10))
(assert
 (= phase_144 8))
(assert
 (= phase_428 27))
(assert
 (let ((?x110709 (* (- 1.0) x_111)))
 (let (($x86249 (>= boundary 27)))
 (let ((?x111199 (ite $x86249 ?x110709 0.0)))
 (let ((?x130111 (+ (ite (>= boundary 7) (* 1.0 x_111) 0.0) ?x111199 (ite (>= boundary 31) (* 1.0 x_525) 0.0))))
 (let (($x37422 (= read_value x_525)))
 (let (($x124462 (= read_value x_111)))
 (let (($x136524 (= read_index 4)))
 (let (($x19438 (and (and $x136524 (not (= phase_88 (- phase_428 1)))) (= boundary (- phase_428 2)))))
 (let (($x15536 (and (and (= read_index 3) (not false)) (= boundary (- phase_144 1)))))
 (let (($x125077 (and (and (= read_index 2) (not false)) (= boundary (- phase_140 1)))))
 (let (($x21011 (and (and (= read_index 1) (not false)) (= boundary (- phase_135 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x111006 (and (and $x59209 (not (= phase_88 (- phase_111 1)))) (= boundary (- phase_111 2)))))
 (let (($x59972 (or (and $x111006 $x124462) (and $x21011 $x124462) (and $x125077 $x124462) (and $x15536 $x124462) (and $x19438 $x124462) (and (and (= read_index 5) (= boundary 39)) $x37422))))
 (and $x59972 (and (distinct ?x130111 read_value) true)))))))))))))))))
(check-sat)
