(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_334 () Int)
(declare-fun phase_399 () Int)
(declare-fun read_value () Real)
(declare-fun x_322 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_334 24))
(assert
 (= phase_399 26))
(assert
 (let ((?x122397 (* (- 1.0) x_322)))
 (let (($x86249 (>= boundary 27)))
 (let ((?x35191 (ite $x86249 ?x122397 0.0)))
 (let ((?x100433 (+ (ite (>= boundary 15) (* 1.0 x_322) 0.0) ?x35191)))
 (let (($x108953 (= read_value x_322)))
 (let (($x101418 (and (and (= read_index 1) (not false)) (= boundary (- phase_399 1)))))
 (let (($x130306 (and (and (= read_index 0) (not false)) (= boundary (- phase_334 1)))))
 (and (or (and $x130306 $x108953) (and $x101418 $x108953)) (and (distinct ?x100433 read_value) true))))))))))
(check-sat)
