(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_799 () Int)
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
(declare-fun x_1174 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_799 12))
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
 (let ((?x43231 (* (- 1.0) x_1174)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x50845 (ite $x38330 ?x43231 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x40859 (ite $x175310 (* 1.0 x_1174) 0.0)))
 (let ((?x63960 (+ ?x40859 ?x50845)))
 (let (($x46250 (= read_value x_1174)))
 (let (($x71205 (= read_index 20)))
 (let (($x226792 (and (and $x71205 (not (= phase_799 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x158192 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x226880 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x115812 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x11813 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x210046 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x33349 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x79922 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x55179 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x211586 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x149609 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x156183 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x207844 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x48244 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x78913 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x183758 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x224165 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x227243 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x167092 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x102548 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x44422 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x119071 (or (and $x44422 $x46250) (and $x102548 $x46250) (and $x167092 $x46250) (and $x227243 $x46250) (and $x224165 $x46250) (and $x183758 $x46250) (and $x78913 $x46250) (and $x48244 $x46250) (and $x207844 $x46250) (and $x156183 $x46250) (and $x149609 $x46250) (and $x211586 $x46250) (and $x55179 $x46250) (and $x79922 $x46250) (and $x33349 $x46250) (and $x210046 $x46250) (and $x11813 $x46250) (and $x115812 $x46250) (and $x226880 $x46250) (and $x158192 $x46250) (and $x226792 $x46250))))
 (and $x119071 (and (distinct ?x63960 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
