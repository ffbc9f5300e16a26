(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_285 () Int)
(declare-fun phase_452 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_498 () Int)
(declare-fun read_value () Real)
(declare-fun x_537 () Real)
(declare-fun boundary () Int)
(declare-fun x_14 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_0 1))
(assert
 (= phase_4 2))
(assert
 (= phase_14 2))
(assert
 (= phase_17 0))
(assert
 (= phase_20 2))
(assert
 (= phase_22 2))
(assert
 (= phase_26 2))
(assert
 (= phase_29 2))
(assert
 (= phase_39 2))
(assert
 (= phase_49 0))
(assert
 (= phase_80 3))
(assert
 (= phase_83 6))
(assert
 (= phase_95 3))
(assert
 (= phase_131 10))
(assert
 (= phase_285 14))
(assert
 (= phase_452 30))
(assert
 (= phase_479 34))
(assert
 (= phase_498 34))
(assert
 (let ((?x97101 (* 1.0 x_537)))
 (let (($x39142 (>= boundary 37)))
 (let ((?x104566 (ite $x39142 ?x97101 0.0)))
 (let ((?x68441 (* (- 1.0) x_14)))
 (let (($x64524 (>= boundary 35)))
 (let ((?x75082 (ite $x64524 ?x68441 0.0)))
 (let (($x24469 (>= boundary (- 1))))
 (let ((?x15599 (ite $x24469 (* 1.0 x_14) 0.0)))
 (let ((?x104569 (+ ?x15599 ?x75082 ?x104566)))
 (let (($x130575 (= read_value x_537)))
 (let (($x38843 (= read_value x_14)))
 (let (($x105172 (and (and (= read_index 17) (not false)) (= boundary (- phase_498 1)))))
 (let (($x103841 (and (and (= read_index 16) (not false)) (= boundary (- phase_479 1)))))
 (let (($x128325 (and (and (= read_index 15) (not false)) (= boundary (- phase_452 1)))))
 (let (($x103798 (and (and (= read_index 14) (not false)) (= boundary (- phase_285 1)))))
 (let (($x20768 (and (and (= read_index 13) (not false)) (= boundary (- phase_131 1)))))
 (let (($x67502 (and (and (= read_index 12) (not false)) (= boundary (- phase_95 2)))))
 (let (($x23073 (and (and (= read_index 11) (not false)) (= boundary (- phase_83 1)))))
 (let (($x126782 (and (and (= read_index 10) (not false)) (= boundary (- phase_80 2)))))
 (let (($x86394 (and (and (= read_index 9) (not false)) (= boundary (- phase_49 1)))))
 (let (($x126202 (and (and (= read_index 8) (not false)) (= boundary (- phase_39 1)))))
 (let (($x117717 (and (and (= read_index 7) (not false)) (= boundary (- phase_29 1)))))
 (let (($x103611 (and (and (= read_index 6) (not false)) (= boundary (- phase_26 1)))))
 (let (($x109638 (and (and (= read_index 5) (not false)) (= boundary (- phase_22 1)))))
 (let (($x58011 (and (and (= read_index 4) (not false)) (= boundary (- phase_20 1)))))
 (let (($x91458 (and (and (= read_index 3) (not false)) (= boundary (- phase_17 1)))))
 (let (($x118131 (and (and (= read_index 2) (not false)) (= boundary (- phase_14 1)))))
 (let (($x100512 (and (and (= read_index 1) (not false)) (= boundary (- phase_4 1)))))
 (let (($x29147 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 2)))))
 (let (($x88658 (or (and $x29147 $x38843) (and $x100512 $x38843) (and $x118131 $x38843) (and $x91458 $x38843) (and $x58011 $x38843) (and $x109638 $x38843) (and $x103611 $x38843) (and $x117717 $x38843) (and $x126202 $x38843) (and $x86394 $x38843) (and $x126782 $x38843) (and $x23073 $x38843) (and $x67502 $x38843) (and $x20768 $x38843) (and $x103798 $x38843) (and $x128325 $x38843) (and $x103841 $x38843) (and $x105172 $x38843) (and (and (= read_index 18) (= boundary 39)) $x130575))))
 (and $x88658 (and (distinct ?x104569 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
