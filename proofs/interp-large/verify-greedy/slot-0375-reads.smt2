(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_718 () Int)
(declare-fun phase_719 () Int)
(declare-fun phase_720 () Int)
(declare-fun phase_721 () Int)
(declare-fun phase_722 () Int)
(declare-fun phase_723 () Int)
(declare-fun phase_724 () Int)
(declare-fun phase_725 () Int)
(declare-fun read_value () Real)
(declare-fun x_1019 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_718 22))
(assert
 (= phase_719 22))
(assert
 (= phase_720 22))
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
 (let ((?x144989 (* (- 1.0) x_1019)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x155186 (ite $x24162 ?x144989 0.0)))
 (let ((?x156247 (+ (ite (>= boundary 21) (* 1.0 x_1019) 0.0) ?x155186)))
 (let (($x113858 (= read_value x_1019)))
 (let (($x181474 (and (and (= read_index 7) (not false)) (= boundary (- phase_725 1)))))
 (let (($x205172 (and (and (= read_index 6) (not false)) (= boundary (- phase_724 1)))))
 (let (($x61970 (and (and (= read_index 5) (not false)) (= boundary (- phase_723 1)))))
 (let (($x84869 (and (and (= read_index 4) (not false)) (= boundary (- phase_722 1)))))
 (let (($x127839 (and (and (= read_index 3) (not false)) (= boundary (- phase_721 1)))))
 (let (($x197674 (and (and (= read_index 2) (not false)) (= boundary (- phase_720 1)))))
 (let (($x134010 (and (and (= read_index 1) (not false)) (= boundary (- phase_719 1)))))
 (let (($x111092 (and (and (= read_index 0) (not false)) (= boundary (- phase_718 1)))))
 (let (($x82035 (or (and $x111092 $x113858) (and $x134010 $x113858) (and $x197674 $x113858) (and $x127839 $x113858) (and $x84869 $x113858) (and $x61970 $x113858) (and $x205172 $x113858) (and $x181474 $x113858))))
 (and $x82035 (and (distinct ?x156247 read_value) true)))))))))))))))))
(check-sat)
