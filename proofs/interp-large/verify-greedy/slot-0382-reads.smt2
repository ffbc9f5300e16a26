(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_725 () Int)
(declare-fun phase_727 () Int)
(declare-fun phase_728 () Int)
(declare-fun phase_729 () Int)
(declare-fun phase_730 () Int)
(declare-fun phase_731 () Int)
(declare-fun phase_732 () Int)
(declare-fun phase_733 () Int)
(declare-fun read_value () Real)
(declare-fun x_1026 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_725 22))
(assert
 (= phase_727 22))
(assert
 (= phase_728 22))
(assert
 (= phase_729 22))
(assert
 (= phase_730 22))
(assert
 (= phase_731 22))
(assert
 (= phase_732 22))
(assert
 (= phase_733 22))
(assert
 (let ((?x125222 (* (- 1.0) x_1026)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x129561 (ite $x24162 ?x125222 0.0)))
 (let ((?x155617 (+ (ite (>= boundary 21) (* 1.0 x_1026) 0.0) ?x129561)))
 (let (($x127833 (= read_value x_1026)))
 (let (($x72192 (and (and (= read_index 7) (not false)) (= boundary (- phase_733 1)))))
 (let (($x75414 (and (and (= read_index 6) (not false)) (= boundary (- phase_732 1)))))
 (let (($x123923 (and (and (= read_index 5) (not false)) (= boundary (- phase_731 1)))))
 (let (($x211459 (and (and (= read_index 4) (not false)) (= boundary (- phase_730 1)))))
 (let (($x173720 (and (and (= read_index 3) (not false)) (= boundary (- phase_729 1)))))
 (let (($x227759 (and (and (= read_index 2) (not false)) (= boundary (- phase_728 1)))))
 (let (($x212919 (and (and (= read_index 1) (not false)) (= boundary (- phase_727 1)))))
 (let (($x108380 (and (and (= read_index 0) (not false)) (= boundary (- phase_725 1)))))
 (let (($x27676 (or (and $x108380 $x127833) (and $x212919 $x127833) (and $x227759 $x127833) (and $x173720 $x127833) (and $x211459 $x127833) (and $x123923 $x127833) (and $x75414 $x127833) (and $x72192 $x127833))))
 (and $x27676 (and (distinct ?x155617 read_value) true)))))))))))))))))
(check-sat)
