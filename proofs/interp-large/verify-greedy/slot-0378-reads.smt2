(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_721 () Int)
(declare-fun phase_722 () Int)
(declare-fun phase_723 () Int)
(declare-fun phase_724 () Int)
(declare-fun phase_725 () Int)
(declare-fun phase_727 () Int)
(declare-fun phase_728 () Int)
(declare-fun phase_729 () Int)
(declare-fun read_value () Real)
(declare-fun x_1022 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_721 22))
(assert
 (= phase_722 22))
(assert
 (= phase_723 22))
(assert
 (= phase_724 22))
(assert
 (= phase_725 22))
(assert
 (= phase_727 22))
(assert
 (= phase_728 22))
(assert
 (= phase_729 22))
(assert
 (let ((?x76310 (* (- 1.0) x_1022)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x115043 (ite $x24162 ?x76310 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x60716 (ite $x208249 (* 1.0 x_1022) 0.0)))
 (let ((?x170970 (+ ?x60716 ?x115043)))
 (let (($x131969 (= read_value x_1022)))
 (let (($x198658 (and (and (= read_index 7) (not false)) (= boundary (- phase_729 1)))))
 (let (($x172422 (and (and (= read_index 6) (not false)) (= boundary (- phase_728 1)))))
 (let (($x96746 (and (and (= read_index 5) (not false)) (= boundary (- phase_727 1)))))
 (let (($x32472 (and (and (= read_index 4) (not false)) (= boundary (- phase_725 1)))))
 (let (($x250183 (and (and (= read_index 3) (not false)) (= boundary (- phase_724 1)))))
 (let (($x79919 (and (and (= read_index 2) (not false)) (= boundary (- phase_723 1)))))
 (let (($x227241 (and (and (= read_index 1) (not false)) (= boundary (- phase_722 1)))))
 (let (($x122963 (and (and (= read_index 0) (not false)) (= boundary (- phase_721 1)))))
 (let (($x227778 (or (and $x122963 $x131969) (and $x227241 $x131969) (and $x79919 $x131969) (and $x250183 $x131969) (and $x32472 $x131969) (and $x96746 $x131969) (and $x172422 $x131969) (and $x198658 $x131969))))
 (and $x227778 (and (distinct ?x170970 read_value) true)))))))))))))))))))
(check-sat)
