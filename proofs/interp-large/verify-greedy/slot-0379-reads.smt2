(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_722 () Int)
(declare-fun phase_723 () Int)
(declare-fun phase_724 () Int)
(declare-fun phase_725 () Int)
(declare-fun phase_727 () Int)
(declare-fun phase_728 () Int)
(declare-fun phase_729 () Int)
(declare-fun phase_730 () Int)
(declare-fun read_value () Real)
(declare-fun x_1023 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (= phase_730 22))
(assert
 (let ((?x107036 (* (- 1.0) x_1023)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x120276 (ite $x24162 ?x107036 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x89564 (ite $x208249 (* 1.0 x_1023) 0.0)))
 (let ((?x141407 (+ ?x89564 ?x120276)))
 (let (($x133771 (= read_value x_1023)))
 (let (($x24733 (and (and (= read_index 7) (not false)) (= boundary (- phase_730 1)))))
 (let (($x131014 (and (and (= read_index 6) (not false)) (= boundary (- phase_729 1)))))
 (let (($x227000 (and (and (= read_index 5) (not false)) (= boundary (- phase_728 1)))))
 (let (($x270365 (and (and (= read_index 4) (not false)) (= boundary (- phase_727 1)))))
 (let (($x145071 (and (and (= read_index 3) (not false)) (= boundary (- phase_725 1)))))
 (let (($x102324 (and (and (= read_index 2) (not false)) (= boundary (- phase_724 1)))))
 (let (($x133358 (and (and (= read_index 1) (not false)) (= boundary (- phase_723 1)))))
 (let (($x131031 (and (and (= read_index 0) (not false)) (= boundary (- phase_722 1)))))
 (let (($x159853 (or (and $x131031 $x133771) (and $x133358 $x133771) (and $x102324 $x133771) (and $x145071 $x133771) (and $x270365 $x133771) (and $x227000 $x133771) (and $x131014 $x133771) (and $x24733 $x133771))))
 (and $x159853 (and (distinct ?x141407 read_value) true)))))))))))))))))))
(check-sat)
