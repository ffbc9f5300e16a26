(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_804 () Int)
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
(declare-fun x_1183 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_804 12))
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
 (let ((?x40258 (* (- 1.0) x_1183)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x40261 (ite $x38330 ?x40258 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x27178 (ite $x175310 (* 1.0 x_1183) 0.0)))
 (let ((?x44922 (+ ?x27178 ?x40261)))
 (let (($x81257 (= read_value x_1183)))
 (let (($x71205 (= read_index 20)))
 (let (($x190444 (and (and $x71205 (not (= phase_804 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x95926 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x160429 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x47236 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x219176 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x227707 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x227114 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x222125 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x62783 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x40060 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x226203 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x63812 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x219117 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x226778 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x115812 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x187898 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x132852 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x222633 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x157243 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x107174 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x50265 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x213365 (or (and $x50265 $x81257) (and $x107174 $x81257) (and $x157243 $x81257) (and $x222633 $x81257) (and $x132852 $x81257) (and $x187898 $x81257) (and $x115812 $x81257) (and $x226778 $x81257) (and $x219117 $x81257) (and $x63812 $x81257) (and $x226203 $x81257) (and $x40060 $x81257) (and $x62783 $x81257) (and $x222125 $x81257) (and $x227114 $x81257) (and $x227707 $x81257) (and $x219176 $x81257) (and $x47236 $x81257) (and $x160429 $x81257) (and $x95926 $x81257) (and $x190444 $x81257))))
 (and $x213365 (and (distinct ?x44922 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
