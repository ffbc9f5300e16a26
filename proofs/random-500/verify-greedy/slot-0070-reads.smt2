(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_39 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_296 () Int)
(declare-fun phase_445 () Int)
(declare-fun phase_480 () Int)
(declare-fun read_value () Real)
(declare-fun x_57 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_39 2))
(assert
 (= phase_52 6))
(assert
 (= phase_71 6))
(assert
 (= phase_296 13))
(assert
 (= phase_445 32))
(assert
 (= phase_480 36))
(assert
 (let ((?x75303 (* (- 1.0) x_57)))
 (let (($x39142 (>= boundary 37)))
 (let ((?x98165 (ite $x39142 ?x75303 0.0)))
 (let (($x98952 (>= boundary 3)))
 (let ((?x28650 (ite $x98952 (* 1.0 x_57) 0.0)))
 (let ((?x112164 (+ ?x28650 ?x98165)))
 (let (($x111966 (= read_value x_57)))
 (let (($x68656 (and (and (= read_index 4) (not false)) (= boundary (- phase_480 1)))))
 (let (($x110013 (and (and (= read_index 3) (not false)) (= boundary (- phase_445 1)))))
 (let (($x125418 (= read_index 2)))
 (let (($x115555 (and (and $x125418 (not (= phase_39 (- phase_296 1)))) (= boundary (- phase_296 2)))))
 (let (($x93533 (and (and (= read_index 1) (not false)) (= boundary (- phase_71 1)))))
 (let (($x107244 (and (and (= read_index 0) (not false)) (= boundary (- phase_52 1)))))
 (let (($x28789 (or (and $x107244 $x111966) (and $x93533 $x111966) (and $x115555 $x111966) (and $x110013 $x111966) (and $x68656 $x111966))))
 (and $x28789 (and (distinct ?x112164 read_value) true)))))))))))))))))
(check-sat)
