(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_218 () Int)
(declare-fun phase_241 () Int)
(declare-fun phase_785 () Int)
(declare-fun phase_793 () Int)
(declare-fun phase_800 () Int)
(declare-fun phase_806 () Int)
(declare-fun phase_1031 () Int)
(declare-fun phase_1033 () Int)
(declare-fun phase_1035 () Int)
(declare-fun phase_1036 () Int)
(declare-fun phase_1096 () Int)
(declare-fun read_value () Real)
(declare-fun x_124 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_61 10))
(assert
 (= phase_121 26))
(assert
 (= phase_122 26))
(assert
 (= phase_124 27))
(assert
 (= phase_153 10))
(assert
 (= phase_154 10))
(assert
 (= phase_155 10))
(assert
 (= phase_194 42))
(assert
 (= phase_218 46))
(assert
 (= phase_241 12))
(assert
 (= phase_785 12))
(assert
 (= phase_793 12))
(assert
 (= phase_800 12))
(assert
 (= phase_806 12))
(assert
 (= phase_1031 46))
(assert
 (= phase_1033 50))
(assert
 (= phase_1035 18))
(assert
 (= phase_1036 18))
(assert
 (= phase_1096 10))
(assert
 (let ((?x62991 (* (- 1.0) x_124)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x71120 (ite $x251235 ?x62991 0.0)))
 (let (($x106083 (>= boundary 9)))
 (let ((?x40421 (ite $x106083 (* 1.0 x_124) 0.0)))
 (let ((?x73810 (+ ?x40421 ?x71120)))
 (let (($x42495 (= read_value x_124)))
 (let (($x72779 (and (and (= read_index 18) (not false)) (= boundary (- phase_1096 1)))))
 (let (($x338272 (and (and (= read_index 17) (not false)) (= boundary (- phase_1036 1)))))
 (let (($x137377 (and (and (= read_index 16) (not false)) (= boundary (- phase_1035 1)))))
 (let (($x217427 (and (and (= read_index 15) (not false)) (= boundary (- phase_1033 1)))))
 (let (($x90948 (and (and (= read_index 14) (not false)) (= boundary (- phase_1031 1)))))
 (let (($x193190 (and (and (= read_index 13) (not false)) (= boundary (- phase_806 1)))))
 (let (($x139570 (and (and (= read_index 12) (not false)) (= boundary (- phase_800 1)))))
 (let (($x261957 (and (and (= read_index 11) (not false)) (= boundary (- phase_793 1)))))
 (let (($x83681 (and (and (= read_index 10) (not false)) (= boundary (- phase_785 1)))))
 (let (($x110172 (and (and (= read_index 9) (not false)) (= boundary (- phase_241 1)))))
 (let (($x137583 (and (and (= read_index 8) (not false)) (= boundary (- phase_218 1)))))
 (let (($x137395 (and (and (= read_index 7) (not false)) (= boundary (- phase_194 1)))))
 (let (($x86172 (and (and (= read_index 6) (not false)) (= boundary (- phase_155 1)))))
 (let (($x78961 (and (and (= read_index 5) (not false)) (= boundary (- phase_154 1)))))
 (let (($x135765 (and (and (= read_index 4) (not false)) (= boundary (- phase_153 1)))))
 (let (($x144657 (= read_index 3)))
 (let (($x172841 (and (and $x144657 (not (= phase_48 (- phase_124 1)))) (= boundary (- phase_124 2)))))
 (let (($x182572 (and (and (= read_index 2) (not false)) (= boundary (- phase_122 1)))))
 (let (($x80515 (and (and (= read_index 1) (not false)) (= boundary (- phase_121 1)))))
 (let (($x36786 (and (and (= read_index 0) (not false)) (= boundary (- phase_61 1)))))
 (let (($x188020 (or (and $x36786 $x42495) (and $x80515 $x42495) (and $x182572 $x42495) (and $x172841 $x42495) (and $x135765 $x42495) (and $x78961 $x42495) (and $x86172 $x42495) (and $x137395 $x42495) (and $x137583 $x42495) (and $x110172 $x42495) (and $x83681 $x42495) (and $x261957 $x42495) (and $x139570 $x42495) (and $x193190 $x42495) (and $x90948 $x42495) (and $x217427 $x42495) (and $x137377 $x42495) (and $x338272 $x42495) (and $x72779 $x42495))))
 (and $x188020 (and (distinct ?x73810 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
