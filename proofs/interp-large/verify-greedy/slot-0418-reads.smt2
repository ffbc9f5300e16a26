(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_766 () Int)
(declare-fun phase_767 () Int)
(declare-fun phase_768 () Int)
(declare-fun phase_769 () Int)
(declare-fun phase_770 () Int)
(declare-fun phase_772 () Int)
(declare-fun phase_773 () Int)
(declare-fun phase_774 () Int)
(declare-fun read_value () Real)
(declare-fun x_1062 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_766 22))
(assert
 (= phase_767 22))
(assert
 (= phase_768 22))
(assert
 (= phase_769 22))
(assert
 (= phase_770 22))
(assert
 (= phase_772 22))
(assert
 (= phase_773 22))
(assert
 (= phase_774 22))
(assert
 (let ((?x92035 (* (- 1.0) x_1062)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x109873 (ite $x24162 ?x92035 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x88955 (ite $x208249 (* 1.0 x_1062) 0.0)))
 (let ((?x123853 (+ ?x88955 ?x109873)))
 (let (($x121196 (= read_value x_1062)))
 (let (($x208386 (and (and (= read_index 7) (not false)) (= boundary (- phase_774 1)))))
 (let (($x211574 (and (and (= read_index 6) (not false)) (= boundary (- phase_773 1)))))
 (let (($x34371 (and (and (= read_index 5) (not false)) (= boundary (- phase_772 1)))))
 (let (($x144956 (and (and (= read_index 4) (not false)) (= boundary (- phase_770 1)))))
 (let (($x142114 (and (and (= read_index 3) (not false)) (= boundary (- phase_769 1)))))
 (let (($x121547 (and (and (= read_index 2) (not false)) (= boundary (- phase_768 1)))))
 (let (($x57966 (and (and (= read_index 1) (not false)) (= boundary (- phase_767 1)))))
 (let (($x90049 (and (and (= read_index 0) (not false)) (= boundary (- phase_766 1)))))
 (let (($x167240 (or (and $x90049 $x121196) (and $x57966 $x121196) (and $x121547 $x121196) (and $x142114 $x121196) (and $x144956 $x121196) (and $x34371 $x121196) (and $x211574 $x121196) (and $x208386 $x121196))))
 (and $x167240 (and (distinct ?x123853 read_value) true)))))))))))))))))))
(check-sat)
