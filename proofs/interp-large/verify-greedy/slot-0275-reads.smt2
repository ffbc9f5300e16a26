(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_792 () Int)
(declare-fun phase_866 () Int)
(declare-fun phase_867 () Int)
(declare-fun phase_868 () Int)
(declare-fun phase_869 () Int)
(declare-fun phase_870 () Int)
(declare-fun phase_871 () Int)
(declare-fun phase_872 () Int)
(declare-fun phase_873 () Int)
(declare-fun phase_874 () Int)
(declare-fun phase_875 () Int)
(declare-fun phase_876 () Int)
(declare-fun phase_877 () Int)
(declare-fun phase_878 () Int)
(declare-fun phase_879 () Int)
(declare-fun phase_880 () Int)
(declare-fun phase_881 () Int)
(declare-fun phase_882 () Int)
(declare-fun phase_883 () Int)
(declare-fun phase_884 () Int)
(declare-fun phase_885 () Int)
(declare-fun phase_887 () Int)
(declare-fun read_value () Real)
(declare-fun x_1162 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_792 12))
(assert
 (= phase_866 30))
(assert
 (= phase_867 30))
(assert
 (= phase_868 30))
(assert
 (= phase_869 30))
(assert
 (= phase_870 30))
(assert
 (= phase_871 30))
(assert
 (= phase_872 30))
(assert
 (= phase_873 30))
(assert
 (= phase_874 30))
(assert
 (= phase_875 30))
(assert
 (= phase_876 30))
(assert
 (= phase_877 30))
(assert
 (= phase_878 30))
(assert
 (= phase_879 30))
(assert
 (= phase_880 30))
(assert
 (= phase_881 30))
(assert
 (= phase_882 30))
(assert
 (= phase_883 30))
(assert
 (= phase_884 30))
(assert
 (= phase_885 30))
(assert
 (= phase_887 31))
(assert
 (let ((?x38626 (* (- 1.0) x_1162)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x41454 (ite $x38330 ?x38626 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x9337 (ite $x175310 (* 1.0 x_1162) 0.0)))
 (let ((?x95941 (+ ?x9337 ?x41454)))
 (let (($x75183 (= read_value x_1162)))
 (let (($x71205 (= read_index 20)))
 (let (($x95882 (and (and $x71205 (not (= phase_792 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x219068 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x54399 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x195979 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x172881 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x209943 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x190525 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x163807 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x3882 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x163817 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x101942 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x62944 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x55928 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x75784 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x114042 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x124697 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x4351 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x226568 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x154687 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x123853 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x74522 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x219429 (or (and $x74522 $x75183) (and $x123853 $x75183) (and $x154687 $x75183) (and $x226568 $x75183) (and $x4351 $x75183) (and $x124697 $x75183) (and $x114042 $x75183) (and $x75784 $x75183) (and $x55928 $x75183) (and $x62944 $x75183) (and $x101942 $x75183) (and $x163817 $x75183) (and $x3882 $x75183) (and $x163807 $x75183) (and $x190525 $x75183) (and $x209943 $x75183) (and $x172881 $x75183) (and $x195979 $x75183) (and $x54399 $x75183) (and $x219068 $x75183) (and $x95882 $x75183))))
 (and $x219429 (and (distinct ?x95941 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
