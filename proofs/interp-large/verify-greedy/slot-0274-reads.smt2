(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_792 () Int)
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
(declare-fun x_1161 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_792 12))
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
 (let ((?x65953 (* (- 1.0) x_1161)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x74100 (ite $x127239 ?x65953 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x59306 (ite $x175310 (* 1.0 x_1161) 0.0)))
 (let ((?x95117 (+ ?x59306 ?x74100)))
 (let (($x56982 (= read_value x_1161)))
 (let (($x112449 (= read_index 16)))
 (let (($x116760 (and (and $x112449 (not (= phase_792 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x135991 (and (and (= read_index 15) (not false)) (= boundary (- phase_863 1)))))
 (let (($x72260 (and (and (= read_index 14) (not false)) (= boundary (- phase_862 1)))))
 (let (($x115706 (and (and (= read_index 13) (not false)) (= boundary (- phase_861 1)))))
 (let (($x194456 (and (and (= read_index 12) (not false)) (= boundary (- phase_860 1)))))
 (let (($x223126 (and (and (= read_index 11) (not false)) (= boundary (- phase_859 1)))))
 (let (($x51391 (and (and (= read_index 10) (not false)) (= boundary (- phase_858 1)))))
 (let (($x208026 (and (and (= read_index 9) (not false)) (= boundary (- phase_857 1)))))
 (let (($x112347 (and (and (= read_index 8) (not false)) (= boundary (- phase_856 1)))))
 (let (($x74421 (and (and (= read_index 7) (not false)) (= boundary (- phase_855 1)))))
 (let (($x122792 (and (and (= read_index 6) (not false)) (= boundary (- phase_854 1)))))
 (let (($x140647 (and (and (= read_index 5) (not false)) (= boundary (- phase_853 1)))))
 (let (($x140005 (and (and (= read_index 4) (not false)) (= boundary (- phase_852 1)))))
 (let (($x145678 (and (and (= read_index 3) (not false)) (= boundary (- phase_851 1)))))
 (let (($x195979 (and (and (= read_index 2) (not false)) (= boundary (- phase_850 1)))))
 (let (($x126147 (and (and (= read_index 1) (not false)) (= boundary (- phase_849 1)))))
 (let (($x41372 (and (and (= read_index 0) (not false)) (= boundary (- phase_848 1)))))
 (let (($x338256 (or (and $x41372 $x56982) (and $x126147 $x56982) (and $x195979 $x56982) (and $x145678 $x56982) (and $x140005 $x56982) (and $x140647 $x56982) (and $x122792 $x56982) (and $x74421 $x56982) (and $x112347 $x56982) (and $x208026 $x56982) (and $x51391 $x56982) (and $x223126 $x56982) (and $x194456 $x56982) (and $x115706 $x56982) (and $x72260 $x56982) (and $x135991 $x56982) (and $x116760 $x56982))))
 (and $x338256 (and (distinct ?x95117 read_value) true)))))))))))))))))))))))))))))
(check-sat)
