(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_798 () Int)
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
(declare-fun x_1172 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_798 12))
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
 (let ((?x54145 (* (- 1.0) x_1172)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x58793 (ite $x127239 ?x54145 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x17290 (ite $x175310 (* 1.0 x_1172) 0.0)))
 (let ((?x90185 (+ ?x17290 ?x58793)))
 (let (($x122975 (= read_value x_1172)))
 (let (($x112449 (= read_index 16)))
 (let (($x224861 (and (and $x112449 (not (= phase_798 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x50167 (and (and (= read_index 15) (not false)) (= boundary (- phase_863 1)))))
 (let (($x48909 (and (and (= read_index 14) (not false)) (= boundary (- phase_862 1)))))
 (let (($x174428 (and (and (= read_index 13) (not false)) (= boundary (- phase_861 1)))))
 (let (($x61248 (and (and (= read_index 12) (not false)) (= boundary (- phase_860 1)))))
 (let (($x129561 (and (and (= read_index 11) (not false)) (= boundary (- phase_859 1)))))
 (let (($x89420 (and (and (= read_index 10) (not false)) (= boundary (- phase_858 1)))))
 (let (($x86345 (and (and (= read_index 9) (not false)) (= boundary (- phase_857 1)))))
 (let (($x77845 (and (and (= read_index 8) (not false)) (= boundary (- phase_856 1)))))
 (let (($x224351 (and (and (= read_index 7) (not false)) (= boundary (- phase_855 1)))))
 (let (($x98833 (and (and (= read_index 6) (not false)) (= boundary (- phase_854 1)))))
 (let (($x117461 (and (and (= read_index 5) (not false)) (= boundary (- phase_853 1)))))
 (let (($x294053 (and (and (= read_index 4) (not false)) (= boundary (- phase_852 1)))))
 (let (($x123341 (and (and (= read_index 3) (not false)) (= boundary (- phase_851 1)))))
 (let (($x223142 (and (and (= read_index 2) (not false)) (= boundary (- phase_850 1)))))
 (let (($x165624 (and (and (= read_index 1) (not false)) (= boundary (- phase_849 1)))))
 (let (($x116741 (and (and (= read_index 0) (not false)) (= boundary (- phase_848 1)))))
 (let (($x219073 (or (and $x116741 $x122975) (and $x165624 $x122975) (and $x223142 $x122975) (and $x123341 $x122975) (and $x294053 $x122975) (and $x117461 $x122975) (and $x98833 $x122975) (and $x224351 $x122975) (and $x77845 $x122975) (and $x86345 $x122975) (and $x89420 $x122975) (and $x129561 $x122975) (and $x61248 $x122975) (and $x174428 $x122975) (and $x48909 $x122975) (and $x50167 $x122975) (and $x224861 $x122975))))
 (and $x219073 (and (distinct ?x90185 read_value) true)))))))))))))))))))))))))))))
(check-sat)
