(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_169 () Int)
(declare-fun phase_170 () Int)
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
(declare-fun phase_1026 () Int)
(declare-fun phase_1041 () Int)
(declare-fun read_value () Real)
(declare-fun x_1420 () Real)
(declare-fun boundary () Int)
(declare-fun x_1233 () Real)
(declare-fun x_243 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_169 18))
(assert
 (= phase_170 18))
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
 (= phase_1026 30))
(assert
 (= phase_1041 51))
(assert
 (let ((?x134119 (* (- 1.0) x_1420)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x147663 (ite $x306816 ?x134119 0.0)))
 (let (($x164108 (>= boundary 31)))
 (let ((?x120538 (ite $x164108 (* 1.0 x_1420) 0.0)))
 (let ((?x46878 (* (- 1.0) x_1233)))
 (let (($x41424 (>= boundary 27)))
 (let ((?x66693 (ite $x41424 ?x46878 0.0)))
 (let (($x188768 (>= boundary 23)))
 (let ((?x43342 (ite $x188768 (* 1.0 x_1233) 0.0)))
 (let ((?x22980 (* (- 1.0) x_243)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x24735 (ite $x102267 ?x22980 0.0)))
 (let (($x172763 (>= boundary 15)))
 (let ((?x21468 (ite $x172763 (* 1.0 x_243) 0.0)))
 (let ((?x148735 (+ ?x21468 ?x24735 ?x43342 ?x66693 ?x120538 ?x147663)))
 (let (($x173015 (= read_value x_1420)))
 (let (($x60824 (= read_index 19)))
 (let (($x47302 (and (and $x60824 (not (= phase_1026 (- phase_1041 1)))) (= boundary (- phase_1041 2)))))
 (let (($x152286 (= read_value x_1233)))
 (let (($x83784 (and (and (= read_index 18) (not false)) (= boundary (- phase_865 2)))))
 (let (($x91302 (and (and (= read_index 17) (not false)) (= boundary (- phase_863 1)))))
 (let (($x74898 (and (and (= read_index 16) (not false)) (= boundary (- phase_862 1)))))
 (let (($x245659 (and (and (= read_index 15) (not false)) (= boundary (- phase_861 1)))))
 (let (($x27978 (and (and (= read_index 14) (not false)) (= boundary (- phase_860 1)))))
 (let (($x48043 (and (and (= read_index 13) (not false)) (= boundary (- phase_859 1)))))
 (let (($x107905 (and (and (= read_index 12) (not false)) (= boundary (- phase_858 1)))))
 (let (($x17333 (and (and (= read_index 11) (not false)) (= boundary (- phase_857 1)))))
 (let (($x155281 (and (and (= read_index 10) (not false)) (= boundary (- phase_856 1)))))
 (let (($x31531 (and (and (= read_index 9) (not false)) (= boundary (- phase_855 1)))))
 (let (($x146134 (and (and (= read_index 8) (not false)) (= boundary (- phase_854 1)))))
 (let (($x35285 (and (and (= read_index 7) (not false)) (= boundary (- phase_853 1)))))
 (let (($x74631 (and (and (= read_index 6) (not false)) (= boundary (- phase_852 1)))))
 (let (($x151191 (and (and (= read_index 5) (not false)) (= boundary (- phase_851 1)))))
 (let (($x1526 (and (and (= read_index 4) (not false)) (= boundary (- phase_850 1)))))
 (let (($x221878 (and (and (= read_index 3) (not false)) (= boundary (- phase_849 1)))))
 (let (($x147574 (and (and (= read_index 2) (not false)) (= boundary (- phase_848 1)))))
 (let (($x76853 (= read_value x_243)))
 (let (($x106985 (and (and (= read_index 1) (not false)) (= boundary (- phase_170 1)))))
 (let (($x75120 (and (and (= read_index 0) (not false)) (= boundary (- phase_169 1)))))
 (let (($x34949 (or (and $x75120 $x76853) (and $x106985 $x76853) (and $x147574 $x152286) (and $x221878 $x152286) (and $x1526 $x152286) (and $x151191 $x152286) (and $x74631 $x152286) (and $x35285 $x152286) (and $x146134 $x152286) (and $x31531 $x152286) (and $x155281 $x152286) (and $x17333 $x152286) (and $x107905 $x152286) (and $x48043 $x152286) (and $x27978 $x152286) (and $x245659 $x152286) (and $x74898 $x152286) (and $x91302 $x152286) (and $x83784 $x152286) (and $x47302 $x173015))))
 (and $x34949 (and (distinct ?x148735 read_value) true))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
