(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_797 () Int)
(declare-fun phase_848 () Int)
(declare-fun phase_849 () Int)
(declare-fun phase_850 () Int)
(declare-fun phase_851 () Int)
(declare-fun phase_852 () Int)
(declare-fun phase_853 () Int)
(declare-fun phase_854 () Int)
(declare-fun phase_855 () Int)
(declare-fun phase_856 () Int)
(declare-fun phase_857 () Int)
(declare-fun phase_858 () Int)
(declare-fun phase_859 () Int)
(declare-fun phase_860 () Int)
(declare-fun phase_861 () Int)
(declare-fun phase_862 () Int)
(declare-fun phase_863 () Int)
(declare-fun phase_865 () Int)
(declare-fun read_value () Real)
(declare-fun x_1171 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_797 12))
(assert
 (= phase_848 26))
(assert
 (= phase_849 26))
(assert
 (= phase_850 26))
(assert
 (= phase_851 26))
(assert
 (= phase_852 26))
(assert
 (= phase_853 26))
(assert
 (= phase_854 26))
(assert
 (= phase_855 26))
(assert
 (= phase_856 26))
(assert
 (= phase_857 26))
(assert
 (= phase_858 26))
(assert
 (= phase_859 26))
(assert
 (= phase_860 26))
(assert
 (= phase_861 26))
(assert
 (= phase_862 26))
(assert
 (= phase_863 26))
(assert
 (= phase_865 27))
(assert
 (let ((?x59838 (* (- 1.0) x_1171)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x72817 (ite $x127239 ?x59838 0.0)))
 (let ((?x86528 (+ (ite (>= boundary 13) (* 1.0 x_1171) 0.0) ?x72817)))
 (let (($x137671 (= read_value x_1171)))
 (let (($x112449 (= read_index 16)))
 (let (($x13410 (and (and $x112449 (not (= phase_797 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x126713 (and (and (= read_index 15) (not false)) (= boundary (- phase_863 1)))))
 (let (($x33838 (and (and (= read_index 14) (not false)) (= boundary (- phase_862 1)))))
 (let (($x112697 (and (and (= read_index 13) (not false)) (= boundary (- phase_861 1)))))
 (let (($x159611 (and (and (= read_index 12) (not false)) (= boundary (- phase_860 1)))))
 (let (($x554 (and (and (= read_index 11) (not false)) (= boundary (- phase_859 1)))))
 (let (($x61546 (and (and (= read_index 10) (not false)) (= boundary (- phase_858 1)))))
 (let (($x146744 (and (and (= read_index 9) (not false)) (= boundary (- phase_857 1)))))
 (let (($x124796 (and (and (= read_index 8) (not false)) (= boundary (- phase_856 1)))))
 (let (($x99773 (and (and (= read_index 7) (not false)) (= boundary (- phase_855 1)))))
 (let (($x107895 (and (and (= read_index 6) (not false)) (= boundary (- phase_854 1)))))
 (let (($x58793 (and (and (= read_index 5) (not false)) (= boundary (- phase_853 1)))))
 (let (($x90465 (and (and (= read_index 4) (not false)) (= boundary (- phase_852 1)))))
 (let (($x220803 (and (and (= read_index 3) (not false)) (= boundary (- phase_851 1)))))
 (let (($x227724 (and (and (= read_index 2) (not false)) (= boundary (- phase_850 1)))))
 (let (($x188917 (and (and (= read_index 1) (not false)) (= boundary (- phase_849 1)))))
 (let (($x126783 (and (and (= read_index 0) (not false)) (= boundary (- phase_848 1)))))
 (let (($x113503 (or (and $x126783 $x137671) (and $x188917 $x137671) (and $x227724 $x137671) (and $x220803 $x137671) (and $x90465 $x137671) (and $x58793 $x137671) (and $x107895 $x137671) (and $x99773 $x137671) (and $x124796 $x137671) (and $x146744 $x137671) (and $x61546 $x137671) (and $x554 $x137671) (and $x159611 $x137671) (and $x112697 $x137671) (and $x33838 $x137671) (and $x126713 $x137671) (and $x13410 $x137671))))
 (and $x113503 (and (distinct ?x86528 read_value) true)))))))))))))))))))))))))))
(check-sat)
