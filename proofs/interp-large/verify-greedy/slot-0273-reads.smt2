(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_791 () Int)
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
(declare-fun x_1160 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_791 12))
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
 (let ((?x34194 (* (- 1.0) x_1160)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x39687 (ite $x127239 ?x34194 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x24959 (ite $x175310 (* 1.0 x_1160) 0.0)))
 (let ((?x97155 (+ ?x24959 ?x39687)))
 (let (($x90253 (= read_value x_1160)))
 (let (($x112449 (= read_index 16)))
 (let (($x197073 (and (and $x112449 (not (= phase_791 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x115548 (and (and (= read_index 15) (not false)) (= boundary (- phase_863 1)))))
 (let (($x107308 (and (and (= read_index 14) (not false)) (= boundary (- phase_862 1)))))
 (let (($x189103 (and (and (= read_index 13) (not false)) (= boundary (- phase_861 1)))))
 (let (($x29615 (and (and (= read_index 12) (not false)) (= boundary (- phase_860 1)))))
 (let (($x74602 (and (and (= read_index 11) (not false)) (= boundary (- phase_859 1)))))
 (let (($x146157 (and (and (= read_index 10) (not false)) (= boundary (- phase_858 1)))))
 (let (($x135991 (and (and (= read_index 9) (not false)) (= boundary (- phase_857 1)))))
 (let (($x92035 (and (and (= read_index 8) (not false)) (= boundary (- phase_856 1)))))
 (let (($x53435 (and (and (= read_index 7) (not false)) (= boundary (- phase_855 1)))))
 (let (($x74891 (and (and (= read_index 6) (not false)) (= boundary (- phase_854 1)))))
 (let (($x138039 (and (and (= read_index 5) (not false)) (= boundary (- phase_853 1)))))
 (let (($x210616 (and (and (= read_index 4) (not false)) (= boundary (- phase_852 1)))))
 (let (($x270439 (and (and (= read_index 3) (not false)) (= boundary (- phase_851 1)))))
 (let (($x216317 (and (and (= read_index 2) (not false)) (= boundary (- phase_850 1)))))
 (let (($x119789 (and (and (= read_index 1) (not false)) (= boundary (- phase_849 1)))))
 (let (($x85202 (and (and (= read_index 0) (not false)) (= boundary (- phase_848 1)))))
 (let (($x130400 (or (and $x85202 $x90253) (and $x119789 $x90253) (and $x216317 $x90253) (and $x270439 $x90253) (and $x210616 $x90253) (and $x138039 $x90253) (and $x74891 $x90253) (and $x53435 $x90253) (and $x92035 $x90253) (and $x135991 $x90253) (and $x146157 $x90253) (and $x74602 $x90253) (and $x29615 $x90253) (and $x189103 $x90253) (and $x107308 $x90253) (and $x115548 $x90253) (and $x197073 $x90253))))
 (and $x130400 (and (distinct ?x97155 read_value) true)))))))))))))))))))))))))))))
(check-sat)
