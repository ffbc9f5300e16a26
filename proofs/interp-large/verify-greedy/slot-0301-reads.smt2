(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_807 () Int)
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
(declare-fun x_1188 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_807 12))
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
 (let ((?x68505 (* (- 1.0) x_1188)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x72237 (ite $x127239 ?x68505 0.0)))
 (let ((?x73629 (+ (ite (>= boundary 13) (* 1.0 x_1188) 0.0) ?x72237)))
 (let (($x127428 (= read_value x_1188)))
 (let (($x112449 (= read_index 16)))
 (let (($x224799 (and (and $x112449 (not (= phase_807 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x118385 (and (and (= read_index 15) (not false)) (= boundary (- phase_863 1)))))
 (let (($x153217 (and (and (= read_index 14) (not false)) (= boundary (- phase_862 1)))))
 (let (($x180139 (and (and (= read_index 13) (not false)) (= boundary (- phase_861 1)))))
 (let (($x62232 (and (and (= read_index 12) (not false)) (= boundary (- phase_860 1)))))
 (let (($x85067 (and (and (= read_index 11) (not false)) (= boundary (- phase_859 1)))))
 (let (($x99859 (and (and (= read_index 10) (not false)) (= boundary (- phase_858 1)))))
 (let (($x139443 (and (and (= read_index 9) (not false)) (= boundary (- phase_857 1)))))
 (let (($x221190 (and (and (= read_index 8) (not false)) (= boundary (- phase_856 1)))))
 (let (($x136918 (and (and (= read_index 7) (not false)) (= boundary (- phase_855 1)))))
 (let (($x280463 (and (and (= read_index 6) (not false)) (= boundary (- phase_854 1)))))
 (let (($x152482 (and (and (= read_index 5) (not false)) (= boundary (- phase_853 1)))))
 (let (($x226622 (and (and (= read_index 4) (not false)) (= boundary (- phase_852 1)))))
 (let (($x188971 (and (and (= read_index 3) (not false)) (= boundary (- phase_851 1)))))
 (let (($x219070 (and (and (= read_index 2) (not false)) (= boundary (- phase_850 1)))))
 (let (($x174192 (and (and (= read_index 1) (not false)) (= boundary (- phase_849 1)))))
 (let (($x125476 (and (and (= read_index 0) (not false)) (= boundary (- phase_848 1)))))
 (let (($x88627 (or (and $x125476 $x127428) (and $x174192 $x127428) (and $x219070 $x127428) (and $x188971 $x127428) (and $x226622 $x127428) (and $x152482 $x127428) (and $x280463 $x127428) (and $x136918 $x127428) (and $x221190 $x127428) (and $x139443 $x127428) (and $x99859 $x127428) (and $x85067 $x127428) (and $x62232 $x127428) (and $x180139 $x127428) (and $x153217 $x127428) (and $x118385 $x127428) (and $x224799 $x127428))))
 (and $x88627 (and (distinct ?x73629 read_value) true)))))))))))))))))))))))))))
(check-sat)
