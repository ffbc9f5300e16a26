(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_785 () Int)
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
(declare-fun x_1148 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_785 12))
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
 (let ((?x42928 (* (- 1.0) x_1148)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x44222 (ite $x127239 ?x42928 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x31403 (ite $x175310 (* 1.0 x_1148) 0.0)))
 (let ((?x51854 (+ ?x31403 ?x44222)))
 (let (($x34807 (= read_value x_1148)))
 (let (($x112449 (= read_index 16)))
 (let (($x72197 (and (and $x112449 (not (= phase_785 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x212919 (and (and (= read_index 15) (not false)) (= boundary (- phase_863 1)))))
 (let (($x193119 (and (and (= read_index 14) (not false)) (= boundary (- phase_862 1)))))
 (let (($x46213 (and (and (= read_index 13) (not false)) (= boundary (- phase_861 1)))))
 (let (($x218152 (and (and (= read_index 12) (not false)) (= boundary (- phase_860 1)))))
 (let (($x156197 (and (and (= read_index 11) (not false)) (= boundary (- phase_859 1)))))
 (let (($x77838 (and (and (= read_index 10) (not false)) (= boundary (- phase_858 1)))))
 (let (($x142910 (and (and (= read_index 9) (not false)) (= boundary (- phase_857 1)))))
 (let (($x227103 (and (and (= read_index 8) (not false)) (= boundary (- phase_856 1)))))
 (let (($x165737 (and (and (= read_index 7) (not false)) (= boundary (- phase_855 1)))))
 (let (($x129813 (and (and (= read_index 6) (not false)) (= boundary (- phase_854 1)))))
 (let (($x36457 (and (and (= read_index 5) (not false)) (= boundary (- phase_853 1)))))
 (let (($x140639 (and (and (= read_index 4) (not false)) (= boundary (- phase_852 1)))))
 (let (($x181379 (and (and (= read_index 3) (not false)) (= boundary (- phase_851 1)))))
 (let (($x211495 (and (and (= read_index 2) (not false)) (= boundary (- phase_850 1)))))
 (let (($x137931 (and (and (= read_index 1) (not false)) (= boundary (- phase_849 1)))))
 (let (($x33804 (and (and (= read_index 0) (not false)) (= boundary (- phase_848 1)))))
 (let (($x14060 (or (and $x33804 $x34807) (and $x137931 $x34807) (and $x211495 $x34807) (and $x181379 $x34807) (and $x140639 $x34807) (and $x36457 $x34807) (and $x129813 $x34807) (and $x165737 $x34807) (and $x227103 $x34807) (and $x142910 $x34807) (and $x77838 $x34807) (and $x156197 $x34807) (and $x218152 $x34807) (and $x46213 $x34807) (and $x193119 $x34807) (and $x212919 $x34807) (and $x72197 $x34807))))
 (and $x14060 (and (distinct ?x51854 read_value) true)))))))))))))))))))))))))))))
(check-sat)
