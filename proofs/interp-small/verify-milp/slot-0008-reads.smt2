(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_196 () Int)
(declare-fun read_value () Real)
(declare-fun x_59 () Real)
(declare-fun boundary () Int)
(declare-fun x_8 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_42 10))
(assert
 (= phase_45 14))
(assert
 (= phase_48 18))
(assert
 (= phase_51 22))
(assert
 (= phase_193 34))
(assert
 (= phase_194 34))
(assert
 (= phase_195 34))
(assert
 (= phase_196 34))
(assert
 (let ((?x1454 (* 1.0 x_59)))
 (let (($x21666 (>= boundary 7)))
 (let ((?x8742 (ite $x21666 ?x1454 0.0)))
 (let ((?x10968 (* (- 1.0) x_8)))
 (let (($x25164 (>= boundary 5)))
 (let ((?x17322 (ite $x25164 ?x10968 0.0)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x59954 (ite $x46572 (* 1.0 x_8) 0.0)))
 (let ((?x1004 (+ ?x59954 ?x17322 ?x8742)))
 (let (($x5867 (= read_value x_59)))
 (let (($x2639 (and (and (= read_index 8) (not false)) (= boundary (- phase_196 1)))))
 (let (($x1239 (and (and (= read_index 7) (not false)) (= boundary (- phase_195 1)))))
 (let (($x13844 (and (and (= read_index 6) (not false)) (= boundary (- phase_194 1)))))
 (let (($x17495 (and (and (= read_index 5) (not false)) (= boundary (- phase_193 1)))))
 (let (($x12271 (and (and (= read_index 4) (not false)) (= boundary (- phase_51 1)))))
 (let (($x1338 (and (and (= read_index 3) (not false)) (= boundary (- phase_48 1)))))
 (let (($x9535 (and (and (= read_index 2) (not false)) (= boundary (- phase_45 1)))))
 (let (($x17180 (and (and (= read_index 1) (not false)) (= boundary (- phase_42 1)))))
 (let (($x22635 (= read_value x_8)))
 (let (($x22577 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x6607 (or (and $x22577 $x22635) (and $x17180 $x5867) (and $x9535 $x5867) (and $x1338 $x5867) (and $x12271 $x5867) (and $x17495 $x5867) (and $x13844 $x5867) (and $x1239 $x5867) (and $x2639 $x5867) (and (and (= read_index 9) (= boundary 35)) $x5867))))
 (and $x6607 (and (distinct ?x1004 read_value) true))))))))))))))))))))))))
(check-sat)
