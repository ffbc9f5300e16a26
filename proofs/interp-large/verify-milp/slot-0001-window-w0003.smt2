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
(declare-fun x_1 () Real)
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
 (let ((?x45142 (ite (and (and true (<= (- 1) 23)) (< 23 536870911)) x_1 0.0)))
 (= window_start_contents ?x45142)))
(assert
 (let (($x107388 (and (distinct window_start_contents read_value) true)))
 (let (($x102955 (= read_value x_1)))
 (let (($x82539 (and (and (= read_index 78) (not false)) (= boundary (- phase_816 1)))))
 (let (($x112024 (and (and (= read_index 77) (not false)) (= boundary (- phase_815 1)))))
 (let (($x39799 (and (and (= read_index 75) (not false)) (= boundary (- phase_813 1)))))
 (let (($x102894 (and (and (= read_index 72) (not false)) (= boundary (- phase_810 1)))))
 (let (($x158550 (and (and (= read_index 68) (not false)) (= boundary (- phase_806 1)))))
 (let (($x88886 (and (and (= read_index 63) (not false)) (= boundary (- phase_801 1)))))
 (let (($x23732 (and (and (= read_index 57) (not false)) (= boundary (- phase_795 1)))))
 (let (($x221422 (and (and (= read_index 50) (not false)) (= boundary (- phase_788 1)))))
 (let (($x197285 (and (and (= read_index 42) (not false)) (= boundary (- phase_708 1)))))
 (let (($x150267 (and (and (= read_index 41) (not false)) (= boundary (- phase_707 1)))))
 (let (($x150282 (and (and (= read_index 40) (not false)) (= boundary (- phase_706 1)))))
 (let (($x69215 (and (and (= read_index 39) (not false)) (= boundary (- phase_705 1)))))
 (let (($x107354 (and (and (= read_index 38) (not false)) (= boundary (- phase_704 1)))))
 (let (($x144755 (and (and (= read_index 37) (not false)) (= boundary (- phase_703 1)))))
 (let (($x197270 (and (and (= read_index 36) (not false)) (= boundary (- phase_702 1)))))
 (let (($x127504 (and (and (= read_index 35) (not false)) (= boundary (- phase_701 1)))))
 (let (($x196010 (and (and (= read_index 34) (not false)) (= boundary (- phase_556 1)))))
 (let (($x56293 (and (and (= read_index 33) (not false)) (= boundary (- phase_555 1)))))
 (let (($x78477 (and (and (= read_index 32) (not false)) (= boundary (- phase_554 1)))))
 (let (($x75150 (and (and (= read_index 31) (not false)) (= boundary (- phase_553 1)))))
 (let (($x181455 (and (and (= read_index 30) (not false)) (= boundary (- phase_552 1)))))
 (let (($x162607 (and (and (= read_index 29) (not false)) (= boundary (- phase_551 1)))))
 (let (($x205219 (and (and (= read_index 28) (not false)) (= boundary (- phase_550 1)))))
 (let (($x142591 (and (and (= read_index 27) (not false)) (= boundary (- phase_549 1)))))
 (let (($x158524 (or (and $x142591 $x102955) (and $x205219 $x102955) (and $x162607 $x102955) (and $x181455 $x102955) (and $x75150 $x102955) (and $x78477 $x102955) (and $x56293 $x102955) (and $x196010 $x102955) (and $x127504 $x102955) (and $x197270 $x102955) (and $x144755 $x102955) (and $x107354 $x102955) (and $x69215 $x102955) (and $x150282 $x102955) (and $x150267 $x102955) (and $x197285 $x102955) (and $x221422 $x102955) (and $x23732 $x102955) (and $x88886 $x102955) (and $x158550 $x102955) (and $x102894 $x102955) (and $x39799 $x102955) (and $x112024 $x102955) (and $x82539 $x102955))))
 (let (($x158597 (and $x158524 (or (not (and true (> boundary 23))) $x107388))))
 (let ((?x50385 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x151249 (and (distinct window_start_contents ?x50385) true)))
 (let (($x286931 (> boundary 23)))
 (let (($x163907 (and true $x286931)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x67699 (and $x52846 $x163907)))
 (let (($x68242 (and $x67699 $x151249)))
 (or $x68242 $x158597))))))))))))))))))))))))))))))))))))))))
(check-sat)
