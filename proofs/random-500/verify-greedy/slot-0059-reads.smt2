(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_19 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_371 () Int)
(declare-fun phase_380 () Int)
(declare-fun phase_452 () Int)
(declare-fun phase_474 () Int)
(declare-fun phase_484 () Int)
(declare-fun phase_495 () Int)
(declare-fun read_value () Real)
(declare-fun x_463 () Real)
(declare-fun boundary () Int)
(declare-fun x_37 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_19 2))
(assert
 (= phase_73 4))
(assert
 (= phase_95 3))
(assert
 (= phase_151 10))
(assert
 (= phase_371 26))
(assert
 (= phase_380 22))
(assert
 (= phase_452 30))
(assert
 (= phase_474 33))
(assert
 (= phase_484 34))
(assert
 (= phase_495 33))
(assert
 (let ((?x110841 (* (- 1.0) x_463)))
 (let (($x64524 (>= boundary 35)))
 (let ((?x113469 (ite $x64524 ?x110841 0.0)))
 (let (($x39154 (>= boundary 29)))
 (let ((?x104723 (ite $x39154 (* 1.0 x_463) 0.0)))
 (let ((?x59593 (* (- 1.0) x_37)))
 (let (($x86249 (>= boundary 27)))
 (let ((?x61714 (ite $x86249 ?x59593 0.0)))
 (let (($x98952 (>= boundary 3)))
 (let ((?x27942 (ite $x98952 (* 1.0 x_37) 0.0)))
 (let ((?x118207 (+ ?x27942 ?x61714 ?x104723 ?x113469)))
 (let (($x100757 (= read_value x_463)))
 (let (($x23161 (and (and (= read_index 8) (not false)) (= boundary (- phase_495 2)))))
 (let (($x101340 (and (and (= read_index 7) (not false)) (= boundary (- phase_484 1)))))
 (let (($x126199 (and (and (= read_index 6) (not false)) (= boundary (- phase_474 2)))))
 (let (($x43673 (and (and (= read_index 5) (not false)) (= boundary (- phase_452 1)))))
 (let (($x90544 (= read_value x_37)))
 (let (($x97390 (and (and (= read_index 4) (not false)) (= boundary (- phase_380 1)))))
 (let (($x19247 (and (and (= read_index 3) (not false)) (= boundary (- phase_371 1)))))
 (let (($x99159 (and (and (= read_index 2) (not false)) (= boundary (- phase_151 1)))))
 (let (($x110437 (and (and (= read_index 1) (not (= phase_19 (- phase_95 1)))) (= boundary (- phase_95 2)))))
 (let (($x85505 (and (and (= read_index 0) (not false)) (= boundary (- phase_73 1)))))
 (let (($x12890 (or (and $x85505 $x90544) (and $x110437 $x90544) (and $x99159 $x90544) (and $x19247 $x90544) (and $x97390 $x90544) (and $x43673 $x100757) (and $x126199 $x100757) (and $x101340 $x100757) (and $x23161 $x100757))))
 (and $x12890 (and (distinct ?x118207 read_value) true))))))))))))))))))))))))))
(check-sat)
