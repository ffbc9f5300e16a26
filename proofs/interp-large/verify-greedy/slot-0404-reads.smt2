(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_750 () Int)
(declare-fun phase_751 () Int)
(declare-fun phase_752 () Int)
(declare-fun phase_754 () Int)
(declare-fun phase_755 () Int)
(declare-fun phase_756 () Int)
(declare-fun phase_757 () Int)
(declare-fun phase_758 () Int)
(declare-fun read_value () Real)
(declare-fun x_1048 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_750 22))
(assert
 (= phase_751 22))
(assert
 (= phase_752 22))
(assert
 (= phase_754 22))
(assert
 (= phase_755 22))
(assert
 (= phase_756 22))
(assert
 (= phase_757 22))
(assert
 (= phase_758 22))
(assert
 (let ((?x80774 (* (- 1.0) x_1048)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x167647 (ite $x24162 ?x80774 0.0)))
 (let ((?x173861 (+ (ite (>= boundary 21) (* 1.0 x_1048) 0.0) ?x167647)))
 (let (($x170841 (= read_value x_1048)))
 (let (($x121540 (and (and (= read_index 7) (not false)) (= boundary (- phase_758 1)))))
 (let (($x221259 (and (and (= read_index 6) (not false)) (= boundary (- phase_757 1)))))
 (let (($x227797 (and (and (= read_index 5) (not false)) (= boundary (- phase_756 1)))))
 (let (($x88421 (and (and (= read_index 4) (not false)) (= boundary (- phase_755 1)))))
 (let (($x155663 (and (and (= read_index 3) (not false)) (= boundary (- phase_754 1)))))
 (let (($x117369 (and (and (= read_index 2) (not false)) (= boundary (- phase_752 1)))))
 (let (($x120184 (and (and (= read_index 1) (not false)) (= boundary (- phase_751 1)))))
 (let (($x161357 (and (and (= read_index 0) (not false)) (= boundary (- phase_750 1)))))
 (let (($x199803 (or (and $x161357 $x170841) (and $x120184 $x170841) (and $x117369 $x170841) (and $x155663 $x170841) (and $x88421 $x170841) (and $x227797 $x170841) (and $x221259 $x170841) (and $x121540 $x170841))))
 (and $x199803 (and (distinct ?x173861 read_value) true)))))))))))))))))
(check-sat)
