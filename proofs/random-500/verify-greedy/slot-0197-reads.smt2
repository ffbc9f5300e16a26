(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_279 () Int)
(declare-fun phase_313 () Int)
(declare-fun phase_386 () Int)
(declare-fun read_value () Real)
(declare-fun x_268 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_279 16))
(assert
 (= phase_313 24))
(assert
 (= phase_386 26))
(assert
 (let ((?x127506 (* (- 1.0) x_268)))
 (let (($x86249 (>= boundary 27)))
 (let ((?x129808 (ite $x86249 ?x127506 0.0)))
 (let ((?x73679 (+ (ite (>= boundary 11) (* 1.0 x_268) 0.0) ?x129808)))
 (let (($x45456 (= read_value x_268)))
 (let (($x126328 (and (and (= read_index 2) (not false)) (= boundary (- phase_386 1)))))
 (let (($x128965 (and (and (= read_index 1) (not false)) (= boundary (- phase_313 1)))))
 (let (($x129765 (and (and (= read_index 0) (not false)) (= boundary (- phase_279 1)))))
 (and (or (and $x129765 $x45456) (and $x128965 $x45456) (and $x126328 $x45456)) (and (distinct ?x73679 read_value) true)))))))))))
(check-sat)
