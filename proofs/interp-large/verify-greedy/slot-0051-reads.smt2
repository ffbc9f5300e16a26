(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_29 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_962 () Int)
(declare-fun phase_982 () Int)
(declare-fun phase_998 () Int)
(declare-fun phase_1014 () Int)
(declare-fun phase_1030 () Int)
(declare-fun phase_1046 () Int)
(declare-fun phase_1062 () Int)
(declare-fun phase_1078 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_94 () Real)
(declare-fun boundary () Int)
(declare-fun x_51 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_29 6))
(assert
 (= phase_46 4))
(assert
 (= phase_962 46))
(assert
 (= phase_982 46))
(assert
 (= phase_998 46))
(assert
 (= phase_1014 46))
(assert
 (= phase_1030 46))
(assert
 (= phase_1046 46))
(assert
 (= phase_1062 46))
(assert
 (= phase_1078 46))
(assert
 (= phase_1090 7))
(assert
 (let ((?x143499 (* (- 1.0) x_94)))
 (let (($x130502 (>= boundary 47)))
 (let ((?x167827 (ite $x130502 ?x143499 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x136225 (ite $x191692 (* 1.0 x_94) 0.0)))
 (let ((?x80825 (* (- 1.0) x_51)))
 (let (($x152189 (>= boundary 5)))
 (let ((?x100798 (ite $x152189 ?x80825 0.0)))
 (let (($x39646 (>= boundary (- 1))))
 (let ((?x54470 (ite $x39646 (* 1.0 x_51) 0.0)))
 (let ((?x182487 (+ ?x54470 ?x100798 ?x136225 ?x167827)))
 (let (($x233990 (= read_value x_94)))
 (let (($x191872 (= read_index 9)))
 (let (($x10833 (and (and $x191872 (not (= phase_29 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x42869 (and (and (= read_index 8) (not false)) (= boundary (- phase_1078 1)))))
 (let (($x105277 (and (and (= read_index 7) (not false)) (= boundary (- phase_1062 1)))))
 (let (($x124263 (and (and (= read_index 6) (not false)) (= boundary (- phase_1046 1)))))
 (let (($x216232 (and (and (= read_index 5) (not false)) (= boundary (- phase_1030 1)))))
 (let (($x28281 (and (and (= read_index 4) (not false)) (= boundary (- phase_1014 1)))))
 (let (($x179410 (and (and (= read_index 3) (not false)) (= boundary (- phase_998 1)))))
 (let (($x84884 (and (and (= read_index 2) (not false)) (= boundary (- phase_982 1)))))
 (let (($x202874 (and (and (= read_index 1) (not false)) (= boundary (- phase_962 1)))))
 (let (($x110304 (= read_value x_51)))
 (let (($x109565 (and (and (= read_index 0) (not false)) (= boundary (- phase_46 1)))))
 (let (($x211567 (or (and $x109565 $x110304) (and $x202874 $x233990) (and $x84884 $x233990) (and $x179410 $x233990) (and $x28281 $x233990) (and $x216232 $x233990) (and $x124263 $x233990) (and $x105277 $x233990) (and $x42869 $x233990) (and $x10833 $x233990))))
 (and $x211567 (and (distinct ?x182487 read_value) true))))))))))))))))))))))))))))
(check-sat)
