(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_425 () Int)
(declare-fun phase_785 () Int)
(declare-fun phase_786 () Int)
(declare-fun phase_787 () Int)
(declare-fun phase_792 () Int)
(declare-fun phase_793 () Int)
(declare-fun phase_794 () Int)
(declare-fun phase_798 () Int)
(declare-fun phase_799 () Int)
(declare-fun phase_800 () Int)
(declare-fun phase_803 () Int)
(declare-fun phase_804 () Int)
(declare-fun phase_805 () Int)
(declare-fun phase_807 () Int)
(declare-fun phase_808 () Int)
(declare-fun phase_809 () Int)
(declare-fun phase_811 () Int)
(declare-fun phase_812 () Int)
(declare-fun phase_814 () Int)
(declare-fun x_2 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_425 24))
(assert
 (= phase_785 24))
(assert
 (= phase_786 24))
(assert
 (= phase_787 24))
(assert
 (= phase_792 24))
(assert
 (= phase_793 24))
(assert
 (= phase_794 24))
(assert
 (= phase_798 24))
(assert
 (= phase_799 24))
(assert
 (= phase_800 24))
(assert
 (= phase_803 24))
(assert
 (= phase_804 24))
(assert
 (= phase_805 24))
(assert
 (= phase_807 24))
(assert
 (= phase_808 24))
(assert
 (= phase_809 24))
(assert
 (= phase_811 24))
(assert
 (= phase_812 24))
(assert
 (= phase_814 24))
(assert
 (let ((?x20844 (ite (and (and true (<= (- 1) 19)) (< 19 536870911)) x_2 0.0)))
 (= window_start_contents ?x20844)))
(assert
 (let (($x243920 (and (distinct window_start_contents read_value) true)))
 (let (($x256193 (or (not (and (and true (> boundary 19)) (<= boundary 23))) $x243920)))
 (let (($x190024 (= read_value x_2)))
 (let (($x3252 (and (and (= read_index 74) (not false)) (= boundary (- phase_814 1)))))
 (let (($x48885 (and (and (= read_index 72) (not false)) (= boundary (- phase_812 1)))))
 (let (($x144458 (and (and (= read_index 71) (not false)) (= boundary (- phase_811 1)))))
 (let (($x195671 (and (and (= read_index 69) (not false)) (= boundary (- phase_809 1)))))
 (let (($x187651 (and (and (= read_index 68) (not false)) (= boundary (- phase_808 1)))))
 (let (($x134051 (and (and (= read_index 67) (not false)) (= boundary (- phase_807 1)))))
 (let (($x56942 (and (and (= read_index 65) (not false)) (= boundary (- phase_805 1)))))
 (let (($x46315 (and (and (= read_index 64) (not false)) (= boundary (- phase_804 1)))))
 (let (($x21258 (and (and (= read_index 63) (not false)) (= boundary (- phase_803 1)))))
 (let (($x199047 (and (and (= read_index 60) (not false)) (= boundary (- phase_800 1)))))
 (let (($x9031 (and (and (= read_index 59) (not false)) (= boundary (- phase_799 1)))))
 (let (($x148299 (and (and (= read_index 58) (not false)) (= boundary (- phase_798 1)))))
 (let (($x171701 (and (and (= read_index 54) (not false)) (= boundary (- phase_794 1)))))
 (let (($x58177 (and (and (= read_index 53) (not false)) (= boundary (- phase_793 1)))))
 (let (($x142476 (and (and (= read_index 52) (not false)) (= boundary (- phase_792 1)))))
 (let (($x174196 (and (and (= read_index 47) (not false)) (= boundary (- phase_787 1)))))
 (let (($x48773 (and (and (= read_index 46) (not false)) (= boundary (- phase_786 1)))))
 (let (($x208149 (and (and (= read_index 45) (not false)) (= boundary (- phase_785 1)))))
 (let (($x167182 (and (and (= read_index 17) (not false)) (= boundary (- phase_425 1)))))
 (let (($x74729 (or (and $x167182 $x190024) (and $x208149 $x190024) (and $x48773 $x190024) (and $x174196 $x190024) (and $x142476 $x190024) (and $x58177 $x190024) (and $x171701 $x190024) (and $x148299 $x190024) (and $x9031 $x190024) (and $x199047 $x190024) (and $x21258 $x190024) (and $x46315 $x190024) (and $x56942 $x190024) (and $x134051 $x190024) (and $x187651 $x190024) (and $x195671 $x190024) (and $x144458 $x190024) (and $x48885 $x190024) (and $x3252 $x190024))))
 (let (($x33779 (and $x74729 $x256193)))
 (let ((?x123376 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_2 0.0)))
 (let (($x123590 (and (distinct window_start_contents ?x123376) true)))
 (let (($x115817 (<= boundary 23)))
 (let (($x26872 (> boundary 19)))
 (let (($x28157 (and true $x26872)))
 (let (($x23051 (and $x28157 $x115817)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x25712 (and $x52846 $x23051)))
 (let (($x48180 (and $x25712 $x123590)))
 (or $x48180 $x33779))))))))))))))))))))))))))))))))))))))
(check-sat)
