(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_802 () Int)
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
(declare-fun x_1180 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_802 12))
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
 (let ((?x85002 (* (- 1.0) x_1180)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x87819 (ite $x127239 ?x85002 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x45475 (ite $x175310 (* 1.0 x_1180) 0.0)))
 (let ((?x95117 (+ ?x45475 ?x87819)))
 (let (($x80913 (= read_value x_1180)))
 (let (($x112449 (= read_index 16)))
 (let (($x219068 (and (and $x112449 (not (= phase_802 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x191722 (and (and (= read_index 15) (not false)) (= boundary (- phase_863 1)))))
 (let (($x62958 (and (and (= read_index 14) (not false)) (= boundary (- phase_862 1)))))
 (let (($x58792 (and (and (= read_index 13) (not false)) (= boundary (- phase_861 1)))))
 (let (($x140168 (and (and (= read_index 12) (not false)) (= boundary (- phase_860 1)))))
 (let (($x83286 (and (and (= read_index 11) (not false)) (= boundary (- phase_859 1)))))
 (let (($x227850 (and (and (= read_index 10) (not false)) (= boundary (- phase_858 1)))))
 (let (($x218980 (and (and (= read_index 9) (not false)) (= boundary (- phase_857 1)))))
 (let (($x55032 (and (and (= read_index 8) (not false)) (= boundary (- phase_856 1)))))
 (let (($x78019 (and (and (= read_index 7) (not false)) (= boundary (- phase_855 1)))))
 (let (($x224608 (and (and (= read_index 6) (not false)) (= boundary (- phase_854 1)))))
 (let (($x4207 (and (and (= read_index 5) (not false)) (= boundary (- phase_853 1)))))
 (let (($x95748 (and (and (= read_index 4) (not false)) (= boundary (- phase_852 1)))))
 (let (($x193242 (and (and (= read_index 3) (not false)) (= boundary (- phase_851 1)))))
 (let (($x211594 (and (and (= read_index 2) (not false)) (= boundary (- phase_850 1)))))
 (let (($x124571 (and (and (= read_index 1) (not false)) (= boundary (- phase_849 1)))))
 (let (($x65841 (and (and (= read_index 0) (not false)) (= boundary (- phase_848 1)))))
 (let (($x50733 (or (and $x65841 $x80913) (and $x124571 $x80913) (and $x211594 $x80913) (and $x193242 $x80913) (and $x95748 $x80913) (and $x4207 $x80913) (and $x224608 $x80913) (and $x78019 $x80913) (and $x55032 $x80913) (and $x218980 $x80913) (and $x227850 $x80913) (and $x83286 $x80913) (and $x140168 $x80913) (and $x58792 $x80913) (and $x62958 $x80913) (and $x191722 $x80913) (and $x219068 $x80913))))
 (and $x50733 (and (distinct ?x95117 read_value) true)))))))))))))))))))))))))))))
(check-sat)
