(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_435 () Int)
(declare-fun phase_444 () Int)
(declare-fun phase_453 () Int)
(declare-fun phase_462 () Int)
(declare-fun phase_471 () Int)
(declare-fun phase_480 () Int)
(declare-fun phase_489 () Int)
(declare-fun phase_498 () Int)
(declare-fun phase_559 () Int)
(declare-fun phase_568 () Int)
(declare-fun phase_577 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_595 () Int)
(declare-fun phase_604 () Int)
(declare-fun phase_613 () Int)
(declare-fun phase_622 () Int)
(declare-fun phase_711 () Int)
(declare-fun phase_720 () Int)
(declare-fun phase_729 () Int)
(declare-fun phase_738 () Int)
(declare-fun phase_747 () Int)
(declare-fun phase_756 () Int)
(declare-fun phase_765 () Int)
(declare-fun phase_774 () Int)
(declare-fun read_value () Real)
(declare-fun x_551 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_435 22))
(assert
 (= phase_444 22))
(assert
 (= phase_453 22))
(assert
 (= phase_462 22))
(assert
 (= phase_471 22))
(assert
 (= phase_480 22))
(assert
 (= phase_489 22))
(assert
 (= phase_498 22))
(assert
 (= phase_559 22))
(assert
 (= phase_568 22))
(assert
 (= phase_577 22))
(assert
 (= phase_586 22))
(assert
 (= phase_595 22))
(assert
 (= phase_604 22))
(assert
 (= phase_613 22))
(assert
 (= phase_622 22))
(assert
 (= phase_711 22))
(assert
 (= phase_720 22))
(assert
 (= phase_729 22))
(assert
 (= phase_738 22))
(assert
 (= phase_747 22))
(assert
 (= phase_756 22))
(assert
 (= phase_765 22))
(assert
 (= phase_774 22))
(assert
 (let ((?x50281 (* (- 1.0) x_551)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x53887 (ite $x24162 ?x50281 0.0)))
 (let ((?x58198 (+ (ite (>= boundary 15) (* 1.0 x_551) 0.0) ?x53887)))
 (let (($x43775 (= read_value x_551)))
 (let (($x72948 (and (and (= read_index 23) (not false)) (= boundary (- phase_774 1)))))
 (let (($x224626 (and (and (= read_index 22) (not false)) (= boundary (- phase_765 1)))))
 (let (($x50643 (and (and (= read_index 21) (not false)) (= boundary (- phase_756 1)))))
 (let (($x32544 (and (and (= read_index 20) (not false)) (= boundary (- phase_747 1)))))
 (let (($x170970 (and (and (= read_index 19) (not false)) (= boundary (- phase_738 1)))))
 (let (($x338262 (and (and (= read_index 18) (not false)) (= boundary (- phase_729 1)))))
 (let (($x168224 (and (and (= read_index 17) (not false)) (= boundary (- phase_720 1)))))
 (let (($x209938 (and (and (= read_index 16) (not false)) (= boundary (- phase_711 1)))))
 (let (($x115014 (and (and (= read_index 15) (not false)) (= boundary (- phase_622 1)))))
 (let (($x181415 (and (and (= read_index 14) (not false)) (= boundary (- phase_613 1)))))
 (let (($x131687 (and (and (= read_index 13) (not false)) (= boundary (- phase_604 1)))))
 (let (($x182489 (and (and (= read_index 12) (not false)) (= boundary (- phase_595 1)))))
 (let (($x156247 (and (and (= read_index 11) (not false)) (= boundary (- phase_586 1)))))
 (let (($x91537 (and (and (= read_index 10) (not false)) (= boundary (- phase_577 1)))))
 (let (($x219106 (and (and (= read_index 9) (not false)) (= boundary (- phase_568 1)))))
 (let (($x228323 (and (and (= read_index 8) (not false)) (= boundary (- phase_559 1)))))
 (let (($x187738 (and (and (= read_index 7) (not false)) (= boundary (- phase_498 1)))))
 (let (($x9468 (and (and (= read_index 6) (not false)) (= boundary (- phase_489 1)))))
 (let (($x38411 (and (and (= read_index 5) (not false)) (= boundary (- phase_480 1)))))
 (let (($x244025 (and (and (= read_index 4) (not false)) (= boundary (- phase_471 1)))))
 (let (($x224342 (and (and (= read_index 3) (not false)) (= boundary (- phase_462 1)))))
 (let (($x121677 (and (and (= read_index 2) (not false)) (= boundary (- phase_453 1)))))
 (let (($x90115 (and (and (= read_index 1) (not false)) (= boundary (- phase_444 1)))))
 (let (($x32050 (and (and (= read_index 0) (not false)) (= boundary (- phase_435 1)))))
 (let (($x190135 (or (and $x32050 $x43775) (and $x90115 $x43775) (and $x121677 $x43775) (and $x224342 $x43775) (and $x244025 $x43775) (and $x38411 $x43775) (and $x9468 $x43775) (and $x187738 $x43775) (and $x228323 $x43775) (and $x219106 $x43775) (and $x91537 $x43775) (and $x156247 $x43775) (and $x182489 $x43775) (and $x131687 $x43775) (and $x181415 $x43775) (and $x115014 $x43775) (and $x209938 $x43775) (and $x168224 $x43775) (and $x338262 $x43775) (and $x170970 $x43775) (and $x32544 $x43775) (and $x50643 $x43775) (and $x224626 $x43775) (and $x72948 $x43775))))
 (and $x190135 (and (distinct ?x58198 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
