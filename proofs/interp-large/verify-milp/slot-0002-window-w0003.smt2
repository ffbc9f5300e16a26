(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_549 () Int)
(declare-fun phase_550 () Int)
(declare-fun phase_551 () Int)
(declare-fun phase_552 () Int)
(declare-fun phase_553 () Int)
(declare-fun phase_554 () Int)
(declare-fun phase_555 () Int)
(declare-fun phase_556 () Int)
(declare-fun phase_701 () Int)
(declare-fun phase_702 () Int)
(declare-fun phase_703 () Int)
(declare-fun phase_704 () Int)
(declare-fun phase_705 () Int)
(declare-fun phase_706 () Int)
(declare-fun phase_707 () Int)
(declare-fun phase_708 () Int)
(declare-fun phase_788 () Int)
(declare-fun phase_795 () Int)
(declare-fun phase_801 () Int)
(declare-fun phase_806 () Int)
(declare-fun phase_810 () Int)
(declare-fun phase_813 () Int)
(declare-fun phase_815 () Int)
(declare-fun phase_816 () Int)
(declare-fun x_2 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_549 32))
(assert
 (= phase_550 32))
(assert
 (= phase_551 32))
(assert
 (= phase_552 32))
(assert
 (= phase_553 36))
(assert
 (= phase_554 36))
(assert
 (= phase_555 36))
(assert
 (= phase_556 36))
(assert
 (= phase_701 28))
(assert
 (= phase_702 28))
(assert
 (= phase_703 28))
(assert
 (= phase_704 32))
(assert
 (= phase_705 32))
(assert
 (= phase_706 36))
(assert
 (= phase_707 36))
(assert
 (= phase_708 36))
(assert
 (= phase_788 36))
(assert
 (= phase_795 36))
(assert
 (= phase_801 36))
(assert
 (= phase_806 36))
(assert
 (= phase_810 36))
(assert
 (= phase_813 36))
(assert
 (= phase_815 36))
(assert
 (= phase_816 36))
(assert
 (let ((?x45935 (ite (and (and true (<= (- 1) 23)) (< 23 536870911)) x_2 0.0)))
 (= window_start_contents ?x45935)))
(assert
 (let (($x243920 (and (distinct window_start_contents read_value) true)))
 (let (($x190024 (= read_value x_2)))
 (let (($x64488 (and (and (= read_index 76) (not false)) (= boundary (- phase_816 1)))))
 (let (($x108006 (and (and (= read_index 75) (not false)) (= boundary (- phase_815 1)))))
 (let (($x31546 (and (and (= read_index 73) (not false)) (= boundary (- phase_813 1)))))
 (let (($x245610 (and (and (= read_index 70) (not false)) (= boundary (- phase_810 1)))))
 (let (($x100395 (and (and (= read_index 66) (not false)) (= boundary (- phase_806 1)))))
 (let (($x144962 (and (and (= read_index 61) (not false)) (= boundary (- phase_801 1)))))
 (let (($x55859 (and (and (= read_index 55) (not false)) (= boundary (- phase_795 1)))))
 (let (($x138500 (and (and (= read_index 48) (not false)) (= boundary (- phase_788 1)))))
 (let (($x68827 (and (and (= read_index 40) (not false)) (= boundary (- phase_708 1)))))
 (let (($x165130 (and (and (= read_index 39) (not false)) (= boundary (- phase_707 1)))))
 (let (($x175269 (and (and (= read_index 38) (not false)) (= boundary (- phase_706 1)))))
 (let (($x147617 (and (and (= read_index 37) (not false)) (= boundary (- phase_705 1)))))
 (let (($x55134 (and (and (= read_index 36) (not false)) (= boundary (- phase_704 1)))))
 (let (($x77611 (and (and (= read_index 35) (not false)) (= boundary (- phase_703 1)))))
 (let (($x197413 (and (and (= read_index 34) (not false)) (= boundary (- phase_702 1)))))
 (let (($x154381 (and (and (= read_index 33) (not false)) (= boundary (- phase_701 1)))))
 (let (($x21995 (and (and (= read_index 32) (not false)) (= boundary (- phase_556 1)))))
 (let (($x8552 (and (and (= read_index 31) (not false)) (= boundary (- phase_555 1)))))
 (let (($x90641 (and (and (= read_index 30) (not false)) (= boundary (- phase_554 1)))))
 (let (($x98888 (and (and (= read_index 29) (not false)) (= boundary (- phase_553 1)))))
 (let (($x181412 (and (and (= read_index 28) (not false)) (= boundary (- phase_552 1)))))
 (let (($x71864 (and (and (= read_index 27) (not false)) (= boundary (- phase_551 1)))))
 (let (($x180415 (and (and (= read_index 26) (not false)) (= boundary (- phase_550 1)))))
 (let (($x152005 (and (and (= read_index 25) (not false)) (= boundary (- phase_549 1)))))
 (let (($x247736 (or (and $x152005 $x190024) (and $x180415 $x190024) (and $x71864 $x190024) (and $x181412 $x190024) (and $x98888 $x190024) (and $x90641 $x190024) (and $x8552 $x190024) (and $x21995 $x190024) (and $x154381 $x190024) (and $x197413 $x190024) (and $x77611 $x190024) (and $x55134 $x190024) (and $x147617 $x190024) (and $x175269 $x190024) (and $x165130 $x190024) (and $x68827 $x190024) (and $x138500 $x190024) (and $x55859 $x190024) (and $x144962 $x190024) (and $x100395 $x190024) (and $x245610 $x190024) (and $x31546 $x190024) (and $x108006 $x190024) (and $x64488 $x190024))))
 (let (($x124028 (and $x247736 (or (not (and true (> boundary 23))) $x243920))))
 (let ((?x123376 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_2 0.0)))
 (let (($x123590 (and (distinct window_start_contents ?x123376) true)))
 (let (($x286931 (> boundary 23)))
 (let (($x163907 (and true $x286931)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x66413 (and $x52846 $x163907)))
 (let (($x77878 (and $x66413 $x123590)))
 (or $x77878 $x124028))))))))))))))))))))))))))))))))))))))))
(check-sat)
