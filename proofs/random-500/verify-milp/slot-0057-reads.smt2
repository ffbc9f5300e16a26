(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_37 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_266 () Int)
(declare-fun phase_352 () Int)
(declare-fun phase_452 () Int)
(declare-fun phase_497 () Int)
(declare-fun read_value () Real)
(declare-fun x_474 () Real)
(declare-fun boundary () Int)
(declare-fun x_55 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_37 2))
(assert
 (= phase_55 6))
(assert
 (= phase_76 4))
(assert
 (= phase_82 4))
(assert
 (= phase_86 6))
(assert
 (= phase_266 21))
(assert
 (= phase_352 35))
(assert
 (= phase_452 38))
(assert
 (= phase_497 38))
(assert
 (let ((?x130804 (* (- 1.0) x_474)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x132973 (ite $x54498 ?x130804 0.0)))
 (let ((?x107709 (* (- 1.0) x_55)))
 (let (($x107459 (>= boundary 35)))
 (let ((?x108480 (ite $x107459 ?x107709 0.0)))
 (let ((?x133014 (+ (ite (>= boundary 3) (* 1.0 x_55) 0.0) ?x108480 (ite (>= boundary 37) (* 1.0 x_474) 0.0) ?x132973)))
 (let (($x113548 (= read_value x_474)))
 (let (($x105020 (and (and (= read_index 7) (not false)) (= boundary (- phase_497 1)))))
 (let (($x99456 (and (and (= read_index 6) (not false)) (= boundary (- phase_452 1)))))
 (let (($x116926 (= read_value x_55)))
 (let (($x128582 (= read_index 5)))
 (let (($x109153 (and (and $x128582 (not (= phase_37 (- phase_352 1)))) (= boundary (- phase_352 2)))))
 (let (($x70907 (= read_index 4)))
 (let (($x121443 (and (and $x70907 (not (= phase_37 (- phase_266 1)))) (= boundary (- phase_266 2)))))
 (let (($x44414 (and (and (= read_index 3) (not false)) (= boundary (- phase_86 1)))))
 (let (($x45830 (and (and (= read_index 2) (not false)) (= boundary (- phase_82 1)))))
 (let (($x132434 (and (and (= read_index 1) (not false)) (= boundary (- phase_76 1)))))
 (let (($x112756 (and (and (= read_index 0) (not false)) (= boundary (- phase_55 1)))))
 (let (($x111467 (or (and $x112756 $x116926) (and $x132434 $x116926) (and $x45830 $x116926) (and $x44414 $x116926) (and $x121443 $x116926) (and $x109153 $x116926) (and $x99456 $x113548) (and $x105020 $x113548))))
 (and $x111467 (and (distinct ?x133014 read_value) true)))))))))))))))))))))))
(check-sat)
