(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_45 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_422 () Int)
(declare-fun phase_454 () Int)
(declare-fun phase_472 () Int)
(declare-fun read_value () Real)
(declare-fun x_65 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_45 2))
(assert
 (= phase_55 6))
(assert
 (= phase_69 6))
(assert
 (= phase_72 3))
(assert
 (= phase_82 4))
(assert
 (= phase_83 6))
(assert
 (= phase_97 6))
(assert
 (= phase_99 6))
(assert
 (= phase_175 3))
(assert
 (= phase_422 27))
(assert
 (= phase_454 30))
(assert
 (= phase_472 31))
(assert
 (let ((?x68049 (* (- 1.0) x_65)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x74684 (ite $x23693 ?x68049 0.0)))
 (let (($x98952 (>= boundary 3)))
 (let ((?x64306 (ite $x98952 (* 1.0 x_65) 0.0)))
 (let ((?x76992 (+ ?x64306 ?x74684)))
 (let (($x99999 (= read_value x_65)))
 (let (($x22060 (= read_index 10)))
 (let (($x100658 (and (and $x22060 (not (= phase_45 (- phase_472 1)))) (= boundary (- phase_472 2)))))
 (let (($x49149 (and (and (= read_index 9) (not false)) (= boundary (- phase_454 1)))))
 (let (($x37684 (= read_index 8)))
 (let (($x125987 (and (and $x37684 (not (= phase_45 (- phase_422 1)))) (= boundary (- phase_422 2)))))
 (let (($x136544 (= read_index 7)))
 (let (($x109997 (and (and $x136544 (not (= phase_45 (- phase_175 1)))) (= boundary (- phase_175 2)))))
 (let (($x102910 (and (and (= read_index 6) (not false)) (= boundary (- phase_99 1)))))
 (let (($x52940 (and (and (= read_index 5) (not false)) (= boundary (- phase_97 1)))))
 (let (($x124615 (and (and (= read_index 4) (not false)) (= boundary (- phase_83 1)))))
 (let (($x35261 (and (and (= read_index 3) (not false)) (= boundary (- phase_82 1)))))
 (let (($x4784 (and (and (= read_index 2) (not (= phase_45 (- phase_72 1)))) (= boundary (- phase_72 2)))))
 (let (($x121195 (and (and (= read_index 1) (not false)) (= boundary (- phase_69 1)))))
 (let (($x99827 (and (and (= read_index 0) (not false)) (= boundary (- phase_55 1)))))
 (let (($x118365 (or (and $x99827 $x99999) (and $x121195 $x99999) (and $x4784 $x99999) (and $x35261 $x99999) (and $x124615 $x99999) (and $x52940 $x99999) (and $x102910 $x99999) (and $x109997 $x99999) (and $x125987 $x99999) (and $x49149 $x99999) (and $x100658 $x99999))))
 (and $x118365 (and (distinct ?x76992 read_value) true)))))))))))))))))))))))))
(check-sat)
