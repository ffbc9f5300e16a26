(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_140 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_211 () Int)
(declare-fun phase_213 () Int)
(declare-fun phase_214 () Int)
(declare-fun phase_307 () Int)
(declare-fun phase_467 () Int)
(declare-fun read_value () Real)
(declare-fun x_225 () Real)
(declare-fun boundary () Int)
(declare-fun x_72 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_140 10))
(assert
 (= phase_142 10))
(assert
 (= phase_174 10))
(assert
 (= phase_193 12))
(assert
 (= phase_211 19))
(assert
 (= phase_213 14))
(assert
 (= phase_214 18))
(assert
 (= phase_307 22))
(assert
 (= phase_467 38))
(assert
 (let ((?x123395 (* (- 1.0) x_225)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x131151 (ite $x54498 ?x123395 0.0)))
 (let ((?x100583 (* (- 1.0) x_72)))
 (let (($x118056 (>= boundary 11)))
 (let ((?x107085 (ite $x118056 ?x100583 0.0)))
 (let ((?x132863 (+ (ite (>= boundary 7) (* 1.0 x_72) 0.0) ?x107085 (ite (>= boundary 13) (* 1.0 x_225) 0.0) ?x131151)))
 (let (($x113826 (= read_value x_225)))
 (let (($x109680 (and (and (= read_index 7) (not false)) (= boundary (- phase_467 1)))))
 (let (($x77021 (and (and (= read_index 6) (not false)) (= boundary (- phase_307 1)))))
 (let (($x116318 (and (and (= read_index 5) (not false)) (= boundary (- phase_214 1)))))
 (let (($x103490 (and (and (= read_index 4) (not false)) (= boundary (- phase_213 1)))))
 (let (($x126949 (= read_index 3)))
 (let (($x64274 (and (and $x126949 (not (= phase_193 (- phase_211 1)))) (= boundary (- phase_211 2)))))
 (let (($x105299 (= read_value x_72)))
 (let (($x98758 (and (and (= read_index 2) (not false)) (= boundary (- phase_174 1)))))
 (let (($x118104 (and (and (= read_index 1) (not false)) (= boundary (- phase_142 1)))))
 (let (($x85782 (and (and (= read_index 0) (not false)) (= boundary (- phase_140 1)))))
 (let (($x113069 (or (and $x85782 $x105299) (and $x118104 $x105299) (and $x98758 $x105299) (and $x64274 $x113826) (and $x103490 $x113826) (and $x116318 $x113826) (and $x77021 $x113826) (and $x109680 $x113826))))
 (and $x113069 (and (distinct ?x132863 read_value) true))))))))))))))))))))))
(check-sat)
