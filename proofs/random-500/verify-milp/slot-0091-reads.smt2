(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_104 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_403 () Int)
(declare-fun phase_460 () Int)
(declare-fun phase_483 () Int)
(declare-fun phase_486 () Int)
(declare-fun phase_499 () Int)
(declare-fun read_value () Real)
(declare-fun x_475 () Real)
(declare-fun boundary () Int)
(declare-fun x_121 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_104 8))
(assert
 (= phase_117 8))
(assert
 (= phase_125 6))
(assert
 (= phase_403 32))
(assert
 (= phase_460 36))
(assert
 (= phase_483 37))
(assert
 (= phase_486 39))
(assert
 (= phase_499 38))
(assert
 (let ((?x99459 (* (- 1.0) x_475)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x128006 (ite $x54498 ?x99459 0.0)))
 (let ((?x62760 (* (- 1.0) x_121)))
 (let (($x133731 (>= boundary 33)))
 (let ((?x66354 (ite $x133731 ?x62760 0.0)))
 (let ((?x129672 (+ (ite (>= boundary 5) (* 1.0 x_121) 0.0) ?x66354 (ite (>= boundary 35) (* 1.0 x_475) 0.0) ?x128006)))
 (let (($x23470 (= read_value x_475)))
 (let (($x111875 (and (and (= read_index 7) (not false)) (= boundary (- phase_499 1)))))
 (let (($x5386 (and (and (= read_index 6) (not false)) (= boundary (- phase_486 2)))))
 (let (($x132665 (and (and (= read_index 5) (not false)) (= boundary (- phase_483 2)))))
 (let (($x46971 (and (and (= read_index 4) (not false)) (= boundary (- phase_460 1)))))
 (let (($x105711 (= read_value x_121)))
 (let (($x127909 (and (and (= read_index 3) (not false)) (= boundary (- phase_403 1)))))
 (let (($x108041 (and (and (= read_index 2) (not false)) (= boundary (- phase_125 1)))))
 (let (($x133245 (and (and (= read_index 1) (not false)) (= boundary (- phase_117 1)))))
 (let (($x98786 (and (and (= read_index 0) (not false)) (= boundary (- phase_104 1)))))
 (let (($x113068 (or (and $x98786 $x105711) (and $x133245 $x105711) (and $x108041 $x105711) (and $x127909 $x105711) (and $x46971 $x23470) (and $x132665 $x23470) (and $x5386 $x23470) (and $x111875 $x23470))))
 (and $x113068 (and (distinct ?x129672 read_value) true)))))))))))))))))))))
(check-sat)
