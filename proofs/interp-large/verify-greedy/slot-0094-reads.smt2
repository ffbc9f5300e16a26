(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_48 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_182 () Int)
(declare-fun phase_206 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_781 () Int)
(declare-fun phase_789 () Int)
(declare-fun phase_796 () Int)
(declare-fun phase_802 () Int)
(declare-fun phase_807 () Int)
(declare-fun phase_811 () Int)
(declare-fun phase_814 () Int)
(declare-fun phase_816 () Int)
(declare-fun phase_963 () Int)
(declare-fun phase_965 () Int)
(declare-fun phase_967 () Int)
(declare-fun phase_968 () Int)
(declare-fun phase_1092 () Int)
(declare-fun read_value () Real)
(declare-fun x_120 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_48 8))
(assert
 (= phase_49 10))
(assert
 (= phase_105 10))
(assert
 (= phase_106 10))
(assert
 (= phase_108 11))
(assert
 (= phase_137 10))
(assert
 (= phase_138 10))
(assert
 (= phase_139 10))
(assert
 (= phase_182 42))
(assert
 (= phase_206 46))
(assert
 (= phase_237 12))
(assert
 (= phase_781 12))
(assert
 (= phase_789 12))
(assert
 (= phase_796 12))
(assert
 (= phase_802 12))
(assert
 (= phase_807 12))
(assert
 (= phase_811 12))
(assert
 (= phase_814 12))
(assert
 (= phase_816 12))
(assert
 (= phase_963 46))
(assert
 (= phase_965 50))
(assert
 (= phase_967 18))
(assert
 (= phase_968 18))
(assert
 (= phase_1092 10))
(assert
 (let ((?x57461 (* (- 1.0) x_120)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x58703 (ite $x251235 ?x57461 0.0)))
 (let (($x106083 (>= boundary 9)))
 (let ((?x43214 (ite $x106083 (* 1.0 x_120) 0.0)))
 (let ((?x65093 (+ ?x43214 ?x58703)))
 (let (($x97578 (= read_value x_120)))
 (let (($x119819 (and (and (= read_index 22) (not false)) (= boundary (- phase_1092 1)))))
 (let (($x123360 (and (and (= read_index 21) (not false)) (= boundary (- phase_968 1)))))
 (let (($x193277 (and (and (= read_index 20) (not false)) (= boundary (- phase_967 1)))))
 (let (($x127294 (and (and (= read_index 19) (not false)) (= boundary (- phase_965 1)))))
 (let (($x161149 (and (and (= read_index 18) (not false)) (= boundary (- phase_963 1)))))
 (let (($x219671 (and (and (= read_index 17) (not false)) (= boundary (- phase_816 1)))))
 (let (($x90462 (and (and (= read_index 16) (not false)) (= boundary (- phase_814 1)))))
 (let (($x61722 (and (and (= read_index 15) (not false)) (= boundary (- phase_811 1)))))
 (let (($x113797 (and (and (= read_index 14) (not false)) (= boundary (- phase_807 1)))))
 (let (($x221288 (and (and (= read_index 13) (not false)) (= boundary (- phase_802 1)))))
 (let (($x30816 (and (and (= read_index 12) (not false)) (= boundary (- phase_796 1)))))
 (let (($x18937 (and (and (= read_index 11) (not false)) (= boundary (- phase_789 1)))))
 (let (($x199001 (and (and (= read_index 10) (not false)) (= boundary (- phase_781 1)))))
 (let (($x136103 (and (and (= read_index 9) (not false)) (= boundary (- phase_237 1)))))
 (let (($x186703 (and (and (= read_index 8) (not false)) (= boundary (- phase_206 1)))))
 (let (($x194644 (and (and (= read_index 7) (not false)) (= boundary (- phase_182 1)))))
 (let (($x215596 (and (and (= read_index 6) (not false)) (= boundary (- phase_139 1)))))
 (let (($x164447 (and (and (= read_index 5) (not false)) (= boundary (- phase_138 1)))))
 (let (($x172413 (and (and (= read_index 4) (not false)) (= boundary (- phase_137 1)))))
 (let (($x144657 (= read_index 3)))
 (let (($x223766 (and (and $x144657 (not (= phase_48 (- phase_108 1)))) (= boundary (- phase_108 2)))))
 (let (($x159636 (and (and (= read_index 2) (not false)) (= boundary (- phase_106 1)))))
 (let (($x139696 (and (and (= read_index 1) (not false)) (= boundary (- phase_105 1)))))
 (let (($x37184 (and (and (= read_index 0) (not false)) (= boundary (- phase_49 1)))))
 (let (($x97884 (or (and $x37184 $x97578) (and $x139696 $x97578) (and $x159636 $x97578) (and $x223766 $x97578) (and $x172413 $x97578) (and $x164447 $x97578) (and $x215596 $x97578) (and $x194644 $x97578) (and $x186703 $x97578) (and $x136103 $x97578) (and $x199001 $x97578) (and $x18937 $x97578) (and $x30816 $x97578) (and $x221288 $x97578) (and $x113797 $x97578) (and $x61722 $x97578) (and $x90462 $x97578) (and $x219671 $x97578) (and $x161149 $x97578) (and $x127294 $x97578) (and $x193277 $x97578) (and $x123360 $x97578) (and $x119819 $x97578))))
 (and $x97884 (and (distinct ?x65093 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
