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
(declare-fun phase_943 () Int)
(declare-fun x_3 () Real)
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
 (= phase_943 32))
(assert
 (let ((?x26684 (ite (and (and true (<= (- 1) 23)) (< 23 536870911)) x_3 0.0)))
 (= window_start_contents ?x26684)))
(assert
 (let (($x54333 (and (distinct window_start_contents read_value) true)))
 (let (($x171598 (= read_value x_3)))
 (let (($x174159 (and (and (= read_index 80) (not false)) (= boundary (- phase_943 1)))))
 (let (($x91613 (and (and (= read_index 79) (not false)) (= boundary (- phase_816 1)))))
 (let (($x48034 (and (and (= read_index 78) (not false)) (= boundary (- phase_815 1)))))
 (let (($x99669 (and (and (= read_index 76) (not false)) (= boundary (- phase_813 1)))))
 (let (($x16920 (and (and (= read_index 73) (not false)) (= boundary (- phase_810 1)))))
 (let (($x145604 (and (and (= read_index 69) (not false)) (= boundary (- phase_806 1)))))
 (let (($x112086 (and (and (= read_index 64) (not false)) (= boundary (- phase_801 1)))))
 (let (($x21052 (and (and (= read_index 58) (not false)) (= boundary (- phase_795 1)))))
 (let (($x86058 (and (and (= read_index 51) (not false)) (= boundary (- phase_788 1)))))
 (let (($x138608 (and (and (= read_index 43) (not false)) (= boundary (- phase_708 1)))))
 (let (($x284288 (and (and (= read_index 42) (not false)) (= boundary (- phase_707 1)))))
 (let (($x143656 (and (and (= read_index 41) (not false)) (= boundary (- phase_706 1)))))
 (let (($x68827 (and (and (= read_index 40) (not false)) (= boundary (- phase_705 1)))))
 (let (($x116404 (and (and (= read_index 39) (not false)) (= boundary (- phase_704 1)))))
 (let (($x5303 (and (and (= read_index 38) (not false)) (= boundary (- phase_703 1)))))
 (let (($x138500 (and (and (= read_index 37) (not false)) (= boundary (- phase_702 1)))))
 (let (($x192905 (and (and (= read_index 36) (not false)) (= boundary (- phase_701 1)))))
 (let (($x165111 (and (and (= read_index 35) (not false)) (= boundary (- phase_556 1)))))
 (let (($x177045 (and (and (= read_index 34) (not false)) (= boundary (- phase_555 1)))))
 (let (($x156869 (and (and (= read_index 33) (not false)) (= boundary (- phase_554 1)))))
 (let (($x188775 (and (and (= read_index 32) (not false)) (= boundary (- phase_553 1)))))
 (let (($x28330 (and (and (= read_index 31) (not false)) (= boundary (- phase_552 1)))))
 (let (($x51973 (and (and (= read_index 30) (not false)) (= boundary (- phase_551 1)))))
 (let (($x128809 (and (and (= read_index 29) (not false)) (= boundary (- phase_550 1)))))
 (let (($x99288 (and (and (= read_index 28) (not false)) (= boundary (- phase_549 1)))))
 (let (($x145717 (or (and $x99288 $x171598) (and $x128809 $x171598) (and $x51973 $x171598) (and $x28330 $x171598) (and $x188775 $x171598) (and $x156869 $x171598) (and $x177045 $x171598) (and $x165111 $x171598) (and $x192905 $x171598) (and $x138500 $x171598) (and $x5303 $x171598) (and $x116404 $x171598) (and $x68827 $x171598) (and $x143656 $x171598) (and $x284288 $x171598) (and $x138608 $x171598) (and $x86058 $x171598) (and $x21052 $x171598) (and $x112086 $x171598) (and $x145604 $x171598) (and $x16920 $x171598) (and $x99669 $x171598) (and $x48034 $x171598) (and $x91613 $x171598) (and $x174159 $x171598))))
 (let (($x29612 (and $x145717 (or (not (and true (> boundary 23))) $x54333))))
 (let ((?x108731 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_3 0.0)))
 (let (($x108006 (and (distinct window_start_contents ?x108731) true)))
 (let (($x286931 (> boundary 23)))
 (let (($x163907 (and true $x286931)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x59641 (and $x52846 $x163907)))
 (let (($x61747 (and $x59641 $x108006)))
 (or $x61747 $x29612)))))))))))))))))))))))))))))))))))))))))
(check-sat)
