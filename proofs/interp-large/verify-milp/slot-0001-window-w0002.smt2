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
(declare-fun x_1 () Real)
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
 (let ((?x8640 (ite (and (and true (<= (- 1) 19)) (< 19 536870911)) x_1 0.0)))
 (= window_start_contents ?x8640)))
(assert
 (let (($x107388 (and (distinct window_start_contents read_value) true)))
 (let (($x23635 (or (not (and (and true (> boundary 19)) (<= boundary 23))) $x107388)))
 (let (($x102955 (= read_value x_1)))
 (let (($x143730 (and (and (= read_index 76) (not false)) (= boundary (- phase_814 1)))))
 (let (($x164403 (and (and (= read_index 74) (not false)) (= boundary (- phase_812 1)))))
 (let (($x196134 (and (and (= read_index 73) (not false)) (= boundary (- phase_811 1)))))
 (let (($x176991 (and (and (= read_index 71) (not false)) (= boundary (- phase_809 1)))))
 (let (($x10957 (and (and (= read_index 70) (not false)) (= boundary (- phase_808 1)))))
 (let (($x250523 (and (and (= read_index 69) (not false)) (= boundary (- phase_807 1)))))
 (let (($x211284 (and (and (= read_index 67) (not false)) (= boundary (- phase_805 1)))))
 (let (($x88273 (and (and (= read_index 66) (not false)) (= boundary (- phase_804 1)))))
 (let (($x34684 (and (and (= read_index 65) (not false)) (= boundary (- phase_803 1)))))
 (let (($x157834 (and (and (= read_index 62) (not false)) (= boundary (- phase_800 1)))))
 (let (($x31995 (and (and (= read_index 61) (not false)) (= boundary (- phase_799 1)))))
 (let (($x85876 (and (and (= read_index 60) (not false)) (= boundary (- phase_798 1)))))
 (let (($x159267 (and (and (= read_index 56) (not false)) (= boundary (- phase_794 1)))))
 (let (($x186946 (and (and (= read_index 55) (not false)) (= boundary (- phase_793 1)))))
 (let (($x170633 (and (and (= read_index 54) (not false)) (= boundary (- phase_792 1)))))
 (let (($x175490 (and (and (= read_index 49) (not false)) (= boundary (- phase_787 1)))))
 (let (($x75615 (and (and (= read_index 48) (not false)) (= boundary (- phase_786 1)))))
 (let (($x37303 (and (and (= read_index 47) (not false)) (= boundary (- phase_785 1)))))
 (let (($x118911 (and (and (= read_index 19) (not false)) (= boundary (- phase_425 1)))))
 (let (($x190199 (or (and $x118911 $x102955) (and $x37303 $x102955) (and $x75615 $x102955) (and $x175490 $x102955) (and $x170633 $x102955) (and $x186946 $x102955) (and $x159267 $x102955) (and $x85876 $x102955) (and $x31995 $x102955) (and $x157834 $x102955) (and $x34684 $x102955) (and $x88273 $x102955) (and $x211284 $x102955) (and $x250523 $x102955) (and $x10957 $x102955) (and $x176991 $x102955) (and $x196134 $x102955) (and $x164403 $x102955) (and $x143730 $x102955))))
 (let (($x181289 (and $x190199 $x23635)))
 (let ((?x50385 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x151249 (and (distinct window_start_contents ?x50385) true)))
 (let (($x115817 (<= boundary 23)))
 (let (($x26872 (> boundary 19)))
 (let (($x28157 (and true $x26872)))
 (let (($x30166 (and $x28157 $x115817)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (let (($x33278 (and $x52846 $x30166)))
 (let (($x46962 (and $x33278 $x151249)))
 (or $x46962 $x181289))))))))))))))))))))))))))))))))))))))
(check-sat)
