(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_797 () Int)
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
(declare-fun phase_1005 () Int)
(declare-fun phase_1009 () Int)
(declare-fun read_value () Real)
(declare-fun x_1399 () Real)
(declare-fun boundary () Int)
(declare-fun x_1171 () Real)
(declare-fun x_154 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_80 19))
(assert
 (= phase_797 20))
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
 (= phase_1005 30))
(assert
 (= phase_1009 51))
(assert
 (let ((?x121122 (* (- 1.0) x_1399)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x124300 (ite $x306816 ?x121122 0.0)))
 (let (($x164108 (>= boundary 31)))
 (let ((?x110017 (ite $x164108 (* 1.0 x_1399) 0.0)))
 (let ((?x100852 (* (- 1.0) x_1171)))
 (let (($x41424 (>= boundary 27)))
 (let ((?x101348 (ite $x41424 ?x100852 0.0)))
 (let (($x136366 (>= boundary 21)))
 (let ((?x71685 (ite $x136366 (* 1.0 x_1171) 0.0)))
 (let ((?x37264 (* (- 1.0) x_154)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x39049 (ite $x102267 ?x37264 0.0)))
 (let (($x172763 (>= boundary 15)))
 (let ((?x37212 (ite $x172763 (* 1.0 x_154) 0.0)))
 (let ((?x125077 (+ ?x37212 ?x39049 ?x71685 ?x101348 ?x110017 ?x124300)))
 (let (($x4370 (= read_value x_1399)))
 (let (($x109896 (= read_index 20)))
 (let (($x231171 (and (and $x109896 (not (= phase_1005 (- phase_1009 1)))) (= boundary (- phase_1009 2)))))
 (let (($x218161 (= read_value x_1171)))
 (let (($x60824 (= read_index 19)))
 (let (($x19774 (and (and $x60824 (not (= phase_797 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x18733 (and (and (= read_index 18) (not false)) (= boundary (- phase_863 1)))))
 (let (($x54970 (and (and (= read_index 17) (not false)) (= boundary (- phase_862 1)))))
 (let (($x81450 (and (and (= read_index 16) (not false)) (= boundary (- phase_861 1)))))
 (let (($x143755 (and (and (= read_index 15) (not false)) (= boundary (- phase_860 1)))))
 (let (($x136357 (and (and (= read_index 14) (not false)) (= boundary (- phase_859 1)))))
 (let (($x85365 (and (and (= read_index 13) (not false)) (= boundary (- phase_858 1)))))
 (let (($x197445 (and (and (= read_index 12) (not false)) (= boundary (- phase_857 1)))))
 (let (($x12157 (and (and (= read_index 11) (not false)) (= boundary (- phase_856 1)))))
 (let (($x152641 (and (and (= read_index 10) (not false)) (= boundary (- phase_855 1)))))
 (let (($x38209 (and (and (= read_index 9) (not false)) (= boundary (- phase_854 1)))))
 (let (($x145783 (and (and (= read_index 8) (not false)) (= boundary (- phase_853 1)))))
 (let (($x173908 (and (and (= read_index 7) (not false)) (= boundary (- phase_852 1)))))
 (let (($x209963 (and (and (= read_index 6) (not false)) (= boundary (- phase_851 1)))))
 (let (($x159244 (and (and (= read_index 5) (not false)) (= boundary (- phase_850 1)))))
 (let (($x46837 (and (and (= read_index 4) (not false)) (= boundary (- phase_849 1)))))
 (let (($x211904 (and (and (= read_index 3) (not false)) (= boundary (- phase_848 1)))))
 (let (($x63842 (= read_value x_154)))
 (let (($x150305 (and (and (= read_index 2) (not false)) (= boundary (- phase_80 2)))))
 (let (($x90212 (and (and (= read_index 1) (not false)) (= boundary (- phase_78 1)))))
 (let (($x47302 (and (and (= read_index 0) (not false)) (= boundary (- phase_77 1)))))
 (let (($x29794 (or (and $x47302 $x63842) (and $x90212 $x63842) (and $x150305 $x63842) (and $x211904 $x218161) (and $x46837 $x218161) (and $x159244 $x218161) (and $x209963 $x218161) (and $x173908 $x218161) (and $x145783 $x218161) (and $x38209 $x218161) (and $x152641 $x218161) (and $x12157 $x218161) (and $x197445 $x218161) (and $x85365 $x218161) (and $x136357 $x218161) (and $x143755 $x218161) (and $x81450 $x218161) (and $x54970 $x218161) (and $x18733 $x218161) (and $x19774 $x218161) (and $x231171 $x4370))))
 (and $x29794 (and (distinct ?x125077 read_value) true))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
