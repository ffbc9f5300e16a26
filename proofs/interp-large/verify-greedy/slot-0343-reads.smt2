(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_439 () Int)
(declare-fun phase_448 () Int)
(declare-fun phase_457 () Int)
(declare-fun phase_466 () Int)
(declare-fun phase_475 () Int)
(declare-fun phase_484 () Int)
(declare-fun phase_493 () Int)
(declare-fun phase_502 () Int)
(declare-fun phase_563 () Int)
(declare-fun phase_572 () Int)
(declare-fun phase_581 () Int)
(declare-fun phase_590 () Int)
(declare-fun phase_599 () Int)
(declare-fun phase_608 () Int)
(declare-fun phase_617 () Int)
(declare-fun phase_626 () Int)
(declare-fun phase_715 () Int)
(declare-fun phase_724 () Int)
(declare-fun phase_733 () Int)
(declare-fun phase_742 () Int)
(declare-fun phase_751 () Int)
(declare-fun phase_760 () Int)
(declare-fun phase_769 () Int)
(declare-fun phase_778 () Int)
(declare-fun read_value () Real)
(declare-fun x_567 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_439 22))
(assert
 (= phase_448 22))
(assert
 (= phase_457 22))
(assert
 (= phase_466 22))
(assert
 (= phase_475 22))
(assert
 (= phase_484 22))
(assert
 (= phase_493 22))
(assert
 (= phase_502 22))
(assert
 (= phase_563 22))
(assert
 (= phase_572 22))
(assert
 (= phase_581 22))
(assert
 (= phase_590 22))
(assert
 (= phase_599 22))
(assert
 (= phase_608 22))
(assert
 (= phase_617 22))
(assert
 (= phase_626 22))
(assert
 (= phase_715 22))
(assert
 (= phase_724 22))
(assert
 (= phase_733 22))
(assert
 (= phase_742 22))
(assert
 (= phase_751 22))
(assert
 (= phase_760 22))
(assert
 (= phase_769 22))
(assert
 (= phase_778 22))
(assert
 (let ((?x39090 (* (- 1.0) x_567)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x44952 (ite $x24162 ?x39090 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x37391 (ite $x103445 (* 1.0 x_567) 0.0)))
 (let ((?x58174 (+ ?x37391 ?x44952)))
 (let (($x53304 (= read_value x_567)))
 (let (($x227270 (and (and (= read_index 23) (not false)) (= boundary (- phase_778 1)))))
 (let (($x226633 (and (and (= read_index 22) (not false)) (= boundary (- phase_769 1)))))
 (let (($x189113 (and (and (= read_index 21) (not false)) (= boundary (- phase_760 1)))))
 (let (($x77978 (and (and (= read_index 20) (not false)) (= boundary (- phase_751 1)))))
 (let (($x223461 (and (and (= read_index 19) (not false)) (= boundary (- phase_742 1)))))
 (let (($x165767 (and (and (= read_index 18) (not false)) (= boundary (- phase_733 1)))))
 (let (($x171444 (and (and (= read_index 17) (not false)) (= boundary (- phase_724 1)))))
 (let (($x30051 (and (and (= read_index 16) (not false)) (= boundary (- phase_715 1)))))
 (let (($x235001 (and (and (= read_index 15) (not false)) (= boundary (- phase_626 1)))))
 (let (($x75896 (and (and (= read_index 14) (not false)) (= boundary (- phase_617 1)))))
 (let (($x221654 (and (and (= read_index 13) (not false)) (= boundary (- phase_608 1)))))
 (let (($x94521 (and (and (= read_index 12) (not false)) (= boundary (- phase_599 1)))))
 (let (($x165678 (and (and (= read_index 11) (not false)) (= boundary (- phase_590 1)))))
 (let (($x77709 (and (and (= read_index 10) (not false)) (= boundary (- phase_581 1)))))
 (let (($x85243 (and (and (= read_index 9) (not false)) (= boundary (- phase_572 1)))))
 (let (($x272722 (and (and (= read_index 8) (not false)) (= boundary (- phase_563 1)))))
 (let (($x189248 (and (and (= read_index 7) (not false)) (= boundary (- phase_502 1)))))
 (let (($x56216 (and (and (= read_index 6) (not false)) (= boundary (- phase_493 1)))))
 (let (($x16228 (and (and (= read_index 5) (not false)) (= boundary (- phase_484 1)))))
 (let (($x295896 (and (and (= read_index 4) (not false)) (= boundary (- phase_475 1)))))
 (let (($x216416 (and (and (= read_index 3) (not false)) (= boundary (- phase_466 1)))))
 (let (($x171768 (and (and (= read_index 2) (not false)) (= boundary (- phase_457 1)))))
 (let (($x113341 (and (and (= read_index 1) (not false)) (= boundary (- phase_448 1)))))
 (let (($x49381 (and (and (= read_index 0) (not false)) (= boundary (- phase_439 1)))))
 (let (($x220697 (or (and $x49381 $x53304) (and $x113341 $x53304) (and $x171768 $x53304) (and $x216416 $x53304) (and $x295896 $x53304) (and $x16228 $x53304) (and $x56216 $x53304) (and $x189248 $x53304) (and $x272722 $x53304) (and $x85243 $x53304) (and $x77709 $x53304) (and $x165678 $x53304) (and $x94521 $x53304) (and $x221654 $x53304) (and $x75896 $x53304) (and $x235001 $x53304) (and $x30051 $x53304) (and $x171444 $x53304) (and $x165767 $x53304) (and $x223461 $x53304) (and $x77978 $x53304) (and $x189113 $x53304) (and $x226633 $x53304) (and $x227270 $x53304))))
 (and $x220697 (and (distinct ?x58174 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
