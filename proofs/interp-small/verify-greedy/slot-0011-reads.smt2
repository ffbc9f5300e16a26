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
(declare-fun x_11 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_42 10))
(assert
 (= phase_45 10))
(assert
 (= phase_48 10))
(assert
 (= phase_51 10))
(assert
 (= phase_193 10))
(assert
 (= phase_194 10))
(assert
 (= phase_195 10))
(assert
 (= phase_196 10))
(assert
 (let ((?x13149 (* 1.0 x_59)))
 (let (($x28505 (>= boundary 7)))
 (let ((?x58468 (ite $x28505 ?x13149 0.0)))
 (let ((?x55683 (* (- 1.0) x_11)))
 (let (($x11924 (>= boundary 5)))
 (let ((?x2924 (ite $x11924 ?x55683 0.0)))
 (let (($x46814 (>= boundary (- 1))))
 (let ((?x5557 (ite $x46814 (* 1.0 x_11) 0.0)))
 (let ((?x21673 (+ ?x5557 ?x2924 ?x58468)))
 (let (($x4547 (= read_value x_59)))
 (let (($x13057 (and (and (= read_index 8) (not false)) (= boundary (- phase_196 1)))))
 (let (($x5184 (and (and (= read_index 7) (not false)) (= boundary (- phase_195 1)))))
 (let (($x3959 (and (and (= read_index 6) (not false)) (= boundary (- phase_194 1)))))
 (let (($x5181 (and (and (= read_index 5) (not false)) (= boundary (- phase_193 1)))))
 (let (($x25169 (and (and (= read_index 4) (not false)) (= boundary (- phase_51 1)))))
 (let (($x9499 (and (and (= read_index 3) (not false)) (= boundary (- phase_48 1)))))
 (let (($x3860 (and (and (= read_index 2) (not false)) (= boundary (- phase_45 1)))))
 (let (($x15667 (and (and (= read_index 1) (not false)) (= boundary (- phase_42 1)))))
 (let (($x30221 (= read_value x_11)))
 (let (($x18952 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x17370 (or (and $x18952 $x30221) (and $x15667 $x4547) (and $x3860 $x4547) (and $x9499 $x4547) (and $x25169 $x4547) (and $x5181 $x4547) (and $x3959 $x4547) (and $x5184 $x4547) (and $x13057 $x4547) (and (and (= read_index 9) (= boundary 35)) $x4547))))
 (and $x17370 (and (distinct ?x21673 read_value) true))))))))))))))))))))))))
(check-sat)
