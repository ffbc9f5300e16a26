(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_169 () Int)
(declare-fun phase_170 () Int)
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
(declare-fun phase_1012 () Int)
(declare-fun phase_1025 () Int)
(declare-fun read_value () Real)
(declare-fun x_1406 () Real)
(declare-fun boundary () Int)
(declare-fun x_1180 () Real)
(declare-fun x_219 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_169 18))
(assert
 (= phase_170 18))
(assert
 (= phase_802 20))
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
 (= phase_1012 30))
(assert
 (= phase_1025 51))
(assert
 (let ((?x112585 (* (- 1.0) x_1406)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x115812 (ite $x306816 ?x112585 0.0)))
 (let (($x164108 (>= boundary 31)))
 (let ((?x105080 (ite $x164108 (* 1.0 x_1406) 0.0)))
 (let ((?x48740 (* (- 1.0) x_1180)))
 (let (($x41424 (>= boundary 27)))
 (let ((?x71305 (ite $x41424 ?x48740 0.0)))
 (let (($x136366 (>= boundary 21)))
 (let ((?x46687 (ite $x136366 (* 1.0 x_1180) 0.0)))
 (let ((?x21103 (* (- 1.0) x_219)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x23997 (ite $x102267 ?x21103 0.0)))
 (let (($x172763 (>= boundary 15)))
 (let ((?x16022 (ite $x172763 (* 1.0 x_219) 0.0)))
 (let ((?x121145 (+ ?x16022 ?x23997 ?x46687 ?x71305 ?x105080 ?x115812)))
 (let (($x110769 (= read_value x_1406)))
 (let (($x60824 (= read_index 19)))
 (let (($x136596 (and (and $x60824 (not (= phase_1012 (- phase_1025 1)))) (= boundary (- phase_1025 2)))))
 (let (($x124364 (= read_value x_1180)))
 (let (($x28675 (= read_index 18)))
 (let (($x83691 (and (and $x28675 (not (= phase_802 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x135548 (and (and (= read_index 17) (not false)) (= boundary (- phase_863 1)))))
 (let (($x180162 (and (and (= read_index 16) (not false)) (= boundary (- phase_862 1)))))
 (let (($x77379 (and (and (= read_index 15) (not false)) (= boundary (- phase_861 1)))))
 (let (($x76880 (and (and (= read_index 14) (not false)) (= boundary (- phase_860 1)))))
 (let (($x105707 (and (and (= read_index 13) (not false)) (= boundary (- phase_859 1)))))
 (let (($x5062 (and (and (= read_index 12) (not false)) (= boundary (- phase_858 1)))))
 (let (($x160071 (and (and (= read_index 11) (not false)) (= boundary (- phase_857 1)))))
 (let (($x141560 (and (and (= read_index 10) (not false)) (= boundary (- phase_856 1)))))
 (let (($x224212 (and (and (= read_index 9) (not false)) (= boundary (- phase_855 1)))))
 (let (($x173015 (and (and (= read_index 8) (not false)) (= boundary (- phase_854 1)))))
 (let (($x29385 (and (and (= read_index 7) (not false)) (= boundary (- phase_853 1)))))
 (let (($x56250 (and (and (= read_index 6) (not false)) (= boundary (- phase_852 1)))))
 (let (($x125159 (and (and (= read_index 5) (not false)) (= boundary (- phase_851 1)))))
 (let (($x30477 (and (and (= read_index 4) (not false)) (= boundary (- phase_850 1)))))
 (let (($x156543 (and (and (= read_index 3) (not false)) (= boundary (- phase_849 1)))))
 (let (($x122312 (and (and (= read_index 2) (not false)) (= boundary (- phase_848 1)))))
 (let (($x47797 (= read_value x_219)))
 (let (($x86686 (and (and (= read_index 1) (not false)) (= boundary (- phase_170 1)))))
 (let (($x45776 (and (and (= read_index 0) (not false)) (= boundary (- phase_169 1)))))
 (let (($x172620 (or (and $x45776 $x47797) (and $x86686 $x47797) (and $x122312 $x124364) (and $x156543 $x124364) (and $x30477 $x124364) (and $x125159 $x124364) (and $x56250 $x124364) (and $x29385 $x124364) (and $x173015 $x124364) (and $x224212 $x124364) (and $x141560 $x124364) (and $x160071 $x124364) (and $x5062 $x124364) (and $x105707 $x124364) (and $x76880 $x124364) (and $x77379 $x124364) (and $x180162 $x124364) (and $x135548 $x124364) (and $x83691 $x124364) (and $x136596 $x110769))))
 (and $x172620 (and (distinct ?x121145 read_value) true)))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
