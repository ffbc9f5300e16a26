(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_784 () Int)
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
(declare-fun x_1147 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_784 12))
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
 (let ((?x79900 (* (- 1.0) x_1147)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x95243 (ite $x127239 ?x79900 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x72046 (ite $x175310 (* 1.0 x_1147) 0.0)))
 (let ((?x101491 (+ ?x72046 ?x95243)))
 (let (($x41120 (= read_value x_1147)))
 (let (($x112449 (= read_index 16)))
 (let (($x167091 (and (and $x112449 (not (= phase_784 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x264220 (and (and (= read_index 15) (not false)) (= boundary (- phase_863 1)))))
 (let (($x46749 (and (and (= read_index 14) (not false)) (= boundary (- phase_862 1)))))
 (let (($x183706 (and (and (= read_index 13) (not false)) (= boundary (- phase_861 1)))))
 (let (($x155542 (and (and (= read_index 12) (not false)) (= boundary (- phase_860 1)))))
 (let (($x183889 (and (and (= read_index 11) (not false)) (= boundary (- phase_859 1)))))
 (let (($x117799 (and (and (= read_index 10) (not false)) (= boundary (- phase_858 1)))))
 (let (($x208198 (and (and (= read_index 9) (not false)) (= boundary (- phase_857 1)))))
 (let (($x212723 (and (and (= read_index 8) (not false)) (= boundary (- phase_856 1)))))
 (let (($x48033 (and (and (= read_index 7) (not false)) (= boundary (- phase_855 1)))))
 (let (($x135013 (and (and (= read_index 6) (not false)) (= boundary (- phase_854 1)))))
 (let (($x9850 (and (and (= read_index 5) (not false)) (= boundary (- phase_853 1)))))
 (let (($x47331 (and (and (= read_index 4) (not false)) (= boundary (- phase_852 1)))))
 (let (($x191722 (and (and (= read_index 3) (not false)) (= boundary (- phase_851 1)))))
 (let (($x167223 (and (and (= read_index 2) (not false)) (= boundary (- phase_850 1)))))
 (let (($x144665 (and (and (= read_index 1) (not false)) (= boundary (- phase_849 1)))))
 (let (($x39267 (and (and (= read_index 0) (not false)) (= boundary (- phase_848 1)))))
 (let (($x101373 (or (and $x39267 $x41120) (and $x144665 $x41120) (and $x167223 $x41120) (and $x191722 $x41120) (and $x47331 $x41120) (and $x9850 $x41120) (and $x135013 $x41120) (and $x48033 $x41120) (and $x212723 $x41120) (and $x208198 $x41120) (and $x117799 $x41120) (and $x183889 $x41120) (and $x155542 $x41120) (and $x183706 $x41120) (and $x46749 $x41120) (and $x264220 $x41120) (and $x167091 $x41120))))
 (and $x101373 (and (distinct ?x101491 read_value) true)))))))))))))))))))))))))))))
(check-sat)
