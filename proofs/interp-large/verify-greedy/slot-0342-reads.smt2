(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_438 () Int)
(declare-fun phase_447 () Int)
(declare-fun phase_456 () Int)
(declare-fun phase_465 () Int)
(declare-fun phase_474 () Int)
(declare-fun phase_483 () Int)
(declare-fun phase_492 () Int)
(declare-fun phase_501 () Int)
(declare-fun phase_562 () Int)
(declare-fun phase_571 () Int)
(declare-fun phase_580 () Int)
(declare-fun phase_589 () Int)
(declare-fun phase_598 () Int)
(declare-fun phase_607 () Int)
(declare-fun phase_616 () Int)
(declare-fun phase_625 () Int)
(declare-fun phase_714 () Int)
(declare-fun phase_723 () Int)
(declare-fun phase_732 () Int)
(declare-fun phase_741 () Int)
(declare-fun phase_750 () Int)
(declare-fun phase_759 () Int)
(declare-fun phase_768 () Int)
(declare-fun phase_777 () Int)
(declare-fun read_value () Real)
(declare-fun x_563 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_438 22))
(assert
 (= phase_447 22))
(assert
 (= phase_456 22))
(assert
 (= phase_465 22))
(assert
 (= phase_474 22))
(assert
 (= phase_483 22))
(assert
 (= phase_492 22))
(assert
 (= phase_501 22))
(assert
 (= phase_562 22))
(assert
 (= phase_571 22))
(assert
 (= phase_580 22))
(assert
 (= phase_589 22))
(assert
 (= phase_598 22))
(assert
 (= phase_607 22))
(assert
 (= phase_616 22))
(assert
 (= phase_625 22))
(assert
 (= phase_714 22))
(assert
 (= phase_723 22))
(assert
 (= phase_732 22))
(assert
 (= phase_741 22))
(assert
 (= phase_750 22))
(assert
 (= phase_759 22))
(assert
 (= phase_768 22))
(assert
 (= phase_777 22))
(assert
 (let ((?x37628 (* (- 1.0) x_563)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x45020 (ite $x24162 ?x37628 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x35828 (ite $x103445 (* 1.0 x_563) 0.0)))
 (let ((?x69041 (+ ?x35828 ?x45020)))
 (let (($x50643 (= read_value x_563)))
 (let (($x208233 (and (and (= read_index 23) (not false)) (= boundary (- phase_777 1)))))
 (let (($x155358 (and (and (= read_index 22) (not false)) (= boundary (- phase_768 1)))))
 (let (($x56216 (and (and (= read_index 21) (not false)) (= boundary (- phase_759 1)))))
 (let (($x179295 (and (and (= read_index 20) (not false)) (= boundary (- phase_750 1)))))
 (let (($x220705 (and (and (= read_index 19) (not false)) (= boundary (- phase_741 1)))))
 (let (($x240070 (and (and (= read_index 18) (not false)) (= boundary (- phase_732 1)))))
 (let (($x75073 (and (and (= read_index 17) (not false)) (= boundary (- phase_723 1)))))
 (let (($x228323 (and (and (= read_index 16) (not false)) (= boundary (- phase_714 1)))))
 (let (($x175369 (and (and (= read_index 15) (not false)) (= boundary (- phase_625 1)))))
 (let (($x127608 (and (and (= read_index 14) (not false)) (= boundary (- phase_616 1)))))
 (let (($x140032 (and (and (= read_index 13) (not false)) (= boundary (- phase_607 1)))))
 (let (($x94966 (and (and (= read_index 12) (not false)) (= boundary (- phase_598 1)))))
 (let (($x252366 (and (and (= read_index 11) (not false)) (= boundary (- phase_589 1)))))
 (let (($x13955 (and (and (= read_index 10) (not false)) (= boundary (- phase_580 1)))))
 (let (($x9337 (and (and (= read_index 9) (not false)) (= boundary (- phase_571 1)))))
 (let (($x73276 (and (and (= read_index 8) (not false)) (= boundary (- phase_562 1)))))
 (let (($x211665 (and (and (= read_index 7) (not false)) (= boundary (- phase_501 1)))))
 (let (($x113686 (and (and (= read_index 6) (not false)) (= boundary (- phase_492 1)))))
 (let (($x38623 (and (and (= read_index 5) (not false)) (= boundary (- phase_483 1)))))
 (let (($x252935 (and (and (= read_index 4) (not false)) (= boundary (- phase_474 1)))))
 (let (($x172964 (and (and (= read_index 3) (not false)) (= boundary (- phase_465 1)))))
 (let (($x142972 (and (and (= read_index 2) (not false)) (= boundary (- phase_456 1)))))
 (let (($x79248 (and (and (= read_index 1) (not false)) (= boundary (- phase_447 1)))))
 (let (($x44952 (and (and (= read_index 0) (not false)) (= boundary (- phase_438 1)))))
 (let (($x71488 (or (and $x44952 $x50643) (and $x79248 $x50643) (and $x142972 $x50643) (and $x172964 $x50643) (and $x252935 $x50643) (and $x38623 $x50643) (and $x113686 $x50643) (and $x211665 $x50643) (and $x73276 $x50643) (and $x9337 $x50643) (and $x13955 $x50643) (and $x252366 $x50643) (and $x94966 $x50643) (and $x140032 $x50643) (and $x127608 $x50643) (and $x175369 $x50643) (and $x228323 $x50643) (and $x75073 $x50643) (and $x240070 $x50643) (and $x220705 $x50643) (and $x179295 $x50643) (and $x56216 $x50643) (and $x155358 $x50643) (and $x208233 $x50643))))
 (and $x71488 (and (distinct ?x69041 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
