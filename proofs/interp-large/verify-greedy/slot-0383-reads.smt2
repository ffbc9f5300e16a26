(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_727 () Int)
(declare-fun phase_728 () Int)
(declare-fun phase_729 () Int)
(declare-fun phase_730 () Int)
(declare-fun phase_731 () Int)
(declare-fun phase_732 () Int)
(declare-fun phase_733 () Int)
(declare-fun phase_734 () Int)
(declare-fun read_value () Real)
(declare-fun x_1027 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_734 22))
(assert
 (let ((?x91623 (* (- 1.0) x_1027)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x108380 (ite $x24162 ?x91623 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x88898 (ite $x208249 (* 1.0 x_1027) 0.0)))
 (let ((?x149787 (+ ?x88898 ?x108380)))
 (let (($x148817 (= read_value x_1027)))
 (let (($x211918 (and (and (= read_index 7) (not false)) (= boundary (- phase_734 1)))))
 (let (($x139446 (and (and (= read_index 6) (not false)) (= boundary (- phase_733 1)))))
 (let (($x25275 (and (and (= read_index 5) (not false)) (= boundary (- phase_732 1)))))
 (let (($x146726 (and (and (= read_index 4) (not false)) (= boundary (- phase_731 1)))))
 (let (($x164706 (and (and (= read_index 3) (not false)) (= boundary (- phase_730 1)))))
 (let (($x39635 (and (and (= read_index 2) (not false)) (= boundary (- phase_729 1)))))
 (let (($x68478 (and (and (= read_index 1) (not false)) (= boundary (- phase_728 1)))))
 (let (($x148461 (and (and (= read_index 0) (not false)) (= boundary (- phase_727 1)))))
 (let (($x156835 (or (and $x148461 $x148817) (and $x68478 $x148817) (and $x39635 $x148817) (and $x164706 $x148817) (and $x146726 $x148817) (and $x25275 $x148817) (and $x139446 $x148817) (and $x211918 $x148817))))
 (and $x156835 (and (distinct ?x149787 read_value) true)))))))))))))))))))
(check-sat)
