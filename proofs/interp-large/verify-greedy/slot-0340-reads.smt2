(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_436 () Int)
(declare-fun phase_445 () Int)
(declare-fun phase_454 () Int)
(declare-fun phase_463 () Int)
(declare-fun phase_472 () Int)
(declare-fun phase_481 () Int)
(declare-fun phase_490 () Int)
(declare-fun phase_499 () Int)
(declare-fun phase_560 () Int)
(declare-fun phase_569 () Int)
(declare-fun phase_578 () Int)
(declare-fun phase_587 () Int)
(declare-fun phase_596 () Int)
(declare-fun phase_605 () Int)
(declare-fun phase_614 () Int)
(declare-fun phase_623 () Int)
(declare-fun phase_712 () Int)
(declare-fun phase_721 () Int)
(declare-fun phase_730 () Int)
(declare-fun phase_739 () Int)
(declare-fun phase_748 () Int)
(declare-fun phase_757 () Int)
(declare-fun phase_766 () Int)
(declare-fun phase_775 () Int)
(declare-fun read_value () Real)
(declare-fun x_555 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_436 22))
(assert
 (= phase_445 22))
(assert
 (= phase_454 22))
(assert
 (= phase_463 22))
(assert
 (= phase_472 22))
(assert
 (= phase_481 22))
(assert
 (= phase_490 22))
(assert
 (= phase_499 22))
(assert
 (= phase_560 22))
(assert
 (= phase_569 22))
(assert
 (= phase_578 22))
(assert
 (= phase_587 22))
(assert
 (= phase_596 22))
(assert
 (= phase_605 22))
(assert
 (= phase_614 22))
(assert
 (= phase_623 22))
(assert
 (= phase_712 22))
(assert
 (= phase_721 22))
(assert
 (= phase_730 22))
(assert
 (= phase_739 22))
(assert
 (= phase_748 22))
(assert
 (= phase_757 22))
(assert
 (= phase_766 22))
(assert
 (= phase_775 22))
(assert
 (let ((?x32980 (* (- 1.0) x_555)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x37184 (ite $x24162 ?x32980 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x27778 (ite $x103445 (* 1.0 x_555) 0.0)))
 (let ((?x40033 (+ ?x27778 ?x37184)))
 (let (($x102672 (= read_value x_555)))
 (let (($x152311 (and (and (= read_index 23) (not false)) (= boundary (- phase_775 1)))))
 (let (($x171768 (and (and (= read_index 22) (not false)) (= boundary (- phase_766 1)))))
 (let (($x141652 (and (and (= read_index 21) (not false)) (= boundary (- phase_757 1)))))
 (let (($x211359 (and (and (= read_index 20) (not false)) (= boundary (- phase_748 1)))))
 (let (($x75101 (and (and (= read_index 19) (not false)) (= boundary (- phase_739 1)))))
 (let (($x174950 (and (and (= read_index 18) (not false)) (= boundary (- phase_730 1)))))
 (let (($x8025 (and (and (= read_index 17) (not false)) (= boundary (- phase_721 1)))))
 (let (($x32050 (and (and (= read_index 16) (not false)) (= boundary (- phase_712 1)))))
 (let (($x2379 (and (and (= read_index 15) (not false)) (= boundary (- phase_623 1)))))
 (let (($x219127 (and (and (= read_index 14) (not false)) (= boundary (- phase_614 1)))))
 (let (($x162218 (and (and (= read_index 13) (not false)) (= boundary (- phase_605 1)))))
 (let (($x54334 (and (and (= read_index 12) (not false)) (= boundary (- phase_596 1)))))
 (let (($x29119 (and (and (= read_index 11) (not false)) (= boundary (- phase_587 1)))))
 (let (($x151363 (and (and (= read_index 10) (not false)) (= boundary (- phase_578 1)))))
 (let (($x223727 (and (and (= read_index 9) (not false)) (= boundary (- phase_569 1)))))
 (let (($x147227 (and (and (= read_index 8) (not false)) (= boundary (- phase_560 1)))))
 (let (($x213636 (and (and (= read_index 7) (not false)) (= boundary (- phase_499 1)))))
 (let (($x142491 (and (and (= read_index 6) (not false)) (= boundary (- phase_490 1)))))
 (let (($x47825 (and (and (= read_index 5) (not false)) (= boundary (- phase_481 1)))))
 (let (($x338266 (and (and (= read_index 4) (not false)) (= boundary (- phase_472 1)))))
 (let (($x218978 (and (and (= read_index 3) (not false)) (= boundary (- phase_463 1)))))
 (let (($x179463 (and (and (= read_index 2) (not false)) (= boundary (- phase_454 1)))))
 (let (($x157990 (and (and (= read_index 1) (not false)) (= boundary (- phase_445 1)))))
 (let (($x52933 (and (and (= read_index 0) (not false)) (= boundary (- phase_436 1)))))
 (let (($x53126 (or (and $x52933 $x102672) (and $x157990 $x102672) (and $x179463 $x102672) (and $x218978 $x102672) (and $x338266 $x102672) (and $x47825 $x102672) (and $x142491 $x102672) (and $x213636 $x102672) (and $x147227 $x102672) (and $x223727 $x102672) (and $x151363 $x102672) (and $x29119 $x102672) (and $x54334 $x102672) (and $x162218 $x102672) (and $x219127 $x102672) (and $x2379 $x102672) (and $x32050 $x102672) (and $x8025 $x102672) (and $x174950 $x102672) (and $x75101 $x102672) (and $x211359 $x102672) (and $x141652 $x102672) (and $x171768 $x102672) (and $x152311 $x102672))))
 (and $x53126 (and (distinct ?x40033 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
