(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_803 () Int)
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
(declare-fun x_1181 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_803 12))
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
 (let ((?x56802 (* (- 1.0) x_1181)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x62958 (ite $x127239 ?x56802 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x46599 (ite $x175310 (* 1.0 x_1181) 0.0)))
 (let ((?x69166 (+ ?x46599 ?x62958)))
 (let (($x59674 (= read_value x_1181)))
 (let (($x112449 (= read_index 16)))
 (let (($x167140 (and (and $x112449 (not (= phase_803 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x127591 (and (and (= read_index 15) (not false)) (= boundary (- phase_863 1)))))
 (let (($x187722 (and (and (= read_index 14) (not false)) (= boundary (- phase_862 1)))))
 (let (($x259512 (and (and (= read_index 13) (not false)) (= boundary (- phase_861 1)))))
 (let (($x271613 (and (and (= read_index 12) (not false)) (= boundary (- phase_860 1)))))
 (let (($x222886 (and (and (= read_index 11) (not false)) (= boundary (- phase_859 1)))))
 (let (($x219049 (and (and (= read_index 10) (not false)) (= boundary (- phase_858 1)))))
 (let (($x97131 (and (and (= read_index 9) (not false)) (= boundary (- phase_857 1)))))
 (let (($x227850 (and (and (= read_index 8) (not false)) (= boundary (- phase_856 1)))))
 (let (($x154666 (and (and (= read_index 7) (not false)) (= boundary (- phase_855 1)))))
 (let (($x227277 (and (and (= read_index 6) (not false)) (= boundary (- phase_854 1)))))
 (let (($x117809 (and (and (= read_index 5) (not false)) (= boundary (- phase_853 1)))))
 (let (($x182266 (and (and (= read_index 4) (not false)) (= boundary (- phase_852 1)))))
 (let (($x225150 (and (and (= read_index 3) (not false)) (= boundary (- phase_851 1)))))
 (let (($x183634 (and (and (= read_index 2) (not false)) (= boundary (- phase_850 1)))))
 (let (($x139927 (and (and (= read_index 1) (not false)) (= boundary (- phase_849 1)))))
 (let (($x55605 (and (and (= read_index 0) (not false)) (= boundary (- phase_848 1)))))
 (let (($x188965 (or (and $x55605 $x59674) (and $x139927 $x59674) (and $x183634 $x59674) (and $x225150 $x59674) (and $x182266 $x59674) (and $x117809 $x59674) (and $x227277 $x59674) (and $x154666 $x59674) (and $x227850 $x59674) (and $x97131 $x59674) (and $x219049 $x59674) (and $x222886 $x59674) (and $x271613 $x59674) (and $x259512 $x59674) (and $x187722 $x59674) (and $x127591 $x59674) (and $x167140 $x59674))))
 (and $x188965 (and (distinct ?x69166 read_value) true)))))))))))))))))))))))))))))
(check-sat)
