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
(declare-fun x_3 () Real)
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
 (let ((?x47989 (ite (and (and true (<= (- 1) 19)) (< 19 536870911)) x_3 0.0)))
 (= window_start_contents ?x47989)))
(assert
 (let (($x54333 (and (distinct window_start_contents read_value) true)))
 (let (($x103245 (or (not (and (and true (> boundary 19)) (<= boundary 23))) $x54333)))
 (let (($x171598 (= read_value x_3)))
 (let (($x185416 (and (and (= read_index 77) (not false)) (= boundary (- phase_814 1)))))
 (let (($x87219 (and (and (= read_index 75) (not false)) (= boundary (- phase_812 1)))))
 (let (($x153008 (and (and (= read_index 74) (not false)) (= boundary (- phase_811 1)))))
 (let (($x228251 (and (and (= read_index 72) (not false)) (= boundary (- phase_809 1)))))
 (let (($x46853 (and (and (= read_index 71) (not false)) (= boundary (- phase_808 1)))))
 (let (($x192936 (and (and (= read_index 70) (not false)) (= boundary (- phase_807 1)))))
 (let (($x185428 (and (and (= read_index 68) (not false)) (= boundary (- phase_805 1)))))
 (let (($x107356 (and (and (= read_index 67) (not false)) (= boundary (- phase_804 1)))))
 (let (($x69157 (and (and (= read_index 66) (not false)) (= boundary (- phase_803 1)))))
 (let (($x100590 (and (and (= read_index 63) (not false)) (= boundary (- phase_800 1)))))
 (let (($x105865 (and (and (= read_index 62) (not false)) (= boundary (- phase_799 1)))))
 (let (($x41783 (and (and (= read_index 61) (not false)) (= boundary (- phase_798 1)))))
 (let (($x179275 (and (and (= read_index 57) (not false)) (= boundary (- phase_794 1)))))
 (let (($x77117 (and (and (= read_index 56) (not false)) (= boundary (- phase_793 1)))))
 (let (($x81600 (and (and (= read_index 55) (not false)) (= boundary (- phase_792 1)))))
 (let (($x110894 (and (and (= read_index 50) (not false)) (= boundary (- phase_787 1)))))
 (let (($x171705 (and (and (= read_index 49) (not false)) (= boundary (- phase_786 1)))))
 (let (($x197518 (and (and (= read_index 48) (not false)) (= boundary (- phase_785 1)))))
 (let (($x174219 (and (and (= read_index 20) (not false)) (= boundary (- phase_425 1)))))
 (let (($x51041 (or (and $x174219 $x171598) (and $x197518 $x171598) (and $x171705 $x171598) (and $x110894 $x171598) (and $x81600 $x171598) (and $x77117 $x171598) (and $x179275 $x171598) (and $x41783 $x171598) (and $x105865 $x171598) (and $x100590 $x171598) (and $x69157 $x171598) (and $x107356 $x171598) (and $x185428 $x171598) (and $x192936 $x171598) (and $x46853 $x171598) (and $x228251 $x171598) (and $x153008 $x171598) (and $x87219 $x171598) (and $x185416 $x171598))))
 (let (($x102954 (and $x51041 $x103245)))
 (let ((?x108731 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_3 0.0)))
 (let (($x108006 (and (distinct window_start_contents ?x108731) true)))
 (let (($x115817 (<= boundary 23)))
 (let (($x26872 (> boundary 19)))
 (let (($x28157 (and true $x26872)))
 (let (($x92677 (and $x28157 $x115817)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x127825 (and $x52846 $x92677)))
 (let (($x138683 (and $x127825 $x108006)))
 (or $x138683 $x102954))))))))))))))))))))))))))))))))))))))
(check-sat)
